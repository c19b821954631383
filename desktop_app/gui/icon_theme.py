"""Imprint's own toolbar icons as Qt's fallback icon theme.

The window asks for icons by their freedesktop names (``document-save``, ``edit-undo``…), so a
Linux desktop's icon theme still wins; where there is none (an installer bundle, Windows,
macOS, a bare Linux desktop) Qt falls back to the bundled Lucide icons, dark strokes on a
light palette and light strokes on a dark one (resources/icons/imprint-light and -dark, made
by scripts/render_icons.py).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from desktop_app.resources import resources_dir

LIGHT = "imprint-light"
DARK = "imprint-dark"
_FOLLOWING = "imprint_icon_theme_follows_palette"


def theme_for(palette: QPalette) -> str:
    """The bundled theme that stands out on ``palette``'s windows."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def install_icon_theme(app: QGuiApplication) -> None:
    """Make the bundled themes Qt's fallback, and follow the palette when it changes."""
    folder = str(resources_dir() / "icons")
    paths = QIcon.themeSearchPaths()
    if folder not in paths:
        # After the system's folders: a theme of the desktop's own comes first.
        QIcon.setThemeSearchPaths([*paths, folder])
    QIcon.setFallbackThemeName(theme_for(app.palette()))
    if not app.property(_FOLLOWING):
        app.setProperty(_FOLLOWING, True)
        # Icons already made from the theme are drawn from the new fallback too.
        app.paletteChanged.connect(lambda palette: QIcon.setFallbackThemeName(theme_for(palette)))
