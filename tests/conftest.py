"""Shared helpers: sample articles in several encodings and ways to read PDFs back."""

from __future__ import annotations

import http.server
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.resources import seed_articles

ZH_TEXT = """中俄科技合作视频会议在长春举行

更新时间：2021年3月30日 来源：长春日报
【字体：大 中 小】打印

3月26日，长春与新西伯利亚州科技合作视频会议举行。会议旨在落实两国元首达成的共识。

双方表示，将以此次会议为契机，推动科技交流和项目合作取得新突破。

与会代表还就如何推动双方合作交流了意见。
"""

RU_TEXT = """Видеоконференция о научно-техническом сотрудничестве России и Китая

Обновлено: 30.03.2021 Источник: Новосибирские новости
Шрифт: A+ A A-

26 марта 2021 года прошла видеоконференция Чанчунь — Новосибирская область.

Стороны договорились развивать обмен в области науки и техники.

Представители деловых кругов поделились своими идеями о сотрудничестве.
"""


def long_text_article(folder: Path, paragraphs: int = 200) -> Path:
    """A saved-page article of many pages: a render long enough to cancel, export or scroll."""
    text = "Paragraph {n}: the committee met again to review the cooperation programme and the budget. "
    path = folder / "long.txt"
    body = "\n\n".join(text.format(n=n) * 4 for n in range(paragraphs))
    path.write_text(f"A Long Report\n\n{body}", "utf-8")
    return path


@pytest.fixture
def seed_path() -> Path:
    return seed_articles()[0]


@pytest.fixture
def zh_path(tmp_path: Path) -> Path:
    path = tmp_path / "zh-article.txt"
    path.write_bytes(ZH_TEXT.encode("gb18030"))
    return path


@pytest.fixture
def ru_path(tmp_path: Path) -> Path:
    path = tmp_path / "ru-article.txt"
    path.write_bytes(RU_TEXT.encode("cp1251"))
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler's pdftotext extracts it."""
    assert shutil.which("pdftotext"), "poppler-utils is not installed (scripts/setup.sh installs it)"
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def squeeze(text: str) -> str:
    """Text without white space or hyphens, so line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-\u2010\u00ad]+", "", text)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Every needle occurs in the haystack, each after the one before (ignoring breaks)."""
    flat = squeeze(haystack)
    position = 0
    for needle in needles:
        found = flat.find(squeeze(needle), position)
        assert found >= 0, f"not found after position {position}: {needle[:60]!r}"
        position = found + len(squeeze(needle))


@pytest.fixture(scope="session")
def cups_queue(tmp_path_factory: pytest.TempPathFactory):
    """A running CUPS with the cups-pdf queue ImprintPDF (see tests/printing_support.py)."""
    from tests.printing_support import running_cups_queue

    yield from running_cups_queue(tmp_path_factory)


@pytest.fixture(scope="session")
def installer_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Linux installer bundle (the folder holding the `imprint` executable), built once a session."""
    import os
    import sys

    root = Path(__file__).resolve().parents[1]
    dist = tmp_path_factory.mktemp("installer-dist")
    work = tmp_path_factory.mktemp("installer-work")
    result = subprocess.run(
        [sys.executable, str(root / "build_installer.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("FONTCONFIG_")},
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, f"build_installer.py failed:\n{result.stderr[-4000:]}"
    shutil.rmtree(work, ignore_errors=True)
    return dist / "imprint"


@pytest.fixture(scope="session")
def bundle_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment for running the bundle whose per-user folders (font cache too) are temporary."""
    import os

    home = tmp_path_factory.mktemp("bundle-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONTCONFIG_", "PYTHON"))}
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs reads XDG_*: every test gets its own config, data and cache folders, never the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def window(qtbot, qapp, private_dirs: Path):
    from desktop_app.gui.app import application
    from desktop_app.gui.i18n import install_language
    from desktop_app.gui.main_window import MainWindow

    application()
    install_language("en")
    win = MainWindow()
    win.show()
    yield win
    # Leave without the unsaved-changes question: the tests decide what was saved.
    win.undo_stack.setClean()
    win.session.state.recovered_dirty = False
    win.close()
    win.deleteLater()
    install_language("en")


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A web server on 127.0.0.1 that records every request it hears: tests of untrusted input
    check that it heard nothing. Its port and the paths asked for."""
    heard: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            heard.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { background: red }")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], heard
    finally:
        server.shutdown()
        server.server_close()
