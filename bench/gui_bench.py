"""Benchmark of the window on the seed article: edit to painted page, launch to first page, memory.

Run: python bench/gui_bench.py [--edits 20]
Prints one JSON object. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate() -> None:
    # A launch child keeps the home its parent chose, so a second launch finds the first's cache.
    home = Path(os.environ.get("IMPRINT_BENCH_HOME") or tempfile.mkdtemp(prefix="imprint-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))


def launch_child(prerender: bool) -> None:
    """Start the window on the seed as ``imprint`` does and print the wall clock when its first
    page is on screen; without ``prerender`` the window renders alone."""
    _isolate()
    from desktop_app.render.prerender import prerender_first
    from desktop_app.resources import seed_articles

    paths = [seed_articles()[0]]
    child = prerender_first(paths) if prerender else None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.app import open_main_window

    window = open_main_window(paths, child)
    app = QApplication.instance()

    result = {}

    def done() -> None:
        result.update(painted_at=time.time(), maxrss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        window.undo_stack.setClean()
        window.close()
        app.quit()

    window.preview.painted.connect(done)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    if child is not None:
        child.stop()
    result["child_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(result))


def _launch(home: Path, prerender: bool = True) -> dict[str, float]:
    started = time.time()
    command = [sys.executable, __file__, "--launch-child"]
    out = subprocess.run(
        command if prerender else [*command, "--no-prerender"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "IMPRINT_BENCH_HOME": str(home)},
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "seconds": result["painted_at"] - started,
        "maxrss_kb": result["maxrss_kb"],
        "child_maxrss_kb": result["child_maxrss_kb"],
    }


def measure_launch(rounds: int) -> dict[str, float]:
    """First start (nothing cached) with and without the forked first render, taken in turns so
    that the machine's load weighs on both; then the next start on the same article (its pages
    cached)."""
    alone, forked, again, rss, child_rss = [], [], [], [], []
    for _ in range(rounds):
        for prerender, times in ((False, alone), (True, forked)):
            home = Path(tempfile.mkdtemp(prefix="imprint-bench-"))
            first = _launch(home, prerender)
            times.append(first["seconds"])
            rss.append(first["maxrss_kb"])
            if prerender:
                child_rss.append(first["child_maxrss_kb"])
            if prerender:
                second = _launch(home)
                again.append(second["seconds"])
                rss.append(second["maxrss_kb"])
    median = statistics.median
    return {
        "launch_to_first_page_s": round(median(forked), 3),
        "launch_to_first_page_without_prerender_s": round(median(alone), 3),
        "launch_ratio_to_without_prerender": round(median(forked) / median(alone), 2),
        "relaunch_to_first_page_s": round(median(again), 3),
        "peak_rss_mb": round(max(rss) / 1024, 1),
        "prerender_child_peak_rss_mb": round(max(child_rss) / 1024, 1),
    }


def measure_edits(edits: int) -> dict[str, float]:
    _isolate()
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, QTimer
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.gui.app import application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.render.pdf import render
    from desktop_app.resources import seed_articles

    application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()

    def wait_painted() -> None:
        loop = QEventLoop()
        window.preview.painted.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        window.preview.painted.disconnect(loop.quit)

    window.open_path(seed_articles()[0])
    wait_painted()

    requested: list[float] = []
    window.debounce.timeout.connect(lambda: requested.append(time.perf_counter()))
    view_width = window.preview.view.viewport().width()

    def bare_seconds() -> float:
        """The same page without the window: render, load into QtPdf, draw page 1 at the view's size."""
        document = window.session.document
        t0 = time.perf_counter()
        pdf = render(document).pdf
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buffer)
        size = doc.pagePointSize(0)
        scale = view_width / size.width()
        image = doc.render(0, QSize(view_width, round(size.height() * scale)))
        assert not image.isNull()
        seconds = time.perf_counter() - t0
        doc.close()
        return seconds

    # Each edit is paired with a bare render of the same document right after it, so that
    # whatever else the machine is doing weighs on both alike.
    after_debounce, with_debounce, render_only, bare = [], [], [], []
    field = window.metadata.title
    base = field.text()
    for n in range(edits):
        field.setText(f"{base} {n}")
        typed = time.perf_counter()
        field.textEdited.emit(field.text())
        wait_painted()
        painted = time.perf_counter()
        after_debounce.append(painted - requested[-1])
        with_debounce.append(painted - typed)
        render_only.append(window._last_render_seconds)
        bare.append(bare_seconds())
    window.undo_stack.setClean()
    window.close()

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 1)

    return {
        "edits": edits,
        "edit_to_painted_after_debounce_ms_median": ms(after_debounce),
        "edit_to_painted_incl_debounce_ms_median": ms(with_debounce),
        "render_in_worker_ms_median": ms(render_only),
        "bare_render_load_paint_ms_median": ms(bare),
        "ratio_to_bare": round(statistics.median(after_debounce) / statistics.median(bare), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--launches", type=int, default=5, help="first starts of each kind")
    parser.add_argument("--launch-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-prerender", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.launch_child:
        launch_child(prerender=not args.no_prerender)
        return 0
    figures = {"cpus": os.cpu_count()}
    figures.update(measure_launch(args.launches))
    figures.update(measure_edits(args.edits))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
