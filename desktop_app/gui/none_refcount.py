"""Keeps None alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12 drops one reference to None on every call of a Qt method that returns nothing.
From 3.12 on None is immortal and the lost references do not matter; on 3.11 its count falls
by one per call until the interpreter aborts with "none_dealloc" — after some tens of thousands
of repaints, scrolls and edits. Giving None a reserve of references as 3.12 does makes the
window safe for any session length.
"""

from __future__ import annotations

import ctypes
import sys

# Far more calls than a process can make, and far from overflowing the count.
RESERVE = 1 << 48


def keep_none_alive() -> None:
    """Give None a reserve of references once, on interpreters where it is not immortal."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) >= RESERVE:
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
