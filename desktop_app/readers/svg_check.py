"""Whether an SVG picture refers to nothing outside itself, the only kind kept as vectors.

An SVG can name other files and web addresses (``href``, ``url(…)``, ``@import``, entities);
drawing it would read them. Such a picture is refused rather than cleaned: what it would
look like without them is unknown.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from xml.etree import ElementTree

SVG_TYPE = "image/svg+xml"
MAX_SVG_BYTES = 5_000_000
_SVG_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+)?svg\b", re.S
)
_URL = re.compile(r"url\(\s*['\"]?\s*(?P<target>[^)'\"\s]*)", re.I)
# What an SVG may hold inside itself: references to its own elements, and embedded pictures.
_INSIDE = re.compile(r"\A\s*(?:#|data:image/(?:png|jpeg|gif|webp);)", re.I)


def looks_like_svg(data: bytes) -> bool:
    """Whether ``data`` is an SVG document (by its opening, not its name)."""
    return bool(_SVG_START.match(data[:4096]))


def check_svg(data: bytes) -> str | None:
    """Why the SVG ``data`` cannot be kept, or None when it is self-contained."""
    if len(data) > MAX_SVG_BYTES:
        return "an SVG of more than 5 MB"
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return "an SVG with a document type declaration (entities can read files)"
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        return f"not a readable SVG ({exc})"
    if not root.tag.endswith("svg"):
        return "not an SVG"
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1]
        if tag in ("script", "foreignObject"):
            return f"an SVG with a <{tag}> element"
        for key, value in element.attrib.items():
            attribute = key.rsplit("}", 1)[-1]
            if attribute == "href" and not _INSIDE.match(value):
                return f"an SVG that points outside itself: {value.strip()[:80]}"
            if attribute == "href" and (reason := _embedded_picture(value)):
                return reason
            if reason := _outside_reference(value):
                return reason
        if tag == "style" and (reason := _outside_reference(element.text or "")):
            return reason
    return None


def _embedded_picture(href: str) -> str | None:
    """Why a picture embedded in the SVG (a ``data:`` URL) cannot be drawn: a decompression
    bomb would be decoded by the renderer, which reads it straight from the SVG."""
    head, comma, payload = href.strip().partition(",")
    if not head.lower().startswith("data:image/"):
        return None
    from PIL import Image, UnidentifiedImageError

    from desktop_app.model.pictures import MAX_PIXELS

    too_large = "an SVG holding a picture too large to draw (it could be a decompression bomb)"
    try:
        data = base64.b64decode(payload, validate=False) if head.lower().endswith(";base64") else b""
        with Image.open(io.BytesIO(data)) as image:  # the header only
            width, height = image.size
    except Image.DecompressionBombError:
        return too_large
    except (ValueError, OSError, UnidentifiedImageError, binascii.Error):
        return "an SVG holding a picture that cannot be read"
    if not comma or width * height > MAX_PIXELS:
        return too_large
    return None


def _outside_reference(text: str) -> str | None:
    if "@import" in text.lower():
        return "an SVG whose style imports another file"
    for match in _URL.finditer(text):
        target = match.group("target")
        if target and not _INSIDE.match(target):
            return f"an SVG that points outside itself: {target[:80]}"
    return None
