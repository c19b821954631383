"""Errors a user can fix, turned into one line (CLI) or one dialog (GUI) at the edge."""

from __future__ import annotations

from pathlib import Path


class ImprintError(Exception):
    """Base class of the errors Imprint reports to a person instead of a traceback."""


class ArticleError(ImprintError):
    """An article that cannot be read, with the path and a reason a person understands."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class RenderError(ImprintError):
    """A document that could not be laid out or written as PDF."""
