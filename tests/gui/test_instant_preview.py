"""The preview keeps up: buttons render at once, typing coalesces, a newer edit ends an older
render, and a long export shows its stages and can be cancelled without leaving a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from desktop_app.resources import seed_articles
from tests.conftest import long_text_article

RENDER_TIMEOUT_MS = 60_000


def _final(pages) -> bool:
    return not pages.provisional


def _open(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.renderer.rendered, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(path)


def test_a_button_press_renders_without_waiting_for_a_pause(qtbot, window) -> None:
    _open(qtbot, window, seed_articles()[0])
    generation = window.renderer.generation
    window.menu["bigger"].trigger()
    # Asked for in the same event, not 250 ms later.
    assert window.renderer.generation == generation + 1
    assert not window.debounce.isActive()
    window.menu["undo"].trigger()
    assert window.renderer.generation == generation + 2


def test_typing_still_coalesces(qtbot, window) -> None:
    _open(qtbot, window, seed_articles()[0])
    generation = window.renderer.generation
    field = window.metadata.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Typed")
    assert window.renderer.generation == generation  # nothing yet: typing goes on
    assert window.debounce.isActive()
    qtbot.waitUntil(lambda: window.renderer.generation == generation + 1, timeout=5000)
    qtbot.wait(window.debounce.interval() * 2)
    assert window.renderer.generation == generation + 1  # five keys, one render
    assert len([i for i in range(window.undo_stack.count())]) == 1


def test_a_newer_edit_ends_the_render_under_way(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_text_article(tmp_path))
    processes = window.renderer.process.started
    window.menu["bigger"].trigger()  # a long render starts
    qtbot.waitUntil(lambda: window.renderer._worker.rendering is not None, timeout=RENDER_TIMEOUT_MS)
    window.menu["smaller"].trigger()  # and is made useless at once
    with qtbot.waitSignal(
        window.renderer.rendered, timeout=RENDER_TIMEOUT_MS, check_params_cb=_final
    ) as blocker:
        pass
    assert blocker.args[0].generation == window.renderer.generation
    assert window.renderer.process.started == processes + 1  # the old render's process was ended


def test_an_edit_ends_the_check_of_the_pages_before_it(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_text_article(tmp_path))
    window.run_preflight(asked=False)  # as the window does once edits pause
    worker = window.renderer._worker
    qtbot.waitUntil(lambda: worker.checking is not None, timeout=RENDER_TIMEOUT_MS)
    old = worker.checking
    processes = window.renderer.process.started
    checked: list[int] = []  # every check's answer, before the window drops stale ones
    worker.checked.connect(lambda generation, _findings: checked.append(generation))
    with qtbot.waitSignal(
        window.renderer.rendered, timeout=RENDER_TIMEOUT_MS, check_params_cb=_final
    ) as blocker:
        window.menu["bigger"].trigger()  # the check is of the old pages: it is ended, not waited for
    assert blocker.args[0].generation == window.renderer.generation > old
    assert window.renderer.process.started == processes + 1
    # The new pages may have a check of their own under way by now; the old one never answered.
    assert worker.checking != old and old not in checked


def test_a_long_export_shows_its_stages_and_can_be_cancelled(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, long_text_article(tmp_path))
    target = tmp_path / "out" / "long.pdf"
    stages: list[str] = []
    window.renderer.export_progress.connect(lambda _target, stage: stages.append(stage))
    with qtbot.waitSignal(window.export_finished, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.exports.export_to(target)
        qtbot.waitUntil(lambda: "layout" in stages, timeout=RENDER_TIMEOUT_MS)
        window.exports.progress.findChild(QPushButton).click()  # the dialog's Cancel
    assert blocker.args == [str(target), "cancelled"]
    assert not target.exists()
    assert not target.parent.exists() or not list(target.parent.iterdir())  # no half-written file
    # Not cancelled, the same export goes through its stages to a file.
    stages.clear()
    with qtbot.waitSignal(window.export_finished, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.exports.export_to(target)
    assert blocker.args == [str(target), ""]
    assert stages[0] == "layout" and stages[1].startswith("write ") and stages[-1] == "save"
    assert target.read_bytes().startswith(b"%PDF")


def test_a_long_document_shows_the_readers_pages_first(qtbot, window, tmp_path: Path) -> None:
    from desktop_app.output.export import export_document

    _open(qtbot, window, long_text_article(tmp_path))
    preview = window.preview
    assert preview.page_count >= 10
    preview.go_to_page(9)
    qtbot.waitUntil(lambda: preview.current_page() == 9, timeout=5000)
    # The whole document is laid out after the reader's pages, not beside them on the same cores.
    whole_under_way: list[bool] = []
    window.renderer.rendered.connect(
        lambda pages: (
            pages.provisional and whole_under_way.append(window.renderer._worker.rendering is not None)
        )
    )
    with qtbot.waitSignal(
        window.renderer.rendered, timeout=RENDER_TIMEOUT_MS, check_params_cb=lambda pages: pages.provisional
    ) as early:
        window.menu["bigger"].trigger()
    assert whole_under_way == [False]
    provisional = early.args[0]
    first_page = provisional.first_page
    # One value says what the pages are: of the document as edited, the whole one, not the slice.
    assert provisional.document == window.session.document
    assert provisional.generation == window.renderer.generation
    assert provisional.page_count >= 10 and provisional.page_map.page_sizes
    # Laid out on their own, the reader's pages stand in for the final ones, and say so.
    assert preview.is_provisional()
    assert "~" in preview.page_total.text()
    assert preview.view.slots[first_page].provisional
    assert first_page == 9
    assert preview.current_page() == 9  # the view did not jump
    with qtbot.waitSignal(window.renderer.rendered, timeout=RENDER_TIMEOUT_MS, check_params_cb=_final):
        pass
    assert not preview.is_provisional()
    assert "~" not in preview.page_total.text()
    assert not any(slot.provisional for slot in preview.view.slots)
    # Settled, the preview is exactly the PDF that export writes.
    target = tmp_path / "export.pdf"
    export_document(window.session.document, target)
    assert preview.last_pdf == target.read_bytes()
