"""Word and character counts, as the page's own "N words" counts them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.model.article import Article

# Each Chinese character counts as one word, as Chinese editors count; elsewhere a word is a
# run of letters and digits.
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\u3400-\u9fff\uf900-\ufaff]+")
_LINE_BREAK = re.compile(r"[\r\n]")


def count_words(text: str) -> int:
    """Words in ``text``, each Chinese character counting as one."""
    return len(_CJK_CHAR.findall(text)) + len(_WORD.findall(text))


def count_characters(text: str) -> int:
    """Characters in ``text``, spaces included, line breaks not (a length limit counts what
    is read, and paragraph breaks are not typed characters)."""
    return len(_LINE_BREAK.sub("", text))


@dataclass(frozen=True)
class Counts:
    words: int
    characters: int


def article_counts(article: Article) -> Counts:
    """The counts of an article's text: its body's paragraphs, as the page's "N words" counts."""
    text = "\n\n".join(article.paragraphs)
    return Counts(count_words(text), count_characters(text))
