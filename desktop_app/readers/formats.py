"""The one table of the files Imprint opens: each suffix, the reader it goes to and its label.

The window's Open dialog, the library's folder listing and an edition's reference check all
read this table, so a format added here is opened everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Reader = Literal["imprint", "markdown", "text", "web-page", "web-archive", "word"]


@dataclass(frozen=True)
class FileFormat:
    suffix: str
    reader: Reader
    label: str


FORMATS: tuple[FileFormat, ...] = (
    FileFormat(".imprint", "imprint", "Imprint document"),
    FileFormat(".md", "markdown", "Markdown"),
    FileFormat(".markdown", "markdown", "Markdown"),
    FileFormat(".txt", "text", "Text"),
    FileFormat(".text", "text", "Text"),
    FileFormat(".html", "web-page", "Web page"),
    FileFormat(".htm", "web-page", "Web page"),
    FileFormat(".mhtml", "web-archive", "Web archive"),
    FileFormat(".mht", "web-archive", "Web archive"),
    FileFormat(".docx", "word", "Word document"),
)

OPEN_SUFFIXES: tuple[str, ...] = tuple(f.suffix for f in FORMATS)
"""Every suffix Imprint opens, lower case with the dot."""


def reader_for(suffix: str) -> Reader:
    """The reader of files ending in ``suffix``; plain text for any suffix not in the table."""
    suffix = suffix.lower()
    return next((f.reader for f in FORMATS if f.suffix == suffix), "text")


def open_patterns() -> str:
    """The file dialog's filter patterns for every format: ``*.imprint *.md …``."""
    return " ".join(f"*{f.suffix}" for f in FORMATS)
