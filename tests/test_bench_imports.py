"""The benchmarks still import: they are not run by the suite, so a name renamed in the code
they measure would otherwise break them unseen until someone runs ``bench/run.sh``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_imports() -> None:
    names = sorted(path.stem for path in (ROOT / "bench").glob("*.py"))
    assert "composer_bench" in names
    code = "import sys; sys.path[:0] = ['bench', '.']\n" + "".join(f"import {name}\n" for name in names)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
