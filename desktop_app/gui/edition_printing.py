"""An edition's renders off the UI thread: for the preview, the print dialog and booklet printing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop_app.gui.printing import PrintJob, _Signals, _start
from desktop_app.model.edition import Edition
from desktop_app.output.printing import PrintError, cups_available, list_printers, print_pdf
from desktop_app.render.edition_html import metadata_document
from desktop_app.render.pdf import RenderResult, quiet_weasyprint, render_edition


def _render(edition: Edition) -> Callable[[_Signals], RenderResult]:
    def work(_signals: _Signals) -> RenderResult:
        quiet_weasyprint()
        return render_edition(edition)

    return work


class EditionPreview(QObject):
    """Renders the edition in the background and hands its PDF to the window's preview."""

    def __init__(self, parent: QWidget, edition: Edition, show_pdf: Callable[..., None]) -> None:
        super().__init__(parent)
        self.show_pdf = show_pdf
        self.edition = edition
        self.page_count = 0
        self.error: str | None = None
        _start(_render(edition), self._done, self._failed, self)

    def _done(self, result: RenderResult) -> None:
        self.page_count = result.page_count
        # With the page map and the articles, the edition's pages can be hovered and selected, and
        # editing an element opens its article.
        self.show_pdf(result.pdf, result.page_map, self.edition.articles)

    def _failed(self, message: str) -> None:
        self.error = message
        QMessageBox.warning(self.parent(), QCoreApplication.translate("EditionDialog", "Edition"), message)


def preview_edition(parent: QWidget, edition: Edition, show_pdf: Callable[..., None]) -> EditionPreview:
    return EditionPreview(parent, edition, show_pdf)


class EditionPrintJob(PrintJob):
    """File → Print for an edition: the same print dialog and ways to the printer as an article."""

    def __init__(self, parent: QWidget, edition: Edition) -> None:
        # The print dialog reads the paper and the job's title from a document standing for the edition.
        super().__init__(parent, metadata_document(edition))
        self.edition = edition

    def start(self) -> None:
        _start(_render(self.edition), self._on_rendered, self._fail, self)


def print_edition(parent: QWidget, edition: Edition) -> EditionPrintJob:
    job = EditionPrintJob(parent, edition)
    job.start()
    return job


class BookletPrintJob(QObject):
    """Renders the edition, imposes it as a booklet and sends it duplex (short edge) to a CUPS queue.

    ``outcome`` becomes "sent" (``job_id`` set) or "failed" (``error`` set).
    """

    def __init__(self, parent: QWidget, edition: Edition, printer: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.outcome: str | None = None
        self.job_id: str | None = None
        self.error: str | None = None

        def work(_signals: _Signals) -> str:
            from desktop_app.output.booklet import booklet_print

            quiet_weasyprint()
            result = render_edition(edition)
            booklet = booklet_print(result.pdf, result.page_count, edition.style.paper)
            return print_pdf(
                booklet.pdf,
                printer,
                sides=booklet.sides,
                media=booklet.media,
                title=edition.title,
                page_count=booklet.page_count,
            )

        _start(work, self._sent, self._failed, self)

    def _sent(self, job_id: str) -> None:
        self.job_id, self.outcome = job_id, "sent"
        self._show(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("EditionDialog", "Booklet sent to the printer as job %1.").replace(
                "%1", job_id
            ),
        )

    def _failed(self, message: str) -> None:
        self.error, self.outcome = message, "failed"
        self._show(QMessageBox.Icon.Warning, message)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon,
            QCoreApplication.translate("EditionDialog", "Print as Booklet"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


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
