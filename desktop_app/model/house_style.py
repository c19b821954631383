"""A house style: the organisation's own look on every page — logo, name, colour, addresses.

It is a plain ``house-style.json`` beside its logo and font files, so that a person can write
one by hand (the README documents every field):

    {"name": "Northwind Press Office", "logo": "logo.svg", "accent": "#0b5394",
     "address": ["1 Harbour Road", "Portsmouth"], "contact": ["Ann Lee", "press@example.org"],
     "website": "example.org", "footer": "Northwind Ltd · Registered in England",
     "fonts": {"text": "fonts/Text.ttf", "headings": "fonts/Heading.otf"}}

Files are named relative to the JSON and must stay inside its folder. Reading one, and the
checks that leave out what cannot be used, are in ``app/house_styles.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

FILE_NAME = "house-style.json"
LINE_FIELDS = ("address", "contact")


@dataclass(frozen=True)
class HouseStyle:
    """The organisation's look. ``folder`` is where ``logo`` and the fonts are (None: no files)."""

    name: str
    folder: Path | None = None
    logo: str = ""
    accent: str = ""
    address: tuple[str, ...] = ()
    contact: tuple[str, ...] = ()
    website: str = ""
    footer: str = ""
    text_font: str = ""
    heading_font: str = ""
    # What was left out when it was read, one sentence each, for the window and the CLI.
    problems: tuple[str, ...] = field(default=(), compare=False)

    def file(self, relative: str) -> Path | None:
        """The file ``relative`` names inside the style's folder, or None when it leaves it."""
        if not relative or self.folder is None:
            return None
        folder = self.folder.resolve()
        path = (folder / relative).resolve()
        return path if path.is_relative_to(folder) else None

    @property
    def logo_path(self) -> Path | None:
        return self.file(self.logo)

    def with_changes(self, **changes: Any) -> HouseStyle:
        return replace(self, **changes)


def house_style_to_json(style: HouseStyle) -> str:
    """The ``house-style.json`` text of ``style``: plain fields, files relative to its folder."""
    payload: dict[str, object] = {"name": style.name}
    if style.logo:
        payload["logo"] = style.logo
    if style.accent:
        payload["accent"] = style.accent
    for name in LINE_FIELDS:
        if getattr(style, name):
            payload[name] = list(getattr(style, name))
    for name in ("website", "footer"):
        if getattr(style, name):
            payload[name] = getattr(style, name)
    fonts = {k: v for k, v in (("text", style.text_font), ("headings", style.heading_font)) if v}
    if fonts:
        payload["fonts"] = fonts
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
