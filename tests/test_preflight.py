"""Preflight finds what would go wrong on paper, and says nothing about a clean article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.checks.preflight import Finding, preflight
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.style import ExportOptions
from desktop_app.readers import read_document

FIELDS = {"title", "subtitle", "author", "source", "date", "language", "keywords", "body", None}


def codes(findings: list[Finding]) -> dict[str, Finding]:
    assert all(f.severity in ("error", "warning") for f in findings)
    assert all(f.field in FIELDS or f.field.startswith(("style.", "options.")) for f in findings)
    return {f.code: f for f in findings}


def article(**changes: object) -> Article:
    base = Article(title="Harbour news", body="The bridge opened.", date=date(2024, 5, 17), source="Desk")
    return base.with_changes(**changes)


@pytest.mark.parametrize("fixture", ["seed_path", "zh_path", "ru_path"])
def test_clean_articles_have_no_findings(request, fixture: str) -> None:
    document = read_document(request.getfixturevalue(fixture))
    # Notices (names a dictionary does not know, punctuation that could be curlier) are not problems.
    assert [f for f in preflight(document) if f.severity != "notice"] == []


def test_missing_title_and_date() -> None:
    found = codes(preflight(Document(article(title="", date=None))))
    assert found["missing-title"].severity == "error" and found["missing-title"].field == "title"
    assert found["missing-date"].severity == "warning" and found["missing-date"].field == "date"


def test_characters_the_fonts_cannot_draw() -> None:
    findings = preflight(Document(article(body="Hello வணக்கம் and 😀 \uf8ff.", subtitle="Ünïcödé ok")))
    glyphs = [f for f in findings if f.code == "missing-glyph"]
    # Tamil and emoji have fonts now; the private-use character has none.
    assert [f.field for f in glyphs] == ["body"]
    assert "U+F8FF" in glyphs[0].message and "U+00DC" not in glyphs[0].message
    assert all(f.severity == "error" for f in glyphs)


def test_overflowing_word() -> None:
    url = "https://example.com/" + "x" * 150
    found = codes(preflight(Document(article(body=f"See {url} now."))))
    assert found["overflow"].severity == "warning"
    assert found["overflow"].field == "body"
    assert "https://example.com/" in found["overflow"].message or "xxxx" in found["overflow"].message


def test_overflow_in_narrow_columns_but_not_in_normal_text() -> None:
    word = "x1" * 20  # no hyphenation point, no break opportunity
    document = Document(article(body=f"A {word} is long."))
    assert "overflow" not in codes(preflight(document))
    # Only a column layout sets the body in columns; four of them leave no room for the word.
    narrow = document.with_changes(
        style=document.style.with_changes(columns=4),
        options=document.options.with_changes(layout="bulletin"),
    )
    assert "overflow" in codes(preflight(narrow))


def test_long_title() -> None:
    found = codes(preflight(Document(article(title="A very long title " * 12))))
    assert found["long-title"].field == "title"


def _image(folder: Path, name: str, size: tuple[int, int], mode: str = "RGB") -> None:
    Image.new(mode, size, "red" if mode == "RGB" else (255, 0, 0, 128)).save(folder / name)


def _markdown_document(folder: Path, body: str, **options: object) -> Document:
    source = folder / "story.md"
    source.write_text(f"---\ntitle: Photos\ndate: 2024-05-17\n---\n{body}\n", encoding="utf-8")
    document = read_document(source)
    return document.with_changes(options=ExportOptions(**options))


def test_image_resolution(tmp_path: Path) -> None:
    _image(tmp_path, "small.png", (120, 80))
    _image(tmp_path, "large.png", (3000, 2000))
    # Images inside the text (figures are checked by checks/photos.py, see test_preflight_photos).
    found = preflight(_markdown_document(tmp_path, "A small ![a](small.png) and a large ![b](large.png)"))
    low = [f for f in found if f.code == "low-resolution"]
    assert len(low) == 1 and "small.png" in low[0].message and "96 dpi" in low[0].message
    assert low[0].severity == "error"  # under 120 ppi


def test_transparent_image_violates_pdfx3_but_not_pdfx4(tmp_path: Path) -> None:
    _image(tmp_path, "alpha.png", (3000, 2000), "RGBA")
    x3 = codes(preflight(_markdown_document(tmp_path, "![a](alpha.png)", pdf_variant="pdf/x-3", bleed_mm=3)))
    assert x3["variant-transparency"].severity == "error"
    assert x3["variant-transparency"].field == "options.pdf_variant"
    x4 = codes(preflight(_markdown_document(tmp_path, "![a](alpha.png)", pdf_variant="pdf/x-4", bleed_mm=3)))
    assert "variant-transparency" not in x4


def test_blocked_image_is_reported(tmp_path: Path) -> None:
    found = codes(preflight(_markdown_document(tmp_path, "See ![a](file:///etc/passwd)")))
    assert "/etc/passwd" in found["blocked-resource"].message


def test_variant_rules() -> None:
    ua = codes(
        preflight(Document(article(title="", language=""), options=ExportOptions(pdf_variant="pdf/ua-1")))
    )
    assert ua["variant-title"].severity == "error"
    assert ua["missing-language"].severity == "error"
    x1a = codes(preflight(Document(article(), options=ExportOptions(pdf_variant="pdf/x-1a"))))
    assert x1a["variant-rgb"].severity == "error" and "PDF/X-1a" in x1a["variant-rgb"].message
    assert x1a["no-bleed"].field == "options.bleed_mm"
    x4 = codes(preflight(Document(article(), options=ExportOptions(pdf_variant="pdf/x-4", bleed_mm=3))))
    assert x4 == {}


def test_findings_speak_the_asked_language() -> None:
    undated = Document(article(date=None))
    russian = {f.code: f.message for f in preflight(undated, "ru")}
    english = {f.code: f.message for f in preflight(undated, "en")}
    assert russian["missing-date"] == "У статьи нет даты; на странице её не будет."
    assert english["missing-date"] == "The article has no date; the page shows none."


def test_preflight_reads_the_layout_the_last_render_made(monkeypatch: pytest.MonkeyPatch) -> None:
    from weasyprint import HTML

    from desktop_app.render.pdf import render

    word = "x1" * 20
    narrow = Document(article(body=f"A {word} is long.")).with_changes(
        style=Document(article()).style.with_changes(columns=4),
        options=ExportOptions(layout="bulletin"),
    )
    expected = preflight(narrow)
    layouts = []
    real_render = HTML.render
    monkeypatch.setattr(HTML, "render", lambda self, **kw: layouts.append(1) or real_render(self, **kw))

    render(narrow)
    assert len(layouts) == 1
    # The preview has just drawn this very document: its pages are read, not laid out again.
    assert preflight(narrow) == expected
    assert len(layouts) == 1
    # Any change to the document means a layout of its own.
    wider = narrow.with_changes(style=narrow.style.with_changes(columns=2))
    assert "overflow" not in codes(preflight(wider))
    assert len(layouts) == 2
