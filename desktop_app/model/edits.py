"""Edits made on the page, turned into changes of the article: the text shown for an element
and the article with that element's text replaced, removed or moved."""

from __future__ import annotations

import re

from desktop_app.model.article import Article
from desktop_app.render.page_map import PageElement

_LIST_MARKER = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")
_HEADING_MARKER = re.compile(r"^(#{1,6}\s+)")
_QUOTE_MARKER = re.compile(r"^>\s?", re.MULTILINE)
# Article fields an element can show, by the name the layouts give them.
TEXT_FIELDS = ("title", "subtitle", "author", "source")


def shown_text(article: Article, element: PageElement) -> str:
    """What the in-place editor starts with: the element's own words, without Markdown marks."""
    if element.field in TEXT_FIELDS:
        return getattr(article, element.field)
    if element.field != "body" or element.block is None:
        return element.text
    block = article.blocks[element.block]
    if article.body_format != "markdown":
        return " ".join(block.split("\n"))
    if element.item is not None:
        lines = block.split("\n")
        return _LIST_MARKER.sub("", lines[element.item]) if element.item < len(lines) else element.text
    if element.kind == "heading":
        return _HEADING_MARKER.sub("", block)
    if element.kind == "quote":
        return " ".join(_QUOTE_MARKER.sub("", block).split("\n"))
    return block


def with_text(article: Article, element: PageElement, text: str) -> Article:
    """``article`` with the element's text replaced; a paragraph stays one paragraph."""
    text = " ".join(text.split()) if element.kind != "table" else text.strip()
    if element.field in TEXT_FIELDS:
        return article.with_changes(**{element.field: text})
    if element.block is None:
        return article
    if text == shown_text(article, element):
        return article
    block = article.blocks[element.block]
    if article.body_format == "markdown":
        if element.item is not None:
            lines = block.split("\n")
            marker = _LIST_MARKER.match(lines[element.item])
            lines[element.item] = (marker.group(1) if marker else "- ") + text
            text = "\n".join(lines)
        elif element.kind == "heading":
            marker = _HEADING_MARKER.match(block)
            text = (marker.group(1) if marker else "## ") + text
        elif element.kind == "quote":
            text = f"> {text}"
    return article.with_block(element.block, text)


def without(article: Article, element: PageElement) -> Article:
    """``article`` without the body block (or list item) the element shows."""
    if element.block is None:
        return article
    if element.item is not None:
        lines = article.blocks[element.block].split("\n")
        if len(lines) > 1 and element.item < len(lines):
            del lines[element.item]
            return article.with_block(element.block, "\n".join(lines))
    return article.without_block(element.block)


def moved(article: Article, element: PageElement, offset: int) -> tuple[Article, int | None]:
    """``article`` with the element's block moved ``offset`` places, and the block's new index."""
    if element.block is None:
        return article, None
    target = max(0, min(len(article.blocks) - 1, element.block + offset))
    return article.with_block_moved(element.block, offset), target
