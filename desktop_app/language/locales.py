"""The locales Imprint speaks, their names, and the paper each one prints on by default."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.language.catalogs import DOMAIN, babel_locale
from desktop_app.model.document import Document
from desktop_app.model.style import Style
from desktop_app.resources import translations_dir

# Territories where US Letter is the usual office paper (CLDR's paperSize data, which
# Babel does not expose): the United States and its territories, Canada, Mexico, the
# Philippines, and Central and South American countries that follow the US.
LETTER_TERRITORIES: frozenset[str] = frozenset(
    {
        "US", "PR", "GU", "VI", "AS", "MP", "UM",  # United States and territories
        "CA", "MX", "PH",
        "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LocaleInfo:
    """A locale with a catalog: its code (``zh_CN``) and its name in its own language."""

    code: str
    name: str


def available_locales() -> list[LocaleInfo]:
    """Every locale with a catalog under translations/, in code order."""
    folder = translations_dir()
    codes = sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.po").is_file())
    return [LocaleInfo(code, display_name(code)) for code in codes]


def display_name(locale: str, in_locale: str | None = None) -> str:
    """The locale's name as its speakers write it (English (United States), 中文 (中国), Русский),
    or as those of ``in_locale`` write it (``display_name("zh", "ru")`` is "Китайский")."""
    parsed = babel_locale(locale)
    name = parsed.get_display_name(babel_locale(in_locale) if in_locale else parsed) or str(parsed)
    return name[:1].upper() + name[1:]


def default_paper(locale: str) -> str:
    """ "Letter" for a locale of a Letter territory (en_US, es_MX, fr_CA…), "A4" otherwise.

    A locale without a territory (``en``, ``ru``) is the international form of the
    language and gets A4.
    """
    territory = babel_locale(locale).territory
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def style_for_locale(style: Style, locale: str) -> Style:
    """``style`` on the locale's default paper: for exports whose paper nobody chose."""
    return style.with_changes(paper=default_paper(locale))


def follow_locale_paper(document: Document, old_locale: str) -> Document:
    """``document`` after a locale change: its paper follows the new locale's usual paper unless
    it was chosen by hand (it is not the old locale's default)."""
    if document.style.paper != default_paper(old_locale):
        return document
    return document.with_changes(
        style=document.style.with_changes(paper=default_paper(document.options.locale))
    )
