"""Pictures made for the photo tests: flat-coloured photos to find on a rendered page, a
camera-rotated JPEG, and a colour profile strong enough that its conversion shows."""

from __future__ import annotations

import io
import struct
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops

from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.style import ExportOptions
from desktop_app.readers.pictures import prepare_picture

BLUE = (20, 60, 200)
RED = (200, 30, 30)
GREEN = (30, 160, 60)


def photo(size: tuple[int, int], color: tuple[int, int, int] = BLUE, kind: str = "JPEG", **save) -> bytes:
    """A flat-coloured photo of ``size`` pixels, saved as ``kind``."""
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, kind, **save)
    return out.getvalue()


def noisy_photo(size: tuple[int, int], kind: str = "JPEG", seed: int = 1, **save) -> bytes:
    """A photo with detail in it (a JPEG of it is as large as a real photo's, roughly)."""
    import random

    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 8, size[1] // 8))
    small.putdata(
        [
            (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            for _ in range(small.width * small.height)
        ]
    )
    out = io.BytesIO()
    small.resize(size, Image.Resampling.BICUBIC).save(out, kind, **save)
    return out.getvalue()


def figure_document(body: str, pictures: dict[str, bytes], layout: str = "classic", **options) -> Document:
    """A Markdown article whose figures name ``pictures``, carried inside the article."""
    images = []
    for name, data in pictures.items():
        picture = prepare_picture(name, data)
        body = body.replace(f"]({name}", f"]({picture.name}")  # a converted picture's name changes
        images.append(picture)
    article = Article(
        title="Harbour bridge opens",
        body=body,
        body_format="markdown",
        author="Anna Berg",
        source="Riverside Courier",
        images=tuple(images),
    )
    return Document(article=article, options=ExportOptions(layout=layout, **options))


@dataclass(frozen=True)
class ListedImage:
    page: int
    width: int
    height: int
    color: str
    encoding: str
    x_ppi: int


def listed_images(pdf: Path) -> list[ListedImage]:
    """``pdfimages -list``'s rows: page, pixel size, colour space, encoding, placed resolution."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        f = line.split()
        if f[2] != "image":
            continue  # soft masks are listed as "smask" rows of their own
        rows.append(ListedImage(int(f[0]), int(f[3]), int(f[4]), f[5], f[8], int(f[12])))
    return rows


def colour_box(pdf: Path, page: int, color: tuple[int, int, int], dpi: int = 72) -> tuple[float, ...] | None:
    """Where ``color`` is drawn on ``page`` (1-based): x0, y0, x1, y1 in PDF points."""
    out = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    image = Image.open(io.BytesIO(out)).convert("RGB")
    difference = ImageChops.difference(image, Image.new("RGB", image.size, color))
    near = [band.point(lambda v: 255 if v < 24 else 0) for band in difference.split()]
    mask = ImageChops.multiply(ImageChops.multiply(near[0], near[1]), near[2])
    box = mask.getbbox()
    return None if box is None else tuple(v * 72 / dpi for v in box)


def strong_profile() -> bytes:
    """An ICC RGB profile whose red primary is sRGB's green and whose green is sRGB's red: a
    pure red pixel tagged with it is green once converted to sRGB."""
    # sRGB's primaries (D50-adapted, as an ICC v2 profile holds them) and white point.
    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    white = (0.9642, 1.0, 0.8249)

    def xyz(values: tuple[float, float, float]) -> bytes:
        return b"XYZ " + b"\0" * 4 + b"".join(struct.pack(">i", round(v * 65536)) for v in values)

    def desc(text: str) -> bytes:
        ascii_text = text.encode() + b"\0"
        return b"desc" + b"\0" * 4 + struct.pack(">I", len(ascii_text)) + ascii_text + b"\0" * 12 + b"\0" * 67

    curve = b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"  # gamma 2.2
    tags = [
        (b"desc", desc("Swapped red and green")),
        (b"wtpt", xyz(white)),
        (b"rXYZ", xyz(green)),
        (b"gXYZ", xyz(red)),
        (b"bXYZ", xyz(blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    table, data = struct.pack(">I", len(tags)), b""
    for signature, body in tags:
        while (offset + len(data)) % 4:
            data += b"\0"
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = 128 + table_size + len(data)
    header = (
        struct.pack(">I", size)
        + b"none"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 24
        + struct.pack(">I", 0)  # rendering intent
        + b"".join(struct.pack(">i", round(v * 65536)) for v in white)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + table + data


def png_claiming(width: int, height: int) -> bytes:
    """A PNG of a few bytes whose header claims ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
