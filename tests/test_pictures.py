"""Photos prepared for print: the formats press offices receive, the camera's orientation,
embedded colour profiles, and the bad and hostile files that must be refused, never a crash."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from picture_samples import (
    BLUE,
    RED,
    colour_box,
    figure_document,
    listed_images,
    noisy_photo,
    photo,
    png_claiming,
    strong_profile,
)
from PIL import Image

from desktop_app.readers.pictures import MAX_PIXELS, PictureError, downsampled, prepare_picture
from desktop_app.render.engine import load_weasyprint
from desktop_app.render.pdf import render


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("kind", "media_type"),
    [
        ("JPEG", "image/jpeg"),
        ("PNG", "image/png"),
        ("GIF", "image/png"),
        ("WEBP", "image/jpeg"),
        ("AVIF", "image/jpeg"),
        ("TIFF", "image/jpeg"),
    ],
)
def test_every_format_a_press_office_receives_becomes_jpeg_or_png(kind: str, media_type: str) -> None:
    picture = prepare_picture(f"photo.{kind.lower()}", photo((320, 200), BLUE, kind))
    assert (picture.media_type, picture.pixels) == (media_type, (320, 200))
    decoded = _decoded(picture.data)
    assert decoded.format == media_type.split("/")[1].upper() and decoded.size == (320, 200)
    assert picture.name.endswith((".jpg", ".jpeg") if media_type == "image/jpeg" else ".png")


def test_an_upright_srgb_jpeg_keeps_its_very_bytes() -> None:
    data = photo((320, 200), BLUE)
    picture = prepare_picture("photo.jpg", data)
    assert picture.data == data and picture.name == "photo.jpg"


def test_a_webp_with_transparency_becomes_a_png_that_keeps_it() -> None:
    out = io.BytesIO()
    image = Image.new("RGBA", (100, 80), (*RED, 255))
    image.paste((0, 0, 0, 0), (0, 0, 50, 80))
    image.save(out, "WEBP", lossless=True)
    picture = prepare_picture("logo.webp", out.getvalue())
    assert picture.media_type == "image/png"
    decoded = _decoded(picture.data)
    assert (
        decoded.mode == "RGBA" and decoded.getpixel((10, 10))[3] == 0 and decoded.getpixel((90, 10))[3] == 255
    )


def _camera_rotated_jpeg() -> bytes:
    """As a camera held upright stores it: landscape pixels, red left and blue right, with
    EXIF orientation 6 (turn 90° clockwise to show): upright, red is on top."""
    image = Image.new("RGB", (300, 200), BLUE)
    image.paste(RED, (0, 0, 150, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def test_the_cameras_orientation_is_applied() -> None:
    picture = prepare_picture("camera.jpg", _camera_rotated_jpeg())
    assert picture.pixels == (200, 300)
    decoded = _decoded(picture.data)
    assert decoded.getexif().get(0x0112, 1) == 1
    assert decoded.getpixel((100, 40))[0] > 150 and decoded.getpixel((100, 260))[2] > 150


def test_a_rotated_camera_photo_prints_upright(tmp_path: Path) -> None:
    document = figure_document('![Upright](camera.jpg "Photo")', {"camera.jpg": _camera_rotated_jpeg()})
    pdf = tmp_path / "upright.pdf"
    pdf.write_bytes(render(document).pdf)
    (listed,) = listed_images(pdf)
    assert (listed.width, listed.height) == (200, 300)
    red, blue = colour_box(pdf, 1, RED), colour_box(pdf, 1, BLUE)
    assert red[3] <= blue[1] + 1  # red above blue
    assert red[2] - red[0] == pytest.approx(blue[2] - blue[0], abs=1)
    assert (blue[3] - red[1]) > (red[2] - red[0])  # portrait on the page


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "TIFF"])
def test_an_embedded_colour_profile_is_converted_to_srgb(kind: str) -> None:
    # Pure red in a space whose red primary is sRGB's green: green on paper.
    data = photo((64, 48), (220, 20, 20), kind, icc_profile=strong_profile())
    picture = prepare_picture(f"tagged.{kind.lower()}", data)
    r, g, b = _decoded(picture.data).convert("RGB").getpixel((32, 24))
    assert g > 180 and r < 60 and b < 60, (r, g, b)
    assert "icc_profile" not in _decoded(picture.data).info


def test_a_profiled_photo_prints_in_its_converted_colours(tmp_path: Path) -> None:
    data = photo((300, 200), (220, 20, 20), "JPEG", icc_profile=strong_profile())
    pdf = tmp_path / "profiled.pdf"
    pdf.write_bytes(render(figure_document("![Profiled](p.jpg)", {"p.jpg": data})).pdf)
    assert colour_box(pdf, 1, (12, 221, 12), dpi=30) is not None
    assert colour_box(pdf, 1, (220, 20, 20), dpi=30) is None


def test_an_srgb_profile_is_kept_as_it_is() -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = photo((64, 48), RED, "JPEG", icc_profile=srgb)
    assert prepare_picture("srgb.jpg", data).data == data


# Far past Pillow's own limit, and just past ours (which is below Pillow's).
@pytest.mark.parametrize("size", [(40_000, 40_000), (12_000, 11_000)])
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused_before_it_is_decoded(size: tuple[int, int]) -> None:
    bomb = png_claiming(*size)
    started = time.perf_counter()
    with pytest.raises(PictureError, match="megapixels"):
        prepare_picture("bomb.png", bomb)
    assert time.perf_counter() - started < 1
    assert size[0] * size[1] > MAX_PIXELS


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_a_truncated_photo_is_refused_even_after_the_renderer_has_loaded(kind: str) -> None:
    load_weasyprint()  # WeasyPrint lets Pillow read truncated files; a prepared photo must be whole
    import weasyprint.images  # noqa: F401

    data = noisy_photo((400, 300), kind)
    with pytest.raises(PictureError):
        prepare_picture(f"cut.{kind.lower()}", data[: len(data) // 2])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image at all",
        b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
    ],
)
def test_a_corrupt_file_is_refused(data: bytes) -> None:
    with pytest.raises(PictureError):
        prepare_picture("broken.jpg", data)


def test_a_format_that_is_not_a_photo_is_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), RED).save(out, "ICO")
    with pytest.raises(PictureError, match="ICO"):
        prepare_picture("favicon.ico", out.getvalue())


SVG_OK = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient></defs>
  <rect width="100" height="50" fill="url(#g)"/><use xlink:href="#g"/>
</svg>"""


