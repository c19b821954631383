"""Whether an SVG file draws only from itself: no external images, fonts, styles or scripts.

WeasyPrint draws SVG as vectors, and an SVG may name other files or URLs to draw from; one
that does is refused rather than trusted to the renderer's sandbox alone.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

# Python's XML parser refuses entity expansion bombs itself; a DOCTYPE has no place in a logo.
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_URL_IN_CSS = re.compile(r"url\(\s*['\"]?\s*(?!#|data:)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)


def svg_problem(data: bytes) -> str:
    """Why ``data`` is not a self-contained SVG, or "" when it is one."""
    if _DOCTYPE.search(data[:4096]):
        return "is an SVG with a DOCTYPE, which may pull in other files"
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return f"is not a readable SVG ({exc})"
    if not root.tag.endswith("svg"):
        return "is not an SVG image"
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject"):
            return f"is an SVG holding <{tag}>"
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1]
            if local == "href" and not value.strip().startswith(("#", "data:")):
                return f"is an SVG that points outside itself ({value.strip()[:80]})"
            if local.startswith("on"):
                return "is an SVG with event handlers"
            if local == "style" and (_URL_IN_CSS.search(value) or _IMPORT.search(value)):
                return "is an SVG whose style points outside itself"
        if (
            tag == "style"
            and element.text
            and (_URL_IN_CSS.search(element.text) or _IMPORT.search(element.text))
        ):
            return "is an SVG whose style points outside itself"
    return ""


def _points_out(css: str) -> bool:
    return bool(_URL_IN_CSS.search(css) or _IMPORT.search(css))
