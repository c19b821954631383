"""A document: an article together with every edit made to its look and output."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.model.article import Article
from desktop_app.model.style import ExportOptions, Style


@dataclass(frozen=True)
class Document:
    """What the window edits, an ``.imprint`` file saves and the renderer draws.

    ``origin`` is the file the article came from; images in the article are looked up
    in its folder and nowhere else.
    """

    article: Article
    style: Style = field(default_factory=Style)
    options: ExportOptions = field(default_factory=ExportOptions)
    origin: Path | None = None
    # What the reader had to leave out (a photo that would not decode, one outside the page's
    # folder), one line each, for preflight to show; not saved: a saved document has it all.
    reading_problems: tuple[str, ...] = ()

    def with_changes(self, **changes: Any) -> Document:
        return replace(self, **changes)

    @property
    def asset_folder(self) -> Path | None:
        return self.origin.parent.resolve() if self.origin else None
