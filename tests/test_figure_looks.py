"""Each layout with a lead photo and an inline figure, compared as rendered pages with the
references in tests/references (made again with IMPRINT_UPDATE_REFERENCES=1 after a change to
the look that was meant)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest
from picture_samples import BLUE, RED, figure_document, photo
from PIL import Image, ImageChops, ImageFilter, ImageStat

from desktop_app.render.pdf import render

REFERENCES = Path(__file__).parent / "references"
TEXT = " ".join(["The council opened the harbour bridge on Tuesday morning."] * 4)
BODY = f"""![The new bridge at dusk, seen from the old harbour wall.](lead.jpg "Photo: Jan Holm"){{.wide}}

{TEXT}

![Mayor Lena Dahl cuts the ribbon.](ribbon.jpg "Photo: Press office"){{.half}}

{TEXT} {TEXT}

![The first bus crosses the bridge.](bus.jpg "Photo: Lena Dahl")

{TEXT}
"""
PICTURES = {
    "lead.jpg": photo((1800, 1000), BLUE),
    "ribbon.jpg": photo((900, 600), RED),
    "bus.jpg": photo((900, 600), (40, 40, 40)),
}


def _page(document, dpi: int = 30) -> Image.Image:
    pdf = render(document).pdf
    png = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-gray", "-png", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(png)).convert("L")


@pytest.mark.parametrize("layout", ["classic", "bulletin", "press-release"])
def test_each_layout_sets_its_photos_as_the_reference_shows(layout: str) -> None:
    page = _page(figure_document(BODY, PICTURES, layout))
    reference_path = REFERENCES / f"figures-{layout}.png"
    if os.environ.get("IMPRINT_UPDATE_REFERENCES"):
        REFERENCES.mkdir(exist_ok=True)
        page.save(reference_path, optimize=True)
    reference = Image.open(reference_path).convert("L")
    assert page.size == reference.size
    # Blurred, so that text set a hair differently does not count; a photo moved or resized does.
    blur = ImageFilter.GaussianBlur(2)
    difference = ImageStat.Stat(ImageChops.difference(page.filter(blur), reference.filter(blur))).mean[0]
    assert difference < 2.0, f"{layout} differs from its reference by {difference:.2f}"
