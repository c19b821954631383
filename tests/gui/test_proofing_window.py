"""Proofing in the window: the wavy underline (seen in rendered pixels), right-click
suggestions, Check Spelling, Find and Replace with Replace All as one undo step, Fix
Punctuation as one undo step, and the word counts in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QMenu, QPushButton

from desktop_app.gui.spelling_highlighter import suggestion_actions
from desktop_app.resources import dictionaries_dir

RENDER_TIMEOUT_MS = 90_000
ARTICLE = """Council recieved the budget

Published: 2023-05-02 Source: Harbourside Gazette Author: Marta Kowalczyk

The city council met on Monday and the mayor said "the goverment agreed" -- at last...

The council recieved the proposal; Kowalczyk reported on it.
"""

pytestmark = pytest.mark.skipif(dictionaries_dir() is None, reason="scripts/setup.sh installs hunspell-*")


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    path = tmp_path / "council.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(path)
    checker = window.proofing.session.checker
    qtbot.waitUntil(lambda: window.proofing.session.background.warm, timeout=10_000)
    assert checker is not None
    return window


def _red_pixels(image: QImage, rect: QRect) -> int:
    """Pixels in ``rect`` of the underline's red (a thin wave, blended with the paper)."""
    found = 0
    for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)):
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
            colour = image.pixelColor(x, y)
            if colour.red() - colour.green() > 60 and colour.red() - colour.blue() > 60:
                found += 1
    return found


