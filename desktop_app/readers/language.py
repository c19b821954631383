"""Guess an article's language from the scripts its letters are written in."""

from __future__ import annotations

import unicodedata

# Imprint's layouts know these; any other Latin-script text is set as English.
_SCRIPT_LANGUAGE = {"CJK": "zh", "CYRILLIC": "ru"}


def guess_language(text: str) -> str:
    """``zh``, ``ru`` or ``en``, by which script most of the letters belong to."""
    counts = {"CJK": 0, "CYRILLIC": 0, "LATIN": 0}
    for char in text[:20000]:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
            counts["CJK"] += 1
        elif name.startswith("CYRILLIC"):
            counts["CYRILLIC"] += 1
        elif name.startswith("LATIN"):
            counts["LATIN"] += 1
    # A Chinese character carries about as much as a whole Latin word; weigh it so.
    weighted = {"CJK": counts["CJK"] * 4, "CYRILLIC": counts["CYRILLIC"], "LATIN": counts["LATIN"]}
    best = max(weighted, key=weighted.__getitem__)
    if weighted[best] == 0:
        return "en"
    return _SCRIPT_LANGUAGE.get(best, "en")
