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
    assert "PySide6.QtPdfWidgets" in loaded
    assert "weasyprint" not in loaded


def test_settings_and_recovery_need_no_qt() -> None:
    loaded = _modules_after("import desktop_app.settings, desktop_app.recovery")
    assert not any(name.startswith("PySide6") for name in loaded)
