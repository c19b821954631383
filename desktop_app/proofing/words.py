"""Cutting text into the words spelling checks: letters with inner apostrophes, hyphenated
parts apart, and nothing inside code-like text (URLs, e-mail addresses, Markdown code)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Text that is not prose: nobody wants "https" or "info@example" underlined, nor quotes in it
# curled. Markdown code spans and fences, URLs, bare www. addresses and e-mail addresses.
CODE_LIKE = re.compile(
    r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)"  # fenced code
    r"|`[^`\n]+`"  # inline code
    r"|\]\([^)\s]*(?=[\s)])"  # a Markdown link's or figure's target (its title is words)
    r"|\)\{\.[\w-]+\}"  # a figure's size class, {.half}
    r"|\b(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s<>\"'«»“”‘’]*[^\s<>\"'«»“”‘’.,;:!?)\]]"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    # A picture's file name, as the Text panel's [Photo: …] lines show it.
    r"|[\w-]+\.(?i:jpe?g|png|gif|webp|avif|tiff?|svg|bmp)\b",
    re.DOTALL,
)
# A word: letters (and combining marks) with apostrophes inside; digits make it not a word.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*", re.UNICODE)
_DIGIT_NEIGHBOUR = re.compile(r"[\d_]")


@dataclass(frozen=True)
class Word:
    """One word of a text: where it is and what it says."""

    start: int
    end: int
    text: str

    @property
    def script(self) -> str:
        return script_of(self.text)


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where the code-like stretches of ``text`` are."""
    return [m.span() for m in CODE_LIKE.finditer(text)]


def words(text: str) -> Iterator[Word]:
    """Every word of ``text`` outside code-like stretches, in order. A word touching digits
    (``3rd``, ``A4``, ``COVID19``) is left out: it is a code or a number, not a spelling."""
    skips = code_spans(text)
    skip_index = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while skip_index < len(skips) and skips[skip_index][1] <= start:
            skip_index += 1
        if skip_index < len(skips) and skips[skip_index][0] < end:
            continue
        if (start and _DIGIT_NEIGHBOUR.match(text[start - 1])) or (
            end < len(text) and _DIGIT_NEIGHBOUR.match(text[end])
        ):
            continue
        yield Word(start, end, match.group())


# The first word of each character's Unicode name that names its script.
_SCRIPTS = {"LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek"}


# Whole words in one script, told without a Unicode name per letter (most words are these).
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f'’]+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u052f\u0300-\u036f'’]+")


def script_of(word: str) -> str:
    """The script a word is written in: ``Latn``, ``Cyrl``, ``Grek``, ``Hani`` (Chinese,
    Japanese and Korean) or ``Other``; a word mixing Latin and Cyrillic is ``Mixed``."""
    if _LATIN_WORD.fullmatch(word):
        return "Latn"
    if _CYRILLIC_WORD.fullmatch(word):
        return "Cyrl"
    found = set()
    for char in word:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        first = name.split(" ")[0]
        if first in _SCRIPTS:
            found.add(_SCRIPTS[first])
        elif first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"):
            found.add("Hani")
        else:
            found.add("Other")
    if len(found) == 1:
        return found.pop()
    return "Mixed" if found else "Other"


def is_checkable(word: str) -> bool:
    """Whether spelling should look at ``word`` at all: not one letter, not an acronym in
    capitals (``NATO``, ``CCFAO``), which no dictionary lists and no reader misreads."""
    if len(word) < 2:
        return False
    letters = [c for c in word if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))
