"""Keeps None, True and False alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12 loses references to these constants: one to None on every call of a Qt method
that returns nothing, and one to True or False for every bool a signal hands to a Python slot
that keeps it. From 3.12 on they are immortal and the lost references do not matter; on 3.11
their counts fall until the interpreter aborts ("none_dealloc", "bool_dealloc") — after some
tens of thousands of repaints, scrolls and edits, or at exit. Giving each a reserve of
references, as 3.12 does, makes the window safe for any session length.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than a process can lose, and far from overflowing the count.
RESERVE = 1 << 48


def keep_constants_alive() -> None:
    """Give None, True and False a reserve of references once, where they are not immortal."""
    if sys.version_info >= (3, 12):
        return
    for constant in (None, True, False):
        if sys.getrefcount(constant) < RESERVE:
            ctypes.c_ssize_t.from_address(id(constant)).value += RESERVE
