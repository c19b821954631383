"""Photos as elements on the page: select one where the page map says it is, delete it, size
it, edit its caption in place, replace its picture, drop a new one between two paragraphs,
and read each change back from the re-rendered PDF and its page map."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.figures import parse_figure
from desktop_app.readers.pictures import prepare_picture

RENDER_TIMEOUT_MS = 60_000
INTRO = "The delegations met on Tuesday to sign the cooperation programme for the coming year."
AFTER = "The programme covers joint laboratories, student exchanges and two new research grants."
LAST = "Both sides said they would meet again in the autumn to review the first results."


def _jpeg(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], 40):  # stripes, so the file is a photo's shape, not one flat colour
        image.paste((255, 255, 255), (x, 0, x + 8, size[1]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def photo_document(tmp_path: Path) -> Document:
    """An article with a photo between its first and second paragraphs (the file also lies
    beside the article, where a figure's picture was looked up before articles carried them)."""
    photo = _jpeg(tmp_path / "photo.jpg", (1200, 800), (30, 90, 160))
    body = f'{INTRO}\n\n![Leaders meet in Moscow](photo.jpg "Photo: AP")\n\n{AFTER}\n\n{LAST}'
    article = Article(
        "Cooperation Programme Signed",
        body,
        "markdown",
        author="A. Writer",
        images=(prepare_picture("photo.jpg", photo.read_bytes()),),
    )
    return Document(article, origin=tmp_path / "story.md")


def _document(window) -> Document:
    """The window's open document."""
    document = window.session.document
    assert document is not None
    return document


def _settle(window, qtbot) -> None:
    qtbot.waitUntil(window.preview_is_current, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.renderer.newest.page_map is window.on_page.layer.page_map, timeout=5000)


def _show(window, qtbot, document: Document) -> None:
    window.show_document(document, None)
    _settle(window, qtbot)
    qtbot.waitUntil(lambda: window.on_page.layer.page_map.get("b1") is not None, timeout=RENDER_TIMEOUT_MS)


def _point_of(window, element_id: str) -> QPoint:
    layer = window.on_page.layer
    element = layer.page_map.get(element_id)
    assert element is not None, element_id
    layer.reveal(element)
    frame = layer.frames_of(element)[0]
    assert layer.rect().contains(frame.center().toPoint()), "the element is not in view"
    return frame.center().toPoint()


def _pdf(window, tmp_path: Path) -> Path:
    target = tmp_path / "shown.pdf"
    target.write_bytes(window.preview.last_pdf)
    return target


def _pdf_text(window, tmp_path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(_pdf(window, tmp_path)), "-"], capture_output=True
    )
    return " ".join(out.stdout.decode().split())


def _image_sizes(window, tmp_path: Path) -> list[tuple[int, int]]:
    """(width, height) of every image in the shown PDF, as pdfimages lists them."""
    out = subprocess.run(
        ["pdfimages", "-list", str(_pdf(window, tmp_path))], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    return [(int(row[3]), int(row[4])) for row in rows if row and row[2] == "image"]


def _select(window, qtbot, element_id: str) -> None:
    layer = window.on_page.layer
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, element_id))
    assert layer.selected is not None and layer.selected.id == element_id


def test_a_photo_is_selected_deleted_and_restored(
    window, qtbot, photo_document: Document, tmp_path: Path
) -> None:
    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    assert (1200, 800) in _image_sizes(window, tmp_path)
    qtbot.mouseMove(layer, _point_of(window, "b1"))
    qtbot.waitUntil(lambda: layer.hovered is not None and layer.hovered.id == "b1", timeout=2000)
    assert layer.label_of(layer.hovered) == "Photo · 1200 × 800 px"
    _select(window, qtbot, "b1")
    assert layer.figure_bar.isVisible() and not layer.size_bar.isVisible()
    assert layer.figure_bar.label.text() == "Photo · 1200 × 800 px"
    assert layer.figure_bar.buttons["column"].isChecked()
    steps = window.undo_stack.count()
    qtbot.keyClick(layer, Qt.Key.Key_Delete)
    _settle(window, qtbot)
    assert window.undo_stack.count() == steps + 1
    assert _document(window).article.blocks == [INTRO, AFTER, LAST]
    assert _document(window).article.images == ()
    assert (1200, 800) not in _image_sizes(window, tmp_path)
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert _document(window).article == photo_document.article
    assert (1200, 800) in _image_sizes(window, tmp_path)


