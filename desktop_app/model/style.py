"""Style and layout settings: the one model the window edits, the CLI fills and the renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Literal

Paper = Literal["A4", "A5", "Letter"]
Orientation = Literal["portrait", "landscape"]
PAPERS: tuple[str, ...] = ("A4", "A5", "Letter")
ORIENTATIONS: tuple[str, ...] = ("portrait", "landscape")
# How justified lines are broken: over the whole paragraph at once (render/composer.py), or
# one line at a time as WeasyPrint does by itself.
LineBreaking = Literal["paragraph", "line"]
LINE_BREAKINGS: tuple[str, ...] = ("paragraph", "line")

# Every PDF variant WeasyPrint 70 writes, less its "debug" mode (not a standard, and broken there).
PDF_VARIANTS: tuple[str, ...] = (
    "pdf/a-1a",
    "pdf/a-1b",
    "pdf/a-2a",
    "pdf/a-2b",
    "pdf/a-2u",
    "pdf/a-3a",
    "pdf/a-3b",
    "pdf/a-3u",
    "pdf/a-4e",
    "pdf/a-4f",
    "pdf/a-4u",
    "pdf/ua-1",
    "pdf/ua-2",
    "pdf/x-1a",
    "pdf/x-3",
    "pdf/x-4",
    "pdf/x-5g",
)
MAX_BLEED_MM = 25.0

# Type sizes stay in a range a page can hold; the window's A+/A- buttons stop here too.
MIN_FONT_PT = 6.0
MAX_FONT_PT = 72.0
SCALE_STEP = 1.1  # one press of A+ or A−
TYPE_SIZES = ("body_size", "title_size", "subtitle_size", "meta_size")


@dataclass(frozen=True)
class Style:
    """Typography and page geometry of an export."""

    body_size: float = 11.0
    title_size: float = 24.0
    subtitle_size: float = 15.0
    meta_size: float = 9.0
    line_height: float = 1.45
    margin_top: float = 20.0
    margin_right: float = 18.0
    margin_bottom: float = 22.0
    margin_left: float = 18.0
    paper: Paper = "A4"
    orientation: Orientation = "portrait"
    columns: int = 1
    line_breaking: LineBreaking = "line"

    def __post_init__(self) -> None:
        for name in ("body_size", "title_size", "subtitle_size", "meta_size"):
            value = getattr(self, name)
            if not MIN_FONT_PT <= value <= MAX_FONT_PT:
                raise ValueError(f"{name} must be between {MIN_FONT_PT} and {MAX_FONT_PT} pt")
        if not 0.8 <= self.line_height <= 3.0:
            raise ValueError("line height must be between 0.8 and 3.0")
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {', '.join(ORIENTATIONS)}")
        if self.line_breaking not in LINE_BREAKINGS:
            raise ValueError(f"line breaking must be one of {', '.join(LINE_BREAKINGS)}")
        if not 1 <= self.columns <= 4:
            raise ValueError("columns must be between 1 and 4")
        for name in ("margin_top", "margin_right", "margin_bottom", "margin_left"):
            if not 0 <= getattr(self, name) <= 80:
                raise ValueError(f"{name} must be between 0 and 80 mm")

    def with_changes(self, **changes: object) -> Style:
        return replace(self, **changes)

    def scaled(self, factor: float) -> Style:
        """Every type size multiplied by ``factor``, clamped to the allowed range."""

        def clamp(v: float) -> float:
            return round(min(MAX_FONT_PT, max(MIN_FONT_PT, v * factor)), 1)

        return replace(
            self,
            body_size=clamp(self.body_size),
            title_size=clamp(self.title_size),
            subtitle_size=clamp(self.subtitle_size),
            meta_size=clamp(self.meta_size),
        )

    def resized(self, direction: int, role: str | None = None) -> Style:
        """A+ (1), A (0) and A− (−1): one role's size (``title``, ``subtitle``, ``meta``,
        ``body``) a step bigger, back to its default or a step smaller; every size without a role.
        """
        names = [f"{role}_size"] if role else list(TYPE_SIZES)
        defaults = Style()
        changes = {}
        for name in names:
            value = getattr(self, name)
            if direction > 0:
                value *= SCALE_STEP
            elif direction < 0:
                value /= SCALE_STEP
            else:
                value = getattr(defaults, name)
            changes[name] = round(min(MAX_FONT_PT, max(MIN_FONT_PT, value)), 1)
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ExportOptions:
    """What page design and output format an export uses, beyond the style."""

    layout: str = "classic"
    locale: str = "en"
    bleed_mm: float = 0.0
    crop_marks: bool = False
    pdf_variant: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.bleed_mm <= MAX_BLEED_MM:
            raise ValueError(f"bleed must be between 0 and {MAX_BLEED_MM:g} mm")
        if self.pdf_variant is not None and self.pdf_variant not in PDF_VARIANTS:
            raise ValueError(
                f"unknown PDF variant {self.pdf_variant!r}; choose from {', '.join(PDF_VARIANTS)}"
            )

    def with_changes(self, **changes: object) -> ExportOptions:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
