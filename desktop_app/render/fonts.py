"""Font stacks per script: the one place that says which typefaces set which language.

Families are named, never given as files: fontconfig finds them among the fonts that
scripts/setup.sh installs (fonts-paratype, fonts-noto-cjk) or that a bundle ships with
its own fonts.conf.
"""

from __future__ import annotations

from typing import Literal

Role = Literal["body", "heading", "meta"]
Script = Literal["latin", "cyrillic", "cjk"]

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
GENERIC: dict[Role, str] = {"body": "serif", "heading": "serif", "meta": "sans-serif"}

_LANGUAGE_SCRIPT: dict[str, Script] = {
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "be": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "kk": "cyrillic",
}


def script_of(language: str) -> Script:
    """The script a language is written in, as far as the font stacks care."""
    return _LANGUAGE_SCRIPT.get(language.split("_")[0].split("-")[0].lower(), "latin")


def font_names(language: str, role: Role = "body") -> list[str]:
    """Family names for ``role`` in ``language``: its own script first, then the others.

    The others follow so that a Latin name in a Chinese article, or a Chinese quote in
    an English one, still finds glyphs in a print face.
    """
    primary = script_of(language)
    names: list[str] = []
    for script in (primary, "latin", "cyrillic", "cjk"):
        for name in FONT_STACKS[script][role]:
            if name not in names:
                names.append(name)
    return names


def font_family(language: str, role: Role = "body") -> str:
    """A CSS font-family value for ``role`` in ``language``."""
    return ", ".join(f'"{n}"' for n in font_names(language, role)) + f", {GENERIC[role]}"


def expected_families(language: str) -> set[str]:
    """The first-choice families a page in ``language`` is set in (what pdffonts should list)."""
    return {FONT_STACKS[script_of(language)][role][0] for role in ("body", "heading", "meta")}


def all_families() -> list[str]:
    """Every family any stack names, each once: what an installer bundle has to carry."""
    names: list[str] = []
    for roles in FONT_STACKS.values():
        for stack in roles.values():
            names += [n for n in stack if n not in names]
    return names
