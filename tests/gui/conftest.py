"""Window tests: offscreen Qt and private per-user folders; the window fixture is in tests/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_dirs(private_dirs: Path) -> Path:
    """Every window test gets its own config, data and cache folders (see tests/conftest.py)."""
    return private_dirs
