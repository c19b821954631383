"""Find and replace over an article: its title, every text field and the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.model.article import Article, block_spans

# The fields searched, in the order they stand on the page.
SEARCHED_FIELDS = ("title", "subtitle", "author", "source", "body")


@dataclass(frozen=True)
class Match:
    """One match: the field it is in and where, in that field's text."""

    field: str
    start: int
    end: int


def _pattern(query: str, match_case: bool, whole_word: bool) -> re.Pattern[str]:
    pattern = re.escape(query)
    if whole_word:
        # A word's edge: no letter or digit on the outside (works for any script).
        pattern = rf"(?<![^\W_]){pattern}(?![^\W_])"
    return re.compile(pattern, 0 if match_case else re.IGNORECASE)


def find_all(article: Article, query: str, match_case: bool = False, whole_word: bool = False) -> list[Match]:
    """Every match of ``query`` in the article, field by field, in reading order."""
    if not query:
        return []
    pattern = _pattern(query, match_case, whole_word)
    return [
        Match(name, m.start(), m.end())
        for name in SEARCHED_FIELDS
        for m in pattern.finditer(getattr(article, name))
    ]


def replace_one(article: Article, match: Match, replacement: str) -> Article:
    """``article`` with the text of ``match`` replaced by ``replacement``."""
    text = getattr(article, match.field)
    return article.with_changes(**{match.field: text[: match.start] + replacement + text[match.end :]})


def replace_all(
    article: Article, query: str, replacement: str, match_case: bool = False, whole_word: bool = False
) -> tuple[Article, int]:
    """``article`` with every match of ``query`` replaced, and how many were."""
    if not query:
        return article, 0
    pattern = _pattern(query, match_case, whole_word)
    changes: dict[str, str] = {}
    total = 0
    for name in SEARCHED_FIELDS:
        # A function, so that backslashes in the replacement are taken literally.
        text, count = pattern.subn(lambda _m: replacement, getattr(article, name))
        if count:
            changes[name] = text
            total += count
    return (article.with_changes(**changes) if changes else article), total


def block_of(article: Article, match: Match) -> int | None:
    """The body block a match is in (the page map names elements by block), if it is in the body."""
    if match.field != "body":
        return None
    for index, (start, end) in enumerate(block_spans(article.body, article.body_format == "markdown")):
        if match.start < end and match.end > start:
            return index
    return None
