"""Where the desktop has no icon theme, the toolbar shows Imprint's own icons (Lucide), light
or dark with the palette, instead of Qt's stand-in arrows and grids."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.gui.icon_theme import DARK, LIGHT
from desktop_app.resources import resources_dir, seed_articles

LIGHT_STROKE = QColor("#31363b")
DARK_STROKE = QColor("#eff0f1")


def bundled(theme: str, name: str, size: int) -> QImage:
    """The bundled SVG drawn as Qt's SVG icon engine draws it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(resources_dir() / "icons" / theme / "actions" / f"{name}.svg")).render(
        painter, QRectF(0, 0, size, size)
    )
    painter.end()
    return image


def difference(a: QImage, b: QImage) -> float:
    """The mean difference of two images' pixels, 0 (the same) to 255."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.scaled(a.size()).convertToFormat(QImage.Format.Format_ARGB32)
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += sum(abs(i - j) for i, j in zip(p.getRgb(), q.getRgb(), strict=True))
    return total / (4 * a.width() * a.height())


def pixels_of(image: QImage, colour: QColor) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y) == colour
    )


@pytest.fixture
def no_system_theme() -> Iterator[None]:
    """No desktop icon theme, as in an installer bundle or on a bare Linux desktop."""
    name = QIcon.themeName()
    QIcon.setThemeName("")
    yield
    QIcon.setThemeName(name)


def _open_seed(qtbot, window) -> None:
    """An open document: Export, Print and the rest are enabled, and drawn so."""
    with qtbot.waitSignal(window.renderer.rendered, timeout=60_000):
        assert window.open_path(seed_articles()[0])


def test_the_toolbar_shows_the_bundled_icons(qtbot, no_system_theme, window) -> None:
    _open_seed(qtbot, window)
    window.session.edit("article.title", "Edited")  # so that Undo is enabled too
    assert QIcon.themeName() == ""
    assert QIcon.fallbackThemeName() == LIGHT
    size = window.toolbar.iconSize()
    sp = QStyle.StandardPixmap  # the stand-ins the window asked Qt for before
    for action, name, stand_in in (
        (window.menu["export"], "document-export", sp.SP_ArrowRight),
        (window.menu["print"], "document-print", sp.SP_FileDialogListView),
        (window.menu["undo"], "edit-undo", sp.SP_ArrowBack),
        (window.menu["fit_width"], "zoom-fit-width", sp.SP_ToolBarHorizontalExtensionButton),
    ):
        button = window.toolbar.widgetForAction(action)
        shown = button.icon().pixmap(size).toImage()
        theirs = window.style().standardIcon(stand_in).pixmap(size).toImage()
        assert difference(shown, bundled(LIGHT, name, size.width())) < 2, name
        assert difference(shown, theirs) > 10, name
        # What a person sees: the button on screen, drawn with the icon's dark strokes.
        assert pixels_of(button.grab().toImage(), LIGHT_STROKE) >= 10, name


def test_a_dark_palette_gets_the_light_icons(qtbot, no_system_theme, window) -> None:
    _open_seed(qtbot, window)
    app = QApplication.instance()
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    dark.setColor(QPalette.ColorRole.Button, QColor("#292c30"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#fcfcfc"))
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#fcfcfc"))
    try:
        app.setPalette(dark)
        assert QIcon.fallbackThemeName() == DARK
        button = window.toolbar.widgetForAction(window.menu["export"])
        shown = button.icon().pixmap(window.toolbar.iconSize()).toImage()
        assert difference(shown, bundled(DARK, "document-export", shown.width())) < 2
        qtbot.waitUntil(lambda: pixels_of(button.grab().toImage(), DARK_STROKE) >= 10)
    finally:
        app.setPalette(before)
    assert QIcon.fallbackThemeName() == LIGHT


def test_no_action_falls_back_to_a_stand_in(no_system_theme, window) -> None:
    """Every icon the window asks the theme for is in both bundled themes."""
    from PySide6.QtGui import QAction

    named = {
        action.icon().name()
        for action in window.findChildren(QAction)
        # Qt's own actions inside its widgets (a line edit's clear button) are the style's.
        if not action.icon().isNull() and not action.objectName().startswith("_q_")
    }
    assert "" not in named  # an icon without a theme name is one of Qt's stand-ins
    assert {"document-export", "document-print", "edit-undo", "zoom-fit-width"} <= named
    for theme in (LIGHT, DARK):
        folder = resources_dir() / "icons" / theme
        assert (folder / "index.theme").is_file()
        missing = [name for name in named if not (folder / "actions" / f"{name}.svg").is_file()]
        assert not missing, f"{theme} lacks {missing}"


def test_the_themes_are_made_from_the_npm_package(tmp_path) -> None:
    """scripts/render_icons.py --toolbar takes only the named icons from the package, strokes
    them in each theme's colour, and puts the set's licence beside them."""
    import io
    import tarfile

    from scripts.render_icons import THEMES, TOOLBAR, toolbar_themes

    package = tmp_path / "lucide-static-0.0.0.tgz"
    svg = '<svg viewBox="0 0 24 24" stroke="currentColor"><path d="M4 4h16"/></svg>'
    with tarfile.open(package, "w:gz") as archive:
        for name, data in [
            ("package/LICENSE", b"ISC License"),
            ("package/icons/unused.svg", svg.encode()),
        ] + [(f"package/icons/{lucide}.svg", svg.encode()) for lucide in set(TOOLBAR.values())]:
            member = tarfile.TarInfo(name)
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    toolbar_themes(package, tmp_path)
    assert (tmp_path / "LUCIDE-LICENSE.txt").read_text() == "ISC License"
    for theme, colour in THEMES.items():
        made = sorted(p.stem for p in (tmp_path / theme / "actions").iterdir())
        assert made == sorted(TOOLBAR)
        text = (tmp_path / theme / "actions" / "edit-undo.svg").read_text()
        assert f'stroke="{colour}"' in text and "currentColor" not in text
        assert "Directories=actions" in (tmp_path / theme / "index.theme").read_text()
