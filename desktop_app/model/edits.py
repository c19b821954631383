"""Edits made on the page, turned into changes of the article: the text shown for an element
and the article with that element's text replaced, removed or moved; a figure's caption,
credit, width and picture; a figure inserted where something was dropped."""

from __future__ import annotations

import math
import re

from desktop_app.model.article import Article
from desktop_app.model.caption_lines import figures_of
from desktop_app.model.figures import Figure, carried_picture, parse_figure
from desktop_app.model.pictures import FIGURE_SIZES, Picture
from desktop_app.render.page_map import PageElement, PageMap, Rect

_LIST_MARKER = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")
_HEADING_MARKER = re.compile(r"^(#{1,6}\s+)")
_QUOTE_MARKER = re.compile(r"^>\s?", re.MULTILINE)
# Article fields an element can show, by the name the layouts give them.
TEXT_FIELDS = ("title", "subtitle", "author", "source")


def shown_text(article: Article, element: PageElement) -> str:
    """What the in-place editor starts with: the element's own words, without Markdown marks."""
    if element.field in TEXT_FIELDS:
        return getattr(article, element.field)
    figure = figure_of(article, element)
    if figure is not None:  # a figure, its caption or its credit, whichever field names them
        return getattr(figure, figure_part(element) or "caption")
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
    figure = figure_of(article, element)
    if figure is not None:  # the figure itself edits its caption
        return _with_figure(
            article, element.block, figure.with_changes(**{figure_part(element) or "caption": text})
        )
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
    """``article`` without the body block (or list item) the element shows; a figure's caption
    or credit is emptied, and a figure removed takes its picture along."""
    if element.block is None:
        return article
    figure = figure_of(article, element)
    if figure is not None:
        part = figure_part(element)
        if part is not None:
            return _with_figure(article, element.block, figure.with_changes(**{part: ""}))
        return pruned(article.without_block(element.block))
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


# -- figures -------------------------------------------------------------------------------

FIGURE_PARTS = ("caption", "credit")
_LINE_START = re.compile(r"^[ \t]*(#|>|[-+*](?=\s)|\d+(?=[.)]))", re.MULTILINE)
_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]{}|])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")


def figure_of(article: Article, element: PageElement) -> Figure | None:
    """The figure the element shows (the figure itself, or its caption or credit), if it is one."""
    if element.block is None or element.article is not None:
        return None
    return figure_at(article, element.block)


def figure_at(article: Article, block: int) -> Figure | None:
    """The figure body block ``block`` is, if it is one."""
    if article.body_format != "markdown":
        return None
    blocks = article.blocks
    return parse_figure(blocks[block]) if 0 <= block < len(blocks) else None


def figure_part(element: PageElement) -> str | None:
    """``caption`` or ``credit`` for the element that shows one of a figure, else None."""
    _, _, tail = element.local_id.partition(".")
    return tail if tail in FIGURE_PARTS else None


def _with_figure(article: Article, block: int, figure: Figure) -> Article:
    return article.with_block(block, figure.markdown())


def with_figure_size(article: Article, block: int, size: str) -> Article:
    """``article`` with the figure of body block ``block`` placed at ``size`` (column, half or wide)."""
    figure = figure_at(article, block)
    if figure is None or size not in FIGURE_SIZES or figure.size == size:
        return article
    return _with_figure(article, block, figure.with_changes(size=size))


def with_picture_replaced(article: Article, block: int, picture: Picture) -> Article:
    """``article`` with the figure of body block ``block`` showing ``picture``; caption, credit
    and width stay, and the old picture goes when no other figure shows it."""
    figure = figure_at(article, block)
    if figure is None:
        return article
    article, name = with_picture(article, picture)
    return pruned(_with_figure(article, block, figure.with_changes(image=name)))


def with_figure_inserted(
    article: Article, index: int, picture: Picture, caption: str = "", credit: str = ""
) -> tuple[Article, int]:
    """``article`` with a figure of ``picture`` as body block ``index`` (clamped to the body),
    and that block's index. A plain-text body becomes Markdown, its words unchanged."""
    article, name = with_picture(as_markdown(article), picture)
    blocks = article.blocks
    index = max(0, min(len(blocks), index))
    blocks.insert(index, Figure(name, caption, credit).markdown())
    return article.with_changes(body="\n\n".join(blocks)), index


def with_picture(article: Article, picture: Picture) -> tuple[Article, str]:
    """``article`` carrying ``picture`` and the name it has there: the same bytes already
    carried keep their picture; another picture of the same name is not replaced."""
    kept, images = carried_picture(picture, article)
    return article.with_changes(images=images), kept.name


def pruned(article: Article) -> Article:
    """``article`` carrying only the pictures its figures show, in the order first shown."""
    figures = figures_of(article.body) if article.body_format == "markdown" else []
    named = dict.fromkeys(f.image for f in figures)
    kept = tuple(p for name in named if (p := article.picture(name)) is not None)
    return article if kept == article.images else article.with_changes(images=kept)


def as_markdown(article: Article) -> Article:
    """``article`` with a Markdown body that reads as its plain text did: marks that Markdown
    would take for formatting are escaped, block by block."""
    if article.body_format == "markdown":
        return article
    blocks = [_escaped(block) for block in article.blocks]
    return article.with_changes(body="\n\n".join(blocks), body_format="markdown")


def _escaped(block: str) -> str:
    lines = [line.strip() for line in block.split("\n")]
    text = _MARKDOWN_MARKS.sub(r"\\\1", "\n".join(lines))
    text = _TAG_LIKE.sub("&lt;", _ENTITY_LIKE.sub("&amp;", text))
    return _LINE_START.sub(_line_mark_escaped, text)


def _line_mark_escaped(match: re.Match[str]) -> str:
    mark = match.group(1)
    return mark + "\\" if mark[0].isdigit() else "\\" + mark


def insertion_index(page_map: PageMap, page: int, x: float, y: float) -> int | None:
    """The body block before which something dropped at (x, y) on ``page`` goes: before the
    block under or nearest the point (in its column), after it when the point is on its lower
    half. None when the pages show no body."""
    rects = [
        (e.block, r)
        for e in page_map.elements
        if e.block is not None and e.article is None and "." not in e.local_id
        for r in e.rects
    ]
    if not rects:
        return None
    here = [(block, r) for block, r in rects if r.page == page]
    if not here:
        later = [block for block, r in rects if r.page > page]
        return min(later) if later else max(block for block, _ in rects) + 1

    def distance(rect: Rect) -> float:
        dx = max(rect.x - x, 0.0, x - rect.x - rect.width)
        dy = max(rect.y - y, 0.0, y - rect.y - rect.height)
        return math.hypot(dx, dy)

    # In the column under the point if there is one, so the gap below a short column is its end.
    column = [(block, r) for block, r in here if r.x <= x <= r.x + r.width] or here
    block, rect = min(column, key=lambda hit: distance(hit[1]))
    return block if y < rect.y + rect.height / 2 else block + 1


def insertion_mark(page_map: PageMap, index: int) -> Rect | None:
    """Where on the pages body block ``index`` would start: a line of no height above that
    block, or under the last one when ``index`` is past the end."""
    blocks = [
        e for e in page_map.elements if e.block is not None and e.article is None and "." not in e.local_id
    ]
    if not blocks:
        return None
    at = next((e for e in blocks if e.block == index), None)
    if at is not None:
        first = at.rects[0]
        return Rect(first.page, first.x, max(0.0, first.y - 3), first.width, 0)
    last = max(blocks, key=lambda e: e.block or 0).rects[-1]
    return Rect(last.page, last.x, last.y + last.height + 3, last.width, 0)
