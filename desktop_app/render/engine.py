"""WeasyPrint, imported once, without the library search it does not need on Linux.

WeasyPrint tries each of its system libraries (GObject, Pango, HarfBuzz, fontconfig…) under the
names several platforms give them. A name that does not load goes through ctypes' find_library,
which on Linux runs ldconfig, gcc and ld one after the other: about twenty lookups and 0.3 s of
subprocesses per import here, nearly all for Windows and macOS names. Its list also holds each
library's Linux soname (``libpango-1.0.so.0``…), which the dynamic loader finds by itself in the
same cache ldconfig reads, so during the import find_library answers "not found" at once.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator


def load_weasyprint() -> None:
    """Import WeasyPrint now, if no one has yet; every first import goes through here."""
    if "weasyprint" in sys.modules:
        return
    with _sonames_only():
        import weasyprint  # noqa: F401 - the import is the point


@contextlib.contextmanager
def _sonames_only() -> Iterator[None]:
    if not sys.platform.startswith("linux"):
        yield
        return
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda _name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search
