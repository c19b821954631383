"""Pages rendered before, kept so that a reopened document shows its last pages at once.

A cached PDF is used only for a document whose HTML, export options and renderer versions
are exactly those it was rendered from; the same input gives the same bytes, so it is the
page export would write. The window still renders afresh and replaces it when it differs.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from desktop_app import __version__
from desktop_app.errors import ImprintError
from desktop_app.files import write_atomically
from desktop_app.folders import cache_dir
from desktop_app.model.document import Document
from desktop_app.render.html import render_html
from desktop_app.render.page_map import PageMap

KEEP = 20  # documents whose last pages are kept; older ones are removed


@cache
def _renderer_versions() -> str:
    return f"imprint {__version__}; weasyprint {metadata.version('weasyprint')}"


def page_key(document: Document) -> str:
    """What the document's PDF depends on, as a file name."""
    digest = hashlib.sha256(_renderer_versions().encode())
    digest.update(json.dumps(document.options.as_dict(), sort_keys=True).encode())
    digest.update(render_html(document).encode())
    return digest.hexdigest()


def _folder() -> Path:
    return cache_dir() / "pages"


def cached_pages(document: Document) -> bytes | None:
    """The PDF last rendered for exactly this document, if there is one."""
    cached = cached_render(document)
    return cached[0] if cached else None


def cached_render(document: Document) -> tuple[bytes, PageMap] | None:
    """The PDF last rendered for exactly this document and its page map, if both are kept."""
    try:
        key = page_key(document)
        pdf = (_folder() / f"{key}.pdf").read_bytes()
        page_map = PageMap.from_json((_folder() / f"{key}.map.json").read_text(encoding="utf-8"))
    except (OSError, ImprintError, ValueError, KeyError, TypeError):
        return None
    return pdf, page_map


def keep_pages(document: Document, pdf: bytes, page_map: PageMap) -> None:
    """Remember ``pdf`` and its page map as the pages of ``document``, so a reopened document is
    clickable at once; a cache that cannot be written is skipped."""
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        key = page_key(document)
        # The map first: a PDF without its map is never taken as a hit.
        write_atomically(folder / f"{key}.map.json", page_map.to_json().encode())
        write_atomically(folder / f"{key}.pdf", pdf)
        kept = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
            old.with_suffix(".map.json").unlink(missing_ok=True)
    except (OSError, ImprintError):
        return
