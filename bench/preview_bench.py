"""Benchmark of the preview as a person uses it: a button press to a settled page on the seed and
on a ~90-page article (page 1 and page 45), the longest stall of the window's thread while a
long document renders, the window's memory over many renders, and on-page editing's hover
and commit times.

Run: python bench/preview_bench.py [--paragraphs 750] [--memory-renders 50]
Prints one JSON object. Not a test: the figures depend on the machine; ratios are taken
against baselines measured in the same run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate() -> None:
    home = Path(tempfile.mkdtemp(prefix="imprint-bench-"))
    for name in ("CONFIG", "DATA", "CACHE"):
        os.environ[f"XDG_{name}_HOME"] = str(home / name.lower())
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))


def _rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Window:
    """The real window, with a way to wait for the pages of the newest edit to be on screen."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        from desktop_app.gui.app import application
        from desktop_app.gui.main_window import MainWindow

        self.app = application()
        self.window = MainWindow()
        self.window.resize(1400, 900)
        self.window.show()
        gc.collect()
        gc.freeze()  # as open_main_window does
        self.stalls: list[float] = []
        self._last_tick = time.perf_counter()
        # A timer that should fire every 5 ms: the gaps between its ticks are the window's stalls.
        self._ticker = QTimer()
        self._ticker.setInterval(5)
        self._ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(now - self._last_tick)
        self._last_tick = now

    def wait(self, predicate, timeout: float = 300.0) -> float:
        """Run the event loop until ``predicate()``; the time it took."""
        from PySide6.QtCore import QEventLoop

        started = time.perf_counter()
        loop = QEventLoop()
        while not predicate():
            if time.perf_counter() - started > timeout:
                raise TimeoutError("the window did not settle")
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return time.perf_counter() - started

    def settled(self) -> bool:
        """The newest edit's final pages are drawn (not provisional, no render pending)."""
        w = self.window
        return w.preview_is_current() and not w.preview.is_provisional() and not w.preview._await_paint

    def open(self, path: Path) -> None:
        self.window.undo_stack.setClean()  # the edits made so far are the benchmark's own: no question
        self.window.open_path(path)
        self.wait(self.settled)

    def press(self, action) -> dict[str, float]:
        """Trigger ``action``; seconds to the first new page in view and to the settled pages."""
        preview = self.window.preview
        painted: list[float] = []
        preview.painted.connect(lambda: painted.append(time.perf_counter()))
        started = time.perf_counter()
        self._last_tick = started
        self.stalls.clear()
        self._ticker.start()
        action.trigger()
        self.wait(lambda: bool(painted) and self.settled())
        self._ticker.stop()
        preview.painted.disconnect()
        done = time.perf_counter()
        return {"first_page": painted[0] - started, "settled": done - started, "stall": max(self.stalls)}


def bare_render_seconds(document) -> float:
    """WeasyPrint alone on the same HTML, warm: the floor the preview is measured against."""
    from weasyprint import HTML

    from desktop_app.render.font_config import font_config as _font_config
    from desktop_app.render.html import render_html

    html = render_html(document)
    HTML(string=html).write_pdf(font_config=_font_config())
    started = time.perf_counter()
    HTML(string=html).write_pdf(font_config=_font_config())
    return time.perf_counter() - started


def measure_seed(bench: Window, rounds: int) -> dict[str, float]:
    from desktop_app.resources import seed_articles

    w = bench.window
    bench.open(seed_articles()[0])
    edits, bares = [], []
    for n in range(rounds):
        action = w.menu["bigger"] if n % 2 == 0 else w.menu["smaller"]
        edits.append(bench.press(action)["settled"])
        bares.append(bare_render_seconds(w.session.document))
    seed = statistics.median(edits)
    return {
        "seed_button_to_settled_ms": round(seed * 1000, 1),
        "seed_bare_weasyprint_ms": round(statistics.median(bares) * 1000, 1),
        "seed_ratio_to_bare": round(seed / statistics.median(bares), 2),
    }


