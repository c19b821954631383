"""Starting the window where there is no screen: one line and the usage-error status, no abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app.display import missing_display

ROOT = Path(__file__).resolve().parents[1]


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not k.startswith("XDG_")
    }
    base.update(
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop_app"], capture_output=True, text=True, env=base, timeout=60
    )


def test_a_start_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    result = _start(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display to open the window on" in lines[0]
    assert "imprint export FILE" in lines[0]
    assert "xcb-cursor" not in result.stderr


def test_xcb_asked_for_without_display_says_so(tmp_path: Path) -> None:
    result = _start(tmp_path, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "QT_QPA_PLATFORM=xcb" in result.stderr


def test_an_unknown_platform_plugin_is_named_without_an_abort(tmp_path: Path) -> None:
    result = _start(tmp_path, QT_QPA_PLATFORM="nosuchplugin")
    assert result.returncode == 2, result.stderr  # not -6 (SIGABRT)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: the window cannot open:")
    assert '"nosuchplugin"' in lines[0]


def test_a_display_that_does_not_answer_is_named_without_an_abort(tmp_path: Path) -> None:
    # A display number nobody serves: Qt's xcb plugin loads, then cannot connect.
    result = _start(tmp_path, DISPLAY=":187", QT_QPA_PLATFORM="xcb")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert ":187" in lines[0] or "xcb" in lines[0]
    assert "xcb-cursor" not in lines[0]


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
    ],
)
def test_which_environments_have_a_display(env: dict[str, str], missing: bool) -> None:
    assert (missing_display(env, "linux") is not None) is missing


def test_windows_and_macos_need_no_display_variable() -> None:
    assert missing_display({}, "win32") is None
    assert missing_display({}, "darwin") is None
