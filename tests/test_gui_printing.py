"""File → Print and Print Preview against a real CUPS queue, the print dialog accepted by the test."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop_app.gui.printing import PrintJob, preview_document, print_document
from desktop_app.model.document import Document
from desktop_app.model.overrides import Overrides
from desktop_app.readers import read_document
from desktop_app.render.pdf import render
from tests.printing_support import (
    SAME_PAGE,
    CupsQueue,
    export,
    image_difference,
    page_count,
    page_images,
    wait_for_output,
    write_long_article,
)

JOB_TIMEOUT_MS = 120_000


class DialogChoices:
    """What the person picks in the print dialog; the patched exec() applies it."""

    def __init__(self) -> None:
        self.printer: str = "ImprintPDF"
        self.pages: tuple[int, int] | None = None
        self.copies = 1
        self.output_file: Path | None = None
        self.paper: QPageSize.PageSizeId | None = None
        self.accept = True
        self.shown = 0


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> DialogChoices:
    choices = DialogChoices()

    def fake_exec(self: QPrintDialog) -> int:
        choices.shown += 1
        printer = self.printer()
        printer.setPrinterName(choices.printer)
        if choices.output_file is not None:
            printer.setOutputFileName(str(choices.output_file))
        if choices.pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*choices.pages)
        printer.setCopyCount(choices.copies)
        if choices.paper is not None:
            printer.setPageSize(QPageSize(choices.paper))
        return (QDialog.DialogCode.Accepted if choices.accept else QDialog.DialogCode.Rejected).value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    return choices


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    return write_long_article(tmp_path)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _document(path: Path) -> Document:
    # The same settings `imprint export` gives a file, so the two can be compared.
    return Overrides()(read_document(path))


def _run(qtbot, parent: QWidget, document: Document) -> PrintJob:
    job = print_document(parent, document)
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS):
        pass
    return job


def _assert_pages_match(printed: Path, expected: list, folder: Path) -> None:
    pages = page_images(printed, folder)
    assert len(pages) == len(expected)
    for n, (got, want) in enumerate(zip(pages, expected, strict=True), start=1):
        assert image_difference(got, want) < SAME_PAGE, f"page {n} differs from the export"


@pytest.mark.slow
def test_window_prints_the_seed_as_exported(
    qtbot, parent: QWidget, dialog: DialogChoices, cups_queue: CupsQueue, seed_path: Path, tmp_path: Path
) -> None:
    exported = export(seed_path, tmp_path / "export.pdf")
    submitted_at = time.time()
    job = _run(qtbot, parent, _document(seed_path))
    assert (job.outcome, job.error) == ("sent", None)
    assert dialog.shown == 1
    assert job.job_id and job.job_id.startswith(f"{cups_queue.name}-")
    printed = wait_for_output(cups_queue, job.job_id, submitted_at, tmp_path)
    assert page_count(printed) == page_count(exported)
    _assert_pages_match(printed, page_images(exported, tmp_path / "export-pages"), tmp_path / "printed")
    assert not job.scaled


@pytest.mark.slow
def test_window_page_range_copies_and_window_stays_responsive(
    qtbot, parent: QWidget, dialog: DialogChoices, cups_queue: CupsQueue, long_article: Path, tmp_path: Path
) -> None:
    exported = export(long_article, tmp_path / "export.pdf")
    expected = page_images(exported, tmp_path / "export-pages")
    assert len(expected) >= 3
    dialog.pages = (2, 3)
    dialog.copies = 2
    ticks: list[float] = []
    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    submitted_at = time.time()
    job = _run(qtbot, parent, _document(long_article))
    timer.stop()
    assert (job.outcome, job.error) == ("sent", None)
    # The event loop kept turning while the article was rendered: no frozen window.
    assert len(ticks) >= 3
    printed = wait_for_output(cups_queue, job.job_id, submitted_at, tmp_path)
    assert page_count(printed) == 4
    _assert_pages_match(printed, expected[1:3] * 2, tmp_path / "printed")  # collated copies


@pytest.mark.slow
def test_print_to_file_paints_the_export_pages(
    qtbot, parent: QWidget, dialog: DialogChoices, seed_path: Path, tmp_path: Path
) -> None:
    exported = export(seed_path, tmp_path / "export.pdf")
    dialog.output_file = tmp_path / "printed.pdf"
    job = _run(qtbot, parent, _document(seed_path))
    assert (job.outcome, job.error) == ("printed", None)
    assert not job.scaled and job.message_box is None
    assert page_count(dialog.output_file) == page_count(exported)
    _assert_pages_match(dialog.output_file, page_images(exported, tmp_path / "export-pages"), tmp_path / "p")


@pytest.mark.slow
def test_other_paper_is_scaled_and_the_user_is_told(
    qtbot, parent: QWidget, dialog: DialogChoices, seed_path: Path, tmp_path: Path
) -> None:
    dialog.output_file = tmp_path / "letter.pdf"
    dialog.paper = QPageSize.PageSizeId.Letter
    job = _run(qtbot, parent, _document(seed_path))
    assert job.outcome == "printed" and job.scaled
    assert job.message_box is not None and job.message_box.isVisible()
    assert "scaled to fit" in job.message_box.text() and "A4" in job.message_box.text()
    info = page_images(dialog.output_file, tmp_path / "pages")[0]
    assert info.size == (425, 550)  # Letter at 50 dpi


@pytest.mark.slow
def test_other_paper_goes_to_the_queue_as_media_and_the_user_is_told(
    qtbot, parent: QWidget, dialog: DialogChoices, cups_queue: CupsQueue, seed_path: Path, tmp_path: Path
) -> None:
    dialog.paper = QPageSize.PageSizeId.Letter
    submitted_at = time.time()
    job = _run(qtbot, parent, _document(seed_path))
    assert (job.outcome, job.error) == ("sent", None) and job.scaled
    assert "scaled to fit" in job.message_box.text()
    printed = wait_for_output(cups_queue, job.job_id, submitted_at, tmp_path)
    assert page_images(printed, tmp_path / "pages")[0].size == (425, 550)  # Letter at 50 dpi


def test_stopped_queue_is_shown_in_a_message_box(
    qtbot, parent: QWidget, dialog: DialogChoices, cups_queue: CupsQueue, seed_path: Path
) -> None:
    import subprocess

    subprocess.run(["cupsdisable", cups_queue.name], check=True)
    try:
        job = _run(qtbot, parent, _document(seed_path))
    finally:
        subprocess.run(["cupsenable", cups_queue.name], check=True)
    assert job.outcome == "failed"
    assert f"printer {cups_queue.name} is stopped" in (job.error or "")
    assert isinstance(job.message_box, QMessageBox) and job.message_box.isVisible()
    assert job.error in job.message_box.text()


def test_slow_rendering_shows_progress_and_can_be_cancelled(
    qtbot, parent: QWidget, dialog: DialogChoices, tmp_path: Path
) -> None:
    from tests.conftest import long_text_article

    job = print_document(parent, _document(long_text_article(tmp_path)))

    def progress_shown() -> QProgressDialog:
        shown = [p for p in parent.findChildren(QProgressDialog) if p.isVisible()]
        assert shown
        return shown[0]

    qtbot.waitUntil(lambda: bool(progress_shown()), timeout=5000)
    process = job.job.process
    assert process is not None and process.pid is not None  # laid out in a render process
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS) as signal:
        qtbot.mouseClick(progress_shown().findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert signal.args == ["cancelled"]
    assert process.pid is None  # ended, not left to finish a render nobody wants
    assert dialog.shown == 0 and not [p for p in parent.findChildren(QProgressDialog) if p.isVisible()]


def test_cancelling_the_progress_stops_before_the_dialog(
    qtbot, parent: QWidget, dialog: DialogChoices, seed_path: Path
) -> None:
    job = print_document(parent, _document(seed_path))
    job._progress.cancel()
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS) as signal:
        pass
    assert signal.args == ["cancelled"]
    assert dialog.shown == 0


def test_rejected_dialog_prints_nothing(
    qtbot, parent: QWidget, dialog: DialogChoices, seed_path: Path
) -> None:
    dialog.accept = False
    job = _run(qtbot, parent, _document(seed_path))
    assert job.outcome == "cancelled" and job.job_id is None and job.message_box is None


@pytest.mark.slow
def test_preview_shows_every_page(qtbot, parent: QWidget, long_article: Path, tmp_path: Path) -> None:
    pages = page_count(export(long_article, tmp_path / "export.pdf"))
    job = preview_document(parent, _document(long_article))
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS) as signal:
        pass
    assert signal.args == ["shown"]
    assert isinstance(job.dialog, QPrintPreviewDialog)
    widget = job.dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages, timeout=JOB_TIMEOUT_MS)
    assert job.error is None and not job.scaled
    job.dialog.close()


def test_dialog_choices_become_job_options(qtbot, tmp_path: Path) -> None:
    from desktop_app.gui.printing import _page_ranges_of, _pages_to_paint, _sides_of

    printer = QPrinter()
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    assert _page_ranges_of(printer) is None
    assert _pages_to_paint(None, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert _page_ranges_of(printer) == "2-3"
    assert _pages_to_paint("1,3", 3) == [0, 2]
    expected = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    }

    class Duplexing:  # Qt keeps DuplexNone for printers without a duplex unit
        def __init__(self, mode: QPrinter.DuplexMode) -> None:
            self.mode = mode

        def duplex(self) -> QPrinter.DuplexMode:
            return self.mode

        def pageLayout(self):
            return printer.pageLayout()

    for mode, sides in expected.items():
        assert _sides_of(Duplexing(mode)) == sides


@pytest.mark.slow
def test_file_print_in_the_window_sends_the_edited_pages(
    qtbot, window, dialog: DialogChoices, cups_queue: CupsQueue, seed_path: Path, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.preview.loaded, timeout=JOB_TIMEOUT_MS):
        assert window.open_path(seed_path)
    window.metadata.title.selectAll()
    qtbot.keyClicks(window.metadata.title, "Printed from the window")
    qtbot.waitUntil(lambda: window.session.document.article.title == "Printed from the window")
    edited = window.session.document
    exported = tmp_path / "edited.pdf"
    exported.write_bytes(render(edited).pdf)
    unedited = export(seed_path, tmp_path / "unedited.pdf")

    submitted_at = time.time()
    window.menu["print"].trigger()
    job = window.print_job
    assert isinstance(job, PrintJob)
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS):
        pass
    assert (job.outcome, job.error) == ("sent", None)
    printed = wait_for_output(cups_queue, job.job_id, submitted_at, tmp_path)
    assert page_count(printed) == page_count(exported)
    got = page_images(printed, tmp_path / "printed")
    _assert_pages_match(printed, page_images(exported, tmp_path / "edited-pages"), tmp_path / "p")
    # The check can fail: the page before the edit is not what came out of the queue.
    assert image_difference(got[0], page_images(unedited, tmp_path / "unedited-pages")[0]) >= SAME_PAGE
