"""Take screenshots of the real window under Xvfb into docs/screenshots/ (the window in three
languages, on-page editing, a photo selected and its caption edited in place).

Run: python scripts/screenshots.py   (starts itself under xvfb-run when there is no display)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)

ZH_ARTICLE = """中俄科技合作视频会议在长春举行

更新时间：2021年3月30日 来源：长春日报

3月26日，长春与新西伯利亚州科技合作视频会议举行。会议旨在落实两国元首达成的共识，搭建中俄地方科技交流的有效平台，推动长春与新西伯利亚州科技合作提质增效。

双方表示，将以此次会议为契机，在光电信息、新材料、生物医药等领域加强科研合作，推动科技成果转化，并共同建设科技园区。

与会代表还就如何推动双方合作交流了意见，希望在人才培养、联合实验室和青年科学家交流方面取得新突破。
"""

RU_ARTICLE = "\n\n".join(
    (
        "Видеоконференция о научно-техническом сотрудничестве России и Китая",
        "Обновлено: 30.03.2021 Источник: Новосибирские новости",
        "26 марта 2021 года прошла видеоконференция Чанчунь — Новосибирская область о научно-техническом"
        " сотрудничестве. Её цель — воплотить договорённости глав двух государств и создать площадку"
        " для обмена между регионами.",
        "Стороны договорились развивать обмен в области оптоэлектроники, новых материалов и биомедицины,"
        " вместе внедрять научные результаты и строить технопарки.",
        "Представители деловых кругов поделились идеями о подготовке кадров, совместных лабораториях"
        " и обмене молодыми учёными.",
    )
)


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("error: no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
            return 1
        return subprocess.call(
            [xvfb, "-a", "-s", f"-screen 0 {SIZE[0] + 80}x{SIZE[1] + 80}x24", sys.executable, *sys.argv]
        )
    # Private config and data folders: screenshots never touch the user's settings or recent files.
    home = Path(tempfile.mkdtemp(prefix="imprint-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.gui.app import application
    from desktop_app.gui.i18n import install_language
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preview import FIT_PAGE, FIT_WIDTH
    from desktop_app.resources import seed_articles

    app = application()
    app.setStyle("Fusion")
    install_language("en")
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def open_and_paint(path: Path) -> None:
        loop = QEventLoop()
        window.preview.painted.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        window.open_path(path)
        loop.exec()
        window.preview.painted.disconnect(loop.quit)
        settle()

    def shoot(name: str) -> None:
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    open_and_paint(seed_articles()[0])
    shoot("window-en")
    shoot_on_page_editing(window, settle, shoot)
    window.style_dock.raise_()
    window.preview.set_zoom(FIT_PAGE)
    settle(800)
    shoot("style-panel-en")
    window.metadata_dock.raise_()
    window.preview.set_zoom(FIT_WIDTH)
    open_and_paint(ROOT / "docs" / "samples" / "en-photos.md")
    shoot_photo(window, settle, shoot)

    samples = home / "articles"
    samples.mkdir()
    for language, text, encoding in (("zh_CN", ZH_ARTICLE, "gb18030"), ("ru", RU_ARTICLE, "cp1251")):
        article = samples / f"article-{language}.txt"
        article.write_bytes(text.encode(encoding))
        install_language(language)
        window.library.add(article)
        open_and_paint(article)
        shoot(f"window-{language}")
    install_language("en")
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


def shoot_on_page_editing(window, settle, shoot) -> None:
    """A selected title with its size bar, then the in-place editor open over it."""
    layer = window.on_page.layer
    layer.select_id("title")
    title = layer.page_map.get("title")
    frame = layer.frames_of(title)[0]
    layer.hovered = layer.page_map.get("b0")
    settle()
    shoot("on-page-selected")
    layer.hovered = None
    layer._click = frame.center()
    window.on_page.begin_edit(title)
    settle()
    shoot("on-page-editor")
    layer.editor.finish(commit=False)
    layer.select(None)
    settle()


# What the caption of the sample's lead photo is retyped to, in the second photo screenshot.
NEW_CAPTION = "The harbour bridge at dusk, from the old harbour wall, on its first evening open"


def shoot_photo(window, settle, shoot) -> None:
    """The lead photo selected with its size bar, then its caption edited in place."""
    layer = window.on_page.layer
    layer.select_id("b0")  # the lead photo, under the headline
    settle(1500)
    shoot("on-page-photo")
    layer.request_edit(layer.page_map.get("b0"))  # a photo edits its caption in place
    layer.editor.selectAll()
    layer.editor.insertPlainText(NEW_CAPTION)
    settle()
    shoot("on-page-photo-caption")
    layer.editor.finish(commit=False)
    layer.select(None)
    settle()


if __name__ == "__main__":
    sys.exit(main())
