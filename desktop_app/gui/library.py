"""The library: the seed articles and the articles of every folder the user opened.

Titles are read on a worker thread and handed over in batches, so a folder of thousands of
articles fills the list while the window keeps answering; a filter box narrows it down.
"""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.library_index import LibraryEntry, articles_in, read_entry

PATH_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
# Rows reach the list in batches: often enough to watch them arrive, seldom enough that adding
# them costs the window little.
BATCH_SIZE = 200
BATCH_SECONDS = 0.1

_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    """The library's entries in the order they were added, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._rows: dict[Path, int] = {}
        self._named: set[Path] = set()  # entries whose title the window gave: a read keeps it

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Two lines: the title, then what tells two articles of the same title apart.
            return f"{entry.title}\n{self.data(index, DETAIL_ROLE)}"
        if role == TITLE_ROLE:
            return entry.title
        if role == DETAIL_ROLE:
            return " · ".join(
                part
                for part in (entry.location, entry.date.isoformat() if entry.date else "", entry.source)
                if part
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title}\n{entry.path}"
        if role == PATH_ROLE:
            return entry.path
        return None

    def entry(self, row: int) -> LibraryEntry:
        return self._entries[row]

    def row_of(self, path: Path) -> int | None:
        return self._rows.get(path)

    def paths(self) -> list[Path]:
        return [entry.path for entry in self._entries]

    def name(self, path: Path, title: str) -> None:
        """Give ``path`` the title the window knows (it may be edited), adding its row if new."""
        self._named.add(path)
        row = self._rows.get(path)
        if row is None:
            self.add_entries([LibraryEntry(path, title)])
        elif self._entries[row].title != title:
            self._entries[row] = LibraryEntry(path, title, self._entries[row].source, self._entries[row].date)
            self.dataChanged.emit(self.index(row), self.index(row))

    def add_entries(self, entries: list[LibraryEntry]) -> None:
        """Append new entries as one insertion; entries already listed are brought up to date."""
        fresh: list[LibraryEntry] = []
        for entry in entries:
            row = self._rows.get(entry.path)
            if row is None:
                self._rows[entry.path] = len(self._entries) + len(fresh)
                fresh.append(entry)
                continue
            if entry.path in self._named:
                entry = LibraryEntry(entry.path, self._entries[row].title, entry.source, entry.date)
            self._entries[row] = entry
            self.dataChanged.emit(self.index(row), self.index(row))
        if fresh:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._entries.extend(fresh)
            self.endInsertRows()


class LibraryFilter(QSortFilterProxyModel):
    """Rows whose title, source, date or file name hold every word typed in the filter box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = ""

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: _Index) -> bool:
        model = cast(LibraryModel, self.sourceModel())  # the model set in LibraryPanel
        return not self._words or model.entry(source_row).matches(self._words)


class _ReadSignals(QObject):
    read = Signal(list)  # list[LibraryEntry], a batch in the order queued
    idle = Signal()


class _TitleReading(QRunnable):
    """Reads the entries of the queued paths off the UI thread until the queue is empty."""

    def __init__(self, paths: queue.SimpleQueue, signals: _ReadSignals, cancelled: threading.Event) -> None:
        super().__init__()
        self.paths = paths
        self.signals = signals
        self.cancelled = cancelled

    def run(self) -> None:
        try:
            self._read_queue()
        except RuntimeError:
            # The panel, and the signals with it, went while a batch was on its way: nobody waits.
            self.cancelled.set()

    def _read_queue(self) -> None:
        batch: list[LibraryEntry] = []
        sent = time.monotonic()
        while not self.cancelled.is_set():
            try:
                path = self.paths.get_nowait()
            except queue.Empty:
                break
            batch.append(read_entry(path))
            if len(batch) >= BATCH_SIZE or time.monotonic() - sent >= BATCH_SECONDS:
                self.signals.read.emit(batch)
                batch, sent = [], time.monotonic()
        if self.cancelled.is_set():
            return
        if batch:
            self.signals.read.emit(batch)
        self.signals.idle.emit()


