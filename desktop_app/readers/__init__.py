"""Read articles from disk into documents, whatever format and encoding they come in."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import ArticleError
from desktop_app.language.detection import guess_language
from desktop_app.language.tags import language_tag
from desktop_app.model.article import Article, ArticleMeta, BodyFormat
from desktop_app.model.document import Document
from desktop_app.readers.decoding import decode, read_bytes
from desktop_app.readers.imprint_file import SUFFIX as IMPRINT_SUFFIX
from desktop_app.readers.imprint_file import document_from_json
from desktop_app.readers.markdown_article import parse_markdown
from desktop_app.readers.news_text import parse_news_text

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text", "")
OPEN_SUFFIXES = (IMPRINT_SUFFIX, *MARKDOWN_SUFFIXES, ".txt", ".text")


def read_document(path: Path | str) -> Document:
    """Open an article or an ``.imprint`` document. Raises ArticleError with a reason."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode(path, data)
    if path.suffix.lower() == IMPRINT_SUFFIX:
        return document_from_json(path, text)
    return Document(article=_parse_article(path, text, encoding), origin=path.resolve())


def read_article(path: Path | str) -> Article:
    return read_document(path).article


def _parse_article(path: Path, text: str, encoding: str) -> Article:
    body_format: BodyFormat
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        meta, body = parse_markdown(path, text)
        body_format = "markdown"
    else:
        meta, paragraphs = parse_news_text(text)
        body = "\n\n".join(paragraphs)
        body_format = "text"
    return _article(path, meta, body, body_format, encoding)


def _article(path: Path, meta: ArticleMeta, body: str, body_format: BodyFormat, encoding: str) -> Article:
    title = meta.title or _first_line(body)
    if not title:
        raise ArticleError(path, "no text to make an article of")
    language = language_tag(meta.language or guess_language(f"{title}\n{body}"))
    return Article(
        title=title,
        body=body,
        body_format=body_format,
        subtitle=meta.subtitle,
        author=meta.author,
        source=meta.source,
        date=meta.date,
        language=language,
        keywords=meta.keywords,
        encoding=encoding,
    )


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return ""
