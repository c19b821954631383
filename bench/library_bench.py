"""Benchmark of the library on a folder of 10,000 articles: how long until every row is listed,
and the longest the UI thread went without answering meanwhile.

Run: python bench/library_bench.py [--articles 10000]
Prints one JSON object. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 5


def write_folder(folder: Path, count: int) -> None:
    """``count`` copies of the seed, each under a title and date of its own."""
    sys.path.insert(0, str(ROOT))
    from desktop_app.resources import seed_articles

    title, _, rest = seed_articles()[0].read_text(encoding="utf-8").partition("\n")
    rest = rest.replace("2021-03-30", "{date}")
    for i in range(count):
        text = f"{title} ({i})\n" + rest.replace("{date}", f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}")
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")


def measure(folder: Path, count: int) -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.library import LibraryPanel

    app = QApplication.instance() or QApplication([])
    panel = LibraryPanel()
    panel.resize(320, 800)
    panel.show()
    app.processEvents()

    beats: list[float] = []
    first_row: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    panel.model.rowsInserted.connect(lambda *_: first_row or first_row.append(time.perf_counter()))
    done: list[float] = []
    panel.reading_finished.connect(lambda: done.append(time.perf_counter()))

    heartbeat.start(HEARTBEAT_MS)
    start = time.perf_counter()
    beats.append(start)
    listed = panel.add_folder(folder)
    listing = time.perf_counter() - start
    while not done:
        app.processEvents()
        time.sleep(0.001)
    heartbeat.stop()
    assert listed == count and panel.model.rowCount() == count, (listed, panel.model.rowCount())
    stalls = sorted(b - a for a, b in itertools.pairwise(beats))

    filter_start = time.perf_counter()
    panel.filter.setText("(9999)")
    filter_s = time.perf_counter() - filter_start
    shown = panel.proxy.rowCount()
    panel.filter.clear()

    from desktop_app.app.library_index import articles_in, read_entry

    sync_start = time.perf_counter()
    for path in articles_in(folder):
        read_entry(path)
    sync_s = time.perf_counter() - sync_start
    return {
        "articles": count,
        "add_folder_call_ms": round(listing * 1000, 1),
        "first_row_ms": round((first_row[0] - start) * 1000, 1),
        "all_rows_listed_s": round(done[0] - start, 2),
        "longest_ui_stall_ms": round(stalls[-1] * 1000, 1),
        "p99_ui_stall_ms": round(stalls[int(len(stalls) * 0.99)] * 1000, 1),
        "filter_keystroke_ms": round(filter_s * 1000, 1),
        "filter_matches": shown,
        "same_titles_read_on_one_thread_s": round(sync_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="imprint-library-bench-") as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        write_folder(folder, args.articles)
        print(json.dumps(measure(folder, args.articles), indent=2))


if __name__ == "__main__":
    main()