def test_a_self_contained_svg_is_kept_as_vectors() -> None:
    picture = prepare_picture("chart.svg", SVG_OK)
    assert (picture.media_type, picture.pixels, picture.data) == ("image/svg+xml", (0, 0), SVG_OK)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://127.0.0.1:9/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="file:///etc/passwd"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="../outside.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://127.0.0.1:9/f.svg#p)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://127.0.0.1:9/s.css";</style></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect filter="url(file:///etc/passwd#f)"/></svg>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "<svg><rect",
    ],
)
def test_an_svg_that_points_outside_itself_is_refused(svg: str) -> None:
    with pytest.raises(PictureError):
        prepare_picture("hostile.svg", svg.encode())


def test_downsampling_keeps_proportions_and_kind() -> None:
    picture = prepare_picture("big.jpg", noisy_photo((1600, 1000)))
    smaller = downsampled(picture, 400)
    assert smaller.pixels == (400, 250) and _decoded(smaller.data).size == (400, 250)
    assert smaller.media_type == "image/jpeg" and len(smaller.data) < len(picture.data) / 4
    assert downsampled(picture, 2000) is picture


def test_a_webp_photo_is_not_blown_up_in_the_pdf(tmp_path: Path) -> None:
    data = noisy_photo((1600, 1000), "WEBP", quality=80)
    pdf = tmp_path / "webp.pdf"
    pdf.write_bytes(
        render(figure_document("![WebP](photo.webp)", {"photo.webp": data}, pdf_variant="pdf/a-3b")).pdf
    )
    (listed,) = listed_images(pdf)
    assert (listed.width, listed.height, listed.encoding) == (1600, 1000, "jpeg")
    # Written losslessly (as PNG) the photo took more than ten times the WebP's size.
    assert pdf.stat().st_size < 4 * len(data)


def test_an_svg_holding_a_decompression_bomb_is_refused_and_one_holding_a_photo_is_kept() -> None:
    import base64

    def svg_with(png: bytes) -> bytes:
        data = base64.b64encode(png).decode()
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
            f'<image href="data:image/png;base64,{data}" width="100" height="100"/></svg>'
        ).encode()

    with pytest.raises(PictureError, match="too large"):
        prepare_picture("bomb.svg", svg_with(png_claiming(40_000, 40_000)))
    kept = prepare_picture("logo.svg", svg_with(photo((40, 40), RED, "PNG")))
    assert kept.media_type == "image/svg+xml"
