"""The page layouts under templates/: each a folder with article.html, its CSS and a layout.json."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from desktop_app.errors import ImprintError
from desktop_app.language.catalogs import gettext
from desktop_app.resources import templates_dir

TEMPLATE_NAME = "article.html"
META_NAME = "layout.json"


@dataclass(frozen=True)
class LayoutInfo:
    """A layout's folder name, its label for people, and whether it can set text in columns."""

    name: str
    label: str
    supports_columns: bool


class UnknownLayoutError(ImprintError):
    """A layout name that has no folder under templates/."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown layout {name!r}; choose from {', '.join(known)}")
        self.name = name
        self.known = known


def layout_names() -> list[str]:
    """Names of the layouts under templates/, in name order."""
    folders = (p for p in templates_dir().iterdir() if p.is_dir())
    return sorted(p.name for p in folders if (p / TEMPLATE_NAME).is_file() and (p / META_NAME).is_file())


def _meta(name: str) -> dict[str, object]:
    return json.loads((templates_dir() / name / META_NAME).read_text(encoding="utf-8"))


def layout_info(name: str, locale: str = "en") -> LayoutInfo:
    """One layout's description, its label in ``locale``; UnknownLayoutError for a bad name."""
    if name not in layout_names():
        raise UnknownLayoutError(name, layout_names())
    meta = _meta(name)
    return LayoutInfo(
        name=name,
        label=gettext(locale, str(meta["label"])),
        supports_columns=bool(meta.get("supports_columns", False)),
    )


def available_layouts(locale: str = "en") -> list[LayoutInfo]:
    """Every layout under templates/, with labels in ``locale``."""
    return [layout_info(name, locale) for name in layout_names()]


def template_path(name: str) -> str:
    """The Jinja template name of a layout; UnknownLayoutError for a bad name."""
    if name not in layout_names():
        raise UnknownLayoutError(name, layout_names())
    return f"{name}/{TEMPLATE_NAME}"


def extract_layout_labels(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method for layout.json: its label is a message to translate."""
    meta = json.loads(fileobj.read().decode("utf-8"))
    if "label" in meta:
        yield 1, "gettext", meta["label"], ["Name of a page layout"]
