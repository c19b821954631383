"""Print-ready PDFs: bleed boxes and marks, PDF variants and their output intents, metadata, outline."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.presets import PRESETS, UnknownPresetError, apply_preset
from desktop_app.model.style import PDF_VARIANTS, ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.render.pdf import render

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)


def pdf_of(document: Document) -> PdfReader:
    return PdfReader(io.BytesIO(render(document).pdf))


def with_options(document: Document, **options: object) -> Document:
    return document.with_changes(options=document.options.with_changes(**options))


def box(page, name: str) -> tuple[float, float, float, float]:
    return tuple(float(v) for v in page[name])


def xmp(reader: PdfReader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()


@pytest.fixture(scope="module")
def seed() -> Document:
    from desktop_app.resources import seed_articles

    return read_document(seed_articles()[0])


def test_bleed_and_trim_boxes_in_mm(seed: Document) -> None:
    page = pdf_of(with_options(seed, bleed_mm=5, crop_marks=True)).pages[0]
    trim, bleed, media = box(page, "/TrimBox"), box(page, "/BleedBox"), box(page, "/MediaBox")
    assert trim == pytest.approx((0, 0, *A4), abs=0.01)
    # WeasyPrint draws the marks inside the bleed, so the sheet is the trim plus the bleed.
    expected = (-5 * MM, -5 * MM, A4[0] + 5 * MM, A4[1] + 5 * MM)
    assert media == pytest.approx(expected, abs=0.01)
    assert bleed == pytest.approx(expected, abs=0.01)


def test_letter_landscape_trim_box(seed: Document) -> None:
    document = seed.with_changes(style=Style(paper="Letter", orientation="landscape"))
    page = pdf_of(with_options(document, bleed_mm=3)).pages[0]
    assert box(page, "/TrimBox") == pytest.approx((0, 0, 279.4 * MM, 215.9 * MM), abs=0.01)
    assert box(page, "/MediaBox") == pytest.approx(
        (-3 * MM, -3 * MM, 279.4 * MM + 3 * MM, 215.9 * MM + 3 * MM), abs=0.01
    )


def test_marks_without_bleed_get_a_strip_for_the_marks(seed: Document) -> None:
    page = pdf_of(with_options(seed, crop_marks=True)).pages[0]
    # WeasyPrint's "bleed: auto" with marks: 8 CSS px, 6 pt, on each side.
    assert box(page, "/MediaBox") == pytest.approx((-6, -6, A4[0] + 6, A4[1] + 6), abs=0.01)
    assert box(page, "/BleedBox") == pytest.approx(box(page, "/TrimBox"), abs=0.01)


def test_no_bleed_means_media_is_trim(seed: Document) -> None:
    page = pdf_of(seed).pages[0]
    assert box(page, "/MediaBox") == pytest.approx((0, 0, *A4), abs=0.01)


def _corner_ink(document: Document, tmp_path: Path) -> int:
    """Dark pixels in the top-left bleed corner of page 1 (where crop marks go)."""
    from PIL import Image

    pdf = tmp_path / "marks.pdf"
    pdf.write_bytes(render(document).pdf)
    command = ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-gray", str(pdf), str(tmp_path / "p")]
    subprocess.run(command, check=True)
    image = Image.open(next(tmp_path.glob("p*.pgm")))
    edge = round(5 * 150 / 25.4)  # the 5 mm bleed
    corner = image.crop((0, 0, edge, edge))
    return sum(corner.histogram()[:128])


def test_crop_marks_are_drawn_in_the_bleed(seed: Document, tmp_path: Path) -> None:
    with_marks = _corner_ink(with_options(seed, bleed_mm=5, crop_marks=True), tmp_path / "a")
    without = _corner_ink(with_options(seed, bleed_mm=5, crop_marks=False), tmp_path / "b")
    assert with_marks > 20
    assert without == 0


@pytest.fixture(autouse=True)
def _dirs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()


def test_variant_list_is_what_weasyprint_supports() -> None:
    from weasyprint.pdf import VARIANTS

    assert set(PDF_VARIANTS) == set(VARIANTS) - {"debug"}
    with pytest.raises(ValueError, match="unknown PDF variant"):
        ExportOptions(pdf_variant="pdf/z-9")


@pytest.mark.slow
@pytest.mark.parametrize("variant", PDF_VARIANTS)
def test_every_variant_renders_and_says_what_it_is(seed: Document, variant: str) -> None:
    reader = pdf_of(with_options(seed, pdf_variant=variant))
    assert len(reader.pages) >= 1
    kind, _, level = variant.removeprefix("pdf/").partition("-")
    metadata = xmp(reader)
    if kind == "a":
        assert f'pdfaid:part="{level[0]}"' in metadata
        assert f'pdfaid:conformance="{level[1].upper()}"' in metadata
    elif kind == "ua":
        assert f'pdfuaid:part="{level}"' in metadata
    else:
        assert f"PDF/X-{level[0]}" in metadata
        intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
        assert intent["/S"] == "/GTS_PDFX"


def test_pdfx4_names_its_colour_condition(seed: Document) -> None:
    reader = pdf_of(with_options(seed, **_preset("print-shop")))
    root = reader.trailer["/Root"]
    intents = root["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFX"
    assert intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert intent["/RegistryName"] == "http://www.color.org"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4
    assert profile.get_data()[36:40] == b"acsp" and profile.get_data()[12:16] == b"prtr"
    assert "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp(reader)
    assert reader.metadata["/Trapped"] == "/False"
    page = reader.pages[0]
    assert "/TrimBox" in page and "/BleedBox" in page
    # Screen colours are tied to sRGB, not left device dependent.
    color_spaces = page["/Resources"]["/ColorSpace"]
    assert color_spaces["/DefaultRGB"][0] == "/ICCBased"


def test_pdfa3b_for_archives(seed: Document) -> None:
    reader = pdf_of(with_options(seed, **_preset("archive")))
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert 'pdfaid:part="3"' in xmp(reader) and 'pdfaid:conformance="B"' in xmp(reader)


def test_pdfua1_is_tagged_with_the_language(ru_path: Path) -> None:
    document = read_document(ru_path)
    reader = pdf_of(with_options(document, **_preset("screen")))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "ru"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert 'pdfuaid:part="1"' in xmp(reader)


def _preset(name: str) -> dict[str, object]:
    options = apply_preset(ExportOptions(), name)
    return {name: getattr(options, name) for name in ("pdf_variant", "bleed_mm", "crop_marks")}


def test_presets() -> None:
    assert set(PRESETS) == {"print-shop", "office", "archive", "screen"}
    base = ExportOptions(layout="classic", locale="ru")
    shop = apply_preset(base, "print-shop")
    assert (shop.pdf_variant, shop.bleed_mm, shop.crop_marks) == ("pdf/x-4", 3.0, True)
    assert (shop.layout, shop.locale) == ("classic", "ru")
    office = apply_preset(shop, "office")
    assert (office.pdf_variant, office.bleed_mm, office.crop_marks) == (None, 0.0, False)
    assert apply_preset(base, "archive").pdf_variant == "pdf/a-3b"
    screen = apply_preset(shop, "screen")
    assert screen.pdf_variant == "pdf/ua-1" and not screen.crop_marks and screen.bleed_mm == 0
    assert all(p.label and p.description for p in PRESETS.values())
    with pytest.raises(UnknownPresetError, match=r"unknown preset 'poster'.*print-shop"):
        apply_preset(base, "poster")


MARKDOWN = """---
title: Harbour bridge reopens
subtitle: Two years of repairs end
author: Jane Reporter
source: City Desk
date: 2024-05-17
language: en
keywords: [bridge, traffic, city]
---
The bridge opened to traffic on Friday morning.

