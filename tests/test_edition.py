"""An edition: contents numbers, bookmarks, running foot, metadata and variants read from its PDF."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.model.edition import EditionError, make_edition
from desktop_app.model.style import ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.render.pdf import render_edition
from tests.edition_support import contents_pages, mixed_articles, outline, title_pages
from tests.pdf_tools import SAMPLES, flat, page_texts, words


def _edition(folder: Path, **options: object):
    documents = [read_document(p) for p in mixed_articles(folder)]
    return make_edition(
        documents,
        title="Weekly Digest",
        subtitle="What the office published",
        style=Style(paper="A5"),
        options=ExportOptions(locale="en", **options),
    )


@pytest.fixture(scope="module")
def edition_pdf(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("edition")
    edition = _edition(folder)
    target = folder / "edition.pdf"
    target.write_bytes(render_edition(edition).pdf)
    return target, [d.article.title for d in edition.articles]


def test_contents_numbers_are_the_pages_where_the_titles_are(edition_pdf) -> None:
    pdf, titles = edition_pdf
    listed = contents_pages(pdf, titles)
    printed = title_pages(pdf, titles, after=max(1, min(listed.values()) - 1))
    assert listed == printed
    starts = [listed[t] for t in titles]
    # The articles are in the order given, each on a page of its own, and their lengths differ.
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert len({b - a for a, b in itertools.pairwise(starts)}) > 1


def test_one_bookmark_per_article_with_its_headings_beneath(edition_pdf) -> None:
    pdf, titles = edition_pdf
    tree = outline(pdf)
    assert [flat(title) for title, _page, _children in tree] == [flat(t) for t in titles]
    listed = contents_pages(pdf, titles)
    assert [page for _title, page, _children in tree] == [listed[t] for t in titles]
    sections = dict((flat(t), children) for t, _p, children in tree)[
        flat("Bus routes after the spring review")
    ]
    assert [title for title, _page, _children in sections] == ["Northern routes", "Night buses"]
    assert all(page >= listed["Bus routes after the spring review"] for _t, page, _c in sections)


def test_running_foot_carries_the_edition_title_and_continuous_page_numbers(edition_pdf) -> None:
    pdf, _titles = edition_pdf
    pages = page_texts(pdf)
    for number, text in enumerate(pages, start=1):
        assert "Weekly Digest" in text
        assert re.search(rf"Page\s+{number}\s+of\s+{len(pages)}\b", text), text[-200:]


def test_each_article_keeps_its_own_faces(edition_pdf) -> None:
    pdf, titles = edition_pdf
    reader = PdfReader(pdf)
    starts = contents_pages(pdf, titles)

    def fonts_on(page_number: int) -> set[str]:
        # The fonts the page's text is drawn in (the resource dictionary is shared by all pages).
        page = reader.pages[page_number - 1]
        fonts = page["/Resources"]["/Font"]
        used = set(re.findall(rb"/(\S+)\s+[\d.]+\s+Tf", page.get_contents().get_data()))
        return {str(fonts[f"/{u.decode()}"].get_object()["/BaseFont"]).split("+", 1)[-1] for u in used}

    chinese = fonts_on(starts["河畔图书馆历时两年改造后重新开放"])
    russian = fonts_on(starts["Городская библиотека открылась после двухлетней реконструкции"])
    assert any(name.startswith("Imprint-Serif-CJK") for name in chinese)  # render/cjk_cuts.py
    assert not any("CJK" in name for name in russian)
    assert any(name.startswith("PT-Serif") for name in russian)


def test_edition_metadata_is_the_editions(edition_pdf) -> None:
    pdf, _titles = edition_pdf
    meta = PdfReader(pdf).metadata
    assert meta.title == "Weekly Digest"
    assert meta.subject == "What the office published"
    # Undated options: the newest article's date, never the clock.
    assert meta["/CreationDate"].startswith("D:2024")


def test_same_edition_gives_the_same_bytes(tmp_path: Path) -> None:
    edition = _edition(tmp_path)
    assert render_edition(edition).pdf == render_edition(edition).pdf


@pytest.mark.parametrize("variant", ["pdf/a-3b", "pdf/x-4", "pdf/ua-1"])
def test_pdf_variants_apply_to_editions(tmp_path: Path, variant: str) -> None:
    pdf = render_edition(_edition(tmp_path, pdf_variant=variant, bleed_mm=3, crop_marks=True)).pdf
    target = tmp_path / "edition.pdf"
    target.write_bytes(pdf)
    reader = PdfReader(target)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    part = variant.split("/")[1].split("-")[0]
    assert {"a": b"pdfaid", "x": b"pdfx", "ua": b"pdfuaid"}[part] in xmp.lower()
    page = reader.pages[0]
    assert float(page.bleedbox.width) - float(page.trimbox.width) == pytest.approx(6 * 72 / 25.4, abs=0.1)


def test_an_edition_needs_articles_and_a_title() -> None:
    with pytest.raises(EditionError):
        make_edition([])


def _body_lines(pdf: Path, page: int) -> list[tuple[float, float]]:
    """(left, right) of each line of the body on ``page``: below the byline, above the foot."""
    found = [w for w in words(pdf) if w.page == page]
    byline = min(w.y_max for w in found if w.text == "Source:")
    foot = min(w.y_min for w in found if w.text == "Page")
    lines: dict[int, list] = {}
    for w in found:
        # Colour emoji are images with a text box of no height; they are not a line's text.
        if byline + 5 < w.y_min < foot - 5 and w.y_max - w.y_min > 3:
            lines.setdefault(round(w.y_min), []).append(w)
    # A line of a full stop and an emoji is not measured: the emoji has no text box to end it.
    lettered = [ws for ws in lines.values() if any(c.isalpha() for w in ws for c in w.text)]
    return [(min(w.x_min for w in ws), max(w.x_max for w in ws)) for ws in lettered]


def test_a_right_to_left_article_keeps_its_direction(tmp_path: Path) -> None:
    documents = [read_document(SAMPLES / "en-article.md"), read_document(SAMPLES / "ar-article.md")]
    edition = make_edition(documents, title="Digest", options=ExportOptions(locale="en"))
    pdf = tmp_path / "mixed.pdf"
    pdf.write_bytes(render_edition(edition).pdf)
    start = contents_pages(pdf, ["افتتاح مكتبة جديدة في وسط المدينة"])["افتتاح مكتبة جديدة في وسط المدينة"]
    lines = _body_lines(pdf, start)
    right = max(r for _l, r in lines)
    # Every Arabic line ends at the right margin; the short last line of a paragraph starts
    # well in from the left.
    assert all(r > right - 3 for _l, r in lines)
    assert max(left for left, _r in lines) > min(left for left, _r in lines) + 30


@pytest.mark.parametrize("layout", ["bulletin", "press-release"])
def test_contents_hold_in_every_layout(tmp_path: Path, layout: str) -> None:
    edition = _edition(tmp_path, layout=layout)
    pdf = tmp_path / f"{layout}.pdf"
    pdf.write_bytes(render_edition(edition).pdf)
    titles = [d.article.title for d in edition.articles]
    listed = contents_pages(pdf, titles)
    assert listed == title_pages(pdf, titles, after=1)
    assert [page for _title, page, _children in outline(pdf)] == [listed[t] for t in titles]