def test_ctrl_down_moves_the_photo(window, qtbot, photo_document: Document) -> None:
    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    _select(window, qtbot, "b1")
    qtbot.keyClick(layer, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _settle(window, qtbot)
    blocks = _document(window).article.blocks
    assert blocks[1] == AFTER and parse_figure(blocks[2]) is not None
    assert layer.selected is not None and layer.selected.id == "b2"  # the photo stays selected


def test_the_caption_is_edited_in_place(window, qtbot, photo_document: Document, tmp_path: Path) -> None:
    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    assert "Leaders meet in Moscow" in _pdf_text(window, tmp_path)
    _select(window, qtbot, "b1")
    qtbot.keyClick(layer, Qt.Key.Key_F2)  # a photo edits its caption, where the caption stands
    assert layer.editor.isVisible()
    assert layer.editor.toPlainText() == "Leaders meet in Moscow"
    # The editor has room to the photo's right edge, not only the width of the words it holds.
    photo = layer.frames_of(layer.page_map.get("b1"))[0]
    assert abs(layer.editor.geometry().right() - photo.right()) < 8
    layer.editor.selectAll()
    qtbot.keyClicks(layer.editor, "Leaders sign the programme")
    steps = window.undo_stack.count()
    qtbot.keyClick(layer.editor, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert window.undo_stack.count() == steps + 1
    figure = parse_figure(_document(window).article.blocks[1])
    assert (figure.caption, figure.credit, figure.image) == (
        "Leaders sign the programme",
        "Photo: AP",
        "photo.jpg",
    )
    text = _pdf_text(window, tmp_path)
    assert "Leaders sign the programme" in text and "Leaders meet in Moscow" not in text
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert "Leaders meet in Moscow" in _pdf_text(window, tmp_path)
    # The credit, double-clicked where it stands, is edited on its own.
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "b1.credit"))
    assert layer.editor.isVisible() and layer.editor.toPlainText() == "Photo: AP"
    layer.editor.selectAll()
    qtbot.keyClicks(layer.editor, "Photo: TASS")
    qtbot.keyClick(layer.editor, Qt.Key.Key_Return)
    _settle(window, qtbot)
    figure = parse_figure(_document(window).article.blocks[1])
    assert (figure.caption, figure.credit) == ("Leaders meet in Moscow", "Photo: TASS")
    assert "Photo: TASS" in _pdf_text(window, tmp_path)


def test_the_size_bar_changes_the_placed_width(window, qtbot, photo_document: Document) -> None:
    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    _select(window, qtbot, "b1")
    column = layer.page_map.get("b1").rects[0].width
    steps = window.undo_stack.count()
    layer.figure_bar.buttons["half"].click()
    _settle(window, qtbot)
    assert window.undo_stack.count() == steps + 1
    assert parse_figure(_document(window).article.blocks[1]).size == "half"
    half = layer.page_map.get("b1").rects[0].width
    assert half == pytest.approx(column / 2, rel=0.15)
    assert layer.selected is not None and layer.selected.id == "b1"
    assert layer.figure_bar.buttons["half"].isChecked()
    window.figure_actions.size_actions["column"].trigger()
    _settle(window, qtbot)
    assert layer.page_map.get("b1").rects[0].width == pytest.approx(column)


