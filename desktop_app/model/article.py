"""The article model: metadata and body text, independent of where it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from desktop_app.model.pictures import Picture

BodyFormat = Literal["text", "markdown"]

_BLOCK_GAP = re.compile(r"\n[ \t]*\n\s*")
_HEADING = re.compile(r"^#{1,6}\s")
_FENCE = re.compile(r"^[ \t]*(```|~~~)", re.MULTILINE)


def block_spans(body: str, markdown: bool = False) -> list[tuple[int, int]]:
    """Where each blank-line separated block of ``body`` starts and ends, blank edges trimmed.

    In Markdown a fenced code block is one block even where it holds blank lines.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    fence_open = False
    for gap in [*_BLOCK_GAP.finditer(body), None]:
        end = gap.start() if gap else len(body)
        text = body[start:end]
        first = start + len(text) - len(text.lstrip())
        last = start + len(text.rstrip())
        if last > first:
            if fence_open:
                spans[-1] = (spans[-1][0], last)  # still inside the fence: the same block
            else:
                spans.append((first, last))
            if markdown and len(_FENCE.findall(text)) % 2:
                fence_open = not fence_open
        start = gap.end() if gap else len(body)
    return spans


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
    # The pictures the body's figures name (see model/pictures.py), in the order first named.
    images: tuple[Picture, ...] = ()

    @property
    def blocks(self) -> list[str]:
        """Every blank-line separated block of the body, headings included."""
        return [self.body[s:e] for s, e in self._spans()]

    def _spans(self) -> list[tuple[int, int]]:
        return block_spans(self.body, self.body_format == "markdown")

    def with_block(self, index: int, text: str) -> Article:
        """A copy with block ``index`` replaced by ``text`` (several blocks when it holds blank
        lines; none when it is empty); every other byte of the body stays as it was."""
        start, end = self._spans()[index]
        body = self.body[:start] + text.strip() + self.body[end:]
        if not text.strip():
            return self.without_block(index)
        return replace(self, body=body)

    def without_block(self, index: int) -> Article:
        """A copy without block ``index``."""
        blocks = self.blocks
        del blocks[index]
        return replace(self, body="\n\n".join(blocks))

    def with_block_moved(self, index: int, offset: int) -> Article:
        """A copy with block ``index`` moved ``offset`` places (clamped to the body)."""
        blocks = self.blocks
        target = max(0, min(len(blocks) - 1, index + offset))
        blocks.insert(target, blocks.pop(index))
        return replace(self, body="\n\n".join(blocks))

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs: its blocks less Markdown headings."""
        if self.body_format == "text":
            return self.blocks
        return [b for b in self.blocks if not _HEADING.match(b)]

    def picture(self, name: str) -> Picture | None:
        """The picture called ``name`` that the article carries, if it carries one."""
        return next((p for p in self.images if p.name == name), None)

    def with_changes(self, **changes: Any) -> Article:
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