class _RowAsWideAsTheList(QStyledItemDelegate):
    """Qt's own row painting, with rows that ask for no width of their own: the list then lays
    them out as wide as its viewport and Qt elides each line that does not fit. With uniform
    row sizes this is asked once, not for every row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(1, hint.height())


class LibraryPanel(QWidget):
    """A filterable list of articles; activating one asks the window to open it."""

    open_requested = Signal(Path)
    open_folder_requested = Signal()
    reading_finished = Signal()  # every queued title has been read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_words)
        self.list = QListView()
        self.list.setModel(self.proxy)
        # Every row is two lines: 10,000 rows are laid out without measuring each. Qt's own
        # delegate paints them; a Python one would run for every row painted.
        self.list.setUniformItemSizes(True)
        # Rows as wide as the list, never wider: a long title ends in "…" (the tooltip has it
        # whole) instead of being cut off at the edge of a list that scrolls sideways.
        self.list.setItemDelegate(_RowAsWideAsTheList(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.progress = QLabel()
        self.progress.hide()
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.folder_button)

        self._queue: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self._pending: dict[Path, None] = {}  # queued and not yet read, in order
        self._queued = self._read = 0
        self._reading = False
        self._current: Path | None = None
        self._signals = _ReadSignals(self)
        self._signals.read.connect(self._rows_read)
        self._signals.idle.connect(self._reader_idle)
        # One reader thread of the panel's own, so print jobs on the global pool never wait for it.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # A reader still running when the window goes stops after the file it is reading.
        self._cancelled = threading.Event()
        self.destroyed.connect(self._cancelled.set)
        QCoreApplication.instance().aboutToQuit.connect(self._cancelled.set)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Articles"))
        self.filter.setPlaceholderText(self.tr("Filter by title, source or date"))
        self.filter.setAccessibleName(self.tr("Filter articles"))
        self.folder_button.setText(self.tr("Open Folder…"))
        self.folder_button.setAccessibleName(self.tr("Open a folder of articles"))
        self._show_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paths(self) -> list[Path]:
        """Every article listed, then those still being read."""
        listed = self.model.paths()
        return listed + [p for p in self._pending if self.model.row_of(p) is None]

    def is_reading(self) -> bool:
        return self._reading

    def add(self, path: Path, title: str | None = None) -> None:
        """List ``path``: at once under ``title`` when the window gives one, else once read."""
        path = path.resolve()
        listed = self.model.row_of(path) is not None
        if title:
            self.model.name(path, title)
            self._select_current()
        if not listed:
            self._queue_paths([path])  # the title now, the source and date once read

    def add_folder(self, folder: Path) -> int:
        """List every article of ``folder`` as its titles are read; returns how many there are."""
        files = articles_in(folder)
        self._queue_paths(files)
        return len(files)

    def mark_current(self, path: Path | None) -> None:
        """Select the entry of the open document, without opening it again."""
        self._current = path.resolve() if path is not None else None
        self.list.clearSelection()
        self._select_current()

    def _select_current(self) -> None:
        row = self.model.row_of(self._current) if self._current is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid() and index != self.list.currentIndex():
            self.list.setCurrentIndex(index)

    def _queue_paths(self, paths: list[Path]) -> None:
        fresh = [p for p in paths if p not in self._pending]
        for path in fresh:
            self._pending[path] = None
            self._queue.put(path)
        self._queued += len(fresh)
        if fresh and not self._reading:
            self._reading = True
            self._pool.start(_TitleReading(self._queue, self._signals, self._cancelled))
        self._show_progress()

    def _rows_read(self, entries: list[LibraryEntry]) -> None:
        for entry in entries:
            self._pending.pop(entry.path, None)
        self._read += len(entries)
        self._show_progress()
        self.model.add_entries(entries)
        if self._current is not None and not self.list.currentIndex().isValid():
            self._select_current()

    def _reader_idle(self) -> None:
        self._reading = False
        if self._pending and not self._cancelled.is_set():
            # Paths queued while the reader was finding its queue empty.
            self._reading = True
            self._pool.start(_TitleReading(self._queue, self._signals, self._cancelled))
            return
        self._queued = self._read = 0
        self._show_progress()
        self.reading_finished.emit()

    def _show_progress(self) -> None:
        if not self._pending:
            self.progress.hide()
            return
        locale = QLocale()
        text = self.tr("Reading titles… %1 of %2")
        self.progress.setText(
            text.replace("%1", locale.toString(self._read)).replace("%2", locale.toString(self._queued))
        )
        self.progress.show()

    def _activated(self, index: QModelIndex) -> None:
        # Ctrl- and Shift-clicks gather several articles (for an edition) rather than open one.
        gathering = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if QApplication.keyboardModifiers() & gathering:
            return
        self.open_requested.emit(index.data(PATH_ROLE))
