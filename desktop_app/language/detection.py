"""Recognise an article's language, as a BCP 47 tag."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pycld2
from babel.core import get_global

from desktop_app.language.scripts import SCRIPT_OF_LETTER_NAME
from desktop_app.language.tags import language_tag

# Scripts alone cannot tell Japanese from Chinese or Vietnamese from English, so the text
# goes to CLD2 (pycld2: Chromium's detector with its tables compiled in, nothing fetched at
# run time), which knows about 80 languages and tells Traditional from Simplified Chinese.
# Text too short or too mixed for it falls back to the language CLDR finds most likely for
# the script most of its letters are written in.

# Enough text for CLD2 to be sure; more only costs time.
_SAMPLE_CHARS = 20000


def guess_language(text: str) -> str:
    """The BCP 47 tag of the language ``text`` is written in (``ja``, ``zh-Hant``, ``ar``…).

    ``en`` when there are no letters at all.
    """
    sample = "".join(c for c in text[:_SAMPLE_CHARS] if c.isprintable() or c in "\n\t")
    try:
        reliable, _bytes, details = pycld2.detect(sample)
    except pycld2.error:  # text CLD2 cannot read (lone surrogates): use the scripts alone
        reliable, details = False, ()
    if reliable and details and details[0][1] not in ("un", "xxx"):
        return language_tag(details[0][1])
    return _language_of_script(sample)


def _language_of_script(text: str) -> str:
    """The language CLDR finds most likely for the script most letters are written in."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            first = unicodedata.name(char, "").split(" ")[0]
            script = SCRIPT_OF_LETTER_NAME.get(first)
            if script:
                counts[script] += 1
    # Kana anywhere means Japanese, even when Chinese characters outnumber it.
    if counts["Jpan"]:
        counts["Jpan"] += counts.pop("Hani", 0)
    if not counts:
        return "en"
    script = counts.most_common(1)[0][0]
    likely = get_global("likely_subtags").get(f"und_{script}", "en")
    return language_tag(likely.split("_")[0]) if script not in ("Latn",) else "en"
