"""Booklet imposition read back from the PDF: sheet size, and which page is on each half of each side."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.output.booklet import MARK_AREA_MM, impose_booklet
from desktop_app.render.engine import load_weasyprint
from desktop_app.render.style_css import PAPER_SIZES_MM, PT_PER_MM
from tests.pdf_tools import words

SHEET_MM = {"A5": (297.0, 210.0), "A4": (420.0, 297.0), "Letter": (431.8, 279.4)}


def numbered_pages(count: int, paper: str = "A5") -> bytes:
    """A PDF of ``count`` pages, each holding only its own number, large."""
    load_weasyprint()
    from weasyprint import HTML

    width, height = PAPER_SIZES_MM[paper]
    pages = "".join(f'<p style="break-after: page">{9000 + n}</p>' for n in range(1, count + 1))
    css = f"@page {{ size: {width}mm {height}mm; margin: 20mm }} p {{ font-size: 40pt; margin: 0 }}"
    return HTML(string=f"<style>{css}</style>{pages}").write_pdf()


def sides(pdf: bytes, tmp_path: Path) -> list[tuple[int | None, int | None]]:
    """For each sheet side, the page number printed on its left half and on its right half."""
    path = tmp_path / "booklet.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    found: list[list[int | None]] = [[None, None] for _ in reader.pages]
    for word in words(path):
        half_width = float(reader.pages[word.page - 1].mediabox.width) / 2
        assert word.text.isdigit() and int(word.text) > 9000, word
        half = 0 if word.x_max < half_width else 1
        assert (word.x_min < half_width) == (half == 0), f"{word.text} straddles the fold"
        assert found[word.page - 1][half] is None
        found[word.page - 1][half] = int(word.text) - 9000
    return [(left, right) for left, right in found]


def reading_order(printed: list[tuple[int | None, int | None]]) -> list[int | None]:
    """The pages in the order a reader meets them once the sheets, printed duplex flipping on
    the short edge, are stacked and folded: outer sheet first."""
    fronts, backs = printed[0::2], printed[1::2]
    first_half: list[int | None] = []
    for front, back in zip(fronts, backs, strict=True):
        first_half += [front[1], back[0]]
    second_half: list[int | None] = []
    for front, back in reversed(list(zip(fronts, backs, strict=True))):
        second_half += [back[1], front[0]]
    return first_half + second_half


@pytest.mark.parametrize("count", [5, 8, 9])
def test_booklet_pages_read_in_order_once_folded(tmp_path: Path, count: int) -> None:
    printed = sides(impose_booklet(numbered_pages(count)), tmp_path)
    padded = -(-count // 4) * 4
    assert len(printed) == padded // 2  # two sides a sheet, four pages a sheet
    assert reading_order(printed) == [*range(1, count + 1)] + [None] * (padded - count)
    # The outer sheet's front holds the back cover (blank when padded) and page 1.
    assert printed[0][1] == 1


def test_booklet_of_five_pads_with_three_blank_pages(tmp_path: Path) -> None:
    assert sides(impose_booklet(numbered_pages(5)), tmp_path) == [(None, 1), (2, None), (None, 3), (4, 5)]


@pytest.mark.parametrize("paper", ["A5", "A4", "Letter"])
def test_sheet_is_twice_the_page(paper: str) -> None:
    reader = PdfReader(io.BytesIO(impose_booklet(numbered_pages(3, paper))))
    width_mm, height_mm = SHEET_MM[paper]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width_mm * PT_PER_MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height_mm * PT_PER_MM, abs=0.5)


def test_crop_marks_add_paper_around_the_spread(tmp_path: Path) -> None:
    pdf = impose_booklet(numbered_pages(4), crop_marks=True)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    margin = MARK_AREA_MM * PT_PER_MM
    assert float(page.mediabox.width) == pytest.approx(297 * PT_PER_MM + 2 * margin, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(210 * PT_PER_MM + 2 * margin, abs=0.5)
    assert sides(pdf, tmp_path) == [(4, 1), (2, 3)]
    # Drawn marks: ink in the margin beside each trim corner and at both ends of the fold.
    path = tmp_path / "marks.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", "-png", path, tmp_path / "sheet"], check=True
    )
    image = Image.open(next(tmp_path.glob("sheet*.png"))).convert("L")
    spread_left, spread_right = margin + 0.5 * PT_PER_MM, image.width - margin - 0.5 * PT_PER_MM
    top, bottom, mid = margin, image.height - margin, image.width / 2

    def inked(x0: float, y0: float, x1: float, y1: float) -> bool:
        box = image.crop((round(x0), round(y0), round(x1), round(y1)))
        return box.getextrema()[0] < 160

    beside = 5 * PT_PER_MM  # from 2 to 7 mm beyond the trim, where a mark runs
    for x in (spread_left, spread_right):
        for y in (top, bottom):
            assert inked(x - 1, y - beside, x + 2, y - 2 * PT_PER_MM) or inked(
                x - 1, y + 2 * PT_PER_MM, x + 2, y + beside
            )
    assert inked(mid - 1, 1, mid + 2, top - 2) and inked(mid - 1, bottom + 2, mid + 2, image.height - 1)
    assert not inked(mid - 40, 1, mid - 20, top - 2)


def test_same_input_gives_the_same_booklet() -> None:
    pdf = numbered_pages(6)
    assert impose_booklet(pdf, crop_marks=True) == impose_booklet(pdf, crop_marks=True)
