"""Saddle-stitch imposition: a PDF's pages two to a sheet, in the order a folded stack reads."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from pypdf.generic import ContentStream, DecodedStreamObject

from desktop_app.errors import ImprintError
from desktop_app.render.style_css import PAPER_SIZES_MM, PT_PER_MM

if TYPE_CHECKING:
    from desktop_app.model.document import Document
    from desktop_app.model.style import ExportOptions
    from desktop_app.render.pdf import RenderResult

# The sheet a booklet of each page size is printed on: two pages side by side, folded once.
SHEET_FOR_PAGE: dict[str, str] = {"A5": "A4", "A4": "A3", "Letter": "Tabloid"}
# Those sheets lying landscape, in mm. Two A5 pages (148 mm) are 1 mm narrower than A4: the
# spread is centred on the sheet, so the printer is given the paper it holds.
SHEET_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (297.0, 210.0),
    "A3": (420.0, 297.0),
    "Tabloid": (431.8, 279.4),
}
# Paper beyond the trim that holds the crop and fold marks, when they are asked for.
MARK_AREA_MM = 8.0
_MARK_GAP_MM = 2.0
_MARK_LENGTH_MM = 5.0


class BookletError(ImprintError):
    """A PDF that cannot be made into a booklet."""


@dataclass(frozen=True)
class SheetSide:
    """One side of a sheet: the page numbers (from 1) on its left and right halves, None for blank."""

    left: int | None
    right: int | None


def padded_count(page_count: int) -> int:
    """The page count made up with blank pages to a multiple of four, as a folded sheet holds four."""
    return max(4, -(-page_count // 4) * 4)


def booklet_sides(page_count: int) -> list[SheetSide]:
    """Every sheet side in printing order: sheet 1 front, sheet 1 back, sheet 2 front…

    Printed duplex, flipping on the short edge, and the stack folded in the middle, the
    pages read 1, 2, 3… The outer sheet's front carries the last page and the first.
    """
    total = padded_count(page_count)

    def real(number: int) -> int | None:
        return number if number <= page_count else None

    sides: list[SheetSide] = []
    for sheet in range(total // 4):
        sides.append(SheetSide(real(total - 2 * sheet), real(1 + 2 * sheet)))
        sides.append(SheetSide(real(2 + 2 * sheet), real(total - 1 - 2 * sheet)))
    return sides


def impose_booklet(pdf: bytes, crop_marks: bool = False) -> bytes:
    """``pdf``'s pages imposed for saddle stitching, on sheets twice the page size.

    Each page is placed by its trim box (bleed beyond it is cut off at the fold). With
    ``crop_marks`` the sheet grows by a margin holding crop marks at the outer corners
    and fold marks at the middle; without, it is exactly two pages wide (A5 on A4).
    The result is the same bytes for the same input.
    """
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = list(reader.pages)
    except (PdfReadError, ValueError) as exc:
        raise BookletError(f"cannot read the PDF to make a booklet: {exc}") from exc
    if not pages:
        raise BookletError("a booklet needs at least one page")
    width, height = float(pages[0].trimbox.width), float(pages[0].trimbox.height)
    sheet_width, sheet_height = sheet_size_pt(width, height)
    margin = MARK_AREA_MM * PT_PER_MM if crop_marks else 0.0
    sheet_width, sheet_height = sheet_width + 2 * margin, sheet_height + 2 * margin
    # Where the spread's lower left corner goes: centred on the sheet.
    x0, y0 = (sheet_width - 2 * width) / 2, (sheet_height - height) / 2
    writer = PdfWriter()
    for side in booklet_sides(len(pages)):
        sheet = writer.add_blank_page(sheet_width, sheet_height)
        for number, x in ((side.left, x0), (side.right, x0 + width)):
            if number is not None:
                _place(sheet, pages[number - 1], x, y0)
        if crop_marks:
            _draw_marks(sheet, (x0, y0, x0 + 2 * width, y0 + height))
    if reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items() if k != "/Producer"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _place(sheet: PageObject, page: PageObject, x: float, y: float) -> None:
    trim = page.trimbox
    move = Transformation().translate(x - float(trim.left), y - float(trim.bottom))
    # pypdf clips the placed page to its trim box, so no bleed or marks spill onto its neighbour.
    sheet.merge_transformed_page(page, move)


def sheet_size_pt(page_width: float, page_height: float) -> tuple[float, float]:
    """The sheet for pages of this trim size: the named one for A5, A4 and Letter, else two pages."""
    for paper, sheet in SHEET_FOR_PAGE.items():
        width_mm, height_mm = PAPER_SIZES_MM[paper]
        if abs(width_mm * PT_PER_MM - page_width) < 1 and abs(height_mm * PT_PER_MM - page_height) < 1:
            sheet_width, sheet_height = SHEET_SIZES_MM[sheet]
            return sheet_width * PT_PER_MM, sheet_height * PT_PER_MM
    return 2 * page_width, page_height


def _draw_marks(sheet: PageObject, spread: tuple[float, float, float, float]) -> None:
    gap, length = _MARK_GAP_MM * PT_PER_MM, _MARK_LENGTH_MM * PT_PER_MM
    left, bottom, right, top = spread
    lines: list[tuple[float, float, float, float]] = []
    for x, dx in ((left, -1), (right, 1)):
        for y, dy in ((bottom, -1), (top, 1)):
            lines.append((x + dx * gap, y, x + dx * (gap + length), y))  # across, beside the corner
            lines.append((x, y + dy * gap, x, y + dy * (gap + length)))  # along, above or below it
    fold = (left + right) / 2
    lines.append((fold, bottom - gap, fold, bottom - gap - length))
    lines.append((fold, top + gap, fold, top + gap + length))
    ops = ["q", "0.25 w", "0 0 0 1 K"]
    ops += [f"{x1:.3f} {y1:.3f} m {x2:.3f} {y2:.3f} l S" for x1, y1, x2, y2 in lines]
    ops.append("Q")
    marks = PageObject.create_blank_page(
        width=float(sheet.mediabox.width), height=float(sheet.mediabox.height)
    )
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode())
    marks.replace_contents(ContentStream(stream, None))
    sheet.merge_page(marks)


# Duplex for a booklet: its sheets lie landscape, so they turn over on their short edge.
BOOKLET_SIDES = "two-sided-short-edge"


@dataclass(frozen=True)
class Booklet:
    """A booklet's sheets, the same whether exported or printed.

    ``pdf`` holds one page per sheet side (``sheet_sides`` of them) imposing the ``page_count``
    pages; ``media`` is the paper it goes on and ``sides`` the duplex that folds it right.
    """

    pdf: bytes
    sheet_sides: int
    page_count: int
    media: str
    sides: str = BOOKLET_SIDES


def booklet_options(options: ExportOptions) -> ExportOptions:
    """The options a booklet's pages are laid out with: no bleed and no marks, since each page
    meets its neighbour at the fold; crop marks, if ``options`` asks for them, go on the sheet."""
    return options.with_changes(bleed_mm=0.0, crop_marks=False)


def make_booklet(
    lay_out: Callable[[ExportOptions], RenderResult], options: ExportOptions, paper: str
) -> Booklet:
    """The one way a booklet is made, for export and for print alike: the pages laid out by
    ``lay_out`` with :func:`booklet_options`, then imposed on sheets for ``paper`` pages."""
    pages = lay_out(booklet_options(options))
    sheets = impose_booklet(pages.pdf, crop_marks=options.crop_marks)
    return Booklet(
        pdf=sheets,
        sheet_sides=padded_count(pages.page_count) // 2,
        page_count=pages.page_count,
        media=_custom_media(sheets) if options.crop_marks else SHEET_FOR_PAGE.get(paper, paper),
    )


def _custom_media(sheets: bytes) -> str:
    """The paper of sheets grown for their marks, as CUPS names a custom size (the short side
    first): printed on the named sheet they would be shrunk, and their marks no longer at the trim."""
    box = PdfReader(io.BytesIO(sheets)).pages[0].mediabox
    short, long = sorted((float(box.width) / PT_PER_MM, float(box.height) / PT_PER_MM))
    return f"Custom.{short:.1f}x{long:.1f}mm"


def document_booklet(document: Document) -> Booklet:
    """``document`` (one article) as a booklet."""
    from desktop_app.render.pdf import render

    return make_booklet(
        lambda options: render(document.with_changes(options=options)), document.options, document.style.paper
    )
