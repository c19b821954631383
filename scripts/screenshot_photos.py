"""Screenshots of a photo on the page: selected with its size bar (docs/screenshots/on-page-photo.png),
then its caption edited in place (on-page-photo-caption.png), on docs/samples/en-photos.md.

Run under a display (Xvfb): DISPLAY=:96 python scripts/screenshot_photos.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SAMPLE = ROOT / "docs" / "samples" / "en-photos.md"
SIZE = (1440, 900)
NEW_CAPTION = "The harbour bridge at dusk, from the old harbour wall, on its first evening open"


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

    window.open_path(SAMPLE)
    layer = window.on_page.layer
    wait(lambda: window.preview_is_current() and layer.page_map.get("b0") is not None)
    settle(1500)
    layer.select_id("b0")  # the lead photo, under the headline
    settle()
    shoot("on-page-photo")
    layer.request_edit(layer.page_map.get("b0"))  # a photo edits its caption in place
    layer.editor.selectAll()
    layer.editor.insertPlainText(NEW_CAPTION)
    settle()
    shoot("on-page-photo-caption")
    layer.editor.finish(commit=False)
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
