"""HTML (an extractor's clean article, or a Word file's conversion) read as the body's blocks:
paragraphs, subheadings, quotes, list items, tables and figures, in reading order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import html as lxml_html

from desktop_app.readers import markdown_blocks as md

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
_CONTAINERS = {"div", "section", "article", "main", "body", "html", "header", "span", "center", "font"}
_CREDIT_CLASS = re.compile(r"credit|copyright|source|author|photographer|byline|fotograf", re.I)
# Where a photo credit starts inside a caption: "Photo: …", "(Фото: …)", "图/…", "© …", "… 摄".
_CREDIT_MARK = re.compile(
    r"(?:^|(?<=[\s.。!！?？)）]))[(（]?\s*(?P<credit>(?:(?:Photo(?:graph)?|Picture|Image|Credit|Foto|Bild|Фото"
    r"|Фотография|Снимок|图片?|摄影|照片|写真|صورة|تصوير)\s*[:：/／]|©)\s*.+?|[^\s，,。]+(?:\s+\S+)?\s*摄)"
    r"[)）]?\s*$",
    re.I,
)


@dataclass(frozen=True)
class Block:
    """One block as read; ``items`` are a quote's paragraphs or a list's items."""

    kind: str  # "paragraph", "heading", "quote", "list", "table", "figure"
    text: str = ""
    level: int = 2
    items: tuple[str, ...] = ()
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    src: str = ""
    caption: str = ""
    credit: str = ""
    role: str = ""  # a Word paragraph's mapped style: "title", "subtitle", "caption"


def parse_fragment(markup: str):
    """An lxml element for ``markup``; no network, no entities from outside, no scripts run."""
    return lxml_html.fromstring(markup, parser=lxml_html.HTMLParser(no_network=True, recover=True))


def text_of(element) -> str:
    return md.clean("".join(element.itertext()))


def split_credit(text: str) -> tuple[str, str]:
    """A caption and the photo credit written at its end (``… Photo: John Smith``)."""
    text = md.clean(text)
    match = _CREDIT_MARK.search(text)
    if not match:
        return text, ""
    return text[: match.start()].strip(), match.group("credit").strip()


def figure_caption(figure) -> tuple[str, str]:
    """The caption and credit of a ``<figure>``: its figcaption, the credit in an element
    of its own (a ``.credit``, ``<small>``, ``<cite>``) or at the caption's end."""
    credits = [e for e in figure.iter() if _is_credit(e)]
    credit = " ".join(text_of(e) for e in credits)
    for element in credits:
        element.drop_tree()
    caption_element = next(iter(figure.iter("figcaption")), None)
    caption = text_of(caption_element) if caption_element is not None else ""
    if not credit:
        caption, credit = split_credit(caption)
    return caption, credit


def _is_credit(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in ("small", "cite"):
        return True
    return bool(_CREDIT_CLASS.search(f"{element.get('class', '')} {element.get('itemprop', '')}"))


def image_source(img) -> str:
    """The image an ``<img>`` shows: its ``src``, or the ``data-src`` a lazy page filled it from."""
    src = (img.get("src") or "").strip()
    lazy = (img.get("data-src") or img.get("data-original") or "").strip()
    if lazy and (not src or src.startswith("data:image/gif") or "placeholder" in src):
        return lazy
    return src


def blocks_of(element) -> Iterator[Block]:
    """The blocks of ``element``'s content, in document order."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        yield from _block(child)


def _block(element) -> Iterator[Block]:
    tag = element.tag.lower()
    role = _role(element)
    if tag in _HEADINGS:
        if text_of(element):
            yield Block("heading", text_of(element), level=_HEADINGS[tag], role=role)
    elif tag == "blockquote":
        paragraphs = [text_of(p) for p in element.iter("p")] or [text_of(element)]
        if any(paragraphs):
            yield Block("quote", items=tuple(p for p in paragraphs if p))
    elif tag in ("ul", "ol"):
        items = [text_of(li) for li in element if isinstance(li.tag, str) and li.tag == "li"]
        if any(items):
            yield Block("list", items=tuple(i for i in items if i), ordered=tag == "ol")
    elif tag == "table":
        rows = [tuple(text_of(c) for c in tr if c.tag in ("td", "th")) for tr in element.iter("tr")]
        rows = [r for r in rows if any(r)]
        if rows:
            yield Block("table", rows=tuple(rows))
    elif tag == "figure":
        img = next(element.iter("img"), None)
        if img is not None:
            caption, credit = figure_caption(element)
            yield Block("figure", src=image_source(img), caption=caption or img.get("alt", ""), credit=credit)
    elif tag == "img":
        yield Block("figure", src=image_source(element), caption=md.clean(element.get("alt", "")))
    elif tag == "p" or (tag in _CONTAINERS and not _has_blocks(element)):
        yield from _paragraph(element, role)
    elif tag in _CONTAINERS or tag in ("dl", "dd", "dt", "li", "td"):
        if md.clean(element.text or ""):
            yield Block("paragraph", md.clean(element.text or ""))
        yield from blocks_of(element)


def _paragraph(element, role: str) -> Iterator[Block]:
    # A Word or web paragraph may hold a photo: the photo becomes a figure of its own.
    for img in list(element.iter("img")):
        yield Block("figure", src=image_source(img), caption=md.clean(img.get("alt", "")))
        img.drop_tree()
    text = text_of(element)
    if text:
        yield Block("paragraph", text, role=role)


def _has_blocks(element) -> bool:
    block_tags = {"p", "figure", "img", "table", "ul", "ol", "blockquote", "div", "section", *_HEADINGS}
    return any(isinstance(e.tag, str) and e.tag in block_tags for e in element.iterdescendants())


def _role(element) -> str:
    classes = element.get("class", "").split()
    return next((c for c in ("title", "subtitle", "caption") if c in classes), "")


def markdown_of(block: Block, figure_name: str = "") -> str:
    """``block`` as Markdown (a figure's image under ``figure_name``)."""
    if block.kind == "heading":
        return md.heading(block.text, block.level)
    if block.kind == "quote":
        return md.quotation(list(block.items))
    if block.kind == "list":
        return md.list_items(list(block.items), block.ordered)
    if block.kind == "table":
        return md.table([list(r) for r in block.rows])
    if block.kind == "figure":
        return md.figure(figure_name or block.src, block.caption, block.credit)
    return md.paragraph(block.text)
