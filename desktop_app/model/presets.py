"""Export presets: the usual destinations of a PDF, each a set of export options."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import ImprintError
from desktop_app.model.style import ExportOptions


def N_(message: str) -> str:
    """Mark a string for the message catalog; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Preset:
    """A named destination: what PDF variant, bleed and marks an export for it needs."""

    name: str
    label: str
    description: str
    pdf_variant: str | None
    bleed_mm: float = 0.0
    crop_marks: bool = False


PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(
            "print-shop",
            N_("Print shop"),
            N_("PDF/X-4 for FOGRA39 coated paper, 3 mm bleed, crop marks"),
            "pdf/x-4",
            bleed_mm=3.0,
            crop_marks=True,
        ),
        Preset("office", N_("Office printer"), N_("Plain PDF, no bleed, no marks"), None),
        Preset("archive", N_("Archive"), N_("PDF/A-3b for long-term archiving"), "pdf/a-3b"),
        Preset("screen", N_("Screen"), N_("Tagged PDF/UA-1 for reading on screen"), "pdf/ua-1"),
    )
}


class UnknownPresetError(ImprintError, ValueError):
    """A preset name that is not one of PRESETS."""


def get_preset(name: str) -> Preset:
    try:
        return PRESETS[name]
    except KeyError:
        raise UnknownPresetError(f"unknown preset {name!r}; choose from {', '.join(PRESETS)}") from None


def apply_preset(options: ExportOptions, name: str) -> ExportOptions:
    """``options`` with the variant, bleed and marks of the preset ``name``; layout and locale kept."""
    preset = get_preset(name)
    return options.with_changes(
        pdf_variant=preset.pdf_variant, bleed_mm=preset.bleed_mm, crop_marks=preset.crop_marks
    )
