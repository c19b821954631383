"""What the style panel's layout, locale and preset lists offer, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.language.catalogs import gettext
from desktop_app.language.locales import available_locales, display_name
from desktop_app.model.presets import PRESETS
from desktop_app.render.layouts import available_layouts


@dataclass(frozen=True)
class Choice:
    """One entry of a combo box: the value stored in the document and the label shown."""

    value: str
    label: str
    supports_columns: bool = True  # layouts only: whether the columns setting applies
    description: str = ""


def layout_choices(ui_language: str = "en") -> list[Choice]:
    """Every page layout under templates/, labelled in the interface's language."""
    return [Choice(i.name, i.label, i.supports_columns) for i in available_layouts(ui_language)]


def locale_choices(ui_language: str | None = None) -> list[Choice]:
    """Every locale with a catalog, named in the interface's language (else in its own)."""
    return [
        Choice(i.code, display_name(i.code, ui_language) if ui_language else i.name)
        for i in available_locales()
    ]


def preset_choices(ui_language: str = "en") -> list[Choice]:
    """The export presets, labelled and described in the interface's language."""
    return [
        Choice(p.name, gettext(ui_language, p.label), description=gettext(ui_language, p.description))
        for p in PRESETS.values()
    ]


def house_style_choices() -> list[Choice]:
    """The house styles in the user's library; the panel adds "None" before them."""
    from desktop_app.app.house_styles import library_styles

    return [Choice(style.name, style.name) for style in library_styles()]
