"""HTML (an extractor's clean article, or a Word file's conversion) read as the body's blocks:
paragraphs, subheadings, quotes, list items, tables and figures, in reading order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import html as lxml_html

from desktop_app.readers import markdown_blocks as md

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
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
    """The image an ``<img>`` shows: its ``src``, or the ``data-src`` a lazy page filled it from
    (its first address, where the page put a list there as in a ``srcset``)."""
    src = (img.get("src") or "").strip()
    lazy = (img.get("data-src") or img.get("data-original") or "").strip()
    if lazy and (not src or src.startswith("data:image/gif") or "placeholder" in src):
        src = lazy
    return without_width(src)


# "photo-320.jpg 320w, photo-640.jpg 640w": a list of sizes where one address belongs. A saved
# page's own address may hold spaces ("Storm hits _ Herald_files/lead.jpg"): only a width or
# density after the address makes it a list.
_SIZE_LIST = re.compile(r"^(\S+)\s+\d+(?:\.\d+)?[wx](?:\s*,.*)?$", re.S)


def without_width(src: str) -> str:
    """``src``, or the first address of a list of sizes put where one address belongs."""
    src = src.strip()
    match = _SIZE_LIST.match(src)
    return match.group(1) if match and not src.startswith("data:") else src


def alt_caption(img) -> str:
    """An image's alt text as its caption, when it reads as words rather than a file name
    ("PCG243.Diary_Skyrim_16")."""
    alt = md.clean(img.get("alt") or "")
    return alt if " " in alt or _CJK_LETTER.search(alt) else ""


_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "table", "ul",
    "ol", "dl", "dd", "dt", "li", "blockquote", "center", "pre", "form", "hr", *_HEADINGS,
}  # fmt: skip
_BOLD = {"b", "strong"}
# A line set in bold alone, this short, is a subheading (old sites and Word files mark them so).
_MAX_BOLD_HEADING = 80


class _Run:
    """The inline text gathered between blocks: a paragraph once a block or a ``<br>`` ends it."""

    def __init__(self, role: str) -> None:
        self.role = role
        self.pieces: list[tuple[str, bool]] = []

    def add(self, text: str | None, bold: bool = False) -> None:
        if text:
            self.pieces.append((text, bold))

    def flush(self) -> Iterator[Block]:
        text = md.clean("".join(t for t, _ in self.pieces))
        bold_only = all(bold for t, bold in self.pieces if t.strip())
        self.pieces = []
        if not text:
            return
        if bold_only and len(text) <= _MAX_BOLD_HEADING and not _SENTENCE_END.search(text) and not self.role:
            yield Block("heading", text, level=3)
        else:
            yield Block("paragraph", text, role=self.role)


_SENTENCE_END = re.compile(r"[.!?。！？:：](?:[\"'”’»」』)）]*)\s*$")


def blocks_of(element, role: str = "") -> Iterator[Block]:
    """The blocks of ``element``'s content, in document order: its block children, and the inline
    text between them (split at ``<br>``) as paragraphs."""
    run = _Run(role)
    run.add(element.text)
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            run.add(child.tail)
            continue
        tag = child.tag.lower()
        if tag == "br":
            yield from run.flush()
        elif tag == "img":
            yield from run.flush()
            yield Block("figure", src=image_source(child), caption=alt_caption(child))
        elif tag in _BLOCK_TAGS:
            yield from run.flush()
            yield from _block(child)
        elif next(child.iter("img"), None) is not None:  # a linked photo: <a><img></a>
            yield from run.flush()
            yield from blocks_of(child, role)
        else:
            run.add(text_of(child) and "".join(child.itertext()), bold=tag in _BOLD or _all_bold(child))
        run.add(child.tail)
    yield from run.flush()


def _all_bold(element) -> bool:
    inner = [e for e in element.iter() if isinstance(e.tag, str) and e.tag in _BOLD]
    return bool(inner) and md.clean("".join(inner[0].itertext())) == text_of(element)


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
        yield from _table(element)
    elif tag == "figure":
        img = next(element.iter("img"), None)
        if img is not None:
            caption, credit = figure_caption(element)
            yield Block("figure", src=image_source(img), caption=caption or alt_caption(img), credit=credit)
    elif tag in ("nav", "form", "footer", "aside", "hr"):
        return  # chrome, wherever it stands
    else:
        yield from blocks_of(element, role)


def _table(element) -> Iterator[Block]:
    # Rows of this table, not of the tables nested in its cells.
    rows = [tr for tr in element.iter("tr") if next(tr.iterancestors("table"), None) is element]
    cells = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in rows]
    if any(_holds_blocks(c) for row in cells for c in row):
        # A layout table (old sites set whole pages in one): its cells are containers, not data.
        for row in cells:
            for cell in row:
                yield from blocks_of(cell)
        return
    texts = [tuple(text_of(c) for c in row) for row in cells]
    texts = [r for r in texts if any(r)]
    if texts:
        yield Block("table", rows=tuple(texts))


def _holds_blocks(cell) -> bool:
    tags = {"p", "div", "table", "img", "blockquote", "ul", "ol", "br", *_HEADINGS}
    return any(isinstance(e.tag, str) and e.tag in tags for e in cell.iterdescendants())


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
