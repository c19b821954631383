"""File → New Edition…: order articles by dragging, name the edition, preview, export and print it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ImprintError
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition, make_edition
from desktop_app.model.overrides import Overrides
from desktop_app.model.style import ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.readers.edition_file import (
    ArticleReference,
    EditionDocument,
    is_edition_file,
    read_edition,
    save_edition,
)

if TYPE_CHECKING:
    from desktop_app.gui.edition_printing import EditionExport
    from desktop_app.gui.library import LibraryPanel

_PATH_ROLE = Qt.ItemDataRole.UserRole
# How the window shows an edition's pages: the PDF, its page map and the articles in order.
ShowPdf = Callable[..., None]


class EditionDialog(QDialog):
    """The articles of an edition in order (drag to reorder), its title, subtitle and date.

    It stays open beside the window: Preview shows the edition in the window's preview,
    and the edition is exported, printed, printed as a booklet or saved from here.
    """

    preview_requested = Signal(object)  # an Edition

    def __init__(
        self, documents: list[Document], parent: QWidget | None = None, problems: tuple = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EditionDialog")
        self.jobs: list[QObject] = []  # print jobs running, kept alive until they finish
        self.articles = QListWidget()
        self.articles.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.articles.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Each row's article, or the reference of one that could not be read: kept in its place.
        self._entries: dict[str, Document | ArticleReference] = {}
        for document in documents:
            self.add_article(document)
        # The settings of an edition opened from its document; a new one takes the first article's.
        self.settings: tuple[Style, ExportOptions] | None = None
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.dated = QCheckBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.dated.toggled.connect(self.date.setEnabled)
        first = documents[0].article if documents else None
        self.title.setText((first.source or first.title) if first else "")
        dates = [d.article.date for d in documents if d.article.date]
        newest = max(dates) if dates else None
        self.dated.setChecked(newest is not None)
        self.date.setEnabled(newest is not None)
        if newest is not None:
            self.date.setDate(QDate(newest.year, newest.month, newest.day))
        self.problems = QLabel("\n".join(problems))
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))

        self.remove_button = QPushButton(clicked=self.remove_selected)
        self.preview_button = QPushButton(clicked=self.preview)
        self.export_button = QPushButton(clicked=self.export_dialog)
        self.print_button = QPushButton(clicked=self.print_edition)
        self.booklet_button = QPushButton(clicked=self.print_booklet)
        self.save_button = QPushButton(clicked=self.save_dialog)
        self.close_button = QPushButton(clicked=self.close)
        self.preview_button.setDefault(True)

        self.title_label, self.subtitle_label = QLabel(), QLabel()
        self.title_label.setBuddy(self.title)
        self.subtitle_label.setBuddy(self.subtitle)
        self.form = QFormLayout()
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.subtitle_label, self.subtitle)
        dated_row = QHBoxLayout()
        dated_row.addWidget(self.dated)
        dated_row.addWidget(self.date, 1)
        self.form.addRow(dated_row)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.export_button, self.print_button, self.booklet_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.hint)
        layout.addWidget(self.articles, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(560, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("EditionDialog", "New Edition"))
        self.hint.setText(
            QCoreApplication.translate(
                "EditionDialog", "Drag the articles into the order they are printed in."
            )
        )
        self.articles.setAccessibleName(
            QCoreApplication.translate("EditionDialog", "Articles of the edition")
        )
        self.title_label.setText(QCoreApplication.translate("EditionDialog", "&Title:"))
        self.subtitle_label.setText(QCoreApplication.translate("EditionDialog", "&Subtitle:"))
        self.dated.setText(QCoreApplication.translate("EditionDialog", "&Date:"))
        self.remove_button.setText(QCoreApplication.translate("EditionDialog", "&Remove"))
        self.preview_button.setText(QCoreApplication.translate("EditionDialog", "&Preview"))
        self.export_button.setText(QCoreApplication.translate("EditionDialog", "&Export PDF…"))
        self.print_button.setText(QCoreApplication.translate("EditionDialog", "P&rint…"))
        self.booklet_button.setText(QCoreApplication.translate("EditionDialog", "Print as &Booklet…"))
        self.save_button.setText(QCoreApplication.translate("EditionDialog", "Sa&ve Edition…"))
        self.close_button.setText(QCoreApplication.translate("EditionDialog", "&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_article(self, entry: Document | ArticleReference) -> None:
        """List an article at the end (a reference: one that could not be read)."""
        key = f"#{len(self._entries)}"
        self._entries[key] = entry
        if isinstance(entry, Document):
            item = QListWidgetItem(entry.article.title)
            item.setToolTip(str(entry.origin or ""))
        else:
            missing = QCoreApplication.translate("EditionDialog", "%1 (missing)")
            item = QListWidgetItem(missing.replace("%1", entry.title or entry.path.name))
            item.setToolTip(str(entry.path))
            item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        item.setData(_PATH_ROLE, key)
        self.articles.addItem(item)

    def _rows(self) -> list[Document | ArticleReference]:
        return [self._entries[self.articles.item(i).data(_PATH_ROLE)] for i in range(self.articles.count())]

    def documents(self) -> list[Document]:
        """The articles that can be printed, in the order the list shows them now."""
        return [entry for entry in self._rows() if isinstance(entry, Document)]

    def remove_selected(self) -> None:
        for item in self.articles.selectedItems():
            self.articles.takeItem(self.articles.row(item))

    def edition(self) -> Edition:
        """The edition as the dialog sets it; EditionError when there is nothing to print."""
        documents = self.documents()
        when: date | None = None
        if self.dated.isChecked():
            picked = self.date.date().toPython()
            when = picked if isinstance(picked, date) else None
        if self.settings is not None:
            style, options = self.settings
        elif documents:
            # As for an article opened from a file: the first article's locale and its paper.
            shell = Overrides()(documents[0])
            style, options = shell.style, shell.options
        else:
            style, options = None, None
        return make_edition(
            documents, self.title.text().strip() or None, self.subtitle.text().strip(), when, style, options
        )

    def edition_document(self) -> EditionDocument:
        """What Save writes: the edition and, in their places, the articles that are missing."""
        edition = self.edition()
        references = tuple(_reference(entry) for entry in self._rows())
        saved = EditionDocument.of(edition)
        return replace(saved, references=references, documents=())

    def _with_edition(self, work: Callable[[Edition], object]) -> object:
        try:
            return work(self.edition())
        except ImprintError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("EditionDialog", "Edition"), str(exc))
            return None

    def preview(self) -> None:
        self._with_edition(self.preview_requested.emit)

    def export_to(self, target: Path, booklet: bool = False) -> EditionExport | None:
        """Write the edition's PDF (imposed with ``booklet``) to ``target``, made in a render
        process with progress and cancel; the task under way, or None when there is no edition."""
        from desktop_app.gui.edition_printing import EditionExport

        edition = self._with_edition(lambda edition: edition)
        if not isinstance(edition, Edition):
            return None
        task = EditionExport(self, edition, target, booklet)
        self.jobs.append(task)
        return task

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("EditionDialog", "Export Edition"),
            "",
            QCoreApplication.translate("EditionDialog", "PDF (*.pdf)"),
        )
        if name:
            self.export_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Save the edition document: its settings and references to its articles."""
        try:
            save_edition(self.edition_document(), path)
        except ImprintError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("EditionDialog", "Edition"), str(exc))

    def save_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("EditionDialog", "Save Edition"),
            "",
            QCoreApplication.translate("EditionDialog", "Imprint edition (*.imprint)"),
        )
        if name:
            self.save_to(Path(name))

    def print_edition(self) -> None:
        from desktop_app.gui.edition_printing import print_edition

        edition = self._with_edition(lambda edition: edition)
        if isinstance(edition, Edition):
            self.jobs.append(print_edition(self, edition))

    def print_booklet(self, printer: str | None = None) -> None:
        """Print the edition as a booklet, duplex, on a CUPS printer chosen here (or ``printer``)."""
        from desktop_app.gui.edition_printing import choose_cups_printer, print_booklet

        edition = self._with_edition(lambda edition: edition)
        if not isinstance(edition, Edition):
            return
        printer = printer or choose_cups_printer(self)
        if printer:
            self.jobs.append(print_booklet(self, edition, printer))


