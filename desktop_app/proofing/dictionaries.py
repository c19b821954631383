"""Which Hunspell dictionary spells which language, loading them, and the user's own words.

Dictionaries are read only from Imprint's dictionaries folder (``resources.dictionaries_dir``);
the user's words live in the user data folder, one file per language.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app import folders, resources
from desktop_app.files import write_atomically

# Each language Imprint spells, by primary subtag: the dictionary files that can spell it,
# best first (Debian names French "fr", an installer bundle "fr_FR").
DICTIONARIES: dict[str, tuple[str, ...]] = {
    "en": ("en_US",),
    "ru": ("ru_RU",),
    "fr": ("fr_FR", "fr"),
    "de": ("de_DE",),
    "es": ("es_ES",),
}
# English outside the United States spells the British way.
_BRITISH_REGIONS = frozenset({"GB", "UK", "AU", "NZ", "IE", "ZA", "IN"})
# The dictionaries the checkout uses and the installer bundle carries: Debian package, files.
PACKAGES: dict[str, str] = {
    "en_US": "hunspell-en-us",
    "en_GB": "hunspell-en-gb",
    "ru_RU": "hunspell-ru",
    "fr_FR": "hunspell-fr-classical",
    "de_DE": "hunspell-de-de",
    "es_ES": "hunspell-es",
}


def dictionary_names(tag: str) -> tuple[str, ...]:
    """The dictionary files that can spell the BCP 47 ``tag`` (``en-GB`` → ``en_GB``), best
    first; empty for a language Imprint has no dictionary for."""
    parts = tag.replace("_", "-").split("-")
    primary = parts[0].lower()
    regions = [p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()]
    if primary == "en" and regions and regions[0] in _BRITISH_REGIONS:
        return ("en_GB", "en_US")
    return DICTIONARIES.get(primary, ())


def user_word_names(tag: str) -> tuple[str, ...]:
    """The dictionaries whose user words count for ``tag``: every one that may spell it."""
    parts = tag.replace("_", "-").split("-")
    if parts[0].lower() == "en" and len(parts) == 1:
        return ("en_US", "en_GB")
    return dictionary_names(tag)


class Engine:
    """One loaded Hunspell dictionary. Hunspell is not thread-safe, so every call holds a lock
    (the window checks long texts in a worker thread while the editors ask too)."""

    def __init__(self, hunspell: Any, name: str) -> None:  # chunspell's HunSpell: no types
        self._hunspell = hunspell
        self.name = name
        self._lock = threading.Lock()

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._hunspell.spell(word))

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            return list(self._hunspell.suggest(word))

    def add(self, word: str) -> None:
        with self._lock:
            self._hunspell.add(word)


@dataclass
class Dictionaries:
    """Loads each dictionary once, on first use; remembers why spelling is off, if it is."""

    folder: Path | None = None
    _engines: dict[str, Engine | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    notice: str | None = None  # one sentence for the user when spelling cannot work at all

    def __post_init__(self) -> None:
        if self.folder is None:
            self.folder = resources.dictionaries_dir()

    def engine(self, tag: str) -> Engine | None:
        """The loaded dictionary for ``tag``, or None where there is none (or no engine)."""
        for name in dictionary_names(tag):
            with self._lock:
                if name not in self._engines:
                    self._engines[name] = self._load(name)
                engine = self._engines[name]
            if engine is not None:
                return engine
        names = dictionary_names(tag)
        if names and self.notice is None:
            self.notice = f"Spelling is off for {tag}: the dictionary {names[0]} is not in {self.folder}."
        return None

    def engines(self, tag: str) -> Iterator[Engine]:
        """Every dictionary a word of ``tag`` may be found in, each loaded only when reached.
        English with no region is either spelling, American or British: a word either
        knows is right (the British one loads for the first word the American one lacks)."""
        for name in user_word_names(tag) if tag.lower() == "en" else (tag,):
            engine = self.engine(name.replace("_", "-"))
            if engine is not None:
                yield engine

    def _load(self, name: str) -> Engine | None:
        try:
            import hunspell
        except ImportError:
            self.notice = "Spelling is off: the Hunspell engine (chunspell) is not installed."
            return None
        folder = self.folder
        if folder is None:
            self.notice = "Spelling is off: no spelling dictionaries were found."
            return None
        if not (folder / f"{name}.dic").is_file():
            return None
        try:
            return Engine(hunspell.Hunspell(name, hunspell_data_dir=str(folder)), name)
        except (hunspell.HunspellFilePathError, OSError, UnicodeError) as exc:
            self.notice = f"Spelling is off for {name}: {exc}"
            return None

    def available(self) -> list[str]:
        """The dictionaries Imprint knows that are present in the folder."""
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(set(PACKAGES) & {p.stem for p in self.folder.glob("*.dic")})


def user_dictionary_path(name: str, folder: Path | None = None) -> Path:
    """Where the user's own words for dictionary ``name`` are kept."""
    return (folder or folders.data_dir() / "dictionaries") / f"{name}.txt"


class UserWords:
    """The words a user added for one dictionary, kept as a sorted list in a UTF-8 text file."""

    def __init__(self, name: str, folder: Path | None = None) -> None:
        self.path = user_dictionary_path(name, folder)
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            try:
                text = self.path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""  # no words yet, or a damaged file: start afresh rather than fail
            self._words = {line.strip() for line in text.splitlines() if line.strip()}
        return self._words

    def add(self, word: str) -> None:
        words = self.words()
        if word in words:
            return
        words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, "".join(f"{w}\n" for w in sorted(words)).encode("utf-8"))