# Repairs

Engineers replaced the cables.

## Costs

The work cost less than planned.
"""


def test_metadata_and_outline_come_from_the_article(tmp_path: Path) -> None:
    source = tmp_path / "bridge.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    reader = pdf_of(read_document(source))
    meta = reader.metadata
    assert meta.title == "Harbour bridge reopens"
    assert meta.author == "Jane Reporter"
    assert meta.subject == "Two years of repairs end"
    assert meta["/Keywords"] == "bridge, traffic, city"
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20240517"
    assert reader.trailer["/Root"]["/Lang"] == "en"

    def titles(items) -> list:
        return [titles(i) if isinstance(i, list) else i.title for i in items]

    # The title holds the sections, which hold their subsections.
    assert titles(reader.outline) == ["Harbour bridge reopens", ["Repairs", ["Costs"]]]


def test_undated_article_has_no_clock_date() -> None:
    document = Document(Article(title="No date", body="Text."))
    assert "/CreationDate" not in pdf_of(document).metadata
    fixed = pdf_of(with_options(document, pdf_variant="pdf/x-4")).metadata["/CreationDate"]
    assert fixed == "D:20000101"


def test_article_date_is_the_creation_date() -> None:
    document = Document(Article(title="Dated", body="Text.", date=date(2019, 2, 3)))
    assert pdf_of(document).metadata["/CreationDate"] == "D:20190203"
