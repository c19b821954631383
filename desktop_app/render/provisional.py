"""Provisional pages for a long document: the page the reader is looking at, laid out on its
own so that it shows an edit at once, before the whole document is laid out.

The slice is taken from the page map of the pages on screen: the body blocks on the reader's
page, set with the same layout, style and locale and numbered from the reader's page. Its
page can differ from the final one (a paragraph that began on the page before is cut by its
share of lines, or starts whole at the top when it holds markup), so the window marks it
provisional and replaces it when the final pages arrive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.model.document import Document
from desktop_app.render.page_map import PageMap

# A document shorter than this is simply rendered whole: it is quick enough.
MIN_PAGES = 8
PAGES_AROUND = 1  # the reader's page: laid out in about the time of a one-page article


@dataclass(frozen=True)
class ProvisionalSlice:
    """The part of a document to lay out first, and where its pages go."""

    document: Document
    first_page: int  # the page of the whole document its first page stands for
    first_block: int  # the whole body's block its first block is
    # Its blocks' heights (points) in the layout on screen; a cut first block's, of what it keeps.
    old_heights: tuple[tuple[int, float], ...]
    old_total: int  # pages of the whole document on screen


def provisional_slice(document: Document, page_map: PageMap, page: int) -> ProvisionalSlice | None:
    """The blocks around ``page`` of the layout on screen, or None when a whole render will do."""
    total = len(page_map.page_sizes)
    if total < MIN_PAGES or not 0 <= page < total:
        return None
    last_page = min(total - 1, page + PAGES_AROUND - 1)
    blocks = sorted(
        {e.block for e in page_map.elements if e.block is not None and not e.part}
        & {e.block for e in page_map.elements for r in e.rects if page <= r.page <= last_page}
    )
    article = document.article
    if not blocks or blocks[-1] >= len(article.blocks):
        return None
    first, last = blocks[0], blocks[-1]
    texts = list(article.blocks[first : last + 1])
    heights = dict(_heights(page_map, range(first, last + 1)))
    # A paragraph that began on an earlier page is cut to what the reader's page holds of it,
    # so that the page starts where the final one does and lays out no more than it shows.
    earlier = _height_before(page_map, first, page)
    if first > 0 and earlier > 0 and (tail := _tail(texts[0], earlier / heights[first])):
        texts[0] = tail
        heights[first] -= earlier
    return ProvisionalSlice(
        document=document.with_changes(article=article.with_changes(body="\n\n".join(texts))),
        first_page=page if first > 0 else 0,
        first_block=first,
        old_heights=tuple(heights.items()),
        old_total=total,
    )


# Markup a cut could break in two (Markdown emphasis, links, code, escapes), and the marks that
# open a list, quote, heading or table: such a block is laid out whole.
_MARKUP = re.compile(r"[*_`\[\]<>&\\|]")
_BLOCK_MARK = re.compile(r"\s*(?:[#>+-]|\d+[.)]\s)")
_WORD = re.compile(r"\S+")


def _height_before(page_map: PageMap, block: int, page: int) -> float:
    element = page_map.for_block(block)
    return sum(r.height for r in element.rects if r.page < page) if element else 0.0


def _tail(text: str, share_before: float) -> str | None:
    """``text`` from the word that about ``share_before`` of its lines come before; None when
    it is not plain running text or too short to cut."""
    if _MARKUP.search(text) or _BLOCK_MARK.match(text):
        return None
    words = list(_WORD.finditer(text))
    cut = int(len(words) * share_before)
    if len(words) < 12 or not 0 < cut < len(words):
        return None  # few words, or text without spaces (Chinese, Japanese): laid out whole
    return text[words[cut].start() :]


def _heights(page_map: PageMap, blocks: range) -> list[tuple[int, float]]:
    # A block's height over all its fragments: what it takes of the pages, wherever it broke.
    return [
        (e.block, sum(r.height for r in e.rects))
        for e in page_map.elements
        if e.block in blocks and not e.part
    ]


def slice_html(part: ProvisionalSlice) -> str:
    """The slice's HTML: no head unless it starts the document, no end matter, numbered pages,
    and nothing laid out past the reader's page."""
    from desktop_app.render.html import render_html

    return render_html(
        part.document,
        show_head=part.first_block == 0,
        show_tail=False,
        first_page_number=part.first_page + 1,
        # Its own page count would be that of the slice: the count on screen, marked approximate.
        pages_shown=f"~{part.old_total}",
        # Its last paragraph runs on past the reader's page: laying out the page after took
        # about a tenth of the slice's time.
        first_page_only=PAGES_AROUND == 1,
    )


def estimated_total(part: ProvisionalSlice, new_map: PageMap) -> int:
    """The whole document's page count, guessed from how much taller or shorter the slice's
    blocks were set (``new_map`` placed in the document, see ``PageMap.shifted``): the median
    over the blocks the new page holds whole, the page's last one left out as it may run on."""
    old = dict(part.old_heights)
    new = [(e.block, sum(r.height for r in e.rects)) for e in new_map.elements if not e.part]
    ratios = sorted(height / old[block] for block, height in new[:-1] if old.get(block))
    if not ratios:
        return part.old_total
    return max(part.first_page + 1, round(part.old_total * ratios[len(ratios) // 2]))
