"""The code type-checks: mypy, as configured in pyproject.toml, finds no error in desktop_app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mypy(*args: str, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_mypy_finds_no_error(tmp_path: Path) -> None:
    result = _mypy(cache=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "no issues found" in result.stdout


def test_mypy_is_not_blind(tmp_path: Path) -> None:
    # Guards the test above: the same configuration must find a type error when there is one.
    wrong = tmp_path / "wrong.py"
    wrong.write_text("size: str = 11.0\n")
    result = _mypy(str(wrong), cache=tmp_path / "cache")
    assert result.returncode == 1 and "Incompatible types in assignment" in result.stdout
