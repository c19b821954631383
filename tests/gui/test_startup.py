"""What starting the window loads, and what the core leaves alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return set(out.split())


def test_window_modules_leave_weasyprint_to_the_render_thread() -> None:
    # WeasyPrint takes about a second to import; the window must be on screen before that.
    loaded = _modules_after("import desktop_app.gui.app, desktop_app.gui.main_window")
    assert "PySide6.QtPdf" in loaded
    assert "weasyprint" not in loaded


def test_settings_and_recovery_need_no_qt() -> None:
    loaded = _modules_after("import desktop_app.app.settings, desktop_app.app.recovery")
    assert not any(name.startswith("PySide6") for name in loaded)


def test_opening_an_article_needs_neither_the_command_line_nor_qt() -> None:
    # The window opens articles through the core; the core must not reach back into the CLI.
    loaded = _modules_after("import desktop_app.app.opening, desktop_app.model.overrides")
    assert "desktop_app.cli" not in loaded
    assert not any(name.startswith("PySide6") for name in loaded)


def test_the_window_shows_the_childs_pages_when_it_exits(qtbot, window, seed_path: Path) -> None:
    from desktop_app.gui.app import watch_prerender
    from desktop_app.render.page_cache import cached_pages
    from desktop_app.render.prerender import Prerender

    window._request_render = lambda: None  # the window's own render never comes
    assert window.open_path(seed_path)
    assert window.preview.last_pdf == b""
    read_fd, write_fd = os.pipe()
    # The child's own code, started as a process of its own here: this process already runs Qt.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from desktop_app.render import prerender;"
            " prerender._render_into_cache([pathlib.Path(sys.argv[1])])",
            str(seed_path),
        ],
        pass_fds=(write_fd,),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(write_fd)
    watch_prerender(window, Prerender(child.pid, read_fd))
    qtbot.waitUntil(lambda: window.preview.last_pdf != b"", timeout=90_000)
    assert window.preview.last_pdf == cached_pages(window.session.document)


def test_imprint_starts_paints_and_quits(private_dirs: Path, seed_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "IMPRINT_QUIT_AFTER_START": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", str(seed_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_a_child_still_running_when_the_window_has_its_own_pages_is_ended(
    qtbot, window, seed_path: Path
) -> None:
    import pytest

    from desktop_app.gui.app import watch_prerender
    from desktop_app.render.prerender import Prerender

    read_fd, write_fd = os.pipe()
    # A child that would take a minute: its pages could only repeat the window's own.
    child = subprocess.Popen(["sleep", "60"], pass_fds=(write_fd,))
    os.close(write_fd)
    watch_prerender(window, Prerender(child.pid, read_fd))
    with qtbot.waitSignal(window.renderer.rendered, timeout=90_000):
        assert window.open_path(seed_path)
    with pytest.raises(ProcessLookupError):  # ended and collected, not left running
        os.kill(child.pid, 0)
