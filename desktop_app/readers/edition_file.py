"""Edition documents: an ``.imprint`` file naming an edition's articles, its settings and a schema version.

Articles are referenced, not embedded: a press office corrects an article after it went
into a digest, and the edition should print the corrected text; one article often goes
into several editions (the digest and the event booklet), and embedded copies would drift
apart. References are relative to the edition's folder, so a folder moved or shared whole
keeps working. An article that has gone missing is reported by name and kept in the
document, so opening and saving it again loses nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from desktop_app.errors import ArticleError, ImprintError
from desktop_app.files import write_atomically
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition, EditionError
from desktop_app.model.style import ExportOptions, Style
from desktop_app.readers import read_document
from desktop_app.readers.decoding import decode, read_bytes
from desktop_app.readers.formats import OPEN_SUFFIXES
from desktop_app.readers.imprint_file import EDITION_FORMAT, SUFFIX, _known

EDITION_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ArticleReference:
    """Where an article of the edition is, and its title when the edition was last saved."""

    path: Path
    title: str = ""


@dataclass(frozen=True)
class EditionDocument:
    """An edition as saved: its settings, every article reference in order, and what was read.

    ``documents`` runs beside ``references``; an article that could not be read is None
    there, with the reason in ``problems``.
    """

    title: str
    references: tuple[ArticleReference, ...]
    documents: tuple[Document | None, ...] = ()
    subtitle: str = ""
    date: date | None = None
    style: Style = field(default_factory=Style)
    options: ExportOptions = field(default_factory=ExportOptions)
    problems: tuple[str, ...] = ()

    def edition(self) -> Edition:
        """The edition of the articles that could be read, in order; EditionError if none."""
        documents = tuple(d for d in self.documents if d is not None)
        if not documents:
            raise EditionError(f"none of the edition's {len(self.references)} articles can be read")
        return Edition(self.title, documents, self.subtitle, self.date, self.style, self.options)

    @classmethod
    def of(cls, edition: Edition) -> EditionDocument:
        """The document that saves ``edition``: each article referenced by the file it came from."""
        references = []
        for document in edition.articles:
            if document.origin is None:
                raise EditionError(f"“{document.article.title}” has no file the edition can refer to")
            references.append(ArticleReference(document.origin, document.article.title))
        return cls(
            edition.title,
            tuple(references),
            edition.articles,
            edition.subtitle,
            edition.date,
            edition.style,
            edition.options,
        )


def is_edition_file(path: Path) -> bool:
    """Whether ``path`` is an edition document (and not a single article's ``.imprint``)."""
    if Path(path).suffix.lower() != SUFFIX:
        return False
    try:
        payload = json.loads(decode(path, read_bytes(path))[0])
    except (ImprintError, ValueError):
        return False
    return isinstance(payload, dict) and payload.get("format") == EDITION_FORMAT


def edition_to_json(document: EditionDocument, path: Path) -> str:
    folder = Path(path).resolve().parent
    payload = {
        "format": EDITION_FORMAT,
        "schema_version": EDITION_SCHEMA_VERSION,
        "title": document.title,
        "subtitle": document.subtitle,
        "date": document.date.isoformat() if document.date else None,
        "style": document.style.as_dict(),
        "options": document.options.as_dict(),
        "articles": [
            {"path": _relative(ref.path, folder), "title": ref.title} for ref in document.references
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def save_edition(document: EditionDocument, path: Path) -> None:
    """Write the edition document atomically; missing articles stay referenced."""
    write_atomically(Path(path), edition_to_json(document, path).encode("utf-8"))


def read_edition(path: Path) -> EditionDocument:
    """Open an edition document and every article it references.

    A damaged or newer file is an ArticleError; a missing or unreadable article is not:
    it is named in ``problems`` and the rest of the edition opens.
    """
    path = Path(path)
    text, _encoding = decode(path, read_bytes(path))
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"not an Imprint edition: invalid JSON at line {exc.lineno}") from exc
    if not isinstance(payload, dict) or payload.get("format") != EDITION_FORMAT:
        raise ArticleError(path, "not an Imprint edition")
    version = payload.get("schema_version")
    if not isinstance(version, int):
        raise ArticleError(path, "Imprint edition has no schema version")
    if version > EDITION_SCHEMA_VERSION:
        raise ArticleError(
            path,
            f"saved by a newer Imprint (edition schema {version}); this version reads schema "
            f"{EDITION_SCHEMA_VERSION}",
        )
    try:
        references = tuple(_reference(item, path.resolve().parent) for item in payload["articles"])
        style = Style(**_known(Style, payload.get("style") or {}))
        options = ExportOptions(**_known(ExportOptions, payload.get("options") or {}))
        when = date.fromisoformat(payload["date"]) if payload.get("date") else None
        title = str(payload["title"])
        subtitle = str(payload.get("subtitle") or "")
    except (KeyError, TypeError, ValueError) as exc:
        raise ArticleError(path, f"damaged Imprint edition: {exc}") from exc
    documents: list[Document | None] = []
    problems: list[str] = []
    for number, reference in enumerate(references, start=1):
        try:
            if reference.path.suffix.lower() not in OPEN_SUFFIXES:
                # An edition from elsewhere must not pull arbitrary files of this machine into a PDF.
                raise ArticleError(reference.path, "not an article Imprint opens")
            documents.append(read_document(reference.path))
        except ArticleError as exc:
            documents.append(None)
            name = f"“{reference.title}” " if reference.title else ""
            problems.append(f"article {number} {name}cannot be read: {exc}")
    return EditionDocument(
        title, references, tuple(documents), subtitle, when, style, options, tuple(problems)
    )


def _reference(item: object, folder: Path) -> ArticleReference:
    if not isinstance(item, dict) or not isinstance(item.get("path"), str) or not item["path"]:
        raise ValueError("an article entry has no path")
    stored = Path(*PurePosixPath(item["path"]).parts)
    return ArticleReference(stored if stored.is_absolute() else folder / stored, str(item.get("title") or ""))


def _relative(path: Path, folder: Path) -> str:
    """``path`` relative to the edition's folder when it can be (POSIX separators), else absolute."""
    absolute = Path(path).resolve()
    try:
        relative = Path(os.path.relpath(absolute, folder))
    except ValueError:  # another drive on Windows
        return absolute.as_posix()
    return relative.as_posix()
