"""WeasyPrint, imported once, without the library search it does not need on Linux.

WeasyPrint tries each of its system libraries (GObject, Pango, HarfBuzz, fontconfig…) under the
names several platforms give them. A name that does not load goes through ctypes' find_library,
which on Linux runs ldconfig, gcc and ld one after the other: about twenty lookups and 0.3 s of
subprocesses per import here, nearly all for Windows and macOS names. Its list also holds each
library's Linux soname (``libpango-1.0.so.0``…), which the dynamic loader finds by itself in the
same cache ldconfig reads, so during the import find_library answers "not found" at once.

WeasyPrint also asks cffi for arrays by exact length (``hb_codepoint_t[693]``), and cffi parses
every new type string with pycparser behind a preamble naming all of WeasyPrint's C types:
several milliseconds a string, a few new lengths every render. Arrays are built here from
their item type instead, which cffi parses once. Hyphenation dictionaries are read parsed from
the cache folder (render/hyphenation.py).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator


def load_weasyprint() -> None:
    """Import WeasyPrint now, if no one has yet; every first import goes through here."""
    if "weasyprint" in sys.modules:
        return
    with _sonames_only():
        import weasyprint  # noqa: F401 - the import is the point
    from weasyprint.text.ffi import ffi

    from desktop_app.render.hyphenation import keep_dictionaries_parsed

    _build_arrays_without_parsing(ffi)
    keep_dictionaries_parsed()


# "unsigned int[12]", "hb_codepoint_t[693]": a named item type and a length, nothing else.
_ARRAY = re.compile(r"(?P<item>[A-Za-z_][A-Za-z0-9_ ]*?) ?\[(?P<length>[0-9]+)\]")


class _ParsedTypes(dict):
    """cffi's cache of parsed type strings, which builds arrays of a known length itself.

    The array type made here is the very object the parser would give: cffi keeps one
    object per C type.
    """

    def __init__(self, ffi, parsed: dict) -> None:
        super().__init__(parsed)
        self._ffi = ffi

    def __missing__(self, cdecl: str):
        match = _ARRAY.fullmatch(cdecl) if isinstance(cdecl, str) else None
        if match is None:
            raise KeyError(cdecl)
        import _cffi_backend

        pointer = self._ffi.typeof(f"{match['item']} *")  # parsed once per item type
        result = _cffi_backend.new_array_type(pointer, int(match["length"])), False
        self[cdecl] = result
        return result


def _build_arrays_without_parsing(ffi) -> None:
    parsed = getattr(ffi, "_parsed_types", None)
    # cffi's lookup is "cache[string], parse on KeyError"; anything else, leave it alone.
    if type(parsed) is dict:
        ffi._parsed_types = _ParsedTypes(ffi, parsed)


@contextlib.contextmanager
def _sonames_only() -> Iterator[None]:
    if not sys.platform.startswith("linux"):
        yield
        return
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search
