"""What the library lists: the articles of a folder and what each one says about itself."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.errors import ImprintError
from desktop_app.readers import read_metadata
from desktop_app.readers.formats import OPEN_SUFFIXES


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library: where it is, and the title, source and date it carries."""

    path: Path
    title: str
    source: str = ""
    date: date | None = None

    @property
    def location(self) -> str:
        """The file and its folder, which tell two articles of the same title apart."""
        return f"{self.path.parent.name}/{self.path.name}" if self.path.parent.name else self.path.name

    def matches(self, words: str) -> bool:
        """Whether every word of ``words`` occurs in the title, source, date or file name."""
        haystack = " ".join(
            (self.title, self.source, self.date.isoformat() if self.date else "", self.path.name)
        )
        haystack = haystack.casefold()
        return all(word in haystack for word in words.casefold().split())


def articles_in(folder: Path) -> list[Path]:
    """Every file of ``folder`` Imprint can open, in name order."""
    try:
        with os.scandir(folder) as found:
            files = [
                Path(e.path)
                for e in found
                if os.path.splitext(e.name)[1].lower() in OPEN_SUFFIXES and e.is_file()
            ]
    except OSError:
        return []
    return sorted(files)


def read_entry(path: Path) -> LibraryEntry:
    """The library's entry for ``path``; a file that cannot be read is listed by its name."""
    path = path.resolve()
    try:
        meta = read_metadata(path)
    except (ImprintError, OSError):
        return LibraryEntry(path, path.name)
    return LibraryEntry(path, meta.title or path.name, meta.source, meta.date)
