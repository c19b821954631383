"""Render resources/icons/imprint.svg to the PNG sizes the desktop entry and installers use,
and make the toolbar's icon themes from the Lucide icon set.

Run after changing the SVG; the PNGs are committed so a build needs no SVG renderer.

``--toolbar lucide-static-VERSION.tgz`` (from ``npm pack lucide-static``) writes the icons the
window names into the themes imprint-light and imprint-dark under resources/icons (dark
strokes for light palettes and light strokes for dark ones), each with its index.theme, and
the set's licence beside them. Only the icons in TOOLBAR are taken from the package.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tarfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)

# The freedesktop name the window asks for, and the Lucide icon that stands for it.
TOOLBAR = {
    "document-open": "folder-open",
    "folder-open": "folder-input",
    "document-save": "save",
    "document-save-as": "save-pen",
    "document-export": "file-output",
    "document-print": "printer",
    "document-print-preview": "file-search",
    "tools-check-spelling": "file-check",
    "application-exit": "log-out",
    "edit-undo": "undo-2",
    "edit-redo": "redo-2",
    "preferences-system": "settings",
    "zoom-in": "zoom-in",
    "zoom-out": "zoom-out",
    "zoom-fit-width": "move-horizontal",
    "zoom-fit-best": "expand",
    "help-about": "info",
}
# The stroke of each theme: the text colours of common light and dark palettes.
THEMES = {"imprint-light": "#31363b", "imprint-dark": "#eff0f1"}
INDEX_THEME = """[Icon Theme]
Name={name}
Comment=Imprint's toolbar icons, from Lucide (ISC licence, see LUCIDE-LICENSE.txt)
Inherits=hicolor
Directories=actions

[actions]
Size=24
MinSize=8
MaxSize=512
Type=Scalable
Context=Actions
"""


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"error: could not write {target}")


def toolbar_themes(package: Path, folder: Path = ICONS) -> None:
    """Write the toolbar's icon themes from Lucide's npm package (a .tgz) into ``folder``."""
    with tarfile.open(package) as archive:
        licence = archive.extractfile("package/LICENSE")
        if licence is None:
            raise SystemExit(f"error: {package} has no licence file")
        (folder / "LUCIDE-LICENSE.txt").write_bytes(licence.read())
        for theme, colour in THEMES.items():
            target = folder / theme
            shutil.rmtree(target, ignore_errors=True)
            (target / "actions").mkdir(parents=True)
            (target / "index.theme").write_text(INDEX_THEME.format(name=theme), "utf-8")
            for name, lucide in TOOLBAR.items():
                member = archive.extractfile(f"package/icons/{lucide}.svg")
                if member is None:
                    raise SystemExit(f"error: {package} has no icon {lucide}")
                svg = member.read().decode("utf-8").replace("currentColor", colour)
                (target / "actions" / f"{name}.svg").write_text(svg, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toolbar", type=Path, metavar="LUCIDE.tgz", help="make the toolbar themes")
    args = parser.parse_args()
    if args.toolbar is not None:
        toolbar_themes(args.toolbar)
        return 0
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "imprint.svg"
    for size in SIZES:
        render(svg, size, ICONS / f"imprint-{size}.png")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
