"""The window runs preflight by itself once edits pause, and its findings lead to their fields."""

from __future__ import annotations

from pathlib import Path

RENDER_TIMEOUT_MS = 90_000


def _codes(window) -> set[str]:
    return {finding.code for finding in window.findings._findings} if window.findings else set()


def test_preflight_runs_after_edits_and_follows_them(qtbot, window, tmp_path: Path) -> None:
    article = tmp_path / "undated.md"
    article.write_text("---\ntitle: Harbour news\nlanguage: en\n---\n\nThe ferry runs again.\n", "utf-8")
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(article)
    qtbot.waitUntil(lambda: "missing-date" in _codes(window), timeout=RENDER_TIMEOUT_MS)
    assert window.findings_dock is not None and window.findings_dock.isVisible()

    # Clicking the finding takes the user to the date field.
    panel = window.findings
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).toolTip() == "missing-date")
    panel.list.itemClicked.emit(panel.list.item(row))
    qtbot.waitUntil(
        lambda: window.metadata.date.hasFocus() or window.metadata.date.isAncestorOf(window.focusWidget())
    )

    # Taking the title away is a new problem, found without asking.
    window.metadata.title.selectAll()
    qtbot.keyClick(window.metadata.title, "\b")
    qtbot.waitUntil(lambda: "missing-title" in _codes(window), timeout=RENDER_TIMEOUT_MS)


def test_a_clean_article_shows_the_panel_only_when_asked(qtbot, window, seed_path: Path) -> None:
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(seed_path)
    with qtbot.waitSignal(window.renderer.checked, timeout=RENDER_TIMEOUT_MS):
        pass  # the check that follows a render, once edits pause
    assert window.findings is None

    window.menu["preflight"].trigger()
    qtbot.waitUntil(lambda: window.findings is not None, timeout=RENDER_TIMEOUT_MS)
    assert window.findings.counts() == (0, 0)
    assert window.findings.list.item(0).text() == "No problems found"
    assert window.findings_dock.isVisible()
