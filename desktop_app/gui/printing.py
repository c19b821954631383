"""File → Print and Print Preview: the export's pages on paper, rendered and sent in a render process."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import ImprintError
from desktop_app.gui.background_job import BackgroundJob, JobProgress
from desktop_app.gui.loaded_pdf import LoadedPdf
from desktop_app.model.document import Document
from desktop_app.output.printing import PrintError, cups_available
from desktop_app.render.pdf import RenderResult

# Painting is a raster path: beyond these resolutions the page images cost memory
# (an A4 page at 1200 dpi is over half a gigabyte) without a visible gain.
MAX_PRINT_DPI = 600
MAX_PREVIEW_DPI = 300
# Pages whose size differs from the paper by less than this (in points) are not scaled.
SIZE_TOLERANCE_PT = 2.0

_PAPER_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
}
_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def document_page_layout(document: Document) -> QPageLayout:
    """The document's paper and orientation, so the print dialog starts from them."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if document.style.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    size = QPageSize(_PAPER_SIZES.get(document.style.paper, QPageSize.PageSizeId.A4))
    return QPageLayout(size, orientation, QPageLayout().margins())


def paint_pages(
    printer: QPrinter,
    pdf: bytes,
    pages: list[int],
    max_dpi: int,
    on_page: Callable[[int], bool] | None = None,
    preview_dpi: int | None = None,
) -> bool:
    """Paint the PDF's ``pages`` (0-based) onto ``printer`` as images at its resolution.

    Pages keep their size unless the printer's paper differs, then they are scaled to fit
    and centred; returns whether any page was scaled. ``on_page`` gets the count painted so
    far and returns False to stop. A print preview (which records pages as pictures) gets
    ``preview_dpi`` when given; its Print button paints onto the real printer at ``max_dpi``.
    """
    loaded = LoadedPdf(pdf)  # kept until the painting ends: QtPdf reads from its buffer
    if not loaded.is_ready():
        raise PrintError("the rendered PDF could not be opened for printing")
    pdf_document = loaded.document
    printer.setFullPage(True)
    resolution = printer.resolution()
    dpi = min(resolution, max_dpi)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    paper_pt = printer.paperRect(QPrinter.Unit.Point).size()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be opened for painting")
    if preview_dpi is not None and painter.paintEngine().type() == QPaintEngine.Type.Picture:
        dpi = min(dpi, preview_dpi)
    scaled = False
    try:
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            size_pt: QSizeF = pdf_document.pagePointSize(index)
            width, height = size_pt.width() * resolution / 72, size_pt.height() * resolution / 72
            scale = 1.0
            if (
                abs(size_pt.width() - paper_pt.width()) > SIZE_TOLERANCE_PT
                or abs(size_pt.height() - paper_pt.height()) > SIZE_TOLERANCE_PT
            ):
                scale = min(paper.width() / width, paper.height() / height)
                scaled = True
            target = QRectF(0, 0, width * scale, height * scale)
            if scale != 1.0:
                target.moveCenter(QRectF(paper).center())
            image = pdf_document.render(
                index, QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
            )
            painter.drawImage(target, image)
            if on_page is not None and not on_page(n + 1):
                break
    finally:
        painter.end()
    return scaled


