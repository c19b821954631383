"""The article model: metadata and body text, independent of where it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

BodyFormat = Literal["text", "markdown"]

_BLOCK_SPLIT = re.compile(r"\n\s*\n")
_HEADING = re.compile(r"^#{1,6}\s")


@dataclass(frozen=True)
class Article:
    """One article. ``body`` holds paragraphs separated by blank lines.

    A ``text`` body is plain text whose every paragraph is escaped on output; a
    ``markdown`` body is Markdown rendered with raw HTML switched off.
    """

    title: str
    body: str = ""
    body_format: BodyFormat = "text"
    subtitle: str = ""
    author: str = ""
    source: str = ""
    date: date | None = None
    language: str = "en"
    keywords: tuple[str, ...] = ()
    encoding: str = "utf-8"

    @property
    def blocks(self) -> list[str]:
        """Every blank-line separated block of the body, headings included."""
        return [b.strip() for b in _BLOCK_SPLIT.split(self.body) if b.strip()]

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs: its blocks less Markdown headings."""
        if self.body_format == "text":
            return self.blocks
        return [b for b in self.blocks if not _HEADING.match(b)]

    def with_changes(self, **changes: object) -> Article:
        """A copy with some fields replaced (articles are immutable so undo is cheap)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class ArticleMeta:
    """Metadata found in an article's header, before the body is known."""

    title: str = ""
    subtitle: str = ""
    author: str = ""
    source: str = ""
    date: date | None = None
    language: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
