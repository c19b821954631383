"""The house style as the layouts see it: words, logo address, accent colour and typefaces.

A document names its house style in ``ExportOptions.house_style`` (a library name or a path);
this module reads it once per change of its files, and tells the render path which folder the
logo may be read from and which font files to add.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.model.house_style import HouseStyle

# The layouts' own colours without a house style: the accent of their kicker and masthead
# line, and their rules; headings keep the text's colour.
DEFAULT_ACCENT = "#7a1f1f"
DEFAULT_RULE = "#1a1a1a"


@dataclass(frozen=True)
class HouseView:
    """What a layout template reads of the house style; ``present`` is False without one."""

    present: bool = False
    name: str = ""
    logo_url: str = ""
    logo_is_vector: bool = False
    accent: str = DEFAULT_ACCENT
    rule: str = DEFAULT_RULE
    heading_accent: str = "inherit"
    address: tuple[str, ...] = ()
    contact: tuple[str, ...] = ()
    website: str = ""
    footer: str = ""
    text_family: str = ""
    heading_family: str = ""
    folder: Path | None = None
    font_files: tuple[Path, ...] = ()
    problems: tuple[str, ...] = ()


NO_HOUSE = HouseView()


def house_view(spec: str) -> HouseView:
    """The view of the house style ``spec`` names ("" for none); one that cannot be read gives
    no house style and says why in ``problems``."""
    if not spec:
        return NO_HOUSE
    return _view(spec, _stamp(spec))


def _stamp(spec: str) -> tuple[float, ...]:
    # Edits on disk (a new logo, a changed JSON) must reach the next render: the files' times
    # are part of the cache key.
    from desktop_app.app.house_styles import stamp_of

    return stamp_of(spec)


@lru_cache(maxsize=16)
def _view(spec: str, stamp: tuple[float, ...]) -> HouseView:
    from desktop_app.app.house_styles import HouseStyleError, load_house_style

    try:
        style = load_house_style(spec)
    except HouseStyleError as exc:
        return HouseView(problems=(str(exc),))
    return view_of(style, stamp)


def view_of(style: HouseStyle, stamp: tuple[float, ...] = ()) -> HouseView:
    logo = style.logo_path
    text_font, heading_font = style.file(style.text_font), style.file(style.heading_font)
    fonts = tuple(f for f in (text_font, heading_font) if f is not None)
    return HouseView(
        present=True,
        name=style.name,
        # The files' times ride along so that a changed logo is a new URL, and a new page.
        logo_url=f"{logo.as_uri()}?v={abs(hash(stamp)) % 10**8}" if logo else "",
        logo_is_vector=bool(logo and logo.suffix.lower() == ".svg"),
        accent=style.accent or DEFAULT_ACCENT,
        rule=style.accent or DEFAULT_RULE,
        heading_accent=style.accent or "inherit",
        address=style.address,
        contact=style.contact,
        website=style.website,
        footer=style.footer,
        text_family=_family(text_font) if text_font else "",
        heading_family=_family(heading_font) if heading_font else "",
        folder=style.folder.resolve() if style.folder else None,
        font_files=fonts,
        problems=style.problems,
    )


def _family(font: Path) -> str:
    """The family name fontconfig will know ``font`` by (its typographic family, else its family)."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(str(font), fontNumber=0, lazy=True) as face:
            names = face["name"]
            name = names.getDebugName(16) or names.getDebugName(1)
    except Exception:
        return ""
    return name or ""


def family_stack(house_family: str, stack: str) -> str:
    """``stack`` (a CSS font-family list) with the house face first, where there is one: every
    script the house face lacks still falls back to Imprint's faces."""
    if not house_family:
        return stack
    quoted = '"' + house_family.replace("\\", "").replace('"', "") + '"'
    return f"{quoted}, {stack}"


# The font files each WeasyPrint font configuration has been given.
_given: weakref.WeakKeyDictionary[object, set[Path]] = weakref.WeakKeyDictionary()


def add_house_fonts(font_config, view: HouseView) -> None:
    """Give ``font_config`` the house style's typefaces, once each."""
    if not view.font_files:
        return
    from desktop_app.render.user_fonts import add_font_files

    given = _given.setdefault(font_config, set())
    new = [f for f in view.font_files if f not in given]
    if new:
        add_font_files(font_config, new)
        given.update(new)
