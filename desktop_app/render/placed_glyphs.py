"""The characters a laid-out document draws as empty boxes, read from the glyphs Pango placed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop_app.render.engine import load_weasyprint


@dataclass(frozen=True)
class Box:
    """One character drawn as .notdef: where it is (page from 1, article field, body block)."""

    char: str
    page: int
    field: str | None
    block: int | None


def boxes_in(rendered) -> list[Box]:
    """Every character the pages of a WeasyPrint document draw as an empty box, in page order.

    This is what the PDF will hold: a glyph id 0 from a font, or Pango's "unknown glyph" for a
    character no font has, which WeasyPrint writes as the font's .notdef. Format characters
    (joiners, isolates, variation selectors) get Pango's empty glyph and are not boxes.
    """
    load_weasyprint()
    from weasyprint.formatting_structure import boxes
    from weasyprint.text.ffi import ffi, pango

    found: list[Box] = []
    for number, page in enumerate(rendered.pages, start=1):
        for text_box, field, block in _text_boxes(page._page_box, boxes, None, None):
            for char in _notdef_chars(text_box, ffi, pango):
                found.append(Box(char, number, field, block))
    return found


def _text_boxes(
    box, boxes, field: str | None, block: int | None
) -> Iterator[tuple[object, str | None, int | None]]:
    """Each text box with the article field and body block of the nearest marked element."""
    element = getattr(box, "element", None)
    if element is not None and element.get("data-field"):
        field = element.get("data-field")
        edit = element.get("data-edit", "")
        if field == "body" and edit[1:].split(".")[0].isdigit():
            block = int(edit[1:].split(".")[0])
    if isinstance(box, boxes.MarginBox):
        field, block = "running", None
    if isinstance(box, boxes.TextBox):
        yield box, field, block
        return
    for child in getattr(box, "children", ()):
        yield from _text_boxes(child, boxes, field, block)


def _notdef_chars(text_box, ffi, pango) -> list[str]:
    layout = getattr(text_box, "pango_layout", None)
    style = text_box.style
    # What WeasyPrint leaves undrawn holds no box either.
    if layout is None or not text_box.text.strip() or style["visibility"] != "visible":
        return []
    if style["font_size"] < 1e-6:
        return []
    # WeasyPrint keeps a laid-out line's text but frees its Pango layout; drawing shapes it
    # again, and so does this, the same way.
    layout.reactivate(style)
    try:
        return _notdef_in_line(layout, ffi, pango)
    finally:
        layout.deactivate()


def _notdef_in_line(layout, ffi, pango) -> list[str]:
    line, _index = layout.get_first_line()
    utf8 = layout.text.encode()
    chars: list[str] = []
    run = line.runs[0] if line.runs != ffi.NULL else ffi.NULL
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        count = glyphs.num_glyphs
        clusters = glyphs.log_clusters
        item = glyph_item.item
        rtl = item.analysis.level % 2
        for i in range(count):
            glyph = glyphs.glyphs[i].glyph
            if glyph == pango.PANGO_GLYPH_EMPTY:
                continue
            if glyph & pango.PANGO_GLYPH_UNKNOWN_FLAG:
                chars.append(chr(glyph - pango.PANGO_GLYPH_UNKNOWN_FLAG))
            elif glyph == 0:
                # The same cluster bounds WeasyPrint uses to write the glyph's text.
                start = clusters[i]
                if rtl:
                    end = item.length if i == 0 else clusters[i - 1]
                else:
                    end = item.length if i == count - 1 else clusters[i + 1]
                text = utf8[item.offset + start : item.offset + end].decode(errors="replace")
                chars.extend(c for c in text if not c.isspace())
    return chars
