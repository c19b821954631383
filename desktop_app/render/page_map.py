"""Where each editable element of an article landed on the pages, read from the very layout
that drew them: the window's on-page editing hit-tests and frames with it, never with pixels."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace

PT_PER_PX = 0.75  # WeasyPrint lays out in CSS pixels, 96 to the inch; PDF points are 72 to the inch
_KIND_OF_TAG = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list-item",
    "ul": "list",
    "ol": "list",
    "blockquote": "quote",
    "table": "table",
    "pre": "code",
    "hr": "rule",
    "dl": "list",
    "figure": "figure",
}
# The parts of a figure, named by the end of their id ("b3.caption"), as render/figures.py marks them.
_FIGURE_PARTS = ("caption", "credit")


@dataclass(frozen=True)
class Rect:
    """One fragment of an element on one page, in PDF points from the page's top-left corner
    (the corner of the PDF page as shown, bleed included)."""

    page: int
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    @property
    def area(self) -> float:
        return self.width * self.height


@dataclass(frozen=True)
class PageElement:
    """An element of the article as laid out: what it edits and how its text is set.

    ``field`` is the article field it shows (``title``, ``source``, ``body``…; empty for a
    line that only groups others); ``role`` is the type size it is set in (``title``,
    ``subtitle``, ``meta`` or ``body``); ``block`` is the body block it comes from, if any.
    """

    id: str
    field: str
    role: str
    kind: str
    rects: tuple[Rect, ...]
    text: str = ""
    font_family: str = ""
    font_size: float = 0.0  # points
    line_height: float = 0.0  # points
    color: str = "#000000"
    align: str = "start"
    bold: bool = False
    italic: bool = False
    direction: str = "ltr"

    @property
    def local_id(self) -> str:
        """The id within its article: an edition's "a2/title" is its third article's "title"."""
        return self.id.split("/", 1)[-1]

    @property
    def article(self) -> int | None:
        """Which article of an edition the element belongs to; None on an article's own pages."""
        head, slash, _rest = self.id.partition("/")
        return int(head[1:]) if slash and head[1:].isdigit() else None

    @property
    def block(self) -> int | None:
        local = self.local_id
        if not local.startswith("b"):
            return None
        head = local[1:].split(".")[0]
        return int(head) if head.isdigit() else None

    @property
    def item(self) -> int | None:
        """The list item's number inside its block, for an element that is one."""
        _, dot, tail = self.local_id.partition(".")
        return int(tail) if dot and tail.isdigit() else None

    @property
    def part(self) -> str:
        """What part of its body block the element is: "" for the block itself, else a list
        item's number or a figure's "caption" or "credit"."""
        return self.local_id.partition(".")[2] if self.block is not None else ""

    @property
    def first_page(self) -> int:
        return self.rects[0].page if self.rects else 0


@dataclass(frozen=True)
class PageMap:
    """Every editable element in reading order, and each page's size in points."""

    page_sizes: tuple[tuple[float, float], ...] = ()
    elements: tuple[PageElement, ...] = field(default=())

    def get(self, element_id: str) -> PageElement | None:
        return next((e for e in self.elements if e.id == element_id), None)

    def at(self, page: int, x: float, y: float) -> PageElement | None:
        """The innermost element under a point of ``page``: a span before its line, a list item
        before its list."""
        hits = [(r.area, e) for e in self.elements for r in e.rects if r.page == page and r.contains(x, y)]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None

    def on_page(self, page: int) -> Iterator[PageElement]:
        return (e for e in self.elements if any(r.page == page for r in e.rects))

    def with_field(self, field_name: str) -> list[PageElement]:
        return [e for e in self.elements if e.field == field_name]

    def for_block(self, block: int) -> PageElement | None:
        return next((e for e in self.elements if e.block == block and not e.part), None)

    def shifted(self, pages: int, blocks: int) -> PageMap:
        """The map of a slice placed in its document: its pages start at page ``pages`` and its
        body blocks are the document's from block ``blocks`` on."""

        def moved(element: PageElement) -> PageElement:
            rects = tuple(replace(r, page=r.page + pages) for r in element.rects)
            element_id = element.id
            if element.block is not None and element.article is None:
                element_id = f"b{element.block + blocks}" + element.id[len(f"b{element.block}") :]
            return replace(element, id=element_id, rects=rects)

        sizes = (self.page_sizes[0],) * pages + self.page_sizes if self.page_sizes else ()
        return PageMap(sizes, tuple(moved(e) for e in self.elements))

    def to_json(self) -> str:
        return json.dumps({"page_sizes": self.page_sizes, "elements": [asdict(e) for e in self.elements]})

    @classmethod
    def from_json(cls, text: str) -> PageMap:
        data = json.loads(text)
        elements = tuple(
            PageElement(**{**e, "rects": tuple(Rect(**r) for r in e["rects"])}) for e in data["elements"]
        )
        return cls(tuple(tuple(size) for size in data["page_sizes"]), elements)


