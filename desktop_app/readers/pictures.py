"""Images an article brings, checked and prepared for print before they enter the model.

Everything here reads bytes already in memory (a saved page's folder, a web archive's part,
a Word file's media): nothing is fetched and no path is followed. A prepared picture is
upright (the camera's orientation applied), in sRGB (its embedded profile converted), and a
JPEG or PNG a PDF holds as it is; an SVG is kept as vectors only when it refers to nothing
outside itself.
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache
from pathlib import Path, PurePosixPath
from weakref import WeakKeyDictionary

from PIL import Image, ImageCms, ImageFile, ImageOps, UnidentifiedImageError

from desktop_app.errors import ImprintError
from desktop_app.model.pictures import MAX_PIXELS, Picture
from desktop_app.readers.svg_check import SVG_TYPE, check_svg, looks_like_svg

# Pillow's own guard warns above this and refuses at twice it; a photo up to the limit is no bomb.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Bytes read of a picture file at most: a 120 MP TIFF without compression is about 360 MB,
# press photos are a few MB.
MAX_FILE_BYTES = 400_000_000
JPEG_QUALITY = 90
# The formats a saved page, web archive or Word file brings photos in.
READ_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "WEBP", "AVIF", "TIFF", "BMP"})
_KEPT_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}
# Lossy or photographic sources are written as JPEG: a WebP or AVIF photo kept losslessly
# (as PNG) would take ten times its size in the PDF. Palette and line art stays PNG.
_PHOTO_FORMATS = frozenset({"JPEG", "MPO", "WEBP", "AVIF", "TIFF"})
_OUTPUT_MODES = frozenset({"RGB", "RGBA", "L", "LA"})
_SRGB = ImageCms.createProfile("sRGB")
# Pillow's switch for truncated files is one global, which WeasyPrint turns on when it loads;
# a truncated photo must be refused here, so decoding turns it off for its own duration.
_DECODING = threading.Lock()


class PictureError(ImprintError):
    """An image that cannot be used: unreadable, truncated, too large or of an unknown kind."""


def prepare_picture(name: str, data: bytes) -> Picture:
    """``data`` as a Picture called ``name``; PictureError with a reason when it cannot be used.

    JPEG and PNG that are upright and sRGB keep their bytes; any other picture is decoded,
    turned upright, converted to sRGB and written as JPEG (photos) or PNG (alpha, line art).
    """
    if looks_like_svg(data):
        reason = check_svg(data)
        if reason:
            raise PictureError(f"{name}: {reason}")
        svg_name = str(PurePosixPath(safe_name(name)).with_suffix(".svg"))
        return Picture(svg_name, data, SVG_TYPE, (0, 0))
    try:
        return _prepared_raster(name, data)
    except Image.DecompressionBombError as exc:
        raise PictureError(f"{name}: {_too_large()}") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise PictureError(f"{name}: not a usable image ({exc})") from exc


def _prepared_raster(name: str, data: bytes) -> Picture:
    with Image.open(io.BytesIO(data)) as image:
        kind = image.format or ""
        if kind not in READ_FORMATS:
            raise PictureError(f"{name}: {kind or 'this'} images are not printed; use JPEG or PNG")
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PictureError(f"{name}: {width} × {height} pixels, {_too_large()}")
        with _DECODING:
            before = ImageFile.LOAD_TRUNCATED_IMAGES
            ImageFile.LOAD_TRUNCATED_IMAGES = False
            try:
                image.load()
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = before
        orientation = image.getexif().get(0x0112, 1)
        profile = image.info.get("icc_profile")
        foreign = isinstance(profile, bytes) and bool(profile) and not _is_srgb(profile)
        if kind in _KEPT_FORMATS and orientation in (0, 1) and not foreign and image.mode in _OUTPUT_MODES:
            return Picture(safe_name(name), data, _KEPT_FORMATS[kind], image.size)
        upright = ImageOps.exif_transpose(image)
        converted = _in_srgb(upright, profile if foreign else None)
    as_jpeg = kind in _PHOTO_FORMATS and "A" not in converted.mode
    out = io.BytesIO()
    if as_jpeg:
        converted.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        converted.save(out, "PNG")
    suffix, media_type = (".jpg", "image/jpeg") if as_jpeg else (".png", "image/png")
    new_name = str(PurePosixPath(safe_name(name)).with_suffix(suffix))
    return Picture(new_name, out.getvalue(), media_type, converted.size)


def _too_large() -> str:
    return f"more than {MAX_PIXELS // 1_000_000} megapixels (refused unread: may be a decompression bomb)"


def _is_srgb(profile: bytes) -> bool:
    try:
        described = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile)))
    except (ImageCms.PyCMSError, OSError, ValueError):
        return True  # a damaged profile says nothing usable: the pixels are taken as sRGB
    return described.strip().lower().startswith("srgb")


def _in_srgb(image: Image.Image, profile: bytes | None) -> Image.Image:
    """``image`` in one of the modes a PDF holds (RGB, grey, with alpha), its colours in sRGB."""
    alpha = image.getchannel("A") if image.mode in ("RGBA", "LA", "PA") else None
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
        alpha = image.getchannel("A")
    base = image
    # Grey pictures stay grey: a PDF draws them as DeviceGray whatever their profile said.
    if profile is not None and image.mode in ("RGB", "RGBA", "CMYK"):
        source = image.convert("RGB") if image.mode == "RGBA" else image
        try:
            converted = ImageCms.profileToProfile(
                source,
                ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                _SRGB,
                renderingIntent=ImageCms.Intent.PERCEPTUAL,
                outputMode="RGB",
            )
        except ImageCms.PyCMSError:
            converted = None
        # A profile lcms cannot use: the pixels are taken as they are.
        base = converted if converted is not None else image
    base.info.pop("icc_profile", None)  # sRGB now, which is what a PDF takes untagged pixels as
    if base.mode not in ("RGB", "L"):
        base = base.convert("L" if base.mode in ("L", "LA", "I", "I;16", "1") else "RGB")
    if alpha is not None and alpha.getextrema() != (255, 255):
        base = base.copy()
        base.putalpha(alpha)
    return base


def picture_mode(picture: Picture) -> str:
    """The pixel mode of a prepared picture (``RGB``, ``L``, ``RGBA``…); "" for vectors."""
    if picture.media_type == SVG_TYPE:
        return ""
    with Image.open(io.BytesIO(picture.data)) as image:  # the header only: nothing is decoded
        if image.mode == "P":
            return "RGBA" if "transparency" in image.info else "RGB"
        return image.mode


def downsampled(picture: Picture, max_width: int) -> Picture:
    """``picture`` no wider than ``max_width`` pixels (its proportions kept), or itself."""
    width = picture.pixels[0]
    if picture.media_type == SVG_TYPE or width <= max_width or max_width < 1:
        return picture
    return _downsampled(picture, max_width)


def _downsampled(picture: Picture, max_width: int) -> Picture:
    # Kept while the picture is: the preview lays the same document out again after every edit.
    with _SMALLER_LOCK:
        found = _SMALLER.get(picture, {}).get(max_width)
    if found is None:
        found = _resized(picture, max_width)
        with _SMALLER_LOCK:
            _SMALLER.setdefault(picture, {})[max_width] = found
    return found


_SMALLER: WeakKeyDictionary[Picture, dict[int, Picture]] = WeakKeyDictionary()
_SMALLER_LOCK = threading.Lock()


def _resized(picture: Picture, max_width: int) -> Picture:
    width, height = picture.pixels
    size = (max_width, max(1, round(height * max_width / width)))
    with Image.open(io.BytesIO(picture.data)) as image:
        image.draft(image.mode, size)  # a JPEG decodes straight at a fraction of its size
        smaller = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if picture.media_type == "image/jpeg":
        smaller.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        smaller.save(out, "PNG")
    return Picture(picture.name, out.getvalue(), picture.media_type, smaller.size)


def picture_from_file(path: Path) -> Picture:
    """The picture in the file at ``path``, prepared; PictureError when it cannot be used.

    Prepared once per version of the file: the preview lays a document out after every edit.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        raise PictureError(f"{path.name}: {exc.strerror or 'cannot be read'}") from exc
    found = _file_picture(str(path), stat.st_mtime_ns, stat.st_size)
    if isinstance(found, PictureError):
        raise found
    return found


@lru_cache(maxsize=32)
def _file_picture(path: str, _mtime_ns: int, size: int) -> Picture | PictureError:
    name = Path(path).name
    if size > MAX_FILE_BYTES:
        return PictureError(f"{name}: a file of {size // 1_000_000} MB is too large for a photo")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return PictureError(f"{name}: {exc.strerror or 'cannot be read'}")
    try:
        return prepare_picture(name, data)
    except PictureError as exc:
        # A new error, without the traceback whose frames would keep the file's bytes cached.
        return PictureError(str(exc))


def safe_name(name: str) -> str:
    """A picture name that is a plain file name: no folders, no characters a path would read."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = "".join(c if c.isalnum() or c in "-_." else "-" for c in base).strip(".-")
    return cleaned or "picture"
