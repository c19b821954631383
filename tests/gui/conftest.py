"""Fixtures of the window tests: offscreen Qt, per-test config and data folders, a ready window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs reads XDG_*: every test gets its own config, data and cache folders, never the user's."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def window(qtbot, qapp):
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
    win._recovered_dirty = False
    win.close()
    win.deleteLater()
    install_language("en")
