"""An edition: several articles printed as one publication, with a masthead and a contents page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop_app.errors import ImprintError
from desktop_app.model.document import Document
from desktop_app.model.style import ExportOptions, Style


class EditionError(ImprintError):
    """An edition that cannot be made: no articles, or settings that do not fit together."""


@dataclass(frozen=True)
class Edition:
    """The articles in the order they are printed, and what the edition says about itself.

    The edition's ``style`` (paper, margins, type sizes) and ``options`` (layout, locale,
    PDF variant, bleed, marks) apply to every article; each article keeps its own language,
    and with it its faces, hyphenation and direction.
    """

    title: str
    articles: tuple[Document, ...]
    subtitle: str = ""
    date: date | None = None
    style: Style = field(default_factory=Style)
    options: ExportOptions = field(default_factory=ExportOptions)

    def __post_init__(self) -> None:
        if not self.articles:
            raise EditionError("an edition needs at least one article")
        if not self.title.strip():
            raise EditionError("an edition needs a title")

    @property
    def locale(self) -> str:
        return self.options.locale

    @property
    def language(self) -> str:
        """The language the edition's own words are in: its locale's language."""
        return self.options.locale.split("_")[0]

    def with_changes(self, **changes: Any) -> Edition:
        return replace(self, **changes)


def make_edition(
    documents: Sequence[Document],
    title: str | None = None,
    subtitle: str = "",
    when: date | None = None,
    style: Style | None = None,
    options: ExportOptions | None = None,
) -> Edition:
    """An edition of ``documents`` in that order, with defaults taken from the articles.

    Without a title the first article's source names the edition (a digest of one office's
    news), else its title. Without a date it carries the newest article's date, never the
    clock, so the same articles always make the same edition.
    """
    if not documents:
        raise EditionError("an edition needs at least one article")
    first = documents[0]
    dates = [d.article.date for d in documents if d.article.date]
    return Edition(
        title=title or first.article.source or first.article.title,
        articles=tuple(documents),
        subtitle=subtitle,
        date=when or (max(dates) if dates else None),
        style=style or first.style,
        options=options or first.options,
    )
