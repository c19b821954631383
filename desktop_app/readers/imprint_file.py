"""Imprint's own document format: JSON holding the article and every edit, with a schema version."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.errors import ArticleError
from desktop_app.files import write_atomically
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.pictures import Picture
from desktop_app.model.style import ExportOptions, Style

# 2: the article carries its pictures (base64 inside the JSON, so a document stays one file).
SCHEMA_VERSION = 2
# Every schema this version opens; 1 had no pictures.
READ_SCHEMAS = (1, 2)
FORMAT_NAME = "imprint-document"
# An edition document (readers/edition_file.py) shares the suffix; its format tells them apart.
EDITION_FORMAT = "imprint-edition"
SUFFIX = ".imprint"


def document_to_json(document: Document) -> str:
    article = asdict(document.article)
    article["images"] = [_picture_to_json(p) for p in document.article.images]
    article["date"] = document.article.date.isoformat() if document.article.date else None
    article["keywords"] = list(document.article.keywords)
    payload = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "article": article,
        "style": document.style.as_dict(),
        "options": document.options.as_dict(),
        "origin": str(document.origin) if document.origin else None,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def save_document(document: Document, path: Path) -> None:
    """Write ``document`` to ``path`` atomically: either the whole new file or the old one."""
    data = document_to_json(document).encode("utf-8")
    write_atomically(path, data)


def document_from_json(path: Path, text: str) -> Document:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"not an Imprint document: invalid JSON at line {exc.lineno}") from exc
    if isinstance(payload, dict) and payload.get("format") == EDITION_FORMAT:
        # readers/edition_file.py reads these; an article's reader is the wrong door.
        raise ArticleError(path, "an Imprint edition, not an article: use imprint edition or imprint print")
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_NAME:
        raise ArticleError(path, "not an Imprint document")
    version = payload.get("schema_version")
    if not isinstance(version, int):
        raise ArticleError(path, "Imprint document has no schema version")
    if version > SCHEMA_VERSION:
        raise ArticleError(
            path,
            f"saved by a newer Imprint (schema {version}); this version reads schema {SCHEMA_VERSION}",
        )
    if version not in READ_SCHEMAS:
        raise ArticleError(path, f"schema {version} is older than any this Imprint reads")
    try:
        article_data = dict(payload["article"])
        article_data["date"] = date.fromisoformat(article_data["date"]) if article_data.get("date") else None
        article_data["keywords"] = tuple(article_data.get("keywords") or ())
        article_data["images"] = tuple(_picture_from_json(p) for p in article_data.get("images") or ())
        article = Article(**_known(Article, article_data))
        style = Style(**_known(Style, payload.get("style") or {}))
        options = ExportOptions(**_known(ExportOptions, payload.get("options") or {}))
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ArticleError(path, f"damaged Imprint document: {exc}") from exc
    origin = payload.get("origin")
    return Document(article, style, options, Path(origin) if origin else None)


def _picture_to_json(picture: Picture) -> dict[str, object]:
    return {
        "name": picture.name,
        "media_type": picture.media_type,
        "pixels": list(picture.pixels),
        "data": base64.b64encode(picture.data).decode("ascii"),
    }


def _picture_from_json(data: dict[str, Any]) -> Picture:
    width, height = (int(n) for n in data["pixels"])
    return Picture(
        name=str(data["name"]),
        data=base64.b64decode(str(data["data"]), validate=True),
        media_type=str(data["media_type"]),
        pixels=(width, height),
    )


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` when it names only fields of ``cls``; the values are checked by ``cls`` itself."""
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown fields {', '.join(sorted(unknown))}")
    return data