def _page_ranges_of(printer: QPrinter) -> str | None:
    """The dialog's page selection as a CUPS page-ranges value, None for every page."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return None
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        text = ranges.toString()
    else:
        first, last = printer.fromPage(), printer.toPage()
        if first < 1:
            return None
        text = f"{first}-{max(first, last)}"
    return text or None


def _pages_to_paint(page_ranges: str | None, page_count: int) -> list[int]:
    from desktop_app.output.printing import parse_page_ranges

    if page_ranges is None:
        return list(range(page_count))
    return [n - 1 for a, b in parse_page_ranges(page_ranges, page_count) for n in range(a, b + 1)]


def _sides_of(printer: QPrinter) -> str | None:
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexAuto:
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        return "two-sided-short-edge" if landscape else "two-sided-long-edge"
    return _SIDES.get(duplex)


def _differs_from_paper(printer: QPrinter, document: Document) -> bool:
    paper = printer.pageLayout().fullRectPoints().size()
    wanted = document_page_layout(document).fullRectPoints().size()
    return (
        abs(paper.width() - wanted.width()) > SIZE_TOLERANCE_PT
        or abs(paper.height() - wanted.height()) > SIZE_TOLERANCE_PT
    )


def _goes_to_cups(printer: QPrinter) -> bool:
    """Whether the PDF itself can go to the queue: a real CUPS printer, not a file."""
    return (
        sys.platform != "win32"
        and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and bool(printer.printerName())
        and cups_available()
    )


class _PrintFlow(QObject):
    """Work on a document that starts with a render in a render process, each step a
    BackgroundJob with a cancellable progress dialog; ``finished`` carries the outcome once."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, document: Document) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.document = document
        self.error: str | None = None
        self.scaled = False
        self.job: BackgroundJob | None = None  # the step under way
        self._progress: QProgressDialog | None = None
        self._cancelled = False

    def _render_job(self) -> BackgroundJob:
        return BackgroundJob(self, "render", self.document)

    def start(self) -> None:
        self._step(self._render_job(), self._on_rendered, drop_if_cancelled=True)

    def _step(
        self,
        job: BackgroundJob,
        on_done: Callable[[Any], None],
        maximum: int = 0,
        drop_if_cancelled: bool = False,
    ) -> None:
        """Run ``job`` with its progress dialog; ``on_done`` gets its result. With
        ``drop_if_cancelled`` (a step with nothing done outside it yet, the render) a result that
        arrives after Cancel is dropped; pages sent or painted are reported as they are."""
        self.job = job
        progress = JobProgress(
            self.parent_widget, job, self._window_title(), self.document.article.title, maximum
        )
        self._progress = progress.dialog

        def done(result: object) -> None:
            # The progress closed first (connected first), so it knows whether Cancel was pressed.
            if drop_if_cancelled and progress.was_cancelled:
                self._on_cancelled()
            else:
                on_done(result)

        job.done.connect(done)
        job.failed.connect(self._fail)
        job.cancelled.connect(self._on_cancelled)
        job.start()

    def _on_cancelled(self) -> None:
        self._cancelled = True
        self._finish("cancelled")

    def _window_title(self) -> str:
        raise NotImplementedError

    def _on_rendered(self, result: RenderResult) -> None:
        raise NotImplementedError

    def _fail(self, message: str) -> None:
        raise NotImplementedError

    def _finish(self, outcome: str) -> None:
        raise NotImplementedError