def measure_long(bench: Window, paragraphs: int, seed_ms: float, rounds: int) -> dict[str, object]:
    w = bench.window
    from export_bench import article_of  # the export benchmark's long article: the seed's paragraphs

    bench.open(article_of(paragraphs, Path(tempfile.mkdtemp())))
    pages = w.preview.page_count
    figures: dict[str, object] = {"long_pages": pages}
    for label, page in (("page_1", 0), ("page_45", min(44, pages - 1))):
        w.preview.go_to_page(page)
        bench.wait(lambda page=page: w.preview.current_page() == page, timeout=10)
        firsts, settles, stalls = [], [], []
        for n in range(rounds):
            result = bench.press(w.menu["bigger"] if n % 2 == 0 else w.menu["smaller"])
            firsts.append(result["first_page"])
            settles.append(result["settled"])
            stalls.append(result["stall"])
        first = statistics.median(firsts)
        figures[f"long_{label}_page_in_view_ms"] = round(first * 1000, 1)
        figures[f"long_{label}_ratio_to_seed"] = round(first * 1000 / seed_ms, 2)
        figures[f"long_{label}_all_pages_settled_ms"] = round(statistics.median(settles) * 1000, 1)
        figures[f"long_{label}_longest_ui_stall_ms"] = round(max(stalls) * 1000, 1)
    return figures


def measure_memory(bench: Window, renders: int) -> dict[str, float]:
    """The window's resident memory over ``renders`` renders of the long article open now."""
    w = bench.window
    for n in range(8):  # the first few renders fill caches that then stay
        bench.press(w.menu["bigger"] if n % 2 == 0 else w.menu["smaller"])
    before = _rss_mb()
    peak = before
    for n in range(renders):
        bench.press(w.menu["bigger"] if n % 2 == 0 else w.menu["smaller"])
        peak = max(peak, _rss_mb())
    after = _rss_mb()
    processes = [p.pid for p in (w.renderer.process, w.renderer.slice_process) if p.pid]
    return {
        "memory_renders": renders,
        "window_rss_after_warmup_mb": round(before, 1),
        "window_rss_growth_mb": round(after - before, 1),
        "window_peak_rss_mb": round(peak, 1),
        "render_processes_rss_mb": [round(_rss_mb(pid), 1) for pid in processes],
    }


def measure_on_page(bench: Window) -> dict[str, float]:
    """Hover: a mouse move to the outline painted. Commit: Enter in the in-place editor to the
    new pages painted."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.resources import seed_articles

    w = bench.window
    bench.open(seed_articles()[0])
    layer = w.on_page.layer
    hovers = []
    targets = [e for e in layer.page_map.elements if layer.frames_of(e)][:12]
    for element in targets * 3:
        point = layer.frames_of(element)[0].center()
        started = time.perf_counter()
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(layer.mapToGlobal(point.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(layer, move)
        layer.repaint()  # the outline drawn, synchronously
        hovers.append(time.perf_counter() - started)
    commits = []
    for n in range(5):
        title = layer.page_map.get("title")
        w.on_page.begin_edit(title)
        layer.editor.setPlainText(f"A title typed on the page {n}")
        started = time.perf_counter()
        painted: list[float] = []
        w.preview.painted.connect(lambda painted=painted: painted.append(time.perf_counter()))
        layer.editor.finish(commit=True)
        bench.wait(lambda painted=painted: bool(painted) and bench.settled())
        w.preview.painted.disconnect()
        commits.append(painted[-1] - started)
    return {
        "hover_to_outline_ms_median": round(statistics.median(hovers) * 1000, 2),
        "hover_to_outline_ms_max": round(max(hovers) * 1000, 2),
        "commit_to_painted_ms_median": round(statistics.median(commits) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=750, help="length of the long article")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--memory-renders", type=int, default=50)
    args = parser.parse_args()
    _isolate()
    bench = Window()
    figures: dict[str, object] = {"cpus": os.cpu_count()}
    figures.update(measure_on_page(bench))
    figures.update(measure_seed(bench, args.rounds))
    figures.update(measure_long(bench, args.paragraphs, figures["seed_button_to_settled_ms"], args.rounds))
    if args.memory_renders:
        figures.update(measure_memory(bench, args.memory_renders))
    bench.window.undo_stack.setClean()
    bench.window.close()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
