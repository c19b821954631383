"""File → New Edition… driven in the window: pick articles, reorder, preview, export, save, print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QModelIndex

from desktop_app.readers.edition_file import read_edition
from tests.edition_support import contents_pages, title_pages, write_article


def _library_with_articles(window, qtbot, folder: Path) -> list[Path]:
    folder.mkdir()
    paths = [
        write_article(folder, "alpha", "Alpha opens the week", 3),
        write_article(folder, "beta", "Beta closes the bridge", 8),
        write_article(folder, "gamma", "Gamma reopens the market", 3),
    ]
    window.library.add_folder(folder)
    qtbot.waitUntil(
        lambda: window.library.model.rowCount() == 3 and not window.library.is_reading(), timeout=10000
    )
    return paths


def _select(window, paths: list[Path]) -> None:
    view = window.library.list
    view.clearSelection()
    for path in paths:
        row = window.library.model.row_of(path.resolve())
        index = window.library.proxy.mapFromSource(window.library.model.index(row, 0))
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)


def _open_dialog(window, qtbot):
    window.new_edition_action.trigger()
    dialog = window.editions.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_new_edition_from_selected_articles_reordered_previewed_and_exported(
    window, qtbot, tmp_path: Path
) -> None:
    alpha, _beta, gamma = _library_with_articles(window, qtbot, tmp_path / "news")
    assert "Edition" in window.new_edition_action.text()
    assert window.new_edition_action in window.file_menu.actions()
    _select(window, [alpha, gamma])
    dialog = _open_dialog(window, qtbot)
    titles = [dialog.articles.item(i).text() for i in range(dialog.articles.count())]
    assert titles == ["Alpha opens the week", "Gamma reopens the market"]
    # Reordered as a drop inside the list moves a row.
    assert dialog.articles.dragDropMode() == dialog.articles.DragDropMode.InternalMove
    assert dialog.articles.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    dialog.title.setText("Friday digest")
    dialog.subtitle.setText("Two stories")

    dialog.preview_button.click()
    qtbot.waitUntil(
        lambda: window.preview.last_pdf.startswith(b"%PDF") and b"Friday" in _title_of(window), timeout=20000
    )
    shown = tmp_path / "shown.pdf"
    shown.write_bytes(window.preview.last_pdf)
    ordered = ["Gamma reopens the market", "Alpha opens the week"]
    listed = contents_pages(shown, ordered)
    assert listed == title_pages(shown, ordered, after=1) and listed[ordered[0]] < listed[ordered[1]]
    qtbot.waitUntil(lambda: window.preview.page_count == len(PdfReader(shown).pages), timeout=10000)

    target = tmp_path / "friday.pdf"
    _finish(qtbot, dialog.export_to(target))
    assert target.read_bytes() == shown.read_bytes()
    booklet = tmp_path / "booklet.pdf"
    _finish(qtbot, dialog.export_to(booklet, booklet=True))
    assert len(PdfReader(booklet).pages) == -(-len(PdfReader(shown).pages) // 4) * 2

    saved = tmp_path / "friday.imprint"
    dialog.save_to(saved)
    reopened = read_edition(saved)
    assert [ref.path for ref in reopened.references] == [gamma.resolve(), alpha.resolve()]
    assert reopened.title == "Friday digest" and reopened.subtitle == "Two stories"


def _finish(qtbot, task) -> None:
    """Wait for an edition job of the dialog to end, and see that it did its work."""
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=60_000)
    assert task.outcome == "done", task.error


def _title_of(window) -> bytes:
    from io import BytesIO

    try:
        return (PdfReader(BytesIO(window.preview.last_pdf)).metadata.title or "").encode()
    except Exception:
        return b""


def test_without_a_selection_the_whole_library_goes_in(window, qtbot, tmp_path: Path) -> None:
    _library_with_articles(window, qtbot, tmp_path / "folder")
    window.library.list.clearSelection()
    dialog = _open_dialog(window, qtbot)
    assert dialog.articles.count() == 3
    dialog.remove_button.setEnabled(True)
    dialog.articles.item(0).setSelected(True)
    dialog.remove_selected()
    assert dialog.articles.count() == 2 and len(dialog.edition().articles) == 2


@pytest.mark.slow
def test_print_as_booklet_from_the_dialog(window, qtbot, tmp_path: Path, cups_queue) -> None:
    _library_with_articles(window, qtbot, tmp_path / "news")
    dialog = _open_dialog(window, qtbot)
    dialog.print_booklet(printer=cups_queue.name)
    job = dialog.jobs[-1]
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == "sent", job.error
    assert job.job_id.startswith(f"{cups_queue.name}-")


def test_a_saved_edition_opens_with_a_missing_article_named(window, qtbot, tmp_path: Path) -> None:
    alpha, beta, gamma = _library_with_articles(window, qtbot, tmp_path / "news")
    dialog = _open_dialog(window, qtbot)
    dialog.title.setText("Weekly")
    saved = tmp_path / "weekly.imprint"
    dialog.save_to(saved)
    dialog.close()
    payload = json.loads(saved.read_text(encoding="utf-8"))
    payload["options"]["layout"] = "bulletin"  # a setting the dialog itself does not show
    saved.write_text(json.dumps(payload), encoding="utf-8")
    beta.unlink()
    assert window.open_path(saved)
    reopened = window.editions.dialog
    qtbot.waitExposed(reopened)
    assert reopened.title.text() == "Weekly"
    rows = [reopened.articles.item(i).text() for i in range(reopened.articles.count())]
    assert rows[0] == "Alpha opens the week" and rows[2] == "Gamma reopens the market"
    assert "Beta closes the bridge" in rows[1] and "missing" in rows[1]
    assert not reopened.problems.isHidden()
    assert "Beta closes the bridge" in reopened.problems.text() and "beta.md" in reopened.problems.text()
    edition = reopened.edition()
    assert len(edition.articles) == 2 and edition.options.layout == "bulletin"
    # Saved again, nothing is lost: the missing article keeps its place, the layout its value.
    again = tmp_path / "again.imprint"
    reopened.save_to(again)
    kept = read_edition(again)
    assert [ref.path for ref in kept.references] == [alpha.resolve(), beta.resolve(), gamma.resolve()]
    assert kept.options.layout == "bulletin" and len(kept.problems) == 1


def test_ctrl_click_gathers_articles_without_opening_them(window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    _library_with_articles(window, qtbot, tmp_path / "news")
    view = window.library.list
    for row in (0, 2):
        rect = view.visualRect(window.library.proxy.index(row, 0))
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
        )
    assert len(view.selectionModel().selectedRows()) == 2
    assert window.session.document is None
    dialog = _open_dialog(window, qtbot)
    assert dialog.articles.count() == 2


@pytest.mark.slow
def test_print_from_the_dialog_prints_every_page_of_the_edition(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    printed = tmp_path / "printed.pdf"

    def accept_to_file(self: QPrintDialog) -> int:
        self.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept_to_file)
    _library_with_articles(window, qtbot, tmp_path / "news")
    dialog = _open_dialog(window, qtbot)
    exported = tmp_path / "edition.pdf"
    _finish(qtbot, dialog.export_to(exported))
    dialog.print_edition()
    job = dialog.jobs[-1]
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert (job.outcome, job.error) == ("printed", None)
    assert len(PdfReader(printed).pages) == len(PdfReader(exported).pages)


def test_the_editions_pages_are_selectable_and_open_their_articles(window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    alpha, _beta, gamma = _library_with_articles(window, qtbot, tmp_path / "news")
    _select(window, [alpha, gamma])
    dialog = _open_dialog(window, qtbot)
    dialog.preview_button.click()
    layer = window.on_page.layer
    qtbot.waitUntil(lambda: any(e.article == 1 for e in layer.page_map.elements), timeout=20000)
    title = layer.page_map.get("a1/title")
    assert title.text == "Gamma reopens the market"
    layer.reveal(title)
    point = layer.frames_of(title)[0].center().toPoint()
    qtbot.mouseClick(layer, Qt.MouseButton.LeftButton, pos=point)
    assert layer.selected.id == "a1/title"
    # Sizes and text belong to each article: editing there opens the article itself.
    generation, document = window.renderer.generation, window.session.document
    window.menu["bigger"].trigger()
    assert (window.renderer.generation, window.session.document) == (generation, document)
    qtbot.mouseDClick(layer, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(
        lambda: window.session.document is not None and window.session.document.origin == gamma.resolve(),
        timeout=20000,
    )
    qtbot.waitUntil(lambda: layer.page_map.get("title") is not None, timeout=20000)
    assert layer.selected is not None and layer.selected.id == "title"
