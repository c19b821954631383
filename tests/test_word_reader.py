"""Word files: the style map, core properties, and files that are locked, hostile or damaged."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from PIL import Image

from desktop_app.cli import main
from desktop_app.errors import ArticleError
from desktop_app.readers import read_document
from tests.corpus_reading import CORPUS


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def test_styles_map_to_blocks_and_properties_fill_the_gaps() -> None:
    document = read_document(CORPUS / "word" / "word-en-release.docx")
    article = document.article
    assert article.title == "Harbour Authority opens new passenger terminal"  # Title style, not core title
    assert article.subtitle == "The terminal handles up to two thousand ferry passengers an hour."
    assert article.author == "Press Office, Harbour Authority"  # core properties: the text gives none
    assert article.date.isoformat() == "2021-07-12"
    blocks = article.blocks
    assert (
        blocks[0]
        == '![The new terminal building seen from the quay.](photo-1.jpeg "Photo: Harbour Authority")'
    )
    assert "## Built for the next fifty years" in blocks
    assert "> This terminal is built for the next fifty years of travel across the strait." in blocks
    assert "- Twelve check-in desks.\n- Four hundred seats in the waiting hall." in blocks
    # Markdown characters in the text are escaped, so they print as typed.
    assert blocks[-1].endswith(r"Prices rise by 5% \* 2 for cars, as announced in #harbour news.")
    assert [p.pixels for p in article.images] == [(360, 240), (360, 240)]


def test_linked_image_is_never_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(_png((99, 66)))
    word = WordDocument()
    word.add_paragraph("A report long enough to be an article, with a photo linked from the disk.")
    word.add_picture(io.BytesIO(_png((10, 10))))
    source = tmp_path / "embedded.docx"
    word.save(source)
    linked = tmp_path / "linked.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(linked, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                data = re.sub(
                    rb'Target="media/image1.png"',
                    f'Target="{outside.as_uri()}" TargetMode="External"'.encode(),
                    data,
                )
            if item.filename == "word/document.xml":
                data = data.replace(b"r:embed=", b"r:link=")
            zout.writestr(item, data)
    document = read_document(linked)
    assert document.article.images == ()
    assert any("external" in p for p in document.reading_problems)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/image1.png", b"\0" * (50 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ArticleError, match="compressed 100-fold"):
        read_document(bomb)


def test_oversized_document_part_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The limit is lowered so the test need not write tens of MB; the check is the same.
    monkeypatch.setattr("desktop_app.readers.word_file.MAX_XML_BYTES", 1024)
    large = tmp_path / "large.docx"
    with zipfile.ZipFile(large, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + "<w:p/>" * 400 + "</w:document>")
    with pytest.raises(ArticleError, match=r"word/document\.xml unpacks to"):
        read_document(large)


def test_password_protected_file_gets_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    assert main(["info", str(locked)]) == 1
    reason = "password-protected or old-format Word file: remove the password or save it as .docx"
    assert capsys.readouterr().err.strip() == f"error: {locked}: {reason}"


def test_not_a_word_file(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("just some text", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"not a Word file"):
        read_document(fake)


def test_the_text_s_byline_wins_over_the_properties(tmp_path: Path) -> None:
    word = WordDocument()
    word.core_properties.author = "Press Office"
    word.add_paragraph("Ferry terminal opens", style="Title")
    word.add_paragraph("By Jane Roe")
    word.add_paragraph("The new terminal opened today on the east quay, replacing the building of 1968.")
    word.add_paragraph("Short bold line", style=None).runs[0].bold = True
    word.add_paragraph("Ferries use the new berths from Monday, and the old terminal closes this month.")
    path = tmp_path / "release.docx"
    word.save(path)
    article = read_document(path).article
    assert (article.title, article.author) == ("Ferry terminal opens", "Jane Roe")
    assert article.blocks == [
        "The new terminal opened today on the east quay, replacing the building of 1968.",
        "### Short bold line",
        "Ferries use the new berths from Monday, and the old terminal closes this month.",
    ]
