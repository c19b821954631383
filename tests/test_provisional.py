"""A provisional slice of a long document reads like the page it stands for: numbered from
that page, with the running head of a later page."""

from __future__ import annotations

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


def test_a_slice_lays_out_the_readers_page_and_nothing_after_it(tmp_path: Path) -> None:
    # Paragraphs longer than a third of a page: the pages break inside them.
    sentence = "The committee met again to review the cooperation programme and its budget. "
    source = tmp_path / "long-paragraphs.txt"
    source.write_text("Long Paragraphs\n\n" + "\n\n".join(sentence * 14 for _ in range(60)), "utf-8")
    document = read_document(source)
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
