"""Which articles a start opens, and how an opened article is made ready for editing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.app.house_styles import default_name
from desktop_app.app.settings import Settings
from desktop_app.model.document import Document
from desktop_app.model.overrides import Overrides
from desktop_app.readers import read_document
from desktop_app.readers.imprint_file import SUFFIX as IMPRINT_SUFFIX
from desktop_app.resources import seed_articles


def start_candidates(paths: Sequence[Path], settings: Settings) -> list[Path]:
    """What a start opens, in order: the paths given, else the last session's, else the seeds."""
    if paths:
        return [Path(p) for p in paths]
    session = [Path(p) for p in settings.session_articles if Path(p).is_file()]
    return session or seed_articles()


def first_to_open(paths: Sequence[Path], settings: Settings) -> Path | None:
    """The article a start shows first: the first of its candidates that is a file."""
    return next((p for p in start_candidates(paths, settings) if p.is_file()), None)


def open_document(path: Path) -> Document:
    """``path`` read for editing: an article gets the settings ``imprint export`` gives it, so
    both print alike, and the house style chosen for new documents; a saved ``.imprint``
    document keeps its own."""
    document = read_document(path)
    if Path(path).suffix.lower() == IMPRINT_SUFFIX:
        return document
    return Overrides(house_style=default_name() or None)(document)