def read_page_map(pages: Iterable) -> PageMap:
    """The page map of WeasyPrint's laid-out ``pages`` (``Document.pages``)."""
    found: dict[str, dict] = {}
    sizes = []
    for number, page in enumerate(pages):
        bleed = page.bleed
        sizes.append(
            (
                round((page.width + bleed["left"] + bleed["right"]) * PT_PER_PX, 3),
                round((page.height + bleed["top"] + bleed["bottom"]) * PT_PER_PX, 3),
            )
        )
        # Boxes are placed from the trim box's corner; the PDF page starts at the bleed's.
        offset = (bleed["left"], bleed["top"])
        for box, article in _element_boxes(page._page_box, None, None):
            element = box.element
            element_id = element.get("data-edit")
            if article is not None:
                element_id = f"a{article}/{element_id}"  # an edition: ids repeat from article to article
            rect = _text_extent(box, number, offset)
            if rect is None:
                continue
            entry = found.get(element_id)
            if entry is None:
                found[element_id] = entry = {"element": element, "box": box, "rects": []}
            entry["rects"].append(rect)
    elements = tuple(_element(element_id, entry) for element_id, entry in found.items())
    return PageMap(tuple(sizes), elements)


def _element_boxes(box, parent_element, article: str | None) -> Iterator:
    """The outermost box of each marked element, with the edition article it is in: lines and
    words inside a paragraph carry the paragraph's element too, but only a new element (a span,
    a list item) starts a fragment."""
    element = getattr(box, "element", None)
    tag = str(getattr(box, "element_tag", "") or "")
    if element is not None and element is not parent_element and "::" not in tag:
        article = element.get("data-article", article)
        if element.get("data-edit") is not None:
            yield box, article
        parent_element = element
    for child in getattr(box, "children", ()):
        yield from _element_boxes(child, parent_element, article)


def _boxes(box, skip_generated: bool = False) -> Iterator:
    yield box
    for child in getattr(box, "children", ()):
        # ::before and ::after text (separators, list markers) is drawn by CSS, not typed by anyone.
        if skip_generated and "::" in str(getattr(child, "element_tag", "")):
            continue
        yield from _boxes(child, skip_generated)


def _text_extent(box, page: int, offset: tuple[float, float]) -> Rect | None:
    """The rectangle the box's text (and images) covers: the words' own boxes, without the
    line's leading, so a frame hugs what the reader sees."""
    left = top = float("inf")
    right = bottom = float("-inf")
    for inner in _boxes(box, skip_generated=True):
        kind = type(inner).__name__
        if kind not in ("TextBox", "InlineReplacedBox", "BlockReplacedBox"):
            continue
        x, y = inner.content_box_x(), inner.content_box_y()
        left, top = min(left, x), min(top, y)
        right, bottom = max(right, x + inner.width), max(bottom, y + inner.height)
    if left == float("inf"):
        return None
    dx, dy = offset
    return Rect(
        page,
        round((left + dx) * PT_PER_PX, 3),
        round((top + dy) * PT_PER_PX, 3),
        round((right - left) * PT_PER_PX, 3),
        round((bottom - top) * PT_PER_PX, 3),
    )


def _element(element_id: str, entry: dict) -> PageElement:
    element, box = entry["element"], entry["box"]
    style = box.style
    tag = element.tag.rsplit("}", 1)[-1]
    role = element.get("data-role", "body")
    kind = _KIND_OF_TAG.get(tag, "paragraph") if element.get("data-field") == "body" else _kind(element_id)
    part = element_id.rpartition(".")[2]
    if part in _FIGURE_PARTS:
        kind = part
    red, green, blue = style["color"].to("srgb").coordinates
    return PageElement(
        id=element_id,
        field=element.get("data-field", ""),
        role=role,
        kind=kind,
        rects=tuple(entry["rects"]),
        # Without the WORD JOINERs that hold a composed line's words together.
        text=" ".join("".join(element.itertext()).replace("\u2060", "").split()),
        font_family=_first_family(style["font_family"]),
        font_size=round(style["font_size"] * PT_PER_PX, 2),
        line_height=round(_line_height_px(style) * PT_PER_PX, 2),
        color="#{:02x}{:02x}{:02x}".format(*(round(min(1, max(0, c)) * 255) for c in (red, green, blue))),
        align=str(style["text_align_all"]),
        bold=style["font_weight"] >= 600,
        italic=style["font_style"] != "normal",
        direction=str(style["direction"]),
    )


def _kind(element_id: str) -> str:
    # "source@kicker" is the source shown as the kicker: the place names what it is on the page.
    name, _, place = element_id.partition("@")
    return place if place in ("kicker", "masthead", "dateline") else name


def _first_family(families: Iterable[str]) -> str:
    return next(iter(families), "serif")


def _line_height_px(style) -> float:
    value = style["line_height"]
    if value == "normal":
        return style["font_size"] * 1.2
    if isinstance(value, int | float):
        return value * style["font_size"]
    return value.value  # a length, computed to pixels
