"""The writing systems Imprint prints: one table that language detection, the font stacks,
the CJK cuts and the glyph check all read."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.language.tags import script_code


@dataclass(frozen=True)
class Script:
    code: str  # ISO 15924, as CLDR and BCP 47 tags name it
    stack: str  # the font stack that sets it (render/fonts.py)
    # The first word of the Unicode names of its letters ("CYRILLIC SMALL LETTER A"), by which
    # detection counts them; empty for a code that only tags name.
    letters: tuple[str, ...] = ()
    region: str | None = None  # the regional forms of CJK it is drawn in: SC, TC, JP or KR


SCRIPTS: dict[str, Script] = {
    s.code: s
    for s in (
        Script("Latn", "latin", ("LATIN",)),
        Script("Cyrl", "cyrillic", ("CYRILLIC",)),
        Script("Grek", "greek", ("GREEK",)),
        # Han alone is counted as Chinese, and Chinese without a region is Simplified.
        Script("Hani", "cjk", ("CJK",), "SC"),
        Script("Hans", "cjk", (), "SC"),
        Script("Hant", "cjk-tc", (), "TC"),
        # Kana is only Japanese, Hangul only Korean.
        Script("Jpan", "cjk-jp", ("HIRAGANA", "KATAKANA"), "JP"),
        Script("Hira", "cjk-jp", (), "JP"),
        Script("Kana", "cjk-jp", (), "JP"),
        Script("Kore", "cjk-kr", ("HANGUL",), "KR"),
        Script("Hang", "cjk-kr", (), "KR"),
        Script("Arab", "arabic", ("ARABIC",)),
        Script("Hebr", "hebrew", ("HEBREW",)),
        Script("Deva", "devanagari", ("DEVANAGARI",)),
        Script("Beng", "bengali", ("BENGALI",)),
        Script("Taml", "tamil", ("TAMIL",)),
        Script("Thai", "thai", ("THAI",)),
        Script("Geor", "georgian", ("GEORGIAN",)),
        Script("Armn", "armenian", ("ARMENIAN",)),
        Script("Ethi", "ethiopic", ("ETHIOPIC",)),
        Script("Khmr", "khmer", ("KHMER",)),
    )
}

# The first word of a letter's Unicode name -> the script it is counted in.
SCRIPT_OF_LETTER_NAME: dict[str, str] = {name: s.code for s in SCRIPTS.values() for name in s.letters}


def script_of_language(language: str) -> Script | None:
    """The script ``language`` (a BCP 47 tag) is written in; None for one Imprint has no stack for."""
    return SCRIPTS.get(script_code(language))


def cjk_region(language: str) -> str | None:
    """SC, TC, JP or KR for a Chinese, Japanese or Korean ``language``; None for any other."""
    script = script_of_language(language)
    return script.region if script is not None else None
