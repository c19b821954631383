"""Style and layout settings: the one model the window edits, the CLI fills and the renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Literal

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


@dataclass(frozen=True)
class Limit:
    """The range a setting may take and the unit it is given in: the model refuses values
    outside it, the command line names it in its errors, the panels' spin boxes stop at it."""

    low: float
    high: float
    unit: str = ""  # "pt", "mm" or none

    def check(self, label: str, value: float) -> None:
        """Raise ValueError naming ``label`` when ``value`` is outside the range."""
        if not self.low <= value <= self.high:
            raise ValueError(f"{label} must be between {self.describe()}")

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.low:g} and {self.high:g}{unit}"


# Type sizes stay in a range a page can hold; the window's A+/A- buttons stop here too.
MIN_FONT_PT = 6.0
MAX_FONT_PT = 72.0
MAX_BLEED_MM = 25.0
SCALE_STEP = 1.1  # one press of A+ or A−
TYPE_SIZES = ("body_size", "title_size", "subtitle_size", "meta_size")
MARGINS = ("margin_top", "margin_right", "margin_bottom", "margin_left")
# Every limit of the model, by field name: the one table the CLI and the panels read too.
LIMITS: dict[str, Limit] = {
    **dict.fromkeys(TYPE_SIZES, Limit(MIN_FONT_PT, MAX_FONT_PT, "pt")),
    **dict.fromkeys(MARGINS, Limit(0, 80, "mm")),
    "line_height": Limit(0.8, 3.0),
    "columns": Limit(1, 4),
    "bleed_mm": Limit(0, MAX_BLEED_MM, "mm"),
}


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
    line_breaking: LineBreaking = "paragraph"

    def __post_init__(self) -> None:
        for name in (*TYPE_SIZES, *MARGINS, "line_height", "columns"):
            LIMITS[name].check(name.replace("line_height", "line height"), getattr(self, name))
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {', '.join(ORIENTATIONS)}")
        if self.line_breaking not in LINE_BREAKINGS:
            raise ValueError(f"line breaking must be one of {', '.join(LINE_BREAKINGS)}")

    def with_changes(self, **changes: Any) -> Style:
        return replace(self, **changes)

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
    # The house style its pages wear: a name in the user's library or a path to one; "" for none.
    house_style: str = ""

    def __post_init__(self) -> None:
        LIMITS["bleed_mm"].check("bleed", self.bleed_mm)
        if self.pdf_variant is not None and self.pdf_variant not in PDF_VARIANTS:
            raise ValueError(
                f"unknown PDF variant {self.pdf_variant!r}; choose from {', '.join(PDF_VARIANTS)}"
            )

    def with_changes(self, **changes: Any) -> ExportOptions:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
