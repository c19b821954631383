"""An edition's export, preview and booklet print run in a render process: the window's thread
stays free, a progress dialog names the stages, and Cancel ends the work without a file."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from desktop_app.gui.edition_printing import EditionExport
from tests.edition_support import write_article

JOB_TIMEOUT_MS = 120_000
# The window's longest stall while an edition is exported, as the preview benchmark measures it.
MAX_STALL_S = 0.050


def _dialog_on_articles(window, qtbot, folder: Path, paragraphs: int):
    folder.mkdir()
    for n, name in enumerate(("alpha", "beta", "gamma")):
        write_article(folder, name, f"{name.title()} story {n}", paragraphs)
    window.library.add_folder(folder)
    qtbot.waitUntil(
        lambda: window.library.model.rowCount() == 3 and not window.library.is_reading(), timeout=10000
    )
    window.new_edition_action.trigger()
    dialog = window.editions.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _export_from_the_dialog(dialog, target: Path, monkeypatch: pytest.MonkeyPatch) -> EditionExport:
    """Export PDF… pressed and ``target`` chosen in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "PDF (*.pdf)"))
    dialog.export_button.click()
    task = dialog.jobs[-1]
    assert isinstance(task, EditionExport)
    return task


class StallClock:
    """A timer that should fire every 5 ms: the gaps between its ticks are the window's stalls."""

    def __init__(self, parent) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(parent)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def _timed_export(
    dialog, qtbot, target: Path, monkeypatch
) -> tuple[EditionExport, float, StallClock, list[str]]:
    """Export from the dialog with the stall clock running: the task, seconds taken, the clock
    and the stages the progress dialog was told."""
    clock = StallClock(dialog)
    # As the window is after it starts (open_main_window) and the preview benchmark measures it:
    # what was built so far kept out of the collector's full passes.
    gc.collect()
    gc.freeze()
    try:
        clock.start()
        started = time.perf_counter()
        task = _export_from_the_dialog(dialog, target, monkeypatch)
        stages: list[str] = []
        task.job.progress.connect(stages.append)
        qtbot.waitUntil(lambda: task.outcome is not None, timeout=JOB_TIMEOUT_MS)
        took = time.perf_counter() - started
        clock.stop()
    finally:
        gc.unfreeze()
    return task, took, clock, stages


@pytest.mark.slow
def test_exporting_an_edition_leaves_the_window_free(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = _dialog_on_articles(window, qtbot, tmp_path / "news", paragraphs=80)
    stalls: list[float] = []
    # Exporting on the window's thread stalls it for the whole export, seconds, every time. On
    # two cores shared with other work an idle window's timer alone now and then misses 30-60 ms,
    # so the export gets up to three tries to show a run under the limit.
    for attempt in range(3):
        target = tmp_path / "out" / f"edition-{attempt}.pdf"
        task, took, clock, stages = _timed_export(dialog, qtbot, target, monkeypatch)
        assert task.outcome == "done", task.error
        assert stages == ["layout", "save"]  # as the progress dialog names them
        assert took > 0.5  # long enough for a stall on the window's thread to show
        assert len(clock.gaps) > took / 0.05  # it kept ticking all along, not only at the end
        pages = len(PdfReader(target).pages)
        assert task.written is not None and task.written.pages == pages >= 6
        assert not [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
        stalls.append(max(clock.gaps))
        if stalls[-1] < MAX_STALL_S:
            break
    assert min(stalls) < MAX_STALL_S, f"the window stalled for {[round(s * 1000) for s in stalls]} ms"


@pytest.mark.slow
def test_an_edition_export_shows_progress_and_cancel_leaves_no_file(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    dialog = _dialog_on_articles(window, qtbot, tmp_path / "news", paragraphs=120)
    target = tmp_path / "out" / "edition.pdf"
    task = _export_from_the_dialog(dialog, target, monkeypatch)

    def progress_shown() -> QProgressDialog:
        shown = [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
        assert shown
        return shown[0]

    qtbot.waitUntil(lambda: bool(progress_shown()), timeout=10_000)
    assert "edition.pdf" in progress_shown().labelText()
    assert task.job.process is not None and task.job.process.pid is not None
    process = task.job.process
    qtbot.mouseClick(progress_shown().findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert (task.outcome, task.error) == ("cancelled", None)
    assert process.pid is None  # the process laying the edition out was ended
    assert not target.exists()
    assert not target.parent.exists() or not list(target.parent.iterdir())  # no half-written file
    assert not [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]


@pytest.mark.slow
def test_a_print_shop_booklet_from_the_window_prints_as_it_exports(
    window, qtbot, tmp_path: Path, cups_queue
) -> None:
    from desktop_app.cli import main
    from tests.pdf_tools import SAMPLES
    from tests.printing_support import assert_same_sheets, wait_for_output

    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md", "zh-article.md")]
    saved, exported = tmp_path / "shop.imprint", tmp_path / "shop-booklet.pdf"
    made = ["edition", *sources, "-o", str(exported), "--paper", "A5", "--preset", "print-shop", "--booklet"]
    assert main([*made, "--save", str(saved), "-q"]) == 0
    assert window.open_path(saved)
    dialog = window.editions.dialog
    qtbot.waitExposed(dialog)
    from_window = tmp_path / "from-window.pdf"
    task = dialog.export_to(from_window, booklet=True)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=JOB_TIMEOUT_MS)
    assert from_window.read_bytes() == exported.read_bytes()  # the window's export is the command line's
    submitted_at = time.time()
    dialog.print_booklet(printer=cups_queue.name)
    job = dialog.jobs[-1]
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=JOB_TIMEOUT_MS)
    assert job.outcome == "sent", job.error
    printed = wait_for_output(cups_queue, job.job_id, submitted_at, tmp_path)
    assert_same_sheets(printed, exported, tmp_path)


def test_an_edition_preview_can_be_cancelled(window, qtbot, tmp_path: Path) -> None:
    dialog = _dialog_on_articles(window, qtbot, tmp_path / "news", paragraphs=120)
    before = window.preview.last_pdf
    dialog.preview_button.click()
    task = dialog.jobs[-1]
    shown = lambda: [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    assert "Laying out" in shown()[0].labelText()
    qtbot.mouseClick(shown()[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert task.outcome == "cancelled"
    qtbot.wait(200)
    assert window.preview.last_pdf == before  # nothing shown from a render nobody wants
