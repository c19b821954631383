"""The window against real renders: edits reach the PDF, undo, export, language, recovery, errors."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import main as cli_main
from desktop_app.resources import seed_articles

RENDER_TIMEOUT_MS = 90_000
pytestmark = pytest.mark.slow


def pdf_text_of(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def squeezed(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def open_and_wait(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert window.open_path(path)


def wait_for_pdf(qtbot, window, predicate) -> None:
    def ready() -> bool:
        return bool(window.preview.last_pdf) and predicate(window.preview.last_pdf)

    qtbot.waitUntil(ready, timeout=RENDER_TIMEOUT_MS)


def word_heights(pdf: bytes, word: str, tmp_path: Path) -> list[float]:
    """Heights of every box poppler finds for ``word`` on the first page: the set type size."""
    path = tmp_path / "heights.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    word_box = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    boxes = re.findall(word_box, html)
    return [float(y1) - float(y0) for y0, y1, text in boxes if text == word]


def type_title(qtbot, window, text: str) -> None:
    field = window.metadata.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_edit_title_reaches_the_preview_pdf(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    assert "Video Conference" in pdf_text_of(window.preview.last_pdf)
    assert window.windowTitle().startswith("Video Conference")
    assert not window.isWindowModified()

    type_title(qtbot, window, "Harbour Lights Reopen")

    wait_for_pdf(qtbot, window, lambda pdf: "HarbourLightsReopen" in squeezed(pdf_text_of(pdf)))
    assert window.session.document.article.title == "Harbour Lights Reopen"
    assert window.windowTitle().startswith("Harbour Lights Reopen")
    assert window.isWindowModified()
    # Typing one field is one undo step, not one per key.
    assert window.undo_stack.count() == 1


def test_undo_restores_title_in_field_and_pdf(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    old = window.metadata.title.text()
    type_title(qtbot, window, "Temporary Headline")
    wait_for_pdf(qtbot, window, lambda pdf: "TemporaryHeadline" in squeezed(pdf_text_of(pdf)))

    window.menu["undo"].trigger()

    assert window.metadata.title.text() == old
    wait_for_pdf(qtbot, window, lambda pdf: "TemporaryHeadline" not in squeezed(pdf_text_of(pdf)))
    assert squeezed(old) in squeezed(pdf_text_of(window.preview.last_pdf))
    assert not window.isWindowModified()
    window.menu["redo"].trigger()
    assert window.metadata.title.text() == "Temporary Headline"


def test_bigger_text_sets_bigger_body_type(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, seed_articles()[0])
    before = word_heights(window.preview.last_pdf, "conference", tmp_path)
    assert before, "the seed's body has the word 'conference'"
    first_pdf = window.preview.last_pdf

    window.menu["bigger"].trigger()

    wait_for_pdf(qtbot, window, lambda pdf: pdf != first_pdf)
    after = word_heights(window.preview.last_pdf, "conference", tmp_path)
    assert min(after) > max(before) * 1.05
    assert window.style_panel.sizes["body_size"].value() == pytest.approx(12.1)

    window.menu["reset_size"].trigger()
    assert window.session.document.style.body_size == 11.0


def test_export_matches_the_command_line(qtbot, window, tmp_path):
    seed = seed_articles()[0]
    open_and_wait(qtbot, window, seed)
    from_window = tmp_path / "window.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.exports.export_to(from_window)
    assert blocker.args == [str(from_window), ""]

    from_cli = tmp_path / "cli.pdf"
    assert cli_main(["export", str(seed), "-o", str(from_cli), "-q"]) == 0
    assert from_window.read_bytes() == from_cli.read_bytes()
    assert from_window.read_bytes() == window.preview.last_pdf
    assert not list(tmp_path.glob("*.part"))


def test_export_dialog_remembers_choices(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.app.settings import load_settings
    from desktop_app.gui.dialogs import ExportDialog

    open_and_wait(qtbot, window, seed_articles()[0])
    target = tmp_path / "out" / "marked.pdf"

    def accept(dialog):
        dialog.path.setText(str(target))
        dialog.crop_marks.setChecked(True)
        dialog.bleed.setValue(3)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    with qtbot.waitSignal(window.export_finished, timeout=RENDER_TIMEOUT_MS):
        window.menu["export"].trigger()
    assert target.read_bytes().startswith(b"%PDF")
    saved = load_settings()
    assert saved.export_choices["crop_marks"] is True
    assert saved.export_choices["bleed_mm"] == 3
    assert saved.last_export_dir == str(target.parent)

    # The next export starts from those choices.
    shown = {}

    def look(dialog):
        shown.update(bleed=dialog.bleed.value(), marks=dialog.crop_marks.isChecked(), path=dialog.target())
        return ExportDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", look)
    window.menu["export"].trigger()
    assert (shown["bleed"], shown["marks"]) == (3, True)
    assert shown["path"].parent == target.parent

    # Bleed set in the Style panel shows in the preview, so it wins over the last export's.
    window.style_panel.bleed.setValue(5)
    window.menu["export"].trigger()
    assert (shown["bleed"], shown["marks"]) == (5, False)


def test_russian_interface_at_run_time(qtbot, window):
    window.set_ui_language("ru")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Файл", "&Правка", "&Оформление", "&Вид", "&Справка"]
    assert window.metadata_dock.windowTitle() == "Статья"
    assert window.menu["export"].text() == "&Экспорт в PDF…"
    # The undo step's name comes from the document session, in the same language.
    assert window.open_path(seed_articles()[0])
    window.menu["bigger"].trigger()
    assert window.menu["undo"].text() == "&Отменить: Изменение размера текста"

    window.set_ui_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_crash_recovery_is_offered_and_restored(qtbot, qapp, window, monkeypatch, tmp_path):
    from desktop_app.app.recovery import recovery_file
    from desktop_app.gui.main_window import MainWindow

    open_and_wait(qtbot, window, seed_articles()[0])
    type_title(qtbot, window, "Unsaved Crash Title")
    window.autosave()
    own = recovery_file()
    assert own.is_file()
    # The crash: the file stays behind under a process id that is no longer running.
    finished = subprocess.Popen(["true"])
    finished.wait()
    own.rename(recovery_file(finished.pid))

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes
    )
    second = MainWindow()
    with qtbot.waitSignal(second.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        assert second.offer_recovery()
    assert asked and "Unsaved Crash Title" in asked[0][2]
    assert second.session.document.article.title == "Unsaved Crash Title"
    assert second.metadata.title.text() == "Unsaved Crash Title"
    assert second.isWindowModified()
    assert not recovery_file(finished.pid).exists()
    assert "UnsavedCrashTitle" in squeezed(pdf_text_of(second.preview.last_pdf))
    second.session.state.recovered_dirty = False
    second.close()


def test_broken_file_shows_an_error_and_the_window_keeps_working(qtbot, window, monkeypatch, tmp_path):
    open_and_wait(qtbot, window, seed_articles()[0])
    broken = tmp_path / "broken.imprint"
    broken.write_text("{ not json", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))

    assert not window.open_path(broken)

    assert shown and "broken.imprint" in shown[0][0] and "not an Imprint document" in shown[0][1]
    assert window.session.document.origin == seed_articles()[0].resolve()
    type_title(qtbot, window, "Still Working")
    wait_for_pdf(qtbot, window, lambda pdf: "StillWorking" in squeezed(pdf_text_of(pdf)))


def test_save_writes_imprint_and_never_the_article(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    article = tmp_path / "story.txt"
    shutil.copy(seed_articles()[0], article)
    original = article.read_bytes()
    open_and_wait(qtbot, window, article)
    type_title(qtbot, window, "Saved Headline")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "story-edit"), ""))

    assert window.save()

    saved = tmp_path / "story-edit.imprint"
    assert saved.is_file()
    assert article.read_bytes() == original
    assert not window.isWindowModified()
    from desktop_app.readers import read_document

    assert read_document(saved).article.title == "Saved Headline"
    # Saving again goes to the same document without asking.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked again"))
    type_title(qtbot, window, "Saved Twice")
    assert window.save()
    assert read_document(saved).article.title == "Saved Twice"


def test_failed_render_shows_the_reason(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    # A layout that does not exist fails in the render process; the reason comes back from there.
    window.session.edit("options.layout", "no-such-layout")
    qtbot.waitUntil(lambda: window.preview.banner.isVisible(), timeout=RENDER_TIMEOUT_MS)
    assert "no-such-layout" in window.preview.banner.text()
    assert window.preview.last_pdf  # the last good pages stay


def test_stale_renders_are_dropped(qtbot, qapp):
    from desktop_app.gui.render_worker import RenderService
    from desktop_app.readers import read_document

    service = RenderService()
    document = read_document(seed_articles()[0])
    got = []
    service.rendered.connect(got.append)
    versions = [
        document.with_changes(article=document.article.with_changes(title=f"Version {n}")) for n in range(4)
    ]
    for version in versions:
        service.request(version)
    qtbot.waitUntil(lambda: bool(got), timeout=RENDER_TIMEOUT_MS)
    qtbot.wait(300)
    service.shutdown()
    assert [pages.generation for pages in got] == [4]
    # The pages say which document they are of, the newest, and carry their own page map.
    assert got[0].document == versions[-1] and not got[0].provisional
    assert got[0].page_map.get("title") is not None
    assert "Version3" in squeezed(pdf_text_of(got[0].pdf))


def test_date_can_be_cleared_and_keywords_split(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    window.metadata.clear_date.click()
    assert window.session.document.article.date is None
    window.metadata.keywords.setFocus()
    window.metadata.keywords.setText("science, Russia，China")
    window.metadata.keywords.textEdited.emit(window.metadata.keywords.text())
    assert window.session.document.article.keywords == ("science", "Russia", "China")
    window.menu["undo"].trigger()
    window.menu["undo"].trigger()
    assert window.session.document.article.date is not None


def test_every_field_is_named_and_reachable_by_keyboard(window):
    panels = (window.metadata, window.style_panel, window.body)
    fields = [w for panel in panels for w in panel._fields.values()]
    fields += [window.preview.zoom_combo, window.preview.page_spin, window.preview.view, window.library.list]
    assert len(fields) > 20
    for widget in fields:
        assert widget.accessibleName(), type(widget).__name__
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


def test_findings_lead_to_their_fields(qtbot, window):
    from dataclasses import dataclass

    @dataclass
    class Finding:
        severity: str
        code: str
        message: str
        field: str | None

    open_and_wait(qtbot, window, seed_articles()[0])
    window.show_findings(
        [
            Finding("warning", "no-author", "The article names no author", "author"),
            Finding("error", "paper", "Letter paper for a Chinese layout", "style.paper"),
        ]
    )
    panel = window.findings
    assert panel.counts() == (1, 1)
    assert panel.list.item(0).text() == "Letter paper for a Chinese layout"  # errors first

    panel.list.itemActivated.emit(panel.list.item(1))
    qtbot.waitUntil(lambda: window.metadata.author.hasFocus())
    panel.list.itemActivated.emit(panel.list.item(0))
    qtbot.waitUntil(lambda: window.style_panel.paper.hasFocus())
    assert not window.style_dock.visibleRegion().isEmpty()


def test_next_start_reopens_the_last_session(qtbot, qapp, window, tmp_path):
    from desktop_app.gui.main_window import MainWindow

    article = tmp_path / "kept.txt"
    shutil.copy(seed_articles()[0], article)
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        window.open_initial([article])
    window.close()

    second = MainWindow()
    with qtbot.waitSignal(second.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        second.open_initial([])
    assert second.session.document.origin == article.resolve()
    assert str(article.resolve()) in second.settings.recent_files
    second.close()


def test_first_start_opens_the_seeds(qtbot, window):
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        window.open_initial([])
    assert window.session.document.origin == seed_articles()[0].resolve()
    assert window.library.paths() == [p.resolve() for p in seed_articles()]


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "dropped.md"
    article.write_text("---\ntitle: Dropped Headline\n---\n\nBody text.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.preview.loaded, timeout=RENDER_TIMEOUT_MS):
        window.dropEvent(event)
    assert window.session.document.article.title == "Dropped Headline"
    assert "DroppedHeadline" in squeezed(pdf_text_of(window.preview.last_pdf))


def test_locale_brings_its_paper_and_undo_takes_both_back(qtbot, window):
    open_and_wait(qtbot, window, seed_articles()[0])
    assert window.session.document.style.paper == "A4"
    combo = window.style_panel.locale_combo
    combo.setCurrentIndex(combo.findData("en_US"))
    combo.activated.emit(combo.currentIndex())
    assert window.session.document.options.locale == "en_US"
    assert window.session.document.style.paper == "Letter"
    assert window.style_panel.paper.currentData() == "Letter"
    wait_for_pdf(qtbot, window, lambda pdf: _page_width(pdf) == 612)

    window.menu["undo"].trigger()
    assert window.session.document.style.paper == "A4"
    assert window.session.document.options.locale != "en_US"


def _page_width(pdf: bytes) -> float:
    from pypdf import PdfReader

    return round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width))


def test_run_app_opens_the_files_and_returns_when_closed(qtbot, qapp, tmp_path):
    from PySide6.QtCore import QTimer

    from desktop_app.gui.app import run_app
    from desktop_app.gui.main_window import MainWindow

    article = tmp_path / "from-command-line.md"
    article.write_text("---\ntitle: Command Line Article\n---\n\nText.\n", encoding="utf-8")
    seen = []

    def close_when_painted() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].preview.last_pdf:
            seen.append(windows[0].windowTitle())
            windows[0].close()
        else:
            QTimer.singleShot(100, close_when_painted)

    QTimer.singleShot(100, close_when_painted)
    QTimer.singleShot(RENDER_TIMEOUT_MS, qapp.quit)  # never hang the suite, even if the window does
    assert run_app([article]) == 0
    assert seen == ["Command Line Article[*] — Imprint"]


def test_settings_dialog_switches_to_chinese_and_remembers(qtbot, window, monkeypatch):
    from desktop_app.app.settings import load_settings
    from desktop_app.gui.dialogs import SettingsDialog

    def choose(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.autosave.setValue(45)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.menu["settings"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.style_panel.page_box.title() == "页面"
    saved = load_settings()
    assert (saved.ui_language, saved.autosave_seconds) == ("zh_CN", 45)
    assert window.autosave_timer.interval() == 45_000


def test_zoom_and_page_survive_a_re_render(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    open_and_wait(qtbot, window, seed_articles()[0])
    for _ in range(8):
        window.menu["bigger"].trigger()
    qtbot.waitUntil(window.preview_is_current, timeout=RENDER_TIMEOUT_MS)
    assert window.preview.page_count > 1
    preview = window.preview
    preview.set_zoom(1.5)
    assert preview.zoom_combo.currentText() == "150 %"
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(preview.view.viewport(), wheel)
    assert preview.zoom_factor() == pytest.approx(2.0)
    preview.go_to_page(1)
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    position = preview.view.verticalScrollBar().value()
    assert position > 0

    # A title of the same length keeps the pages the same height, so the place must not move.
    # Renders of the half-typed title may come between; the place is judged on the last one.
    # (Typed as the panel sends it: focusing the field itself would show the title on page 1.)
    title = window.metadata.title.text()[:-4] + "Kept"
    for end in range(len(title) - 4, len(title) + 1):
        window.session.edit("article.title", title[:end])
        qtbot.wait(20)
    qtbot.waitUntil(window.preview_is_current, timeout=RENDER_TIMEOUT_MS)
    assert "Kept" in pdf_text_of(preview.last_pdf)
    qtbot.wait(50)
    assert preview.zoom_factor() == pytest.approx(2.0)
    assert abs(preview.view.verticalScrollBar().value() - position) < 40
    assert preview.page_spin.maximum() == preview.page_count


def test_navigating_right_after_a_load_is_not_undone(qtbot):
    """A page jump made before the new pages are painted must not be taken back by the load."""
    from desktop_app.gui.preview import PreviewPane
    from desktop_app.readers import read_document
    from desktop_app.render.pdf import render

    document = read_document(seed_articles()[0])
    big = document.with_changes(style=document.style.with_changes(body_size=22.0))
    first, second = (
        render(big).pdf,
        render(big.with_changes(style=big.style.with_changes(body_size=21.5))).pdf,
    )
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    pane.set_zoom(1.0)
    pane.set_pdf(first)
    assert pane.page_count > 1
    # No event is processed between the load and the jump, as when a render lands mid-click.
    pane.go_to_page(1)
    place = pane.view.verticalScrollBar().value()
    assert place > 0
    qtbot.wait(100)
    assert pane.view.verticalScrollBar().value() == place

    # The next load keeps that place, whatever layout passes follow it.
    pane.set_pdf(second)
    qtbot.wait(100)
    assert abs(pane.view.verticalScrollBar().value() - place) < 40
    assert pane.current_page() == 1


def test_the_style_panel_stops_at_the_model_limits(window):
    from desktop_app.model.style import LIMITS

    panel = window.style_panel
    spins = {**panel.sizes, **panel.margins, "line_height": panel.line_height, "bleed_mm": panel.bleed}
    spins["columns"] = panel.columns
    assert set(spins) == set(LIMITS)
    for name, spin in spins.items():
        assert (spin.minimum(), spin.maximum()) == (LIMITS[name].low, LIMITS[name].high), name
