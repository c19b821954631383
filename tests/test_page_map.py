"""The page map names every editable element where the PDF really draws it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app.opening import open_document
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.style import ExportOptions, Style
from desktop_app.render.page_map import PageMap, Rect
from desktop_app.render.pdf import render
from tests.conftest import RU_TEXT, ZH_TEXT
from tests.pdf_tools import flat, words

TOLERANCE_PT = 1.0


def _long_markdown(paragraphs: int = 40) -> Article:
    blocks = ["## Background", "- first point\n- second point\n- third point", "> A quoted remark."]
    blocks += [
        f"Paragraph {n}: the committee met again to review the cooperation programme, "
        "the budget for the coming year and the list of joint laboratories. " * 3
        for n in range(paragraphs)
    ]
    return Article("A Long Report", body="\n\n".join(blocks), body_format="markdown", source="CCFAO")


def _rendered(document: Document, tmp_path: Path) -> tuple[PageMap, Path]:
    result = render(document)
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(result.pdf)
    return result.page_map, pdf


def _words_in(rect: Rect, found) -> list:
    return [
        w
        for w in found
        if w.page == rect.page + 1 and rect.contains((w.x_min + w.x_max) / 2, (w.y_min + w.y_max) / 2)
    ]


def _assert_map_matches_words(
    page_map: PageMap, pdf: Path, skip: tuple[str, ...] = (), columns: bool = False
) -> int:
    """Each fragment's rectangle is the box of the PDF's words inside it, within a point, and
    those words are the element's text."""
    found = words(pdf)
    checked = 0
    for element in page_map.elements:
        if element.kind in ("byline", "dateline", *skip):
            continue  # lines of separate spans: their parts are checked one by one
        inside = []
        for rect in element.rects:
            in_rect = _words_in(rect, found)
            assert in_rect, f"{element.id}: no PDF words in {rect}"
            assert min(w.x_min for w in in_rect) == pytest.approx(rect.x, abs=TOLERANCE_PT), element.id
            assert min(w.y_min for w in in_rect) == pytest.approx(rect.y, abs=TOLERANCE_PT), element.id
            assert max(w.y_max for w in in_rect) == pytest.approx(rect.y + rect.height, abs=TOLERANCE_PT)
            # The right edge may run past the last glyph by trailing letter spacing. (A justified
            # line's last word can end a few points past the measure in WeasyPrint's own drawing.)
            if element.align != "justify":
                assert max(w.x_max for w in in_rect) <= rect.x + rect.width + TOLERANCE_PT, element.id
            inside += in_rect
        # pdftotext joins a word at a column's end with the next column's first word.
        if not columns:
            assert flat(element.text) in flat("".join(w.text for w in inside)), element.id
        checked += 1
    return checked


def test_seed_elements_sit_on_their_words(tmp_path: Path, seed_path: Path) -> None:
    page_map, pdf = _rendered(open_document(seed_path), tmp_path)
    ids = [e.id for e in page_map.elements]
    assert ids[:2] == ["kicker", "title"]
    assert {"source", "date", "byline"} <= set(ids)
    document = open_document(seed_path)
    assert [e.id for e in page_map.elements if e.block is not None] == [
        f"b{i}" for i in range(len(document.article.blocks))
    ]
    assert _assert_map_matches_words(page_map, pdf) >= 8


def test_roles_sizes_and_fields(tmp_path: Path, seed_path: Path) -> None:
    document = open_document(seed_path)
    style = document.style.with_changes(title_size=30, body_size=12, meta_size=8)
    page_map, _pdf = _rendered(document.with_changes(style=style), tmp_path)
    title = page_map.get("title")
    assert (title.role, title.field, title.font_size, title.bold) == ("title", "title", 30, True)
    assert page_map.get("b0").font_size == 12 and page_map.get("b0").role == "body"
    assert page_map.get("date").font_size == 8 and page_map.get("date").field == "date"
    assert page_map.get("b0").text.startswith(document.article.blocks[0][:40])


def test_long_markdown_in_columns_with_bleed(tmp_path: Path) -> None:
    document = Document(
        _long_markdown(),
        style=Style(columns=2),
        options=ExportOptions(layout="bulletin", bleed_mm=3, crop_marks=True),
    )
    page_map, pdf = _rendered(document, tmp_path)
    assert len(page_map.page_sizes) >= 3
    # A bleed widens the page: coordinates count from the PDF page's own corner.
    assert page_map.page_sizes[0][0] == pytest.approx((210 + 6) * 72 / 25.4, abs=0.1)
    kinds = {e.kind for e in page_map.elements}
    assert {"heading", "list", "list-item", "quote", "paragraph"} <= kinds
    items = [e for e in page_map.elements if e.kind == "list-item"]
    assert [(e.block, e.item) for e in items] == [(1, 0), (1, 1), (1, 2)]
    on_page_three = list(page_map.on_page(2))
    assert on_page_three
    # Text in columns: some paragraph is split between two columns or two pages.
    assert any(len(e.rects) > 1 for e in page_map.elements if e.kind == "paragraph")
    assert _assert_map_matches_words(page_map, pdf, columns=True) > 40


@pytest.mark.parametrize(("text", "language"), [(ZH_TEXT, "zh"), (RU_TEXT, "ru")])
def test_chinese_and_russian_articles(tmp_path: Path, text: str, language: str) -> None:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    document = open_document(source)
    landscape = document.with_changes(style=document.style.with_changes(orientation="landscape"))
    page_map, pdf = _rendered(landscape, tmp_path)
    assert page_map.page_sizes[0][0] > page_map.page_sizes[0][1]
    assert page_map.get("title").text == document.article.title
    # pdftotext finds no word breaks in Chinese: "来源：长春日报" is one word, label and value.
    spans = ("source", "author", "date") if language == "zh" else ()
    assert _assert_map_matches_words(page_map, pdf, spans) >= 4


def test_hit_testing_finds_the_innermost_element(tmp_path: Path, seed_path: Path) -> None:
    page_map, _pdf = _rendered(open_document(seed_path), tmp_path)
    date = page_map.get("date").rects[0]
    assert page_map.at(0, date.x + 1, date.y + date.height / 2).id == "date"
    title = page_map.get("title").rects[0]
    assert page_map.at(0, title.x + title.width / 2, title.y + 2).id == "title"
    assert page_map.at(0, 2, 2) is None


def test_the_map_survives_json(tmp_path: Path, seed_path: Path) -> None:
    page_map, _pdf = _rendered(open_document(seed_path), tmp_path)
    assert PageMap.from_json(page_map.to_json()) == page_map


def test_article_text_is_still_escaped_in_marked_blocks(tmp_path: Path) -> None:
    hostile = Article('Title" data-edit="x', body='<b data-edit="title">bold</b>\n\nplain "quoted"')
    page_map, _pdf = _rendered(Document(hostile), tmp_path)
    assert page_map.get("b0").text == '<b data-edit="title">bold</b>'
    assert [e.id for e in page_map.elements if e.field == "title"] == ["title"]
