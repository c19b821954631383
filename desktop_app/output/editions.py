"""Make an edition from files and write it: as pages in order, or imposed as a booklet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.errors import ArticleError
from desktop_app.files import write_atomically
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition, EditionError, make_edition
from desktop_app.output.booklet import impose_booklet, padded_count
from desktop_app.readers import read_document
from desktop_app.readers.edition_file import is_edition_file, read_edition


@dataclass(frozen=True)
class EditionOutput:
    """What was written: the file, its pages (sheet sides for a booklet) and the edition's pages."""

    target: Path
    pages: int
    edition_pages: int


def read_articles(paths: Sequence[Path]) -> list[Document]:
    """Every article in order; the first that cannot be read stops the edition (ArticleError)."""
    return [read_document(path) for path in paths]


def edition_from_files(
    paths: Sequence[Path],
    settings: Callable[[Document], Document],
    title: str | None = None,
    subtitle: str = "",
    when: date | None = None,
) -> Edition:
    """An edition of the articles in ``paths``.

    ``settings`` gives the edition's style and options: it is applied to a document standing
    for the edition, in the first article's language, the way the command line's flags are
    applied to one article (its locale then defaults to that language, its paper to the
    locale's).
    """
    if len(paths) == 1 and is_edition_file(paths[0]):
        return _saved_edition(paths[0], settings, title, subtitle, when)
    documents = read_articles(paths)
    if not documents:
        raise EditionError("an edition needs at least one article")
    first = documents[0].article
    shell = settings(Document(article=Article(title=first.title, language=first.language)))
    return make_edition(documents, title, subtitle, when, shell.style, shell.options)


def _saved_edition(
    path: Path, settings: Callable[[Document], Document], title: str | None, subtitle: str, when: date | None
) -> Edition:
    """A saved edition document, every article present; the given values win over the saved ones."""
    saved = read_edition(path)
    if saved.problems:
        raise ArticleError(path, saved.problems[0])
    edition = saved.edition()
    # Standing in for a saved document: it keeps its own locale and paper unless flags say otherwise.
    shell = Document(
        article=Article(title=edition.title, language=edition.language),
        style=edition.style,
        options=edition.options,
        origin=Path(path),
    )
    shell = settings(shell)
    return edition.with_changes(
        title=title or edition.title,
        subtitle=subtitle or edition.subtitle,
        date=when or edition.date,
        style=shell.style,
        options=shell.options,
    )


def edition_pdf(edition: Edition, booklet: bool = False) -> tuple[bytes, int]:
    """The edition's PDF and its page count; with ``booklet``, imposed for saddle stitching.

    A booklet's pages are laid out without bleed and marks, since the sheet is cut at their
    trim; its crop marks, if the options ask for them, are drawn on the sheet instead.
    """
    from desktop_app.render.pdf import render_edition

    if not booklet:
        result = render_edition(edition)
        return result.pdf, result.page_count
    plain = edition.with_changes(options=edition.options.with_changes(bleed_mm=0.0, crop_marks=False))
    result = render_edition(plain)
    return impose_booklet(result.pdf, crop_marks=edition.options.crop_marks), result.page_count


def export_edition(edition: Edition, target: Path, booklet: bool = False) -> EditionOutput:
    """Render ``edition`` and write it to ``target`` atomically: the whole file or none."""
    pdf, pages = edition_pdf(edition, booklet)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, pdf)
    # A booklet's file has one page per sheet side: two of the edition's pages each.
    return EditionOutput(target, padded_count(pages) // 2 if booklet else pages, pages)
