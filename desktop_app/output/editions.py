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
from desktop_app.output.booklet import Booklet, make_booklet
from desktop_app.readers import read_document
from desktop_app.readers.edition_file import is_edition_file, read_edition


@dataclass(frozen=True)
class EditionPdf:
    """An edition made into a PDF: its bytes, its pages (sheet sides for a booklet) and the
    edition's own pages."""

    pdf: bytes
    pages: int
    edition_pages: int


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


def edition_booklet(edition: Edition) -> Booklet:
    """``edition`` as a booklet: the sheets export writes and print sends, made one way."""
    from desktop_app.render.pdf import render_edition

    return make_booklet(
        lambda options: render_edition(edition.with_changes(options=options)),
        edition.options,
        edition.style.paper,
    )


def edition_pdf(edition: Edition, booklet: bool = False) -> EditionPdf:
    """The edition's PDF: its pages, or with ``booklet`` its sheets (see :func:`edition_booklet`)."""
    from desktop_app.render.pdf import render_edition

    if booklet:
        sheets = edition_booklet(edition)
        return EditionPdf(sheets.pdf, sheets.sheet_sides, sheets.page_count)
    result = render_edition(edition)
    return EditionPdf(result.pdf, result.page_count, result.page_count)


def write_edition(made: EditionPdf, target: Path) -> EditionOutput:
    """Write an edition's PDF to ``target`` atomically: the whole file or none."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, made.pdf)
    return EditionOutput(target, made.pages, made.edition_pages)


def export_edition(edition: Edition, target: Path, booklet: bool = False) -> EditionOutput:
    """Render ``edition`` (as a booklet with ``booklet``) and write it to ``target``."""
    return write_edition(edition_pdf(edition, booklet), target)
