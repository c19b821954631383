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


def test_arrays_of_a_new_length_are_built_without_the_c_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import cffi.cparser

    from desktop_app.render.engine import load_weasyprint

    load_weasyprint()
    from weasyprint.text.ffi import ffi

    parsed: list[str] = []
    parse_type = cffi.cparser.Parser.parse_type

    def counting_parse(self, cdecl: str):
        parsed.append(cdecl)
        return parse_type(self, cdecl)

    monkeypatch.setattr(cffi.cparser.Parser, "parse_type", counting_parse)
    ffi.typeof("hb_codepoint_t *")  # the item type, which is parsed once per process
    parsed.clear()
    array = ffi.new("hb_codepoint_t[54321]", list(range(54321)))
    assert parsed == []
    assert len(array) == 54321 and array[54320] == 54320
    # The very type the parser gives for the same string.
    plain = cffi.FFI()
    plain.cdef("typedef uint32_t hb_codepoint_t;")
    assert ffi.typeof(array) is plain.typeof("hb_codepoint_t[54321]")
    # Anything but a sized array is parsed as before.
    assert ffi.sizeof("PangoRectangle") == 4 * ffi.sizeof("int")
    assert "PangoRectangle" in parsed
