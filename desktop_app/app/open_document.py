"""The document being edited, without widgets: which one it is, where it saves, whether it has
changes that are not saved, and its autosave."""

from __future__ import annotations

from pathlib import Path

from desktop_app.app.recovery import discard_recovery, write_recovery
from desktop_app.model.document import Document
from desktop_app.output.export import safe_file_name
from desktop_app.output.imprint_export import with_pictures_inside
from desktop_app.readers.imprint_file import SUFFIX, save_document


class OpenDocument:
    """One open document at a time. Whether it is saved also depends on its edit history,
    which the caller keeps (the window's undo stack) and passes in as ``history_clean``."""

    def __init__(self) -> None:
        self.document: Document | None = None
        self.save_path: Path | None = None  # the .imprint file it saves to; None until it has one
        # Restored from an autosave: unsaved, though no edit has been made since it was opened.
        self.recovered_dirty = False
        self.changed_since_autosave = False

    def open(self, document: Document, save_path: Path | None, dirty: bool = False) -> None:
        """Make ``document`` the open one; ``dirty`` when it holds changes no file has."""
        self.document = document
        self.save_path = save_path
        self.recovered_dirty = dirty
        self.changed_since_autosave = dirty

    def change(self, document: Document) -> None:
        """An edit (or its undo) replaced the document."""
        self.document = document
        self.changed_since_autosave = True

    def is_modified(self, history_clean: bool) -> bool:
        return self.document is not None and (not history_clean or self.recovered_dirty)

    def location(self) -> Path | None:
        """The file the document is known by: where it saves, else the article it was read from."""
        if self.save_path is not None:
            return self.save_path
        return self.document.origin if self.document is not None else None

    def default_save_path(self, folder: Path) -> Path:
        """Where Save As proposes to write: beside the article, named after it (or its title),
        else in ``folder``."""
        document = self.document
        assert document is not None
        origin = document.origin
        stem = origin.stem if origin else safe_file_name(document.article.title, "article")
        return (origin.parent if origin else folder) / f"{stem}{SUFFIX}"

    def save(self, path: Path) -> None:
        """Write the document to ``path`` as an Imprint document; it is saved from then on.

        Raises OSError when the file cannot be written, with nothing changed.
        """
        assert self.document is not None
        # Photos that live as files beside the article go inside, so the document is one file.
        save_document(with_pictures_inside(self.document), path)
        self.save_path = path.resolve()
        self.recovered_dirty = False
        self.changed_since_autosave = False
        discard_recovery()

    def autosave(self, history_clean: bool) -> bool:
        """Keep a recovery copy of changes not saved, once per change; True when one was written.

        Raises OSError when the copy cannot be written.
        """
        if not self.is_modified(history_clean) or not self.changed_since_autosave:
            return False
        assert self.document is not None
        write_recovery(self.document)
        self.changed_since_autosave = False
        return True
