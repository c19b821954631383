"""The spelling checker: finds possibly misspelled words in an article's language, each word
checked in the language of its own script, with a cache per word so retyping costs nothing.

Core code without Qt: preflight, the command line and the window's underline all use it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.proofing.dictionaries import Dictionaries, UserWords, dictionary_names, user_word_names
from desktop_app.proofing.words import is_checkable, script_of, words

# The language a word in another script than the article's is checked in: Cyrillic words in an
# English article are Russian, Latin words in a Russian or Chinese one are English.
_LANGUAGE_OF_SCRIPT = {"Latn": "en", "Cyrl": "ru"}
# The script each language with a dictionary is written in.
_SCRIPT_OF_LANGUAGE = {"en": "Latn", "fr": "Latn", "de": "Latn", "es": "Latn", "ru": "Cyrl"}
# Languages written in Latin or Cyrillic letters that Imprint has no dictionary for: their
# words in that script are not checked (an Italian article would be all false alarms).
_LATIN_WITHOUT_DICTIONARY = (
    "it pt nl sv da no nb nn fi pl cs sk sl hr bs hu ro tr ca eu gl et lv lt ga cy is mt sq "
    "vi id ms tl sw af az uz la eo"
)
_CYRILLIC_WITHOUT_DICTIONARY = "uk be bg mk sr kk ky mn tg"
_UNCHECKED_OWN_SCRIPT = {
    **dict.fromkeys(_LATIN_WITHOUT_DICTIONARY.split(" "), "Latn"),
    **dict.fromkeys(_CYRILLIC_WITHOUT_DICTIONARY.split(" "), "Cyrl"),
}
_SHARED = Dictionaries()


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary of ``language`` does not know, at ``start``–``end`` of a text."""

    start: int
    end: int
    word: str
    language: str


def _normal(word: str) -> str:
    # Dictionaries spell the apostrophe straight; typographic text curls it.
    return word.replace("’", "'")


class SpellChecker:
    """Checks words for one article language. Results are cached per word and language.

    ``dictionaries`` is shared by default, so each dictionary loads once per process;
    ``user_folder`` is where the user's words are kept (the user data folder by default).
    """

    def __init__(
        self,
        language: str,
        dictionaries: Dictionaries | None = None,
        user_folder: Path | None = None,
        known: Iterable[str] = (),
    ) -> None:
        self.language = language or "en"
        self.dictionaries = dictionaries if dictionaries is not None else _SHARED
        self._user_folder = user_folder
        self._user: dict[str, UserWords] = {}
        # Every word's verdict as written, so a word seen before costs one lookup.
        self._verdicts: dict[str, bool | None] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._ignored: set[str] = set()
        self._no_dictionary: set[str] = set()  # languages whose dictionary did not load
        # Words that are right whatever the dictionary says: names from the article's metadata.
        self._known = {_normal(w) for w in known}
        self._lock = threading.Lock()

    # -- which language checks a word --------------------------------------------------------

    def language_of(self, word: str) -> str | None:
        """The language ``word`` is checked in, or None when it is not checked at all."""
        script = script_of(word)
        primary = self.language.split("-")[0].lower()
        own_script = _SCRIPT_OF_LANGUAGE.get(primary)
        if own_script == script:
            return self.language
        if script not in _LANGUAGE_OF_SCRIPT:
            return None  # Chinese, Japanese, Korean, Thai, Greek…: no dictionary, no pretending
        if _UNCHECKED_OWN_SCRIPT.get(primary) == script:
            return None  # the article's own language, which has no dictionary
        return _LANGUAGE_OF_SCRIPT[script]

    def checks(self, language: str) -> bool:
        """Whether a dictionary for ``language`` loads."""
        return bool(dictionary_names(language)) and self.dictionaries.engine(language) is not None

    @property
    def notice(self) -> str | None:
        """Why spelling is off, when no dictionary at all could be loaded."""
        return self.dictionaries.notice

    # -- checking ----------------------------------------------------------------------------

    def set_known(self, known: Iterable[str]) -> None:
        """Replace the names that are right whatever the dictionary says (another document's
        author and source); what the dictionary said of every word is kept."""
        self._known = {_normal(w) for w in known}

    def is_correct(self, word: str) -> bool | None:
        """True or False for a word that is checked; None for one that is not (another
        script, a language without dictionary, an acronym, a number)."""
        if _normal(word) in self._known or _normal(word) in self._ignored:
            return True
        if word in self._verdicts:
            return self._verdicts[word]
        verdict = self._check(word)
        with self._lock:
            self._verdicts[word] = verdict
        return verdict

    def _check(self, word: str) -> bool | None:
        language = self.language_of(word)
        if language is None or not is_checkable(word):
            return None
        engine = self.dictionaries.engine(language)
        if engine is None:
            self._no_dictionary.add(language)
            return None
        word = _normal(word)
        # The user's words first (sets), then each dictionary (see Dictionaries.engines).
        if any(word in self._user_words(name).words() for name in user_word_names(language)):
            return True
        return any(e.spell(word) for e in self.dictionaries.engines(language))

    def cached(self, word: str) -> bool | None:
        """What is known of ``word`` without asking the dictionary: True for a word that is
        right or not checked at all, False for a misspelling, None when not yet checked."""
        if _normal(word) in self._known or _normal(word) in self._ignored:
            return True
        if word not in self._verdicts:
            language = self.language_of(word)
            if language is None or language in self._no_dictionary or not is_checkable(word):
                return True
            return None
        return self._verdicts[word] is not False

    def misspellings(self, text: str) -> list[Misspelling]:
        """Every possibly misspelled word of ``text``, in order."""
        found = []
        for word in words(text):
            if self.is_correct(word.text) is False:
                found.append(Misspelling(word.start, word.end, word.text, self.language_of(word.text) or ""))
        return found

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Likely intended spellings of ``word``, best first. Hunspell takes a good part of a
        second for each word, so the answers are kept."""
        if word not in self._suggestions:
            self._suggestions[word] = self._suggest(word)
        return self._suggestions[word][:limit]

    def _suggest(self, word: str) -> list[str]:
        language = self.language_of(word)
        engine = self.dictionaries.engine(language) if language else None
        if engine is None:
            return []
        found = engine.suggest(_normal(word))
        # Hunspell offers a word cut in two ("occur ed") among real ones: those go last.
        found.sort(key=lambda s: " " in s and " " not in word)
        if "’" in word:
            found = [s.replace("'", "’") for s in found]
        return found

    # -- the user's choices ------------------------------------------------------------------

    def _user_words(self, name: str) -> UserWords:
        if name not in self._user:
            self._user[name] = UserWords(name, self._user_folder)
        return self._user[name]

    def add_to_dictionary(self, word: str) -> None:
        """Keep ``word`` as correct for its language, in the user dictionary, from now on."""
        language = self.language_of(word)
        engine = self.dictionaries.engine(language) if language else None
        if engine is None:
            return
        self._user_words(engine.name).add(_normal(word))
        self._forget(word)

    def ignore(self, word: str) -> None:
        """Treat ``word`` as correct for as long as this checker lives (not kept)."""
        self._ignored.add(_normal(word))
        self._forget(word)

    def _forget(self, word: str) -> None:
        with self._lock:
            for key in [k for k in self._verdicts if _normal(k) == _normal(word)]:
                del self._verdicts[key]
