"""Pyphen's hyphenation dictionaries, kept parsed in the cache folder from one process to the next.

Pyphen reads a ``hyph_*.dic`` pattern by pattern in Python: about 0.1 s for English, paid by
every process that hyphenates, so by every export. The parsed patterns are kept with marshal
(plain dicts, tuples and numbers, read back in a few milliseconds) under a name made from the
dictionary file, its size and time and the Pyphen and marshal versions.
"""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path

import pyphen

from desktop_app.files import write_atomically
from desktop_app.folders import cache_dir


class _KeptHyphDict(pyphen.HyphDict):
    """A HyphDict read from the cache folder when it was parsed before, parsed and kept otherwise."""

    def __init__(self, path) -> None:
        kept = _kept_file(Path(path))
        if kept is not None and self._read(kept):
            return
        super().__init__(path)
        if kept is not None:
            _keep(kept, self.patterns, self.maxlen)

    def _read(self, kept: Path) -> bool:
        try:
            patterns, maxlen = marshal.loads(kept.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return False
        if not isinstance(patterns, dict) or not isinstance(maxlen, int):
            return False
        self.patterns, self.maxlen = patterns, maxlen
        self.cache: dict[str, object] = {}  # pyphen's own memo of words already split
        return True


def _kept_file(dictionary: Path) -> Path | None:
    try:
        stat = dictionary.stat()
    except OSError:
        return None
    key = f"{pyphen.__version__} {marshal.version} {dictionary} {stat.st_size} {stat.st_mtime_ns}"
    return cache_dir() / "hyphenation" / f"{hashlib.sha256(key.encode()).hexdigest()}.marshal"


def _keep(kept: Path, patterns: dict, maxlen: int) -> None:
    try:
        data = marshal.dumps((patterns, maxlen))
    except ValueError:
        return  # a dictionary with non-standard hyphenation: its patterns are objects
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(kept, data)
    except OSError:
        pass  # no cache folder: parse again next time


def keep_dictionaries_parsed() -> None:
    """Make Pyphen, and WeasyPrint through it, read dictionaries through the cache folder."""
    pyphen.HyphDict = _KeptHyphDict
