"""Font stacks per script: the one place that says which typefaces set which language.

Families are named, never given as files: fontconfig finds them among the fonts that
scripts/setup.sh installs (fonts-paratype, fonts-noto-cjk, fonts-noto-core,
fonts-noto-color-emoji) or that a bundle ships with its own fonts.conf.
"""

from __future__ import annotations

from typing import Literal

from desktop_app.language.scripts import SCRIPTS, script_of_language
from desktop_app.render.cjk_cuts import CUTS

Role = Literal["body", "heading", "meta"]
Script = str

# PT Serif and PT Sans (ParaType) were drawn for Latin and Cyrillic together, so an
# English and a Russian page share one voice; Noto Serif and DejaVu follow for machines
# without them. Chinese sets its body in the Song style (Noto Serif CJK SC) and its
# headings and labels in the Hei style (Noto Sans CJK SC), as Chinese print does.
FONT_STACKS: dict[Script, dict[Role, tuple[str, ...]]] = {
    "latin": {
        "body": ("PT Serif", "Noto Serif", "DejaVu Serif"),
        "heading": ("PT Serif", "Noto Serif", "DejaVu Serif"),
        "meta": ("PT Sans", "Noto Sans", "DejaVu Sans"),
    },
    "cyrillic": {
        "body": ("PT Serif", "Noto Serif", "DejaVu Serif"),
        "heading": ("PT Serif", "Noto Serif", "DejaVu Serif"),
        "meta": ("PT Sans", "Noto Sans", "DejaVu Sans"),
    },
    "cjk": {
        "body": ("Noto Serif CJK SC", "Noto Sans CJK SC"),
        "heading": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
        "meta": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
    },
}


def _noto(serif: str, sans: str) -> dict[Role, tuple[str, ...]]:
    return {"body": (serif, sans), "heading": (serif, sans), "meta": (sans, serif)}


def _cjk(region: str) -> dict[Role, tuple[str, ...]]:
    serif, sans = f"Noto Serif CJK {region}", f"Noto Sans CJK {region}"
    return {"body": (serif, sans), "heading": (sans, serif), "meta": (sans, serif)}


# The other scripts of the world's press, each in Noto's serif for text and its sans for
# labels (fonts-noto-core), and Japanese, Korean and Traditional Chinese in their own
# regional forms of Noto CJK: the same characters are drawn differently in each region.
# Greek and Vietnamese are in Noto Serif, which PT Serif's Latin and Cyrillic lack.
SCRIPT_STACKS: dict[str, dict[Role, tuple[str, ...]]] = {
    "greek": _noto("Noto Serif", "Noto Sans"),
    "vietnamese": _noto("Noto Serif", "Noto Sans"),
    "cjk-tc": _cjk("TC"),
    "cjk-jp": _cjk("JP"),
    "cjk-kr": _cjk("KR"),
    # Naskh is the newspaper hand of Arabic; Noto Sans Arabic sets the labels.
    "arabic": _noto("Noto Naskh Arabic", "Noto Sans Arabic"),
    "hebrew": _noto("Noto Serif Hebrew", "Noto Sans Hebrew"),
    "devanagari": _noto("Noto Serif Devanagari", "Noto Sans Devanagari"),
    "bengali": _noto("Noto Serif Bengali", "Noto Sans Bengali"),
    "tamil": _noto("Noto Serif Tamil", "Noto Sans Tamil"),
    "thai": _noto("Noto Serif Thai", "Noto Sans Thai"),
    "georgian": _noto("Noto Serif Georgian", "Noto Sans Georgian"),
    "armenian": _noto("Noto Serif Armenian", "Noto Sans Armenian"),
    "ethiopic": _noto("Noto Serif Ethiopic", "Noto Sans Ethiopic"),
    "khmer": _noto("Noto Serif Khmer", "Noto Sans Khmer"),
}
# Emoji come from Noto's colour emoji (bitmaps, which WeasyPrint places on the baseline like
# any glyph) through fontconfig's fallback, never from a stack: named in a font-family list,
# it draws digits too (it has keycap digits), in colour-bitmap form, and WeasyPrint then
# spaces a justified right-to-left line wrongly. It is bundled all the same.
EMOJI_FAMILIES: tuple[str, ...] = ("Noto Color Emoji",)

# Latin-script languages whose letters PT Serif lacks (Vietnamese's stacked accents).
_LANGUAGE_STACK = {"vi": "vietnamese"}
GENERIC: dict[Role, str] = {"body": "serif", "heading": "serif", "meta": "sans-serif"}


def stack_name(language: str) -> str:
    """Which stack sets ``language``: ``latin``, ``cjk-jp``, ``arabic``…"""
    base = language.replace("_", "-").split("-")[0].lower()
    script = script_of_language(language)
    return _LANGUAGE_STACK.get(base) or (script.stack if script is not None else "latin")


def script_of(language: str) -> Script:
    """The script a language is written in, as the layouts' CSS names it (``script-<name>``).

    Chinese, Japanese and Korean are all ``cjk``: they share its rules (no hyphens, no
    italics); their own differences are set by ``:lang()``.
    """
    name = stack_name(language)
    return "cjk" if name.startswith("cjk") else "latin" if name == "vietnamese" else name


def _stack(name: str) -> dict[Role, tuple[str, ...]]:
    return FONT_STACKS.get(name) or SCRIPT_STACKS[name]


def font_names(language: str, role: Role = "body") -> list[str]:
    """Family names for ``role`` in ``language``: its own script first, then the others.

    The others follow so that a Latin name in a Chinese article, or a Chinese quote in
    an English one, still finds glyphs in a print face.
    """
    primary = stack_name(language)
    cjk = primary if primary.startswith("cjk") else "cjk"
    order = [primary, "latin", "cyrillic", "greek", cjk, *FONT_STACKS, *SCRIPT_STACKS]
    names: list[str] = []
    for name in dict.fromkeys(order):
        names += [n for n in _stack(name)[role] if n not in names]
    return names


def font_family(language: str, role: Role = "body") -> str:
    """A CSS font-family value for ``role`` in ``language``.

    Each Noto CJK face is preceded by its cut (render/cjk_cuts.py): where the cut is made,
    it sets the characters it has, and the full face the rest.
    """
    names = [cut for n in font_names(language, role) for cut in ((CUTS[n].family, n) if n in CUTS else (n,))]
    return ", ".join(f'"{n}"' for n in names) + f", {GENERIC[role]}"


def expected_families(language: str) -> set[str]:
    """The first-choice families a page in ``language`` is set in (what pdffonts should list)."""
    stack = _stack(stack_name(language))
    return {stack[role][0] for role in ("body", "heading", "meta")}


def all_families() -> list[str]:
    """Every family any stack names, each once: what an installer bundle has to carry."""
    names: list[str] = []
    for roles in (*FONT_STACKS.values(), *SCRIPT_STACKS.values()):
        for stack in roles.values():
            names += [n for n in stack if n not in names]
    return names + [n for n in EMOJI_FAMILIES if n not in names]


def script_families(code: str) -> tuple[str, ...]:
    """The families Imprint sets an ISO 15924 script in (``Deva`` -> Noto Serif and Sans
    Devanagari); none for a script it has no stack for."""
    script = SCRIPTS.get(code)
    if script is None:
        return ()
    stack = _stack(script.stack)
    return tuple(dict.fromkeys((stack["body"][0], stack["meta"][0])))
