"""Undo commands: every edit replaces the immutable document, so undo is swapping it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.model.document import Document

_MERGE_IDS: dict[str, int] = {}


def merge_id(key: str) -> int:
    """A stable small id per edited field, so typing in one field merges into one command."""
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


def with_field(document: Document, key: str, value: object) -> Document:
    """``document`` with the field ``key`` (``article.title``, ``style.body_size``…) set to ``value``.

    Raises ValueError when the value is out of the model's range.
    """
    section, _, name = key.partition(".")
    if section == "article":
        return document.with_changes(article=document.article.with_changes(**{name: value}))
    if section == "style":
        if not name:
            return document.with_changes(style=value)
        return document.with_changes(style=document.style.with_changes(**{name: value}))
    if section == "options":
        return document.with_changes(options=document.options.with_changes(**{name: value}))
    raise ValueError(f"unknown document field {key!r}")


class EditCommand(QUndoCommand):
    """One edit: the document before and after. Consecutive edits of one field merge."""

    def __init__(
        self,
        apply: Callable[[Document, str, bool], None],
        before: Document,
        after: Document,
        key: str,
        text: str,
        typed: bool = False,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.key = key
        # Typing in a field merges into one step and waits for a pause before rendering;
        # anything else (a button, a commit on the page, undo itself) is one step, drawn at once.
        self.typed = typed
        self._mergeable = typed and key.startswith("article.") and key != "article.date"
        self._first = True

    def redo(self) -> None:
        # Only the first redo is the keystroke itself; a redo after an undo is a discrete edit.
        self._apply(self.after, self.key, self.typed and self._first)
        self._first = False

    def undo(self) -> None:
        self._apply(self.before, self.key, False)

    def id(self) -> int:
        return merge_id(self.key) if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditCommand)
            or not other._mergeable
            or other.key != self.key
            or other.before != self.after
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True
