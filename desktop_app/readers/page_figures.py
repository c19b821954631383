"""The figures of a saved page: each photo's caption and credit as the page shows them, and the
photos the extractor left out (the lead photo above the body, photos whose address has no file
extension or names an archive part) put back where the page has them."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.readers.html_blocks import Block, alt_caption, figure_caption, image_source, text_of

_NOT_A_PHOTO = re.compile(
    r"(?<![a-z])(?:ad|ads|advert\w*|promo\w*|related|logo|avatar|icon|sponsor\w*|banner|share|social"
    r"|comment\w*|widget|sidebar)(?![a-z])",
    re.I,
)
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:\?.*)?$", re.I)
_FLOW = ("p", "h2", "h3", "h4", "blockquote", "li")
# Narrower than this, an image is an icon or a spacer, not a photo.
_MIN_PHOTO_WIDTH = 150


def figure_captions_of(tree) -> dict[str, tuple[str, str]]:
    """Each ``<figure>``'s image address and its caption and credit."""
    found: dict[str, tuple[str, str]] = {}
    for figure in tree.iter("figure"):
        img = next(figure.iter("img"), None)
        if img is not None and image_source(img):
            found.setdefault(image_source(img), figure_caption(figure))
    return found


def with_caption(block: Block, captions: dict[str, tuple[str, str]]) -> Block:
    """A figure block with the caption and credit its ``<figure>`` gives it."""
    if block.kind != "figure" or block.src not in captions:
        return block
    caption, credit = captions[block.src]
    return Block("figure", src=block.src, caption=caption or block.caption, credit=credit or block.credit)


def with_figures_restored(tree, blocks: list[Block], captions: dict[str, tuple[str, str]]) -> list[Block]:
    """``blocks`` with the page's photos the extractor dropped put back: a photo between two of
    the body's paragraphs after the first of them, the one between the headline and the body
    first (the lead photo). Photos before the headline or after the body are the site's."""
    body = tree.find("body")
    if body is None:
        return blocks
    index_of = {
        _key(b.text): i for i, b in reversed(list(enumerate(blocks))) if b.kind in ("paragraph", "heading")
    }
    shown = {b.src for b in blocks if b.kind == "figure"}
    has_headline = next(body.iter("h1"), None) is not None
    seen_headline = not has_headline
    # ("block", its index, False) or ("figure", the Block, whether it comes after the headline).
    events: list[tuple[str, Any, bool]] = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "h1":
            seen_headline = True
        elif element.tag in _FLOW and _key(text_of(element)) in index_of:
            events.append(("block", index_of[_key(text_of(element))], False))
        elif element.tag == "img" and _is_photo(element):
            src = image_source(element)
            if src and src not in shown:
                shown.add(src)
                caption, credit = captions.get(src, (alt_caption(element), ""))
                events.append(
                    ("figure", Block("figure", src=src, caption=caption, credit=credit), seen_headline)
                )
    placed: dict[int, list[Block]] = {}
    for position, event in enumerate(events):
        if event[0] != "figure":
            continue
        before = next((e[1] for e in reversed(events[:position]) if e[0] == "block"), None)
        after = next((e[1] for e in events[position + 1 :] if e[0] == "block"), None)
        if after is None:
            continue  # below the body: the site's own pictures
        if before is None:
            if event[2] and blocks[0].kind != "figure" and -1 not in placed:
                placed[-1] = [event[1]]
        else:
            placed.setdefault(before, []).append(event[1])
    restored = list(placed.get(-1, []))
    for index, block in enumerate(blocks):
        restored.append(block)
        restored.extend(placed.get(index, []))
    return restored


def _key(text: str) -> str:
    return text[:60]


def _is_photo(img) -> bool:
    for element in (img, *img.iterancestors()):
        if (
            element.tag in ("nav", "aside", "footer", "header")
            and element is not img
            and _is_site_part(element)
        ):
            return False
        if element.tag == "a" and not _IMAGE_LINK.search(element.get("href", "")):
            return False
        if _NOT_A_PHOTO.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return False
    width = img.get("width", "")
    return not (width.isdigit() and int(width) < _MIN_PHOTO_WIDTH)


def _is_site_part(element) -> bool:
    """A ``<header>`` is the site's masthead unless it heads the article (holds its ``h1``)."""
    return element.tag != "header" or next(element.iter("h1"), None) is None
