"""``imprint export FILE -o OUT.imprint``: the Imprint document instead of a PDF, its photos
inside it, so it prints the same after the folder it came from is gone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from picture_samples import BLUE, RED, listed_images, photo

from desktop_app.cli import main
from desktop_app.readers import read_document

TEXT = "The council opened the harbour bridge on Tuesday morning."


def _saved_page(folder: Path) -> Path:
    """A Markdown article with its photos beside it, one in a subfolder and one a WebP."""
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "lead.jpg").write_bytes(photo((2400, 1600), BLUE))
    (folder / "bus.webp").write_bytes(photo((1200, 800), RED, "WEBP"))
    source = folder / "story.md"
    source.write_text(
        "---\ntitle: Harbour bridge opens\ndate: 2024-05-17\n---\n"
        '![The bridge](photos/lead.jpg "Photo: Jan Holm"){.wide}\n\n'
        f"{TEXT}\n\n"
        '![The first bus](bus.webp "Photo: Lena Dahl")\n\n'
        f"{TEXT}\n\n"
        '![Not kept](https://example.com/x.jpg "Agency")\n',
        encoding="utf-8",
    )
    return source


def test_export_writes_an_imprint_document_when_the_output_says_so(tmp_path: Path) -> None:
    source = _saved_page(tmp_path / "page")
    target = tmp_path / "out" / "story.imprint"
    assert main(["export", str(source), "-o", str(target), "--layout", "bulletin"]) == 0
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["format"] == "imprint-document" and payload["options"]["layout"] == "bulletin"
    images = {i["name"]: (i["media_type"], i["pixels"]) for i in payload["article"]["images"]}
    assert images == {"lead.jpg": ("image/jpeg", [2400, 1600]), "bus.jpg": ("image/jpeg", [1200, 800])}
    body = payload["article"]["body"]
    assert '![The bridge](lead.jpg "Photo: Jan Holm"){.wide}' in body
    assert '![The first bus](bus.jpg "Photo: Lena Dahl")' in body
    assert "https://example.com/x.jpg" in body  # never fetched, kept for preflight to name


def test_an_exported_document_still_has_its_photos_after_its_folder_is_deleted(tmp_path: Path) -> None:
    source = _saved_page(tmp_path / "page")
    document = tmp_path / "story.imprint"
    assert main(["export", str(source), "-o", str(document)]) == 0
    shutil.rmtree(tmp_path / "page")
    pdf = tmp_path / "story.pdf"
    assert main(["export", str(document), "-o", str(pdf), "--preset", "archive"]) == 0
    assert [(i.width, i.height) for i in listed_images(pdf)] == [(2400, 1600), (1200, 800)]
    # And again to a document: nothing is lost on the way.
    again = tmp_path / "again.imprint"
    assert main(["export", str(document), "-o", str(again)]) == 0
    assert read_document(again).article.images == read_document(document).article.images


def test_a_batch_turns_a_folder_of_pages_into_documents(tmp_path: Path, capsys) -> None:
    sources = [_saved_page(tmp_path / name) for name in ("one", "two")]
    out = tmp_path / "documents"
    assert main(["export", *map(str, sources), "-o", f"{out}/", "--format", "imprint"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["Harbour bridge opens-2.imprint", "Harbour bridge opens.imprint"]
    assert all(len(read_document(out / name).article.images) == 2 for name in written)


def test_a_format_that_contradicts_the_file_name_is_refused(tmp_path: Path, capsys) -> None:
    source = _saved_page(tmp_path / "page")
    assert main(["export", str(source), "-o", str(tmp_path / "x.pdf"), "--format", "imprint"]) == 2
    assert "error:" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