def _drop(window, point: QPoint, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.on_page.layer.dropEvent(event)  # as Qt delivers a drop (a real drag needs a real mouse)
    return event.isAccepted()


def test_a_dropped_image_becomes_a_figure_between_the_blocks_there(
    window, qtbot, photo_document: Document, tmp_path: Path
) -> None:
    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    dropped = _jpeg(tmp_path / "dropped.jpg", (640, 480), (160, 40, 40))
    # Just below the middle of the paragraph after the photo: the new photo goes after it.
    layer.reveal(layer.page_map.get("b2"))
    after = layer.frames_of(layer.page_map.get("b2"))[0]
    assert layer.rect().contains(after.center().toPoint())
    point = QPoint(round(after.center().x()), round(after.center().y() + after.height() / 4))
    steps = window.undo_stack.count()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    layer.dragMoveEvent(
        QDragMoveEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    mark, last = layer._drop_mark, layer.page_map.get("b3").rects[0]  # a line above the last paragraph
    assert (mark.page, mark.x, mark.width) == (last.page, last.x, last.width) and mark.y < last.y
    assert _drop(window, point, [dropped])
    assert layer._drop_mark is None
    _settle(window, qtbot)
    assert window.undo_stack.count() == steps + 1
    article = _document(window).article
    assert [b[:20] for b in article.blocks[:3]] == [INTRO[:20], article.blocks[1][:20], AFTER[:20]]
    figure = parse_figure(article.blocks[3])
    assert figure is not None and article.picture(figure.image).pixels == (640, 480)
    assert article.blocks[4] == LAST
    assert layer.selected is not None and layer.selected.id == "b3"  # the new photo, selected
    assert (640, 480) in _image_sizes(window, tmp_path)
    # On the pages too, in reading order: (page, top) of the paragraph before, the photo, the next.
    before, new, next_ = (layer.page_map.get(f"b{n}").rects[0] for n in (2, 3, 4))
    assert (before.page, before.y) < (new.page, new.y) < (next_.page, next_.y)
    # A document dropped on the page is not taken in: the window opens it, as before.
    article_file = tmp_path / "other.md"
    article_file.write_text("# Other\n\nText.", "utf-8")
    assert not layer.takes_drop([article_file])


def test_replace_photo_with_a_bad_file_says_why_and_changes_nothing(
    window, qtbot, photo_document: Document, tmp_path: Path, monkeypatch
) -> None:
    _show(window, qtbot, photo_document)
    bad = tmp_path / "pictures" / "broken.jpg"
    bad.parent.mkdir()
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    _select(window, qtbot, "b1")
    assert window.figure_actions.replace_action.isEnabled()
    steps = window.undo_stack.count()
    window.figure_actions.replace_action.trigger()
    assert len(shown) == 1 and shown[0][0] == "Cannot use broken.jpg" and "not a usable image" in shown[0][1]
    assert window.undo_stack.count() == steps
    assert _document(window).article == photo_document.article
    # A good file replaces the picture; caption, credit and width stay; the folder is remembered.
    good = _jpeg(tmp_path / "pictures" / "better.jpg", (900, 600), (20, 140, 60))
    opened_in: list[str] = []

    def choose(_parent, _title, folder, _filter):
        opened_in.append(folder)
        return str(good), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.figure_actions.replace_action.trigger()
    assert opened_in == [str(bad.parent.resolve())]
    _settle(window, qtbot)
    article = _document(window).article
    figure = parse_figure(article.blocks[1])
    assert (figure.caption, figure.credit) == ("Leaders meet in Moscow", "Photo: AP")
    assert [p.pixels for p in article.images] == [(900, 600)]
    assert window.settings.last_photo_dir == str(good.parent.resolve())
    assert window.on_page.layer.figure_bar.label.text() == "Photo · 900 × 600 px"


def test_the_text_panel_shows_the_photo_as_its_caption(window, qtbot, photo_document: Document) -> None:
    _show(window, qtbot, photo_document)
    editor = window.body.editor
    assert editor.toPlainText().split("\n\n")[1] == "[Photo: photo.jpg] Leaders meet in Moscow"
    text = editor.toPlainText().replace("Leaders meet in Moscow", "Leaders meet again")
    editor.setPlainText(text)
    article = _document(window).article
    figure = parse_figure(article.blocks[1])
    assert (figure.image, figure.caption, figure.credit) == ("photo.jpg", "Leaders meet again", "Photo: AP")
    assert article.images == photo_document.article.images
    # Clicking the photo on the page highlights its line in the panel.
    _settle(window, qtbot)
    _select(window, qtbot, "b1")
    assert editor.extraSelections()[0].cursor.selectedText() == "[Photo: photo.jpg] Leaders meet again"


def test_preflight_offers_to_choose_the_file_of_a_photo_not_saved(
    window, qtbot, photo_document: Document, tmp_path: Path, monkeypatch
) -> None:
    url = "https://example.com/lead.jpg"
    body = photo_document.article.body.replace("(photo.jpg ", f"({url} ")
    document = photo_document.with_changes(article=photo_document.article.with_changes(body=body, images=()))
    window.show_document(document, None)
    _settle(window, qtbot)
    # The page's own preflight says so, with a button to choose the file.
    window.run_preflight(asked=True)

    def buttons() -> list[QPushButton]:
        panel = window.findings
        found = panel.fixes.findChildren(QPushButton) if panel is not None else []
        return [b for b in found if b.text() == "Choose the file…" and not b.isHidden()]

    qtbot.waitUntil(lambda: bool(buttons()), timeout=RENDER_TIMEOUT_MS)
    finding = next(f for f in window.findings._findings if f.code == "photo-not-saved")
    assert finding.message == f"photo not saved with the page: {url}"
    assert len(buttons()) == 1
    chosen = _jpeg(tmp_path / "lead.jpg", (800, 533), (90, 90, 20))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    buttons()[0].click()
    _settle(window, qtbot)
    article = _document(window).article
    figure = parse_figure(article.blocks[1])
    assert figure.caption == "Leaders meet in Moscow" and article.picture(figure.image).pixels == (800, 533)
    assert (800, 533) in _image_sizes(window, tmp_path)
    qtbot.waitUntil(lambda: not buttons(), timeout=RENDER_TIMEOUT_MS)  # the next preflight is content


def test_the_context_menu_offers_a_photo_s_actions_or_a_photo_to_insert(
    window, qtbot, photo_document: Document, tmp_path: Path, monkeypatch
) -> None:
    _show(window, qtbot, photo_document)
    actions = window.figure_actions
    _select(window, qtbot, "b1")
    texts = [a.text() for a in actions.context_menu(window.on_page.selected()).actions() if a.text()]
    assert texts[:4] == ["&Replace Photo…", "&Column Width", "&Half Width", "&Page Width"]
    assert texts[-1] == "&Delete Photo"
    _select(window, qtbot, "b2")
    assert not actions.replace_action.isEnabled()
    menu = actions.context_menu(window.on_page.selected())
    (insert,) = [a for a in menu.actions() if a.text()]
    assert insert.text() == "&Insert Photo Here…"
    chosen = _jpeg(tmp_path / "inserted.jpg", (500, 500), (10, 10, 10))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    insert.trigger()
    _settle(window, qtbot)
    article = _document(window).article
    assert article.blocks[2] == AFTER and article.picture(parse_figure(article.blocks[3]).image).pixels == (
        500,
        500,
    )
    assert window.on_page.layer.selected.id == "b3"


def test_saving_in_the_window_keeps_the_photos_beside_the_article(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "saved-page"
    folder.mkdir()
    _jpeg(folder / "lead.jpg", (1000, 700), (200, 120, 40))
    article = folder / "story.md"
    article.write_text(
        f'---\ntitle: A Page\n---\n\n{INTRO}\n\n![The lead photo](lead.jpg "Photo: AP")\n\n{AFTER}'
    )
    window.open_path(article)
    _settle(window, qtbot)
    assert (1000, 700) in _image_sizes(window, tmp_path)
    target = tmp_path / "kept.imprint"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    for path in folder.iterdir():  # the saved page's folder goes
        path.unlink()
    folder.rmdir()
    window.show_document(Document(Article("Other", "Other text.")), None)
    _settle(window, qtbot)
    assert window.open_path(target)
    _settle(window, qtbot)
    reopened = _document(window).article
    assert [p.pixels for p in reopened.images] == [(1000, 700)]
    assert (1000, 700) in _image_sizes(window, tmp_path)
    assert "The lead photo" in _pdf_text(window, tmp_path)


def test_a_dragged_article_passes_through_the_page_to_the_window(
    window, qtbot, photo_document: Document, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDragEnterEvent

    _show(window, qtbot, photo_document)
    layer = window.on_page.layer
    seen: list[str] = []
    original = type(window).dragEnterEvent
    monkeypatch.setattr(
        type(window), "dragEnterEvent", lambda self, e: (seen.append("window"), original(self, e))
    )
    article_file = tmp_path / "other.md"
    article_file.write_text("# Other\n\nText.", "utf-8")
    photo = _jpeg(tmp_path / "photo-2.jpg", (300, 200), (0, 0, 0))
    point = _point_of(window, "b2")
    for path, taker in ((article_file, "window"), (photo, None)):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDragEnterEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        seen.clear()
        QApplication.sendEvent(layer, event)
        assert event.isAccepted()
        assert seen == ([taker] if taker else [])  # a photo is taken by the page itself


@pytest.mark.parametrize(
    ("language", "caption", "typed"),
    [
        ("zh", "长春与新西伯利亚州代表出席视频会议", "双方签署科技合作协议"),
        ("ru", "Участники видеоконференции в Новосибирске", "Стороны подписали соглашение"),
    ],
)
def test_a_chinese_or_russian_caption_is_edited_in_place(
    window, qtbot, photo_document: Document, tmp_path: Path, language: str, caption: str, typed: str
) -> None:
    body = photo_document.article.body.replace("Leaders meet in Moscow", caption)
    article = photo_document.article.with_changes(body=body, language=language)
    _show(window, qtbot, photo_document.with_changes(article=article))
    layer = window.on_page.layer
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=_point_of(window, "b1.caption"))
    assert layer.editor.isVisible() and layer.editor.toPlainText() == caption
    layer.editor.selectAll()
    layer.editor.insertPlainText(typed)  # as an input method commits its text
    qtbot.keyClick(layer.editor, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert parse_figure(_document(window).article.blocks[1]).caption == typed
    assert typed.replace(" ", "") in _pdf_text(window, tmp_path).replace(" ", "")


def test_choose_the_file_is_offered_for_figures_only(qtbot) -> None:
    from desktop_app.checks.finding import Finding
    from desktop_app.gui.findings import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    url = "https://example.com/a.jpg"
    figure = Finding(
        "error", "photo-not-saved", f"photo not saved with the page: {url}", "body", block=2, image=url
    )
    inline = Finding(
        "error", "photo-unreadable", "The photo x.png cannot be printed: truncated", "body", image="x.png"
    )
    panel.show_findings([figure, inline])
    buttons = panel.fixes.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Choose the file…"]
    with qtbot.waitSignal(panel.picture_requested) as signal:
        buttons[0].click()
    assert signal.args == [figure]
    panel.show_findings([inline])
    assert panel.fixes.isHidden()
