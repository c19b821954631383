"""What the style panel's layout, locale and preset lists offer, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.render.html import available_layouts as _layout_names


@dataclass(frozen=True)
class Choice:
    """One entry of a combo box: the value stored in the document and the label shown."""

    value: str
    label: str
    supports_columns: bool = True  # layouts only: whether the columns setting applies


def layout_choices() -> list[Choice]:
    """Every page layout the renderer knows, named as in templates/."""
    return [Choice(name, name.replace("-", " ").capitalize()) for name in _layout_names()]


# Locales the layouts' words and dates are translated into, with their own names.
_LOCALES = (
    Choice("en", "English"),
    Choice("en_US", "English (US)"),
    Choice("zh_CN", "中文（简体）"),
    Choice("ru", "Русский"),
)


def locale_choices() -> list[Choice]:
    return list(_LOCALES)


def default_paper(locale: str) -> str:
    """The paper size people in ``locale`` print on."""
    return "Letter" if locale == "en_US" else "A4"
