"""Gettext catalogs of Imprint's own words, read from translations/<locale>/LC_MESSAGES/imprint.po."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from desktop_app.resources import translations_dir

DOMAIN = "imprint"
FALLBACK_LOCALE = "en"


def babel_locale(locale: str) -> Locale:
    """The Babel locale for a code such as ``en-US`` or ``zh_CN``; English when unknown."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(FALLBACK_LOCALE)


def format_locale(locale: str) -> Locale:
    """The locale dates and numbers are written in.

    A bare language means its international form where CLDR has one: ``en`` writes
    "30 March 2021" (``en_001``), while ``en_US`` writes "March 30, 2021".
    """
    parsed = babel_locale(locale)
    if parsed.territory is None:
        try:
            return Locale.parse(f"{parsed.language}_001")
        except (ValueError, UnknownLocaleError):
            pass
    return parsed


def catalog_path(locale: str) -> Path:
    return translations_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def _compiled(locale: str) -> bytes | None:
    # The .po file is the only copy kept: it is compiled here, in memory, so a checkout,
    # a wheel and a bundle all read the same text and no compiled file can go stale.
    path = catalog_path(locale)
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=locale, domain=DOMAIN)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _catalog(locale: str) -> Translations | None:
    compiled = _compiled(locale)
    return None if compiled is None else Translations(BytesIO(compiled), domain=DOMAIN)


@cache
def translations(locale: str) -> NullTranslations:
    """Translations for ``locale``, falling back to its language, then to the source text.

    ``zh_CN`` looks in ``zh_CN`` then ``zh``; a locale without a catalog gets the
    English source strings.
    """
    parsed = babel_locale(locale)
    # Catalog folders are named language_TERRITORY (zh_CN) even where Babel adds a script.
    candidates = [f"{parsed.language}_{parsed.territory}"] if parsed.territory else []
    candidates.append(parsed.language)
    if not parsed.territory:
        # A bare "zh" reads the catalog of the language's main territory (zh_CN), but not
        # when another script is asked for: zh-Hant gets English, never Simplified words.
        likely = get_global("likely_subtags").get(parsed.language)
        if likely and parsed.script in (None, babel_locale(likely).script):
            territory = babel_locale(likely).territory
            candidates.append(f"{parsed.language}_{territory}")
    chain: NullTranslations | None = None
    for code in dict.fromkeys(candidates):
        found = _catalog(code)
        if found is None:
            continue
        if chain is None:
            chain = found
        else:
            chain.add_fallback(found)
    return chain if chain is not None else NullTranslations()


def gettext(locale: str, message: str) -> str:
    return translations(locale).gettext(message)


# Where gettext looks for the language of messages, first found wins (GNU gettext's order).
MESSAGE_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the person at the terminal, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG.

    ``ru_RU.UTF-8`` gives ``ru_RU``; the C and POSIX locales, or none set, give English.
    """
    env = os.environ if environ is None else environ
    for name in MESSAGE_LOCALE_VARIABLES:
        # LANGUAGE is a list of preferences (ru:en); every other variable holds one locale.
        value = env.get(name, "").split(":")[0]
        code = value.split(".")[0].split("@")[0]
        if code in ("C", "POSIX"):
            return FALLBACK_LOCALE
        if code:
            return str(babel_locale(code))
    return FALLBACK_LOCALE
