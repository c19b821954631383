"""Read articles from disk into documents, whatever format and encoding they come in."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import ArticleError
from desktop_app.language.detection import guess_language
from desktop_app.language.tags import language_tag
from desktop_app.model.article import Article, ArticleMeta, BodyFormat
from desktop_app.model.document import Document
from desktop_app.readers.decoding import decode, decode_markup, read_bytes
from desktop_app.readers.formats import OPEN_SUFFIXES, reader_for
from desktop_app.readers.imprint_file import document_from_json
from desktop_app.readers.markdown_article import parse_markdown
from desktop_app.readers.news_text import parse_news_text

__all__ = ["OPEN_SUFFIXES", "read_article", "read_document", "read_metadata"]


def read_document(path: Path | str) -> Document:
    """Open an article or an ``.imprint`` document. Raises ArticleError with a reason."""
    path = Path(path)
    data = read_bytes(path)
    reader = reader_for(path.suffix)
    if reader in ("web-page", "web-archive", "word"):
        return _read_rich(path, data, reader)
    text, encoding = decode(path, data)
    if reader == "imprint":
        return document_from_json(path, text)
    return Document(article=_parse_article(path, text, encoding), origin=path.resolve())


def read_article(path: Path | str) -> Article:
    return read_document(path).article


def read_metadata(path: Path | str) -> ArticleMeta:
    """What an article says about itself (title, source, date…), as ``read_document`` gives it.

    A saved web page's comes from its metadata alone, without finding its text: a library of
    hundreds of saved pages lists in a fraction of the time. Raises ArticleError as reading does.
    """
    path = Path(path)
    reader = reader_for(path.suffix)
    if reader in ("web-page", "web-archive"):
        from desktop_app.readers.web_page import page_metadata_of

        data = read_bytes(path)
        if reader == "web-page":
            markup = decode_markup(path, data)[0]
        else:
            from desktop_app.readers.web_archive import archive_markup

            markup = archive_markup(path, data)
        meta = page_metadata_of(path, markup)
        if meta.title:
            return meta
    article = read_document(path).article
    return ArticleMeta(
        title=article.title,
        subtitle=article.subtitle,
        author=article.author,
        source=article.source,
        date=article.date,
        language=article.language,
        keywords=article.keywords,
    )


def _read_rich(path: Path, data: bytes, reader: str) -> Document:
    """Saved web pages, web archives and Word files: Markdown bodies with figures."""
    # Imported here: their libraries take a moment to load, and a text article never needs them.
    encoding = "utf-8"
    if reader == "web-page":
        from desktop_app.readers.web_page import folder_lookup, read_web_page

        markup, encoding = decode_markup(path, data)
        read = read_web_page(path, markup, folder_lookup(path))
    elif reader == "web-archive":
        from desktop_app.readers.web_archive import read_web_archive

        read = read_web_archive(path, data)
    else:
        from desktop_app.readers.word_file import read_word_file

        read = read_word_file(path, data)
    article = _article(path, read.meta, read.body, "markdown", encoding)
    return Document(
        article=article.with_changes(images=read.images),
        origin=path.resolve(),
        reading_problems=read.problems,
    )


def _parse_article(path: Path, text: str, encoding: str) -> Article:
    body_format: BodyFormat
    if reader_for(path.suffix) == "markdown":
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
