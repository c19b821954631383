"""An edition's work in a render process, each with progress and cancel: its preview, its
export, the print dialog and booklet printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop_app.gui.background_job import BackgroundJob, JobProgress
from desktop_app.gui.printing import PrintJob
from desktop_app.model.edition import Edition
from desktop_app.output.editions import EditionOutput, EditionPdf, write_edition
from desktop_app.output.printing import PrintError, cups_available, list_printers
from desktop_app.render.edition_html import metadata_document
from desktop_app.render.pdf import RenderResult


class EditionTask(QObject):
    """One edition job and its progress dialog; ``outcome`` is None while it runs, then "done"
    (or what a subclass names it), "failed" (``error`` set, shown in a message box) or
    "cancelled"; ``finished`` carries it."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, job: BackgroundJob, title: str, name: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.job = job
        self.outcome: str | None = None
        self.error: str | None = None
        self.progress = JobProgress(parent, job, title, name)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.start()

    def _done(self, result: object) -> None:
        # A Cancel that came too late to stop the work does not undo it: a file written or a
        # job sent is reported as such.
        self.outcome = "done"
        self.on_done(result)
        self.finished.emit(self.outcome)

    def on_done(self, result: object) -> None:
        """What the result is for; a subclass says."""

    def _failed(self, message: str) -> None:
        self.error, self.outcome = message, "failed"
        self._show(QMessageBox.Icon.Warning, message)
        self.finished.emit(self.outcome)

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.finished.emit(self.outcome)

    def _show(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running while the message is up
        return box


class EditionPreview(EditionTask):
    """Renders the edition and hands its PDF to the window's preview."""

    def __init__(self, parent: QWidget, edition: Edition, show_pdf: Callable[..., None]) -> None:
        self.show_pdf = show_pdf
        self.edition = edition
        self.page_count = 0
        super().__init__(
            parent,
            BackgroundJob(parent, "edition", edition),
            QCoreApplication.translate("EditionDialog", "Edition"),
            edition.title,
        )

    def on_done(self, result: object) -> None:
        assert isinstance(result, RenderResult)
        self.page_count = result.page_count
        # With the page map and the articles, the edition's pages can be hovered and selected, and
        # editing an element opens its article.
        self.show_pdf(result.pdf, result.page_map, self.edition.articles)


def preview_edition(parent: QWidget, edition: Edition, show_pdf: Callable[..., None]) -> EditionPreview:
    return EditionPreview(parent, edition, show_pdf)


class EditionExport(EditionTask):
    """Export PDF…: the edition (or its booklet) made in a render process and written by the job's
    thread, whole or not at all; a cancel ends the process and leaves no file."""

    def __init__(self, parent: QWidget, edition: Edition, target: Path, booklet: bool = False) -> None:
        self.target = target
        self.written: EditionOutput | None = None

        def write(made: object) -> EditionOutput:
            assert isinstance(made, EditionPdf)
            return write_edition(made, target)

        job = BackgroundJob(parent, "edition_pdf", edition, booklet, then=write)
        super().__init__(
            parent, job, QCoreApplication.translate("EditionDialog", "Export Edition"), target.name
        )

    def on_done(self, result: object) -> None:
        assert isinstance(result, EditionOutput)
        self.written = result


def export_edition(parent: QWidget, edition: Edition, target: Path, booklet: bool = False) -> EditionExport:
    return EditionExport(parent, edition, target, booklet)


class EditionPrintJob(PrintJob):
    """File → Print for an edition: the same print dialog and ways to the printer as an article."""

    def __init__(self, parent: QWidget, edition: Edition) -> None:
        # The print dialog reads the paper and the job's title from a document standing for the edition.
        super().__init__(parent, metadata_document(edition))
        self.edition = edition

    def _render_job(self) -> BackgroundJob:
        return BackgroundJob(self, "edition", self.edition)


def print_edition(parent: QWidget, edition: Edition) -> EditionPrintJob:
    job = EditionPrintJob(parent, edition)
    job.start()
    return job


class BookletPrintJob(EditionTask):
    """Makes the edition's booklet as its export does and sends it duplex (short edge) to a CUPS
    queue, all in a render process. ``outcome`` becomes "sent" (``job_id`` set), "failed"
    (``error`` set) or "cancelled"."""

    def __init__(self, parent: QWidget, edition: Edition, printer: str) -> None:
        self.job_id: str | None = None
        job = BackgroundJob(parent, "print_booklet", edition, printer)
        super().__init__(
            parent, job, QCoreApplication.translate("EditionDialog", "Print as Booklet"), edition.title
        )

    def on_done(self, result: object) -> None:
        self.job_id, self.outcome = str(result), "sent"
        self._show(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("EditionDialog", "Booklet sent to the printer as job %1.").replace(
                "%1", self.job_id
            ),
        )


def print_booklet(parent: QWidget, edition: Edition, printer: str) -> BookletPrintJob:
    return BookletPrintJob(parent, edition, printer)


def choose_cups_printer(parent: QWidget) -> str | None:
    """Ask which CUPS queue prints the booklet (two-sided printing goes through CUPS's options)."""
    try:
        if not cups_available():
            raise PrintError(
                QCoreApplication.translate(
                    "EditionDialog", "Booklets are printed through CUPS, which is not installed here."
                )
            )
        printers = list_printers()
        if not printers:
            raise PrintError(QCoreApplication.translate("EditionDialog", "No printer is set up."))
    except PrintError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EditionDialog", "Print as Booklet"), str(exc))
        return None
    names = [p.name for p in printers]
    default = next((i for i, p in enumerate(printers) if p.is_default), 0)
    name, chosen = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("EditionDialog", "Print as Booklet"),
        QCoreApplication.translate("EditionDialog", "Printer (two-sided, flip on short edge):"),
        names,
        default,
        False,
    )
    return name if chosen else None
