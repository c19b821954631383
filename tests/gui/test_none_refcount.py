"""The window survives any number of Qt calls (PySide6 6.12 on Python 3.11 loses a reference to
None on each call that returns nothing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _calls(prefix: str) -> subprocess.CompletedProcess:
    code = (
        f"{prefix}\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(200_000):\n"
        "    o.setObjectName('a')\n"
        "print('survived')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_many_qt_calls_after_the_gui_package_is_imported() -> None:
    result = _calls("import desktop_app.gui")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
