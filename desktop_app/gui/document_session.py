"""The open document as the window's helpers see it: the document, its undo stack, one way to
edit it and the render service. Helpers get this, not the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.app.open_document import OpenDocument
from desktop_app.gui.commands import EditCommand, with_field
from desktop_app.gui.render_worker import RenderService
from desktop_app.language.locales import follow_locale_paper
from desktop_app.model.document import Document

# Fields typed into key by key: their edits wait for a pause in typing before rendering.
TYPED_KEYS = frozenset(
    f"article.{name}" for name in ("title", "subtitle", "author", "source", "keywords", "body")
)


class DocumentSession(QObject):
    """Every change of the open document goes through ``edit`` (or ``resize_text``) as one
    undoable step; ``applied`` then tells the window what to show and render."""

    applied = Signal(object, str, bool)  # the document now current, the field edited, typed
    refused = Signal(str)  # an edit the model does not allow, and why
    # The document is another one, or has changed: for what follows it (proofing, photo actions).
    changed = Signal()

    def __init__(self, renderer: RenderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = OpenDocument()
        self.undo_stack = QUndoStack(self)
        self.renderer = renderer

    @property
    def document(self) -> Document | None:
        return self.state.document

    def open(self, document: Document, save_path: Path | None, dirty: bool = False) -> None:
        """Make ``document`` the one being edited, with a fresh undo history."""
        self.state.open(document, save_path, dirty)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed.emit()

    def is_modified(self) -> bool:
        return self.state.is_modified(self.undo_stack.isClean())

    def edit(self, key: str, value: object, typed: bool | None = None) -> None:
        """A user edit of one field, as an undoable command. Keystrokes in a text field are
        ``typed``: they merge into one step and render once typing pauses."""
        document = self.document
        if document is None:
            return
        try:
            after = with_field(document, key, value)
            if key == "options.locale":
                after = follow_locale_paper(after, document.options.locale)
        except ValueError as exc:
            self.refused.emit(str(exc))
            return
        typed = key in TYPED_KEYS if typed is None else typed
        self._push(after, key, self._edit_text(key), typed)

    def resize_text(self, direction: int, role: str | None = None) -> None:
        """A+ (1), A (0) and A− (−1) for one role's type size (``title``, ``body``…), or for
        every size without a role: the toolbar, the menu and the size bar on the page alike."""
        document = self.document
        if document is None:
            return
        style = document.style.resized(direction, role)
        key = f"style.{role}_size" if role else "style"
        self._push(document.with_changes(style=style), key, self.tr("Change text size"), False)

    def edit_document(self, after: Document, text: str) -> None:
        """Several fields changed at once as one undoable step called ``text`` (a photo inserted
        brings its picture and its figure)."""
        self._push(after, "article.body", text, False)

    def _push(self, after: Document, key: str, text: str, typed: bool) -> None:
        before = self.document
        if before is None or after == before:
            return
        self.undo_stack.push(EditCommand(self._apply, before, after, key, text, typed=typed))

    def _apply(self, document: Document, key: str, typed: bool = False) -> None:
        """Undo commands land here."""
        self.state.change(document)
        self.applied.emit(document, key, typed)
        self.changed.emit()

    def _edit_text(self, key: str) -> str:
        names = {
            "article.title": self.tr("title"),
            "article.subtitle": self.tr("subtitle"),
            "article.author": self.tr("author"),
            "article.source": self.tr("source"),
            "article.date": self.tr("date"),
            "article.language": self.tr("language"),
            "article.keywords": self.tr("keywords"),
            "article.body": self.tr("text"),
        }
        return self.tr("Edit %1").replace("%1", names.get(key, self.tr("page style")))
