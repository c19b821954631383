"""Photos in the written PDF: downsampled for print at their placed size, every pixel kept
for an archive, the same bytes from the same options, and PDF/X-4 keeping RGB with its intent."""

from __future__ import annotations

from pathlib import Path

import pytest
from picture_samples import BLUE, GREEN, RED, figure_document, listed_images, noisy_photo, photo
from pypdf import PdfReader

from desktop_app.model.presets import apply_preset
from desktop_app.render.pdf import render

TEXT = " ".join(["The council opened the harbour bridge on Tuesday morning."] * 5)
BODY = f"""![Lead](lead.jpg "Photo: A"){{.wide}}

{TEXT}

![In a column](column.jpg "Photo: B")

{TEXT}

![At the side](half.jpg "Photo: C"){{.half}}

{TEXT}
"""
PICTURES = {
    "lead.jpg": photo((4000, 2667), BLUE),
    "column.jpg": photo((3000, 2000), RED),
    "half.jpg": photo((3000, 2000), GREEN),
}
MEASURE_IN = (210 - 36) / 25.4  # A4 less the default 18 mm margins
COLUMN_IN = (MEASURE_IN - 6 / 25.4) / 2  # the bulletin's two columns, 6 mm apart


def _pdf(tmp_path: Path, name: str, document) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(render(document).pdf)
    return path


def _with_preset(document, preset: str):
    return document.with_changes(options=apply_preset(document.options, preset))


@pytest.mark.parametrize(
    ("layout", "widths_in"),
    [
        ("classic", (MEASURE_IN, MEASURE_IN, MEASURE_IN / 2)),
        ("bulletin", (MEASURE_IN, COLUMN_IN, COLUMN_IN / 2)),
    ],
)
@pytest.mark.parametrize("preset", ["print-shop", "office"])
def test_print_presets_hold_each_photo_at_300_ppi_of_its_placed_size(
    tmp_path: Path, layout: str, widths_in: tuple[float, ...], preset: str
) -> None:
    document = _with_preset(figure_document(BODY, PICTURES, layout), preset)
    listed = listed_images(_pdf(tmp_path, f"{layout}-{preset}", document))
    # PDF/X-4 draws RGB as sRGB (its DefaultRGB), which pdfimages lists as "icc".
    color = "icc" if preset == "print-shop" else "rgb"
    assert [(i.width, i.color) for i in listed] == [(round(w * 300), color) for w in widths_in]
    assert all(295 <= i.x_ppi <= 301 for i in listed)
    # Proportions kept: 3:2.
    assert all(abs(i.width / i.height - 1.5) < 0.01 for i in listed)


def test_an_archive_keeps_every_pixel(tmp_path: Path) -> None:
    document = _with_preset(figure_document(BODY, PICTURES), "archive")
    listed = listed_images(_pdf(tmp_path, "archive", document))
    assert [(i.width, i.height) for i in listed] == [(4000, 2667), (3000, 2000), (3000, 2000)]


def test_a_photo_smaller_than_300_ppi_is_never_enlarged(tmp_path: Path) -> None:
    document = _with_preset(figure_document("![Small](s.jpg)", {"s.jpg": photo((900, 600))}), "print-shop")
    (listed,) = listed_images(_pdf(tmp_path, "small", document))
    assert (listed.width, listed.height) == (900, 600)


def test_downsampling_makes_the_print_file_smaller_and_the_same_options_give_the_same_bytes() -> None:
    pictures = {"lead.jpg": noisy_photo((4000, 2667), quality=90)}
    office = _with_preset(figure_document("![Lead](lead.jpg)", pictures), "office")
    archive = _with_preset(figure_document("![Lead](lead.jpg)", pictures), "archive")
    first, again = render(office).pdf, render(office).pdf
    assert first == again  # the preview is the very PDF export writes
    assert len(first) < len(render(archive).pdf) / 2


def test_pdf_x4_keeps_an_rgb_photo_with_its_output_intent(tmp_path: Path) -> None:
    document = _with_preset(figure_document(BODY, PICTURES), "print-shop")
    pdf = _pdf(tmp_path, "x4", document)
    reader = PdfReader(pdf)
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFX" and intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/DestOutputProfile"].get_object()["/N"] == 4
    # DeviceRGB photos are drawn as sRGB: the page's DefaultRGB says so.
    for page in reader.pages:
        spaces = page["/Resources"]["/ColorSpace"]
        default_rgb = spaces["/DefaultRGB"]
        assert default_rgb[0] == "/ICCBased" and default_rgb[1].get_object()["/N"] == 3
        xobjects = page["/Resources"].get("/XObject") or {}
        for image in (x.get_object() for x in xobjects.values()):
            if image.get("/Subtype") == "/Image":
                assert image["/ColorSpace"] == "/DeviceRGB"
