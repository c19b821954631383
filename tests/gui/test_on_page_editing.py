"""Editing on the page itself: click where the page map says an element is, type, commit, and
read the re-rendered PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import RU_TEXT, ZH_TEXT
from tests.pdf_tools import flat

RENDER_TIMEOUT_MS = 60_000


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    from tests.conftest import pdf_text

    target = tmp_path / "shown.pdf"
    target.write_bytes(pdf)
    return pdf_text(target)


def _open(window, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.renderer.rendered, timeout=RENDER_TIMEOUT_MS):
        window.open_path(path)
    qtbot.waitUntil(lambda: bool(window.on_page.layer.page_map.elements), timeout=RENDER_TIMEOUT_MS)


def _settle(window, qtbot) -> None:
    qtbot.waitUntil(window.preview_is_current, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.renderer.newest.page_map is window.on_page.layer.page_map, timeout=5000)


def _point_of(window, element_id: str, fragment: int = 0) -> QPoint:
    layer = window.on_page.layer
    element = layer.page_map.get(element_id)
    assert element is not None, element_id
    layer.reveal(element)
    frame = layer.frames_of(element)[fragment]
    assert layer.rect().contains(frame.center().toPoint()), "the element is not in view"
    return frame.center().toPoint()


def _retype(window, qtbot, element_id: str, text: str) -> None:
    layer = window.on_page.layer
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, element_id))
    assert layer.editor.isVisible()
    layer.editor.selectAll()
    qtbot.keyClicks(layer.editor, text)
    qtbot.keyClick(layer.editor, Qt.Key.Key_Return)
    _settle(window, qtbot)


@pytest.mark.parametrize("zoom", [0.5, 1.0, 2.0])
def test_retyping_the_title_on_the_page(window, qtbot, seed_path: Path, tmp_path: Path, zoom: float) -> None:
    _open(window, qtbot, seed_path)
    window.preview.set_zoom(zoom)
    _retype(window, qtbot, "title", "A Title Typed On The Page")
    assert window.session.document.article.title == "A Title Typed On The Page"
    assert "A Title Typed On The Page" in _pdf_text(window.preview.last_pdf, tmp_path)
    # The same element stays selected on the new pages.
    assert window.on_page.layer.selected.id == "title"
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert "A Title Typed On The Page" not in _pdf_text(window.preview.last_pdf, tmp_path)


def test_the_size_bar_takes_the_same_step_as_a_plus(window, qtbot, seed_path: Path) -> None:
    # One route for a size change: the bar beside the selection and A+ give the same style
    # and the same undo text.
    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "title"))
    before = window.session.document.style
    qtbot.mouseClick(layer.size_bar.bigger, Qt.MouseButton.LeftButton)
    by_bar = window.session.document.style
    assert window.undo_stack.undoText() == "Change text size"
    window.undo_stack.undo()
    assert window.session.document.style == before
    window.menu["bigger"].trigger()
    assert window.session.document.style == by_bar == before.resized(1, "title")
    assert window.undo_stack.undoText() == "Change text size"
    qtbot.mouseClick(layer.size_bar.smaller, Qt.MouseButton.LeftButton)
    back = before.resized(1, "title").resized(-1, "title")
    assert window.session.document.style.title_size == back.title_size
    assert window.undo_stack.count() == 2


def test_hover_outlines_and_labels_without_rendering(window, qtbot, seed_path: Path) -> None:
    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    generation = window.renderer.generation
    qtbot.mouseMove(layer, _point_of(window, "title"))
    qtbot.waitUntil(lambda: layer.hovered is not None and layer.hovered.id == "title", timeout=2000)
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "b1"))
    assert layer.selected.id == "b1"
    assert window.renderer.generation == generation  # hover and selection cost no render
    assert layer.size_bar.isVisible()
    assert layer.size_bar.label.text() == "Paragraph · 11 pt"
    qtbot.keyClick(layer, Qt.Key.Key_Tab)
    assert layer.selected.id == "b2"
    qtbot.keyClick(layer, Qt.Key.Key_Backtab)
    assert layer.selected.id == "b1"
    qtbot.keyClick(layer, Qt.Key.Key_Escape)
    assert layer.selected is None


def test_a_plus_changes_only_the_selected_role(window, qtbot, seed_path: Path) -> None:
    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "title"))
    before = window.session.document.style
    window.menu["bigger"].trigger()
    after = window.session.document.style
    assert after.title_size > before.title_size
    assert (after.body_size, after.meta_size, after.subtitle_size) == (
        before.body_size,
        before.meta_size,
        before.subtitle_size,
    )
    # The Style panel shows the new size at once, and the page follows without waiting for typing.
    assert window.style_panel.sizes["title_size"].value() == after.title_size
    assert not window.debounce.isActive()
    _settle(window, qtbot)
    assert window.on_page.layer.page_map.get("title").font_size == pytest.approx(after.title_size)
    window.undo_stack.undo()
    assert window.session.document.style == before
    # With nothing selected, A+ scales every size as before.
    qtbot.keyClick(layer, Qt.Key.Key_Escape)
    window.menu["bigger"].trigger()
    scaled = window.session.document.style
    assert scaled.body_size > before.body_size and scaled.title_size > before.title_size


def test_delete_and_move_a_paragraph(window, qtbot, seed_path: Path, tmp_path: Path) -> None:
    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    blocks = window.session.document.article.blocks
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "b0"))
    qtbot.keyClick(layer, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _settle(window, qtbot)
    assert window.session.document.article.blocks[:2] == [blocks[1], blocks[0]]
    assert layer.selected is not None and layer.selected.id == "b1"  # it followed its paragraph
    qtbot.keyClick(layer, Qt.Key.Key_Delete)
    _settle(window, qtbot)
    assert window.session.document.article.blocks == [blocks[1], *blocks[2:]]
    assert flat(blocks[0][:60]) not in flat(_pdf_text(window.preview.last_pdf, tmp_path))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.session.document.article.blocks == blocks


def _long_markdown(folder: Path) -> Path:
    path = folder / "long.md"
    paragraphs = [
        f"Paragraph {n}: the committee met again to review the cooperation programme, "
        "the budget for the coming year and the list of joint laboratories. " * 4
        for n in range(40)
    ]
    path.write_text("---\ntitle: A Long Report\nlanguage: en\n---\n\n" + "\n\n".join(paragraphs), "utf-8")
    return path


def test_editing_a_paragraph_on_page_three_in_columns(window, qtbot, tmp_path: Path) -> None:
    _open(window, qtbot, _long_markdown(tmp_path))
    window.session.edit("options.layout", "bulletin")
    _settle(window, qtbot)
    page_map = window.on_page.layer.page_map
    target = next(e for e in page_map.elements if e.block is not None and e.first_page == 2)
    _retype(window, qtbot, target.id, "Rewritten where it stands on the third page.")
    article = window.session.document.article
    assert article.blocks[target.block] == "Rewritten where it stands on the third page."
    assert "Rewritten where it stands on the third page." in " ".join(
        _pdf_text(window.preview.last_pdf, tmp_path).split()
    )


@pytest.mark.parametrize(("text", "typed"), [(ZH_TEXT, "页面上改的标题"), (RU_TEXT, "Заголовок со страницы")])
def test_chinese_and_russian_titles(window, qtbot, tmp_path: Path, text: str, typed: str) -> None:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    _open(window, qtbot, source)
    layer = window.on_page.layer
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "title"))
    layer.editor.selectAll()
    layer.editor.insertPlainText(typed)  # as an input method commits its text
    qtbot.keyClick(layer.editor, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert window.session.document.article.title == typed
    assert typed in _pdf_text(window.preview.last_pdf, tmp_path).replace("\n", "")


def test_escape_cancels_and_paste_is_plain(window, qtbot, seed_path: Path) -> None:
    from PySide6.QtCore import QMimeData

    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    title = window.session.document.article.title
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "title"))
    layer.editor.selectAll()
    mime = QMimeData()
    mime.setHtml("<b>Bold</b> words")
    mime.setText("Pasted\nwords")
    layer.editor.insertFromMimeData(mime)
    assert layer.editor.toPlainText() == "Pasted words"
    qtbot.keyClick(layer.editor, Qt.Key.Key_Escape)
    assert not layer.editor.isVisible()
    assert window.session.document.article.title == title


def test_the_panels_and_the_page_follow_each_other(window, qtbot, seed_path: Path) -> None:
    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "b2"))
    highlighted = window.body.editor.extraSelections()
    assert highlighted and highlighted[0].cursor.selectedText().startswith(
        window.session.document.article.blocks[2][:20]
    )
    window.metadata.subtitle.setFocus()  # no subtitle on the page: the selection stays
    window.metadata.source.setFocus()
    qtbot.waitUntil(lambda: layer.selected is not None and layer.selected.field == "source", timeout=2000)
    window.on_page.select_field("title")
    assert layer.selected.id == "title"


def test_a_preflight_finding_selects_its_element(window, qtbot, seed_path: Path) -> None:
    from desktop_app.checks.preflight import Finding

    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    window.show_findings(
        [
            Finding("warning", "web-chrome", "looks like web page chrome", "body", paragraph=3),
            Finding("error", "missing-title", "no title", "title"),
        ]
    )
    panel = window.findings
    panel.list.itemActivated.emit(panel.list.item(1))  # sorted: the error first, then the warning
    assert layer.selected is not None and layer.selected.id == "b3"
    panel.list.itemActivated.emit(panel.list.item(0))
    assert layer.selected.id == "title"


def test_the_date_opens_a_calendar_on_the_page(window, qtbot, seed_path: Path, tmp_path: Path) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    _open(window, qtbot, seed_path)
    layer = window.on_page.layer
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "date"))
    calendar = layer.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2021, 3, 30)
    calendar.clicked.emit(QDate(2021, 4, 2))
    _settle(window, qtbot)
    assert window.session.document.article.date == date(2021, 4, 2)
    assert "2 April 2021" in " ".join(_pdf_text(window.preview.last_pdf, tmp_path).split())