def _word_rect(editor, start: int, end: int) -> QRect:
    """The word's box in the editor's viewport, with room below for the underline."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    left = editor.cursorRect(cursor)
    cursor.setPosition(end)
    right = editor.cursorRect(cursor)
    return QRect(left.left(), left.top(), right.right() - left.left(), left.height() + 4)


def test_wavy_underline_is_drawn_under_misspellings_in_the_text_panel(qtbot, opened) -> None:
    editor = opened.body.editor
    body = opened.session.document.article.body
    wrong = body.index("goverment")
    right = body.index("council")
    editor.verticalScrollBar().setValue(0)

    def underlined() -> bool:
        image = editor.viewport().grab().toImage()
        return _red_pixels(image, _word_rect(editor, wrong, wrong + len("goverment"))) > 5

    qtbot.waitUntil(underlined, timeout=10_000)
    image = editor.viewport().grab().toImage()
    assert _red_pixels(image, _word_rect(editor, right, right + len("council"))) == 0
    assert _red_pixels(image, _word_rect(editor, wrong, wrong + len("goverment"))) > 5


def test_wavy_underline_in_the_article_panels_title(qtbot, opened) -> None:
    title = opened.metadata.title
    opened.metadata_dock.show()
    opened.metadata_dock.raise_()
    qtbot.waitUntil(lambda: opened.proofing.session.line_spelling["title"].misspelled == [(8, 16)])

    def underlined() -> bool:
        image = title.grab().toImage()
        return _red_pixels(image, title.rect()) > 5

    qtbot.waitUntil(underlined, timeout=10_000)
    # A title without the misspelling has no red at all.
    opened.session.edit("article.title", "Council received the budget", typed=False)
    qtbot.waitUntil(lambda: _red_pixels(title.grab().toImage(), title.rect()) == 0, timeout=10_000)


def test_wavy_underline_in_the_in_place_editor_on_the_page(qtbot, opened) -> None:
    layer = opened.on_page.layer
    qtbot.waitUntil(lambda: bool(layer.page_map.with_field("title")), timeout=RENDER_TIMEOUT_MS)
    opened.on_page.begin_edit(layer.page_map.with_field("title")[0])
    editor = layer.editor
    assert editor.isVisible() and editor.toPlainText() == "Council recieved the budget"
    start = editor.toPlainText().index("recieved")
    qtbot.waitUntil(
        lambda: _red_pixels(editor.viewport().grab().toImage(), _word_rect(editor, start, start + 8)) > 5,
        timeout=10_000,
    )
    council = _word_rect(editor, 0, len("Council"))
    assert _red_pixels(editor.viewport().grab().toImage(), council) == 0


def test_metadata_names_are_not_underlined(opened) -> None:
    checker = opened.proofing.session.checker
    assert checker.is_correct("Kowalczyk") is True
    assert checker.is_correct("recieved") is False


def test_right_click_suggestions_replace_the_word(qtbot, opened) -> None:
    session = opened.proofing.session
    body = opened.session.document.article.body
    start = body.index("goverment")
    menu = QMenu()
    menu.addAction("Copy")
    suggestion_actions(
        menu,
        session.checker,
        "goverment",
        lambda s: session._replace_word(opened.body.editor, start, start + 9, s),
        session.recheck,
    )
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "government" and "Add to Dictionary" in texts and "Ignore" in texts
    assert texts[-1] == "Copy"
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: "the government agreed" in opened.session.document.article.body)


def test_add_to_dictionary_lasts_and_unmarks_the_word(qtbot, opened, private_dirs: Path) -> None:
    session = opened.proofing.session
    menu = QMenu()
    suggestion_actions(menu, session.checker, "recieved", lambda _s: None, session.recheck)
    next(a for a in menu.actions() if a.text() == "Add to Dictionary").trigger()
    saved = private_dirs / "data" / "Imprint" / "dictionaries" / "en_US.txt"
    assert saved.read_text(encoding="utf-8").split() == ["recieved"]
    qtbot.waitUntil(lambda: opened.proofing.session.line_spelling["title"].misspelled == [])


def test_check_spelling_steps_through_misspellings(qtbot, opened) -> None:
    opened.proofing.spelling_action.trigger()
    dialog = opened.proofing.spelling_dialog
    assert dialog.isVisible()
    assert [m.word for _f, m in dialog.found] == ["recieved", "goverment", "recieved"]
    assert dialog.word.text() == "recieved"
    assert dialog.suggestions.item(0).text() == "received"
    assert opened.metadata.title.selectedText() == "recieved"
    dialog.skip.click()
    assert dialog.word.text() == "goverment"
    assert opened.body.editor.textCursor().selectedText() == "goverment"
    # The page shows the paragraph holding it selected (through the page map).
    selected = opened.on_page.selected()
    assert selected is not None and selected.block == 0
    dialog.change.click()
    assert "the government agreed" in opened.session.document.article.body
    assert dialog.word.text() == "recieved"
    dialog.ignore.click()
    assert dialog.word.text() == "No more possible misspellings."


def test_replace_all_is_one_undo_step(qtbot, opened) -> None:
    before = opened.session.document
    steps = opened.undo_stack.count()
    opened.proofing.replace_action.trigger()
    bar = opened.proofing.find_bar
    assert bar.isVisible() and bar.replacement.isVisible()
    bar.query.setText("council")
    assert bar.status.text() == "1 of 3"
    assert bar.overlay.isVisible() and len(bar.overlay.places) == 3
    bar.whole_word.setChecked(True)
    bar.replacement.setText("board")
    bar.replace_all.click()
    assert bar.status.text() == "Replaced: 3"
    article = opened.session.document.article
    assert article.title == "board recieved the budget"
    assert article.body.count("board") == 2 and "council" not in article.body.lower()
    assert opened.undo_stack.count() == steps + 1
    opened.undo_stack.undo()
    assert opened.session.document == before


def test_find_marks_the_matching_elements_on_the_page(qtbot, opened, tmp_path: Path) -> None:
    opened.proofing.find_action.trigger()
    bar = opened.proofing.find_bar
    assert not bar.replacement.isVisible()
    bar.query.setText("Kowalczyk")
    assert bar.status.text() == "1 of 2"
    places = set(bar.overlay.places)
    assert places == {("author", None), ("body", 1)}
    layer = opened.on_page.layer
    frames = [f for place in places for e in bar.overlay.elements(place) for f in layer.frames_of(e)]
    assert frames
    # The marks are painted over the page: the overlay's pixels inside a frame are tinted.
    image = opened.on_page.layer.grab().toImage()
    frame = frames[0].toAlignedRect().intersected(image.rect())
    centre = image.pixelColor(frame.center())
    assert centre.blue() < centre.red(), centre.name()


def test_fix_punctuation_is_one_undo_step(qtbot, opened) -> None:
    steps = opened.undo_stack.count()
    opened.proofing.punctuation_action.trigger()
    body = opened.session.document.article.body
    assert "said “the goverment agreed” — at last…" in body
    assert opened.undo_stack.count() == steps + 1
    opened.undo_stack.undo()
    assert '"the goverment agreed" -- at last...' in opened.session.document.article.body


def test_preflight_offers_fix_punctuation_in_one_click(qtbot, opened) -> None:
    opened.menu["preflight"].trigger()
    qtbot.waitUntil(lambda: opened.findings is not None and opened.findings.fixes.isVisible(), timeout=60_000)
    codes = {f.code for f in opened.findings._findings}
    assert {"spelling", "punctuation"} <= codes
    # A spelling notice leads to its paragraph on the page.
    panel = opened.findings
    row = next(i for i in range(panel.list.count()) if "'goverment'" in panel.list.item(i).text())
    assert panel.list.item(row).text() == "'goverment' (1×, paragraph 1) — government?"
    panel.list.itemClicked.emit(panel.list.item(row))
    assert opened.on_page.selected() is not None and opened.on_page.selected().block == 0
    button = opened.findings.findChild(QPushButton, "fix-punctuation")
    assert button is not None
    button.click()
    assert "“the goverment agreed”" in opened.session.document.article.body


def test_status_bar_counts_words_and_the_selection(qtbot, opened) -> None:
    label = opened.proofing.counts.label
    whole = "Words: 24 · Characters: 146"
    qtbot.waitUntil(lambda: label.text() == whole, timeout=5000)
    editor = opened.body.editor
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: label.text() == f"Selected: words 1, characters 3 · {whole}", timeout=5000)


def test_without_dictionaries_spelling_says_once_that_it_is_off(qtbot, opened, tmp_path: Path) -> None:
    from desktop_app.proofing.dictionaries import Dictionaries
    from desktop_app.proofing.spelling import SpellChecker

    session = opened.proofing.session
    session.background.set_checker(SpellChecker("en", dictionaries=Dictionaries(folder=tmp_path / "none")))
    qtbot.waitUntil(lambda: "Spelling is off" in opened.statusBar().currentMessage(), timeout=10_000)
    session.recheck()
    qtbot.waitUntil(lambda: not opened.body.editor.document().firstBlock().layout().formats(), timeout=5000)
    # The rest works: find and counts.
    opened.proofing.find_action.trigger()
    opened.proofing.find_bar.query.setText("council")
    assert opened.proofing.find_bar.status.text() == "1 of 3"