def library_documents(paths: list[Path]) -> tuple[list[Document], list[str]]:
    """The articles at ``paths`` that can be read, and a line for each that cannot."""
    documents, problems = [], []
    for path in paths:
        try:
            documents.append(read_document(path))
        except ImprintError as exc:
            problems.append(str(exc))
    return documents, problems


def opens_as_edition(path: Path) -> bool:
    """Whether ``path`` is an edition document, which the window opens in this dialog."""
    return is_edition_file(path)


class Editions(QObject):
    """A window's editions: the File → New Edition… action and the dialog last opened, made
    from what the window hands over — itself as the dialogs' parent, its library (which gains
    a selection of several articles) and the way it shows an edition's pages."""

    def __init__(self, parent: QWidget, library: LibraryPanel, show_pdf: ShowPdf) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.show_pdf = show_pdf
        self.dialog: EditionDialog | None = None
        library.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.action = QAction(parent)
        self.action.setObjectName("new_edition_action")
        self.action.triggered.connect(self.new)
        _Retranslator(parent, self.action)

    def chosen_paths(self) -> list[Path]:
        """The library's selected articles, or every listed one if fewer than two are selected
        (an opened folder)."""
        library = self.library
        rows = sorted(library.list.selectionModel().selectedRows(), key=lambda index: index.row())
        selected = [library.model.entry(library.proxy.mapToSource(index).row()).path for index in rows]
        return selected if len(selected) >= 2 else library.paths()

    def new(self) -> EditionDialog:
        """Open the dialog on the chosen articles."""
        documents, problems = library_documents(self.chosen_paths())
        return self._open(documents, tuple(problems))

    def open(self, path: Path) -> EditionDialog | None:
        """Open a saved edition document in the dialog; missing articles are named, the rest shown."""
        try:
            saved = read_edition(path)
        except ImprintError as exc:
            QMessageBox.warning(
                self.parent_widget, QCoreApplication.translate("EditionDialog", "Edition"), str(exc)
            )
            return None
        dialog = self._open([], saved.problems)
        for reference, document in zip(saved.references, saved.documents, strict=True):
            dialog.add_article(reference if document is None else document)
        dialog.settings = (saved.style, saved.options)
        dialog.title.setText(saved.title)
        dialog.subtitle.setText(saved.subtitle)
        if saved.date:
            dialog.dated.setChecked(True)
            dialog.date.setDate(QDate(saved.date.year, saved.date.month, saved.date.day))
        return dialog

    def _open(self, documents: list[Document], problems: tuple) -> EditionDialog:
        from desktop_app.gui.edition_printing import preview_edition

        dialog = EditionDialog(documents, self.parent_widget, problems)
        dialog.preview_requested.connect(
            lambda edition: dialog.jobs.append(preview_edition(dialog, edition, self.show_pdf))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog
        return dialog


class _Retranslator(QObject):
    """Keeps the action's text in the interface's language, as the window's own actions are."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("EditionDialog", "New &Edition…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def _reference(entry: Document | ArticleReference) -> ArticleReference:
    """How the edition document names a row: an article by the file it was read from (every
    article of an edition comes from one), a missing one by the reference it had."""
    if isinstance(entry, ArticleReference):
        return entry
    assert entry.origin is not None, "an edition's articles are read from files"
    return ArticleReference(entry.origin, entry.article.title)
