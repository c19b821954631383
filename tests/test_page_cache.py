"""The page cache gives back a document's last pages only for exactly that document."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.readers import read_document
from desktop_app.render import page_cache
from desktop_app.render.page_map import PageElement, PageMap, Rect

MAP = PageMap(((595.0, 842.0),), (PageElement("title", "title", "title", "title", (Rect(0, 1, 2, 3, 4),)),))


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_same_document_gets_its_pages_back(seed_path: Path) -> None:
    document = read_document(seed_path)
    assert page_cache.cached_pages(document) is None
    page_cache.keep_pages(document, b"%PDF-seed", MAP)
    assert page_cache.cached_pages(read_document(seed_path)) == b"%PDF-seed"
    # The page map comes back with the pages, so a reopened document is clickable at once.
    assert page_cache.cached_render(read_document(seed_path)) == (b"%PDF-seed", MAP)


def test_pages_without_their_map_are_no_hit(seed_path: Path, private_cache: Path) -> None:
    document = read_document(seed_path)
    page_cache.keep_pages(document, b"%PDF-seed", MAP)
    for kept_map in (private_cache / "Imprint" / "pages").glob("*.map.json"):
        kept_map.unlink()
    assert page_cache.cached_pages(document) is None


def test_any_change_misses(seed_path: Path) -> None:
    document = read_document(seed_path)
    page_cache.keep_pages(document, b"%PDF-seed", MAP)
    retitled = document.with_changes(article=document.article.with_changes(title="Another title"))
    bigger = document.with_changes(style=document.style.with_changes(body_size=12))
    marked = document.with_changes(options=document.options.with_changes(crop_marks=True))
    for changed in (retitled, bigger, marked):
        assert page_cache.cached_pages(changed) is None


def test_only_the_newest_documents_are_kept(seed_path: Path, private_cache: Path) -> None:
    document = read_document(seed_path)
    for n in range(page_cache.KEEP + 5):
        edited = document.with_changes(article=document.article.with_changes(title=f"Title {n}"))
        page_cache.keep_pages(edited, f"%PDF-{n}".encode(), MAP)
    assert len(list((private_cache / "Imprint" / "pages").glob("*.pdf"))) == page_cache.KEEP
    newest = document.with_changes(
        article=document.article.with_changes(title=f"Title {page_cache.KEEP + 4}")
    )
    assert page_cache.cached_pages(newest) == f"%PDF-{page_cache.KEEP + 4}".encode()
