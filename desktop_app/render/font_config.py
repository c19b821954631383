"""The one WeasyPrint font configuration of a process: every render, and the composer's word
measuring, set text with the same fonts."""

from __future__ import annotations

from functools import cache

from desktop_app.render.engine import load_weasyprint


@cache
def font_config():
    """The process's FontConfiguration, made on first use: building it scans every installed
    font, and the user's taken-in fonts are added to it."""
    load_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    from desktop_app.render.user_fonts import add_user_fonts

    config = FontConfiguration()
    add_user_fonts(config)  # fonts taken in through preflight's fix (desktop_app/render/user_fonts.py)
    return config


def forget_font_config() -> None:
    """Make a new configuration on next use: a font was taken in."""
    font_config.cache_clear()
