"""House styles and user layouts in the window: made in the dialog, chosen in the Style panel
(undoable), edited from the page; a duplicated layout edited on disk is seen re-rendered."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QInputDialog

from tests.conftest import pdf_text, squeeze

RENDER_TIMEOUT_MS = 60_000
SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<rect width="40" height="40" fill="#0b5394"/><circle cx="80" cy="20" r="18" fill="#e69138"/></svg>'
)


def _open(window, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.renderer.rendered, timeout=RENDER_TIMEOUT_MS):
        window.open_path(path)
    _settle(window, qtbot)


def _settle(window, qtbot) -> None:
    qtbot.waitUntil(window.preview_is_current, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.renderer.newest.page_map is window.on_page.layer.page_map, timeout=5000)


def _shown_text(window, tmp_path: Path) -> str:
    target = tmp_path / "shown.pdf"
    target.write_bytes(window.preview.last_pdf)
    return squeeze(pdf_text(target))


def _make_house_style(window, tmp_path: Path):
    logo = tmp_path / "logo.svg"
    logo.write_text(SVG_LOGO, encoding="utf-8")
    dialog = window.house_styles.open_house_styles()
    dialog.name.setText("Northwind Press Office")
    dialog.accent.setText("#0b5394")
    dialog.address.setPlainText("1 Harbour Road\nPortsmouth")
    dialog.contact.setPlainText("Ann Lee\npress@northwind.example")
    dialog.footer.setText("Northwind Ltd, registered in England")
    dialog._set_file("logo", logo)
    assert dialog.problems.text() == ""
    assert dialog.save()
    return dialog


def test_a_house_style_made_in_the_dialog_is_chosen_in_the_panel_and_undone(
    window, qtbot, seed_path: Path, tmp_path: Path
) -> None:
    _open(window, qtbot, seed_path)
    dialog = _make_house_style(window, tmp_path)
    dialog.close()
    combo = window.style_panel.house_combo
    index = combo.findData("Northwind Press Office")
    assert index > 0, "the panel lists the new house style"
    window.session.edit("options.layout", "press-release")
    _settle(window, qtbot)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    _settle(window, qtbot)
    assert window.session.document.options.house_style == "Northwind Press Office"
    text = _shown_text(window, tmp_path)
    assert squeeze("Northwind Press Office") in text and squeeze("1 Harbour Road") in text
    assert {"house.logo", "house.name"} <= {e.id for e in window.on_page.layer.page_map.elements}
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert window.session.document.options.house_style == ""
    assert "Northwind" not in _shown_text(window, tmp_path)


def test_a_house_element_on_the_page_opens_its_field_in_the_dialog(
    window, qtbot, seed_path: Path, tmp_path: Path
) -> None:
    _open(window, qtbot, seed_path)
    _make_house_style(window, tmp_path).close()
    window.session.edit("options.house_style", "Northwind Press Office")
    window.session.edit("options.layout", "press-release")
    _settle(window, qtbot)
    layer = window.on_page.layer
    element = layer.page_map.get("house.address")
    assert element is not None
    assert window.on_page.describe(element) == "House style"
    window.on_page.begin_edit(element)
    dialog = window.house_styles.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.address.hasFocus(), timeout=5000)
    assert not layer.editor.isVisible(), "the house style is edited in its dialog, not on the page"


def test_a_new_document_gets_the_default_house_style(window, qtbot, seed_path: Path, tmp_path: Path) -> None:
    dialog = _make_house_style(window, tmp_path)
    dialog.default_button.click()
    dialog.close()
    _open(window, qtbot, seed_path)
    assert window.session.document.options.house_style == "Northwind Press Office"


def test_a_duplicated_layout_edited_on_disk_is_seen_re_rendered(
    window, qtbot, seed_path: Path, tmp_path: Path, monkeypatch
) -> None:
    _open(window, qtbot, seed_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("green-title", True))
    folder = window.house_styles.duplicate_current_layout()
    assert folder is not None and folder.name == "green-title"
    _settle(window, qtbot)
    assert window.session.document.options.layout == "green-title"
    combo = window.style_panel.layout_combo
    assert combo.findData("green-title") >= 0
    before = window.preview.last_pdf
    css = folder / "article.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.title { color: #00c000; }\n", encoding="utf-8")
    # The folder's watch notices the edit and renders again, with no action in the window.
    qtbot.waitUntil(lambda: window.preview.last_pdf != before, timeout=RENDER_TIMEOUT_MS)
    _settle(window, qtbot)
    assert _green_on_first_page(window.preview.last_pdf, tmp_path)


def test_a_broken_user_layout_keeps_the_last_good_pages_and_says_where(
    window, qtbot, seed_path: Path, tmp_path: Path, monkeypatch
) -> None:
    _open(window, qtbot, seed_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("fragile", True))
    folder = window.house_styles.duplicate_current_layout()
    _settle(window, qtbot)
    good = window.preview.last_pdf
    template = folder / "article.html"
    template.write_text(template.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    qtbot.waitUntil(
        lambda: f"{template}:" in (window.preview.banner.text() if window.preview.banner.isVisible() else ""),
        timeout=RENDER_TIMEOUT_MS,
    )
    assert window.preview.last_pdf == good


def _banner(window) -> str:
    banner = window.preview.banner
    return banner.text() if banner.isVisible() else ""


def _green_on_first_page(pdf: bytes, tmp_path: Path) -> bool:
    path = tmp_path / "green.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "g")], check=True
    )
    image = Image.open(next(tmp_path.glob("g-*1.png"))).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 24) or []
    return any(abs(r - 0) < 30 and abs(g - 192) < 30 and abs(b - 0) < 30 for _n, (r, g, b) in colours)


def test_the_style_menu_lists_layouts_and_chooses_one(window, qtbot, seed_path: Path) -> None:
    _open(window, qtbot, seed_path)
    menu = window.house_styles.layout_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions() if a.isCheckable()]
    assert labels[:3] == ["Two-column bulletin", "Classic article", "Press release"]
    next(a for a in menu.actions() if a.text() == "Press release").trigger()
    _settle(window, qtbot)
    assert window.session.document.options.layout == "press-release"
    assert window.house_styles.style_menu.menuAction().text().replace("&", "") == "Style"
