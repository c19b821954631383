"""Settings given from outside a document (command-line flags, an opened article's defaults),
applied on top of each document's own."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.language.locales import style_for_locale
from desktop_app.model.document import Document
from desktop_app.model.presets import apply_preset

# The PDF variant value that asks for plain PDF, overriding a preset's variant.
NO_VARIANT = "none"


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line, applied on top of each document's own."""

    locale: str | None = None
    layout: str | None = None
    paper: str | None = None
    font_size: float | None = None
    preset: str | None = None
    bleed_mm: float | None = None
    crop_marks: bool | None = None
    pdf_variant: str | None = None
    columns: int | None = None
    title_size: float | None = None
    line_height: float | None = None
    margins: tuple[float, float, float, float] | None = None
    house_style: str | None = None
    line_breaking: str | None = None

    @classmethod
    def from_args(cls, args: object) -> Overrides:
        """The overrides held by a parsed command line (any object with these attributes)."""
        names = [f for f in cls.__dataclass_fields__ if hasattr(args, f)]
        return cls(**{name: getattr(args, name) for name in names})

    def __call__(self, document: Document) -> Document:
        style, options = document.style, document.options
        saved = document.origin is not None and document.origin.suffix == ".imprint"
        changes: dict[str, object] = {}
        if self.font_size:
            changes["body_size"] = self.font_size
        if self.title_size:
            changes["title_size"] = self.title_size
        if self.line_height:
            changes["line_height"] = self.line_height
        if self.columns:
            changes["columns"] = self.columns
        if self.line_breaking:
            changes["line_breaking"] = self.line_breaking
        if self.margins:
            sides = ("margin_top", "margin_right", "margin_bottom", "margin_left")
            changes.update(zip(sides, self.margins, strict=True))
        style = style.with_changes(**changes)
        # A preset first, then the flags given one by one win over it.
        if self.preset:
            options = apply_preset(options, self.preset)
        if self.bleed_mm is not None:
            options = options.with_changes(bleed_mm=self.bleed_mm)
        if self.crop_marks is not None:
            options = options.with_changes(crop_marks=self.crop_marks)
        if self.pdf_variant:
            variant = None if self.pdf_variant == NO_VARIANT else self.pdf_variant
            options = options.with_changes(pdf_variant=variant)
        if self.locale:
            options = options.with_changes(locale=self.locale)
        elif not saved:
            options = options.with_changes(locale=document.article.language)
        if self.paper:
            style = style.with_changes(paper=self.paper)
        elif not saved:
            # Nobody chose a paper: a saved document keeps its own, anything else gets the locale's.
            style = style_for_locale(style, options.locale)
        if self.layout:
            options = options.with_changes(layout=self.layout)
        if self.house_style is not None:
            options = options.with_changes(house_style=self.house_style)
        return document.with_changes(style=style, options=options)
