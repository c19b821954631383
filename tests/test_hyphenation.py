"""Hyphenation dictionaries kept parsed in the cache folder hyphenate exactly as Pyphen's own."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pyphen
import pytest

from desktop_app.render.hyphenation import _KeptHyphDict

ROOT = Path(__file__).resolve().parents[1]
# Pyphen's own class; pyphen.HyphDict itself is the kept one once WeasyPrint has been loaded.
PARSED = _KeptHyphDict.__base__
WORDS = ["hyphenation", "cooperation", "implementation", "international", "сотрудничество", "конференция"]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_kept_dictionary_is_read_back_without_parsing(
    lang: str, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    plain = PARSED(path)
    first = _KeptHyphDict(path)
    assert list(cache_home.rglob("*.marshal"))

    parsed: list[Path] = []
    parse = PARSED.__init__
    monkeypatch.setattr(PARSED, "__init__", lambda self, p: parsed.append(p) or parse(self, p))
    second = _KeptHyphDict(path)
    assert parsed == []
    assert second.patterns == plain.patterns == first.patterns and second.maxlen == plain.maxlen
    assert [second.positions(w) for w in WORDS] == [plain.positions(w) for w in WORDS]


def test_a_damaged_cache_file_is_parsed_again_and_replaced(cache_home: Path) -> None:
    path = pyphen.LANGUAGES[pyphen.language_fallback("ru")]
    _KeptHyphDict(path)
    (kept,) = cache_home.rglob("*.marshal")
    kept.write_bytes(b"\x00not marshal")
    again = _KeptHyphDict(path)
    assert again.patterns == PARSED(path).patterns
    assert _KeptHyphDict(path).patterns == again.patterns  # the file was written anew


def _export_digest(seed_path: Path, target: Path, cache: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cache)}
    cmd = [sys.executable, "-m", "desktop_app", "export", str(seed_path), "-o", str(target), "-q"]
    subprocess.run(cmd, env=env, check=True)
    return hashlib.sha256(target.read_bytes()).hexdigest()


def test_an_export_with_kept_dictionaries_has_the_same_bytes(tmp_path: Path, seed_path: Path) -> None:
    cache = tmp_path / "cache"
    parsed = _export_digest(seed_path, tmp_path / "parsed.pdf", cache)
    assert list(cache.rglob("*.marshal")), "the English dictionary was kept"
    assert _export_digest(seed_path, tmp_path / "kept.pdf", cache) == parsed
