"""Article languages as BCP 47 tags: their canonical form, script, writing direction and names."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

# CLDR's data (through Babel) says which script a language is written in and which way it
# runs, so a tag such as ``fa`` or ``zh-TW`` needs no table of our own.

# The languages the window offers for an article: the six UN languages first, then the
# others whose scripts Imprint prints. A document's own tag is added when it is not here.
PAGE_LANGUAGES: tuple[str, ...] = (
    "en", "zh", "zh-Hant", "ru", "ar", "fr", "es",
    "am", "bn", "de", "el", "he", "hi", "hy", "it", "ja", "ka", "km", "ko", "pt", "ta", "th", "uk", "vi",
)  # fmt: skip
# Scripts that run right to left, for tags Babel has no locale for.
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"})


def language_tag(value: str) -> str:
    """``value`` as a canonical BCP 47 tag: ``zh_tw`` -> ``zh-TW``, ``ZH-HANT`` -> ``zh-Hant``.

    Deprecated codes become current ones (``iw`` -> ``he``); text that is no tag at all is
    kept, lower-cased, so nothing the article said is lost.
    """
    raw = value.strip().replace("_", "-")
    if not raw:
        return ""
    parts = raw.split("-")
    language = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv"}.get(parts[0].lower(), parts[0].lower())
    rest = []
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            rest.append(part.title())
        elif len(part) in (2, 3):
            rest.append(part.upper())
        else:
            rest.append(part.lower())
    return "-".join([language, *rest])


def _locale(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


@cache
def script_code(tag: str) -> str:
    """The ISO 15924 script ``tag`` is written in (``Arab``, ``Jpan``, ``Hant``…); ``Latn`` if unknown."""
    parts = language_tag(tag).split("-")
    for part in parts[1:]:
        if len(part) == 4:
            return part
    likely = get_global("likely_subtags")
    for key in ("_".join(parts[:2]), parts[0]):
        found = likely.get(key)
        if found:
            return found.split("_")[1]
    return "Latn"


@cache
def text_direction(tag: str) -> str:
    """``rtl`` for a language written right to left (Arabic, Hebrew, Persian, Urdu…), else ``ltr``."""
    locale = _locale(language_tag(tag)) if tag else None
    if locale is not None:
        return locale.text_direction
    return "rtl" if script_code(tag) in RTL_SCRIPTS else "ltr"


def language_name(tag: str) -> str:
    """The language's name in itself (العربية, 日本語, 中文 (繁體)); the tag when Babel does not know it."""
    locale = _locale(language_tag(tag))
    if locale is None:
        return tag
    name = locale.get_display_name(locale) or tag
    # Capitals only where the script has them as Latin does: Georgian's are another alphabet.
    if script_code(tag) in ("Latn", "Cyrl", "Grek", "Armn"):
        name = name[:1].upper() + name[1:]
    return name


def language_choices() -> list[tuple[str, str]]:
    """(tag, name) for every language the window offers for an article."""
    return [(tag, language_name(tag)) for tag in PAGE_LANGUAGES]
