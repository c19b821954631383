"""The window survives any number of Qt calls and signals (PySide6 6.12 on Python 3.11 loses
references to None on calls that return nothing and to True and False handed to slots)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

VOID_CALLS = """
from PySide6.QtCore import QObject
o = QObject()
for _ in range(200_000):
    o.setObjectName('a')
"""

BOOL_SIGNALS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    changed = Signal(bool)
app = QCoreApplication([])
source = Source()
kept = []
source.changed.connect(kept.append)
for _ in range(200_000):
    source.changed.emit(True)
    source.changed.emit(False)
kept.clear()
"""


@pytest.mark.parametrize("code", [VOID_CALLS, BOOL_SIGNALS], ids=["void-calls", "bool-signals"])
def test_qt_calls_and_signals_after_the_gui_package_is_imported(code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    program = f"import desktop_app.gui\n{code}\nprint('survived')\n"
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
