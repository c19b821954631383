"""The layout stylesheet is parsed once and shared: every article still gets its own running
head and foot, its colour profiles, and the same pages as with the stylesheet in the HTML."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import export, flat, page_texts, sample_document
from pypdf import PdfReader

from desktop_app.render.html import render_html
from desktop_app.render.pdf import reload_fonts
from desktop_app.render.stylesheets import parsed_stylesheet, split_stylesheet


def _long(document, title: str, source: str):
    article = document.article.with_changes(body=document.article.body * 4, title=title, source=source)
    return document.with_changes(article=article)


def test_articles_of_one_language_and_layout_share_one_stylesheet(tmp_path: Path) -> None:
    english = sample_document("en")
    other = english.with_changes(
        article=english.article.with_changes(title="Ferry Timetable Changes", source="Harbour Gazette")
    )
    first = split_stylesheet(render_html(english))
    second = split_stylesheet(render_html(other))
    assert first[1] is not None and "@page" in first[1]
    assert first[1] == second[1]
    # What was taken out is the stylesheet only: the pages' words stay in the HTML.
    assert "<style>" not in first[0] and "Ferry Timetable Changes" in second[0]


def test_each_article_keeps_its_own_running_head_and_foot(tmp_path: Path) -> None:
    base = sample_document("en")
    titles = ("Harbour Ferry Returns", "Night Market Opens")
    sources = ("Harbour Gazette", "Evening Post")
    texts = []
    for n, (title, source) in enumerate(zip(titles, sources, strict=True)):
        pdf = export(_long(base, title, source), tmp_path / f"{n}.pdf")
        texts.append([flat(page) for page in page_texts(pdf)])
    for pages, title, source, other in zip(texts, titles, sources, reversed(sources), strict=True):
        assert len(pages) >= 2
        assert flat(title) in pages[1] and all(flat(source) in page for page in pages)
        assert not any(flat(other) in page for page in pages)


def test_running_words_are_printed_as_typed_whatever_their_marks(tmp_path: Path) -> None:
    title = 'Quotes "here"; a \\ slash, <style> & a semicolon'
    pdf = export(_long(sample_document("en"), title, 'Source "B" <i>'), tmp_path / "marks.pdf")
    pages = page_texts(pdf)
    assert flat(title) in flat(pages[1])
    assert flat('Source "B" <i>') in flat(pages[0])


def test_colour_profiles_reach_every_pdfx_export_from_the_shared_stylesheet(tmp_path: Path) -> None:
    document = sample_document("en")
    document = document.with_changes(options=document.options.with_changes(pdf_variant="pdf/x-4"))
    for n in range(2):  # the second parse comes from the cache
        reader = PdfReader(export(document, tmp_path / f"x{n}.pdf"))
        intents = reader.trailer["/Root"]["/OutputIntents"]
        assert [intent.get_object()["/S"] for intent in intents] == ["/GTS_PDFX"]
        assert intents[0].get_object()["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"


def test_taking_in_a_font_forgets_the_parsed_stylesheets(tmp_path: Path) -> None:
    export(sample_document("en"), tmp_path / "a.pdf")
    assert parsed_stylesheet.cache_info().currsize >= 1
    reload_fonts()
    assert parsed_stylesheet.cache_info().currsize == 0
