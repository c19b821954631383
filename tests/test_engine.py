"""WeasyPrint's first import finds its libraries without running a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

COUNT_SUBPROCESSES = """
import ctypes.util, subprocess
started = []
real_init = subprocess.Popen.__init__
def counting_init(self, args, *rest, **options):
    started.append(args)
    real_init(self, args, *rest, **options)
subprocess.Popen.__init__ = counting_init
{load}
from weasyprint.text import ffi
print(len(started), all((ffi.gobject, ffi.pango, ffi.harfbuzz, ffi.fontconfig, ffi.pangoft2)))
# find_library is itself again afterwards.
print(ctypes.util.find_library("c"))
"""


def _run(load: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = COUNT_SUBPROCESSES.format(load=load)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return done.stdout.split("\n")


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the library search is skipped on Linux only"
)
def test_first_import_runs_no_library_search() -> None:
    plain = _run("import weasyprint")
    ours = _run("from desktop_app.render.engine import load_weasyprint; load_weasyprint()")
    # Imported plainly, WeasyPrint runs ldconfig/gcc/ld for the names that do not load.
    assert int(plain[0].split()[0]) > 0
    assert ours[0] == "0 True"
    assert ours[1].startswith("libc.so")
