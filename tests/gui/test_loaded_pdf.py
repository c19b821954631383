"""PDF bytes opened in QtPdf, the one way the window loads a PDF."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui.loaded_pdf import LoadedPdf
from desktop_app.readers import read_document
from desktop_app.render.pdf import render


def test_a_rendered_pdf_loads_with_its_pages_and_garbage_does_not(qapp, seed_path: Path) -> None:
    rendered = render(read_document(seed_path))
    loaded = LoadedPdf(rendered.pdf)
    assert loaded.is_ready()
    assert loaded.document.pageCount() == rendered.page_count
    loaded.close()
    broken = LoadedPdf(b"%PDF-1.7 not really")
    assert not broken.is_ready()
    broken.close()
