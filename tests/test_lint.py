"""The code keeps ruff's lint and format, as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATHS = ["desktop_app", "tests", "bench", "scripts", "build_installer.py", "installer"]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *PATHS], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing_to_lint() -> None:
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:]


def test_code_is_formatted() -> None:
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:]
