"""Preflight's missing-glyph findings: the boxes the layout drew, grouped by script, with a fix."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from fontTools import unicodedata as unicode_scripts

from desktop_app.render.fonts import script_families
from desktop_app.render.placed_glyphs import Box

# How many of a group's characters a message lists before "…": a whole alphabet fits.
MAX_LISTED = 120
# The Debian packages that hold the families Imprint's stacks name (scripts/setup.sh installs them).
PACKAGE_OF_FAMILY_PREFIX = (("Noto Serif CJK", "fonts-noto-cjk"), ("Noto Sans CJK", "fonts-noto-cjk"))
DEFAULT_PACKAGE = "fonts-noto-core"


@dataclass(frozen=True)
class GlyphGroup:
    """The characters of one script (or private-use, unassigned, symbol) drawn as boxes."""

    name: str  # "Devanagari", or the kind for characters of no script
    kind: str  # "script", "private-use", "unassigned" or "symbols"
    chars: tuple[str, ...]  # each once, in the order they first appear
    places: tuple[tuple[int, str | None, int | None], ...]  # (page, field, block), each once
    families: tuple[str, ...]  # fonts that would draw them, when Imprint knows some


def group_boxes(boxes: list[Box]) -> list[GlyphGroup]:
    """The boxes grouped by the script of their characters, groups in order of appearance.

    A character several scripts share (the danda of Devanagari and Bengali, say) joins the
    group of one of them that has boxes of its own.
    """
    own = {_group_of(box.char) for box in boxes if _group_of(box.char)[1] == "script"}
    chars: dict[tuple[str, str, str], dict[str, None]] = {}
    places: dict[tuple[str, str, str], dict[tuple[int, str | None, int | None], None]] = {}
    for box in boxes:
        key = _group_of(box.char, own)
        chars.setdefault(key, {})[box.char] = None
        places.setdefault(key, {})[(box.page, box.field, box.block)] = None
    groups = []
    for key, found in chars.items():
        name, kind, code = key
        families = script_families(code) if kind == "script" else ()
        groups.append(GlyphGroup(name, kind, tuple(found), tuple(places[key]), families))
    return groups


def _group_of(char: str, own: set[tuple[str, str, str]] | None = None) -> tuple[str, str, str]:
    """(name, kind, ISO 15924 code) of the group ``char`` is reported in."""
    category = unicodedata.category(char)
    if category == "Co":
        return "Private use", "private-use", "Zzzz"
    if category == "Cn":
        return "Unassigned", "unassigned", "Zzzz"
    code = unicode_scripts.script(char)
    if code in ("Zyyy", "Zinh", "Zzzz"):
        shared = sorted(unicode_scripts.script_extension(char) - {"Zyyy", "Zinh"})
        for group in own or ():
            if group[2] in shared:
                return group
        if not shared:
            return "Symbols", "symbols", code
        code = shared[0]
    return unicode_scripts.script_name(code).replace("_", " "), "script", code


def listed(chars: tuple[str, ...]) -> str:
    """The characters as a message shows them: each once, code points for the invisible ones."""
    shown = [
        c if c.isprintable() and unicodedata.category(c) not in ("Co", "Cn") else f"U+{ord(c):04X}"
        for c in chars
    ]
    text = " ".join(shown[:MAX_LISTED])
    return text + (" …" if len(shown) > MAX_LISTED else "")


def package_of(family: str) -> str:
    """The Debian package that installs ``family``."""
    for prefix, package in PACKAGE_OF_FAMILY_PREFIX:
        if family.startswith(prefix):
            return package
    return "fonts-noto-color-emoji" if "Emoji" in family else DEFAULT_PACKAGE
