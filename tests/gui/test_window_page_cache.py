"""A document opened again shows its last pages at once, before the fresh render arrives."""

from __future__ import annotations

from pathlib import Path

RENDER_TIMEOUT_MS = 90_000


def test_reopened_document_shows_its_pages_before_rendering(
    qtbot, window, seed_path: Path, tmp_path: Path
) -> None:
    from desktop_app.gui.main_window import MainWindow

    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(seed_path)
    rendered = window.preview.last_pdf
    assert rendered.startswith(b"%PDF")
    # Leaving the document keeps its pages.
    other = tmp_path / "other.md"
    other.write_text("---\ntitle: Other\n---\n\nSomething else.\n", "utf-8")
    assert window.open_path(other)

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(seed_path)
    # Shown synchronously from the cache: no render has come back yet.
    assert again.preview.last_pdf == rendered
    with qtbot.waitSignal(again.renderer.rendered, timeout=RENDER_TIMEOUT_MS) as fresh:
        pass
    assert fresh.args[0].pdf == rendered  # what the renderer makes now is the same page
    again.close()


def test_an_edited_document_does_not_get_the_old_pages(qtbot, window, seed_path: Path) -> None:
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(seed_path)
    first = window.preview.last_pdf
    window.metadata.title.selectAll()
    qtbot.keyClicks(window.metadata.title, "Changed")
    qtbot.waitUntil(lambda: window.preview.last_pdf not in (b"", first), timeout=RENDER_TIMEOUT_MS)
    assert window.preview.last_pdf != first
