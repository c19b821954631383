"""The library: the seed articles and the articles of every folder the user opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop_app.errors import ImprintError
from desktop_app.readers import OPEN_SUFFIXES, read_document

MAX_FILES_PER_FOLDER = 500


def articles_in(folder: Path) -> list[Path]:
    """The files of ``folder`` Imprint can open, in name order."""
    try:
        files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in OPEN_SUFFIXES]
    except OSError:
        return []
    return sorted(files)[:MAX_FILES_PER_FOLDER]


def _title(path: Path) -> str:
    try:
        return read_document(path).article.title
    except ImprintError:
        return path.name


class LibraryPanel(QWidget):
    """A list of articles; activating one asks the window to open it."""

    open_requested = Signal(Path)
    open_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.folder_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Articles"))
        self.folder_button.setText(self.tr("Open Folder…"))
        self.folder_button.setAccessibleName(self.tr("Open a folder of articles"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paths(self) -> list[Path]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def add(self, path: Path, title: str | None = None) -> None:
        path = path.resolve()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                if title:
                    item.setText(title)
                return
        item = QListWidgetItem(title or _title(path))
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(str(path))
        self.list.addItem(item)

    def add_folder(self, folder: Path) -> int:
        files = articles_in(folder)
        for path in files:
            self.add(path)
        return len(files)

    def mark_current(self, path: Path | None) -> None:
        """Select the entry of the open document, without opening it again."""
        self.list.blockSignals(True)
        self.list.clearSelection()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if path is not None and item.data(Qt.ItemDataRole.UserRole) == path.resolve():
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
