"""The ``imprint`` process ends an export without Python's shutdown: status, messages and files stay whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


def _imprint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], env=env, cwd=cwd, capture_output=True, text=True
    )


def test_an_export_process_reports_every_file_and_exits_with_its_status(
    tmp_path: Path, seed_path: Path, zh_path: Path, ru_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    sources = [seed_path, zh_path, ru_path, missing]
    done = _imprint("export", *map(str, sources), "-o", f"{tmp_path / 'out'}/", "--jobs", "2", cwd=tmp_path)
    # One input failed: status 1, its one-line error, and a progress line for each of the others.
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines.count(f"error: {missing}: no such file") == 1
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == 3 and sum(line.startswith("[") for line in lines) == 3
    for pdf in written:
        assert len(PdfReader(pdf).pages) >= 1

    single = _imprint("export", str(seed_path), "-o", str(tmp_path / "seed.pdf"), cwd=tmp_path)
    assert single.returncode == 0 and single.stderr == f"{tmp_path / 'seed.pdf'}\n"
    assert PdfReader(tmp_path / "seed.pdf").metadata.title
