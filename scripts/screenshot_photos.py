"""Screenshots of a photo on the page: selected with its size bar (docs/screenshots/on-page-photo.png),
then its caption edited in place (on-page-photo-caption.png).

Run under a display (Xvfb): DISPLAY=:96 python scripts/screenshot_photos.py
The article and its two photos are drawn here, so the screenshot needs no file from outside.
"""

from __future__ import annotations

import io
import math
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)
BODY = """The delegations of Changchun and the Novosibirsk region met by video link on Tuesday to sign
a programme of scientific cooperation for the coming three years.

![Researchers at the Akademgorodok laboratories](valley.jpg "Photo: Novosibirsk News")

The programme covers optoelectronics, new materials and biomedicine. Both sides will set up two
joint laboratories and a fund for young scientists who spend a year at the partner institute.

Officials said the first projects would start in the autumn, once the grants are approved by
both academies.

![The signing ceremony, held by video link between the two cities](hall.jpg "Photo: Changchun Daily"){.half}

Business representatives shared their ideas on training, shared laboratories and exchanges of
young researchers, and asked for a simpler visa procedure for visiting scientists."""


def landscape(size: tuple[int, int], seed: int, warm: bool) -> bytes:
    """A painted landscape: sky, two ranges of hills and a lake, with grain like a photo's."""
    width, height = size
    rng = random.Random(seed)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = ((250, 170, 110), (255, 225, 170)) if warm else ((70, 130, 200), (190, 220, 240))
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    for layer, (base, colour) in enumerate(((0.55, (70, 100, 80)), (0.68, (40, 70, 50)))):
        phase = rng.random() * 6
        points = [(0, height)]
        for x in range(0, width + 10, 10):
            wave = math.sin(x / (140 + 60 * layer) + phase) * 0.06 + math.sin(x / 47 + phase * 2) * 0.015
            points.append((x, round(height * (base + wave))))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    draw.rectangle([0, round(height * 0.8), width, height], fill=(60, 95, 120) if not warm else (120, 90, 70))
    grain = Image.effect_noise(size, 18).convert("RGB")
    image = Image.blend(image.filter(ImageFilter.GaussianBlur(1.2)), grain, 0.08)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="imprint-photo-shots-"))
    # Private config and data folders: screenshots never touch the user's settings.
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.gui.app import application
    from desktop_app.gui.i18n import install_language
    from desktop_app.gui.main_window import MainWindow

    article = home / "cooperation.md"
    (home / "valley.jpg").write_bytes(landscape((1600, 1000), 3, warm=False))
    (home / "hall.jpg").write_bytes(landscape((1200, 900), 7, warm=True))
    article.write_text(
        "---\ntitle: Changchun and Novosibirsk Sign a Science Programme\nauthor: Anna Petrova\n"
        "source: Novosibirsk News\ndate: 2021-03-30\nlanguage: en\n---\n\n" + BODY,
        "utf-8",
    )
    app = application()
    app.setStyle("Fusion")
    install_language("en")
    window = MainWindow()
    window.resize(*SIZE)
    window.show()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(condition, seconds: float = 60) -> None:
        for _ in range(int(seconds * 10)):
            if condition():
                return
            settle(100)
        raise SystemExit("error: the window did not get there in time")

    def shoot(name: str) -> None:
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    window.open_path(article)
    layer = window.on_page.layer
    wait(lambda: window.preview_is_current() and layer.page_map.get("b1") is not None)
    settle(1500)
    layer.select_id("b1")
    settle()
    shoot("on-page-photo")
    layer.request_edit(layer.page_map.get("b1"))  # a photo edits its caption in place
    layer.editor.selectAll()
    layer.editor.insertPlainText("Researchers at Akademgorodok, where the joint laboratories will open")
    settle()
    shoot("on-page-photo-caption")
    layer.editor.finish(commit=True)
    wait(window.preview_is_current)
    window.undo_stack.setClean()
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
