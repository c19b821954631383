"""The installer bundle opens its window offscreen and quits cleanly.

The window honours IMPRINT_QUIT_AFTER_START=1 by quitting right after it paints its first
preview, with exit status 0; that is what this test relies on.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.mark.slow
def test_bundle_window_starts_offscreen_and_quits(
    installer_bundle: Path, bundle_env: dict[str, str], seed_path: Path
) -> None:
    env = {**bundle_env, "QT_QPA_PLATFORM": "offscreen", "IMPRINT_QUIT_AFTER_START": "1"}
    result = subprocess.run(
        [str(installer_bundle / "imprint"), str(seed_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "error:" not in result.stderr, result.stderr
    # The bundle's own Qt platform plugin did the drawing.
    plugins = installer_bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    assert (plugins / "libqoffscreen.so").is_file()
