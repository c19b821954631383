"""Font stacks per script: the one place that says which typefaces set which language."""

from __future__ import annotations

# Print faces first; the later names are what a plain Debian or Ubuntu desktop has.
SERIF_STACKS: dict[str, tuple[str, ...]] = {
    "latin": ("PT Serif", "Noto Serif", "DejaVu Serif"),
    "cyrillic": ("PT Serif", "Noto Serif", "DejaVu Serif"),
    "cjk": ("Noto Serif CJK SC", "Noto Sans CJK SC"),
}
SANS_STACKS: dict[str, tuple[str, ...]] = {
    "latin": ("PT Sans", "Noto Sans", "DejaVu Sans"),
    "cyrillic": ("PT Sans", "Noto Sans", "DejaVu Sans"),
    "cjk": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
}
_LANGUAGE_SCRIPT = {
    "zh": "cjk",
    "ja": "cjk",
    "ko": "cjk",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "bg": "cyrillic",
}


def script_of(language: str) -> str:
    return _LANGUAGE_SCRIPT.get(language.split("_")[0].split("-")[0].lower(), "latin")


def font_family(language: str, kind: str = "serif") -> str:
    """A CSS font-family list for text in ``language``.

    The article's own script comes first; the others follow so that a Latin name
    in a Chinese article, or a Chinese quote in an English one, still has glyphs.
    """
    stacks = SERIF_STACKS if kind == "serif" else SANS_STACKS
    primary = script_of(language)
    names: list[str] = []
    for script in (primary, "latin", "cyrillic", "cjk"):
        for name in stacks[script]:
            if name not in names:
                names.append(name)
    generic = "serif" if kind == "serif" else "sans-serif"
    return ", ".join(f'"{n}"' for n in names) + f", {generic}"
