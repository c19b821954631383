"""A provisional slice of a long document reads like the page it stands for: numbered from
that page, with the running head of a later page."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import flat, page_texts

from desktop_app.readers import read_document
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
