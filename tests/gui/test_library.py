"""The library lists every article of a folder, reading titles off the UI thread, and filters them."""

from __future__ import annotations

import itertools
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer

from desktop_app.gui.library import DETAIL_ROLE, PATH_ROLE, TITLE_ROLE, LibraryPanel

READ_TIMEOUT_MS = 60_000


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` saved news pages, each with its own title, and a source and date by number."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"article-{i:05d}.txt"
        source = "Changchun Daily" if i % 2 else "Novosibirsk News"
        path.write_text(
            f"Story number {i} about sci-tech cooperation\n\n"
            f"Updated : 2021-03-{1 + i % 28:02d}Source : {source}\n\n"
            f"Paragraph {i} of the story, with a full sentence in it.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def shown_titles(panel: LibraryPanel) -> list[str]:
    return [panel.proxy.index(row, 0).data(TITLE_ROLE) for row in range(panel.proxy.rowCount())]


@pytest.fixture
def panel(qtbot) -> LibraryPanel:
    widget = LibraryPanel()
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    return widget


def test_a_folder_of_more_than_500_articles_is_listed_whole(
    qtbot, panel: LibraryPanel, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path / "archive", 1200)
    seen_while_reading: list[tuple[int, str]] = []

    def look() -> None:
        if panel.is_reading():
            seen_while_reading.append((panel.model.rowCount(), panel.progress.text()))

    panel.model.rowsInserted.connect(look)
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        assert panel.add_folder(tmp_path / "archive") == 1200
    assert panel.model.paths() == [p.resolve() for p in paths]
    assert shown_titles(panel)[1199] == "Story number 1199 about sci-tech cooperation"
    # Rows arrived in batches while the rest was still being read, with a hint of how far it got.
    assert seen_while_reading and seen_while_reading[0][0] < 1200
    rows, hint = seen_while_reading[0]
    assert hint == f"Reading titles… {QLocale().toString(rows)} of {QLocale().toString(1200)}"
    assert panel.progress.isHidden()


def test_the_window_keeps_answering_while_titles_are_read(qtbot, panel: LibraryPanel, tmp_path: Path) -> None:
    write_articles(tmp_path / "archive", 2000)
    beats: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    timer.start(5)
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add_folder(tmp_path / "archive")
        beats.append(time.perf_counter())
    timer.stop()
    longest = max(b - a for a, b in itertools.pairwise(beats))
    # Read on the UI thread the 2,000 titles would stop it for well over a second.
    assert longest < 0.5, f"the UI thread stalled for {longest * 1000:.0f} ms"
    assert panel.model.rowCount() == 2000


def test_two_articles_of_the_same_title_are_told_apart(
    qtbot, panel: LibraryPanel, tmp_path: Path, seed_path: Path
) -> None:
    first = tmp_path / "original" / seed_path.name
    second = tmp_path / "copies" / "seed-copy.txt"
    for target in (first, second):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(seed_path, target)
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add(first)
        panel.add(second)
    rows = [panel.proxy.index(row, 0) for row in range(2)]
    title = "Video Conference on China-Russia Sci-Tech Cooperation Held"
    assert rows[0].data(TITLE_ROLE) == rows[1].data(TITLE_ROLE) == title
    details = [index.data(DETAIL_ROLE) for index in rows]
    assert details[0].startswith(f"original/{seed_path.name}")
    assert details[1].startswith("copies/seed-copy.txt")
    assert all("2021-03-30" in d and "CCFAO" in d for d in details)
    # What the list shows: the title, and under it where the file lives.
    assert [index.data().splitlines() for index in rows] == [[title, d] for d in details]
    assert [index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1] for index in rows] == [
        str(first.resolve()),
        str(second.resolve()),
    ]


def test_the_filter_narrows_by_title_source_and_date(qtbot, panel: LibraryPanel, tmp_path: Path) -> None:
    write_articles(tmp_path / "archive", 60)
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add_folder(tmp_path / "archive")
    qtbot.keyClicks(panel.filter, "number 42 ")
    assert shown_titles(panel) == ["Story number 42 about sci-tech cooperation"]
    panel.filter.setText("changchun daily")
    assert len(shown_titles(panel)) == 30
    panel.filter.setText("2021-03-05 novosibirsk")
    assert shown_titles(panel) == [
        "Story number 4 about sci-tech cooperation",
        "Story number 32 about sci-tech cooperation",
    ]
    panel.filter.clear()
    assert len(shown_titles(panel)) == 60


def test_activating_a_row_asks_to_open_its_file(qtbot, panel: LibraryPanel, tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "archive", 3)
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add_folder(tmp_path / "archive")
    panel.filter.setText("article-00002")
    index = panel.proxy.index(0, 0)
    assert index.data(PATH_ROLE) == paths[2].resolve()
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.list.clicked.emit(index)
    assert opened.args == [paths[2].resolve()]


def test_the_open_document_is_selected_once_its_row_arrives(
    qtbot, panel: LibraryPanel, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path / "archive", 300)
    panel.mark_current(paths[250])
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add_folder(tmp_path / "archive")
    assert panel.list.currentIndex().data(PATH_ROLE) == paths[250].resolve()


def test_a_panel_closed_while_reading_stops_its_reader(qtbot, tmp_path: Path) -> None:
    write_articles(tmp_path / "archive", 2000)
    panel = LibraryPanel()
    panel.add_folder(tmp_path / "archive")
    pool, cancelled = panel._pool, panel._cancelled
    assert pool.activeThreadCount() == 1
    started = time.perf_counter()
    panel.deleteLater()
    qtbot.waitUntil(cancelled.is_set, timeout=5000)
    # The reader ends after the file it was reading, long before the 2,000 titles are read.
    assert time.perf_counter() - started < 2


def test_a_long_title_is_elided_in_a_narrow_list_that_never_scrolls_sideways(
    qtbot, panel: LibraryPanel, tmp_path: Path
) -> None:
    title = "Video Conference on China-Russia Sci-Tech Cooperation Held in Changchun"
    path = tmp_path / "a folder with a long name" / "video-conference-on-china-russia-sci-tech.txt"
    path.parent.mkdir()
    path.write_text(f"{title}\n\nUpdated : 2021-03-30Source : CCFAO\n\nA paragraph.\n", encoding="utf-8")
    with qtbot.waitSignal(panel.reading_finished, timeout=READ_TIMEOUT_MS):
        panel.add(path)
    panel.resize(180, 400)
    qtbot.waitUntil(lambda: panel.list.viewport().width() < 180)
    index = panel.proxy.index(0, 0)
    viewport = panel.list.viewport()
    bar = panel.list.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    # The row is no wider than the list, so Qt's painting ends each line that does not fit
    # in "…" rather than the edge of the list cutting it mid-word.
    assert panel.list.visualRect(index).width() <= viewport.width()
    assert panel.list.textElideMode() == Qt.TextElideMode.ElideRight
    assert panel.list.fontMetrics().horizontalAdvance(title) > viewport.width()
    # Wider again, the rows follow the list's width.
    panel.resize(700, 400)
    qtbot.waitUntil(lambda: panel.list.viewport().width() > 600)
    assert panel.list.visualRect(index).width() == panel.list.viewport().width()
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert title in tooltip and str(path.resolve()) in tooltip
