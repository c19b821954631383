"""Images an article brings, checked and prepared for print before they enter the model.

Everything here reads bytes already in memory (a saved page's folder, a web archive's part,
a Word file's media): nothing is fetched and no path is followed.
"""

from __future__ import annotations

import io
from pathlib import PurePosixPath

from PIL import Image, UnidentifiedImageError

from desktop_app.errors import ImprintError
from desktop_app.model.pictures import Picture

# Larger images are refused before they are decoded: a decompression bomb is a few KB of file
# that unpacks to gigabytes. 120 megapixels is more than any press photo (a 60 MP camera).
MAX_PIXELS = 120_000_000
_KEPT_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}


class PictureError(ImprintError):
    """An image that cannot be used: unreadable, truncated, too large or of an unknown kind."""


def prepare_picture(name: str, data: bytes) -> Picture:
    """``data`` as a Picture called ``name``; PictureError with a reason when it cannot be used.

    JPEG and PNG keep their bytes; other raster formats become PNG.
    """
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            kind = image.format or ""
            pixels = image.size
            if kind in _KEPT_FORMATS:
                return Picture(safe_name(name), data, _KEPT_FORMATS[kind], pixels)
            out = io.BytesIO()
            image.save(out, "PNG")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise PictureError(f"{name}: not a usable image ({exc})") from exc
    png_name = str(PurePosixPath(safe_name(name)).with_suffix(".png"))
    return Picture(png_name, out.getvalue(), "image/png", pixels)


def safe_name(name: str) -> str:
    """A picture name that is a plain file name: no folders, no characters a path would read."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in base).strip(".-")
    return cleaned or "picture"