class PrintJob(_PrintFlow):
    """One File → Print from rendering to the queue; ``finished`` carries the outcome.

    Outcomes: "sent" (the PDF went to a CUPS queue, ``job_id`` set), "printed" (pages
    painted through Qt), "cancelled", "failed" (``error`` set).
    """

    def __init__(self, parent: QWidget, document: Document) -> None:
        super().__init__(parent, document)
        self.job_id: str | None = None
        self.outcome: str | None = None
        self.message_box: QMessageBox | None = None
        self.printer: QPrinter | None = None
        self._rendered: RenderResult | None = None

    def _window_title(self) -> str:
        return self.tr("Print")

    def _on_rendered(self, result: RenderResult) -> None:
        self._rendered = result
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.article.title)
        printer.setPageLayout(document_page_layout(self.document))
        printer.setFromTo(1, result.page_count)
        self.printer = printer
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, result.page_count)
        dialog.setOptions(
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange
            | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
            | QAbstractPrintDialog.PrintDialogOption.PrintToFile
            | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        dialog.deleteLater()
        if not accepted:
            self._finish("cancelled")
            return
        try:
            page_ranges = _page_ranges_of(printer)
            pages = _pages_to_paint(page_ranges, result.page_count)
        except PrintError as exc:
            self._fail(str(exc))
            return
        self.scaled = _differs_from_paper(printer, self.document)
        if _goes_to_cups(printer):
            self._send_to_cups(printer, page_ranges)
        else:
            self._paint(printer, pages)

    def _send_to_cups(self, printer: QPrinter, page_ranges: str | None) -> None:
        assert self._rendered is not None
        rendered = self._rendered
        page_size = printer.pageLayout().pageSize()
        media = page_size.key() if page_size.id() != QPageSize.PageSizeId.Custom else None
        options = {
            "printer": printer.printerName(),
            "copies": max(1, printer.copyCount()),
            "pages": page_ranges,
            "sides": _sides_of(printer),
            "media": media,
            "title": self.document.article.title,
            "page_count": rendered.page_count,
            "fit_to_paper": self.scaled,
            "collate": printer.collateCopies(),
        }
        self._step(BackgroundJob(self, "send", rendered.pdf, options), self._on_sent)

    def _on_sent(self, job_id: str) -> None:
        self.job_id = job_id
        self._finish("sent")

    def _paint(self, printer: QPrinter, pages: list[int]) -> None:
        # The one step in the window's process: the printer is a Qt object here. It paints
        # the pages already rendered, on the job's thread, and a cancel stops it between pages.
        assert self._rendered is not None
        pdf = self._rendered.pdf
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sequence = pages * copies

        def work(progress: Callable[[str], None]) -> bool:
            def on_page(done: int) -> bool:
                progress(f"page {done}")  # raises RenderCancelled once the person cancels
                return True

            return paint_pages(printer, pdf, sequence, MAX_PRINT_DPI, on_page)

        self._step(BackgroundJob(self, work), self._on_painted, maximum=len(sequence))

    def _on_painted(self, scaled: bool) -> None:
        self.scaled = self.scaled or scaled
        self._finish("printed")

    def _fail(self, message: str) -> None:
        self.error = message
        self._show(QMessageBox.Icon.Warning, self.tr("Could not print"), message)
        self._finish("failed")

    def _finish(self, outcome: str) -> None:
        if self.outcome is not None:
            return
        if outcome in ("sent", "printed") and self.scaled and self.printer is not None:
            self._show(
                QMessageBox.Icon.Information,
                self.tr("Pages scaled"),
                self.tr("The pages are %1 but the printer's paper is %2, so they are scaled to fit.")
                .replace("%1", self._paper_words(document_page_layout(self.document)))
                .replace("%2", self._paper_words(self.printer.pageLayout())),
            )
        self.outcome = outcome
        self.finished.emit(outcome)

    def _paper_words(self, layout: QPageLayout) -> str:
        landscape = layout.orientation() == QPageLayout.Orientation.Landscape
        return f"{layout.pageSize().name()} {self.tr('landscape') if landscape else self.tr('portrait')}"

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        # open() rather than exec(): the window keeps running while the message is up.
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box


def print_document(parent: QWidget, document: Document) -> PrintJob:
    """File → Print: render ``document`` in a render process, ask the print dialog, print.

    Returns at once; the returned job reports its outcome through ``finished``.
    """
    job = PrintJob(parent, document)
    job.start()
    return job


class PreviewJob(_PrintFlow):
    """Print Preview: the pages rendered in a render process, painted into a QPrintPreviewDialog."""

    def __init__(self, parent: QWidget, document: Document) -> None:
        super().__init__(parent, document)
        self.dialog: QPrintPreviewDialog | None = None
        self.outcome: str | None = None
        self._pdf = b""
        self._page_count = 0

    def _window_title(self) -> str:
        return self.tr("Print Preview")

    def _on_rendered(self, result: RenderResult) -> None:
        self._pdf = result.pdf
        self._page_count = result.page_count
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.article.title)
        printer.setPageLayout(document_page_layout(self.document))
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print Preview — %1").replace("%1", self.document.article.title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self._paint)
        self.dialog = dialog
        self.printer = printer  # the dialog paints on it but does not own it
        dialog.open()
        self._finish("shown")

    def _paint(self, printer: QPrinter) -> None:
        try:
            pages = _pages_to_paint(_page_ranges_of(printer), self._page_count)
            self.scaled = paint_pages(printer, self._pdf, pages, MAX_PRINT_DPI, preview_dpi=MAX_PREVIEW_DPI)
        except ImprintError as exc:
            self._fail(str(exc))

    def _fail(self, message: str) -> None:
        self.error = message
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Could not preview"),
            message,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._finish("failed")

    def _finish(self, outcome: str) -> None:
        if self.outcome is None:
            self.outcome = outcome
            self.finished.emit(outcome)


def preview_document(parent: QWidget, document: Document) -> PreviewJob:
    """Print Preview: render ``document`` in a render process and show the pages as printed."""
    job = PreviewJob(parent, document)
    job.start()
    return job
