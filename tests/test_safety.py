"""Untrusted articles: their markup is text, nothing is fetched, nothing is attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.readers import read_document
from desktop_app.render.pdf import render
from tests.conftest import pdf_text, squeeze

PASSWD = Path("/etc/passwd")


def _attacks(port: int) -> list[str]:
    return [
        '<img src="file:///etc/passwd">',
        '<a rel="attachment" href="file:///etc/passwd">passwd</a>',
        '<link rel="attachment" href="file:///etc/passwd">',
        f"<style>@import url(http://127.0.0.1:{port}/x.css);</style>",
        f'<img src="http://127.0.0.1:{port}/x.png">',
        '<img src="photo.png">',
    ]


def _folder(tmp_path: Path) -> Path:
    """An article folder with a photo in it, and another photo one level up."""
    folder = tmp_path / "article"
    folder.mkdir()
    Image.new("RGB", (600, 400), "blue").save(folder / "photo.png")
    Image.new("RGB", (600, 400), "green").save(tmp_path / "outside.png")
    return folder


def _image_count(reader: PdfReader) -> int:
    # Pages may share one resource dictionary: an image is counted once, by its object.
    images = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        images |= {x.idnum for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"}
    return len(images)


def _assert_nothing_attached_or_leaked(pdf: Path, reader: PdfReader) -> None:
    root = reader.trailer["/Root"]
    assert "/EmbeddedFiles" not in (root.get("/Names") or {})
    assert "/AF" not in root
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            assert annot.get_object().get("/Subtype") != "/FileAttachment"
    secret = next(line for line in PASSWD.read_text().splitlines() if line.strip())
    assert secret not in pdf_text(pdf)
    assert secret.encode() not in pdf.read_bytes()


def test_text_article_shows_markup_as_text(tmp_path: Path, listener) -> None:
    port, requests = listener
    folder = _folder(tmp_path)
    attacks = _attacks(port)
    source = folder / "attack.txt"
    source.write_text("Attack article\n\n" + "\n\n".join(attacks) + "\n", encoding="utf-8")
    pdf = tmp_path / "out.pdf"
    result = render(read_document(source))
    pdf.write_bytes(result.pdf)
    reader = PdfReader(pdf)
    text = squeeze(pdf_text(pdf))
    for attack in attacks:
        assert squeeze(attack) in text
    assert _image_count(reader) == 0
    assert requests == []
    _assert_nothing_attached_or_leaked(pdf, reader)


def test_markdown_article_drops_or_escapes_markup(tmp_path: Path, listener) -> None:
    port, requests = listener
    folder = _folder(tmp_path)
    markdown_attacks = [
        # Inside a paragraph an image is a plain Markdown image; alone in its block, a figure.
        "Inline ![passwd](file:///etc/passwd)",
        f"Inline ![remote](http://127.0.0.1:{port}/y.png)",
        "Inline ![outside](../outside.png)",
        "![passwd](file:///etc/passwd)",
        f"![remote](http://127.0.0.1:{port}/y.png)",
        f"![remote](//127.0.0.1:{port}/w.png)",
        "![outside](../outside.png)",
        '[passwd](file:///etc/passwd){: rel="attachment"}',
        '[photo](photo.png){: rel="attachment"}',
        f'Styled{{: style="background: url(http://127.0.0.1:{port}/z.png)"}}',
        "![inside](photo.png)",
    ]
    body = "\n\n".join([*_attacks(port), *markdown_attacks])
    source = folder / "attack.md"
    source.write_text(f"---\ntitle: Attack article\n---\n{body}\n", encoding="utf-8")
    pdf = tmp_path / "out.pdf"
    result = render(read_document(source))
    pdf.write_bytes(result.pdf)
    reader = PdfReader(pdf)
    text = squeeze(pdf_text(pdf))
    # Raw HTML is off: the tags are shown as text, never obeyed.
    for attack in _attacks(port):
        assert squeeze(attack) in text
    # Only the photo inside the article's folder is drawn.
    assert _image_count(reader) == 1
    assert requests == []
    blocked = " ".join(result.blocked_urls)
    assert "/etc/passwd" in blocked and "outside.png" in blocked and f"127.0.0.1:{port}" in blocked
    _assert_nothing_attached_or_leaked(pdf, reader)


@pytest.mark.parametrize("variant", [None, "pdf/a-3b", "pdf/x-4"])
def test_no_attachment_whatever_the_variant(tmp_path: Path, variant: str | None) -> None:
    folder = _folder(tmp_path)
    source = folder / "attach.md"
    source.write_text('---\ntitle: A\n---\n[photo](photo.png){: rel="attachment"}\n', encoding="utf-8")
    document = read_document(source)
    document = document.with_changes(options=document.options.with_changes(pdf_variant=variant))
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(render(document).pdf)
    reader = PdfReader(pdf)
    root = reader.trailer["/Root"]
    assert "/EmbeddedFiles" not in (root.get("/Names") or {})
    assert b"/EmbeddedFile" not in pdf.read_bytes() and b"/FileAttachment" not in pdf.read_bytes()
