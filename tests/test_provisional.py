"""A provisional slice of a long document reads like the page it stands for: numbered from
that page, with the running head of a later page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pdf_tools import flat, page_texts

from desktop_app.readers import read_document
from desktop_app.render.html import render_html
from desktop_app.render.pdf import render, render_first_pages
from desktop_app.render.provisional import PAGES_AROUND, provisional_slice, slice_html
from tests.conftest import long_text_article


def test_a_slice_from_a_later_page_has_that_pages_head_and_number(tmp_path: Path) -> None:
    document = read_document(long_text_article(tmp_path))
    whole = render(document)
    part = provisional_slice(document, whole.page_map, 3)
    assert part is not None and part.first_page == 3
    pdf = tmp_path / "slice.pdf"
    pdf.write_bytes(render_first_pages(part.document, slice_html(part), PAGES_AROUND).pdf)
    text = flat(page_texts(pdf)[0])
    assert flat(f"Page 4 of ~{whole.page_count}") in text
    assert text.startswith(flat("A Long Report"))  # the running head, as on the final page 4


def long_paragraphs(folder: Path) -> Path:
    """An article whose paragraphs are longer than a third of a page, so that pages break
    inside them; every sentence says which paragraph and sentence it is."""
    paragraphs = (
        " ".join(
            f"Paragraph {n} sentence {k} reviews the cooperation programme and its budget." for k in range(14)
        )
        for n in range(60)
    )
    source = folder / "long-paragraphs.txt"
    source.write_text("Long Paragraphs\n\n" + "\n\n".join(paragraphs), "utf-8")
    return source


def first_sentence(pdf: Path) -> tuple[int, int]:
    """(paragraph, sentence) of the first sentence that starts on the PDF's first page."""
    found = re.search(r"paragraph(\d+)sentence(\d+)", flat(page_texts(pdf)[0]))
    assert found, page_texts(pdf)[0]
    return int(found[1]), int(found[2])


def test_a_paragraph_begun_on_the_page_before_starts_the_slice_where_the_page_does(tmp_path: Path) -> None:
    document = read_document(long_paragraphs(tmp_path))
    whole = render(document)
    final = tmp_path / "final.pdf"
    final.write_bytes(whole.pdf)
    checked = 0
    for page in range(2, 8):
        part = provisional_slice(document, whole.page_map, page)
        assert part is not None
        first_block = document.article.blocks[part.first_block]
        if part.document.article.blocks[0] == first_block:
            continue  # the page starts with a paragraph of its own
        checked += 1
        assert first_block.endswith(part.document.article.blocks[0])
        sliced = tmp_path / f"slice-{page}.pdf"
        sliced.write_bytes(render_first_pages(part.document, slice_html(part), PAGES_AROUND).pdf)
        page_pdf = tmp_path / f"final-{page}.pdf"
        subprocess.run(
            ["pdfseparate", "-f", str(page + 1), "-l", str(page + 1), str(final), str(page_pdf)], check=True
        )
        # The final page starts in the middle of that paragraph; so does the slice, within a
        # sentence or so (the cut goes by the share of its lines on the page before).
        (para, sentence), (slice_para, slice_sentence) = first_sentence(page_pdf), first_sentence(sliced)
        assert slice_para == para and abs(slice_sentence - sentence) <= 1, (page, sentence, slice_sentence)
        assert slice_sentence > 0
    assert checked >= 2


def test_a_slice_lays_out_the_readers_page_and_nothing_after_it(tmp_path: Path) -> None:
    document = read_document(long_paragraphs(tmp_path))
    whole = render(document)
    for page in range(1, whole.page_count - 1):
        part = provisional_slice(document, whole.page_map, page)
        assert part is not None
        # The same slice laid out in full: is there a page after the reader's?
        in_full = render_html(
            part.document,
            show_head=False,
            show_tail=False,
            first_page_number=part.first_page + 1,
            pages_shown=f"~{part.old_total}",
        )
        full = render_first_pages(part.document, in_full, PAGES_AROUND)
        if full.page_count > 1:
            break
    else:
        raise AssertionError("no slice of the long article runs past its page")
    sliced = render_first_pages(part.document, slice_html(part), PAGES_AROUND)
    assert sliced.page_count == 1
    pages = []
    for name, result in (("sliced", sliced), ("full", full)):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(result.pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(tmp_path / name)], check=True)
        pages.append(sorted(tmp_path.glob(f"{name}*.pgm"))[0].read_bytes())
    assert pages[0] == pages[1]  # the page in view is the same to the pixel
