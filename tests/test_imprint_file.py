"""The .imprint document: save then open gives the same state; versions are checked."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop_app.errors import ArticleError
from desktop_app.files import write_atomically
from desktop_app.readers import read_document
from desktop_app.readers.imprint_file import SCHEMA_VERSION, save_document


def _edited(seed_path: Path):
    document = read_document(seed_path)
    return document.with_changes(
        article=document.article.with_changes(subtitle="A subtitle", author="Desk", keywords=("a", "b")),
        style=document.style.with_changes(body_size=12.5, paper="Letter", columns=2),
        options=document.options.with_changes(layout="classic", locale="ru"),
    )


def test_save_then_open_is_identical(tmp_path: Path, seed_path: Path) -> None:
    document = _edited(seed_path)
    target = tmp_path / "doc.imprint"
    save_document(document, target)
    assert read_document(target) == document


def test_save_leaves_no_temporary_files(tmp_path: Path, seed_path: Path) -> None:
    save_document(_edited(seed_path), tmp_path / "doc.imprint")
    assert [p.name for p in tmp_path.iterdir()] == ["doc.imprint"]


def test_failed_save_keeps_the_old_file(tmp_path: Path, seed_path: Path, monkeypatch) -> None:
    target = tmp_path / "doc.imprint"
    save_document(_edited(seed_path), target)
    before = target.read_bytes()

    def boom(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        save_document(read_document(seed_path), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.imprint"]


@pytest.mark.parametrize(("version", "message"), [(SCHEMA_VERSION + 1, "newer Imprint"), (0, "older")])
def test_other_schema_versions_get_a_clear_message(tmp_path: Path, seed_path: Path, version, message) -> None:
    target = tmp_path / "doc.imprint"
    save_document(_edited(seed_path), target)
    payload = json.loads(target.read_text(encoding="utf-8"))
    payload["schema_version"] = version
    target.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        read_document(target)


def test_damaged_document_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "doc.imprint"
    target.write_text('{"format": "imprint-document", "schema_version": 1, "article": {"titel": "x"}}')
    with pytest.raises(ArticleError, match="damaged"):
        read_document(target)


def test_atomic_writes_get_the_usual_file_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.pdf"
        write_atomically(fresh, b"%PDF")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o600)
        write_atomically(kept, b"%PDF")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert kept.read_bytes() == b"%PDF"
    finally:
        os.umask(old)


def test_pictures_travel_inside_the_document(tmp_path: Path, seed_path: Path) -> None:
    from desktop_app.model.pictures import Picture

    photo = Picture("photo-1.png", b"\x89PNG\r\n\x1a\n not really", "image/png", (640, 480))
    document = read_document(seed_path)
    body = f'![A caption](photo-1.png "Photo: Desk")\n\n{document.article.body}'
    document = document.with_changes(article=document.article.with_changes(body=body, images=(photo,)))
    target = tmp_path / "doc.imprint"
    save_document(document, target)
    reopened = read_document(target)
    assert reopened == document
    assert reopened.article.picture("photo-1.png").data == photo.data


def test_a_schema_1_document_still_opens(tmp_path: Path, seed_path: Path) -> None:
    target = tmp_path / "old.imprint"
    save_document(_edited(seed_path), target)
    payload = json.loads(target.read_text(encoding="utf-8"))
    payload["schema_version"] = 1
    del payload["article"]["images"]
    target.write_text(json.dumps(payload), encoding="utf-8")
    assert read_document(target) == _edited(seed_path)
