"""Widths of pieces of text as the PDF will set them: WeasyPrint's own Pango layout, with the
fonts, size, language and OpenType features a paragraph's computed style gives it.

Texts are measured in batches: one Pango layout holds a batch, one text a paragraph (Pango
shapes each paragraph of a layout alone), and each line's extents give a text's width.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop_app.render.engine import load_weasyprint

PT_PER_PX = 0.75  # WeasyPrint sizes fonts in CSS pixels
_KEPT = 200_000  # widths kept between paragraphs (and renders) before the cache starts over


@dataclass(frozen=True)
class Font:
    """A face as a style asks for it: the family list, size in points, slant, weight, the
    language (which Pango shapes for) and the direction of the text."""

    families: tuple[str, ...]
    size: float
    italic: bool = False
    bold: bool = False
    lang: str = "en"
    rtl: bool = False


_widths: dict[tuple[Font, str], float] = {}


def text_widths(font: Font, texts: list[str]) -> list[float]:
    """The natural width in points of each of ``texts`` set alone in ``font``."""
    missing = list(dict.fromkeys(t for t in texts if (font, t) not in _widths))
    if missing:
        if len(_widths) > _KEPT:
            _widths.clear()
        for text, width in zip(missing, _measure(font, missing), strict=True):
            _widths[(font, text)] = width
    return [_widths[(font, t)] for t in texts]


def _measure(font: Font, texts: list[str]) -> list[float]:
    load_weasyprint()
    from weasyprint.text.ffi import FROM_UNITS, ffi, pango, unicode_to_char_p

    layout = _layout(font)
    # Newlines part the texts, so a text holding one (never, after whitespace collapses) is
    # measured on its own.
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    text_p, _bytes = unicode_to_char_p(joined)
    pango.pango_layout_set_text(layout.layout, text_p, -1)
    extents = ffi.new("PangoRectangle *")
    widths = []
    for number in range(len(texts)):
        line = pango.pango_layout_get_line_readonly(layout.layout, number)
        pango.pango_layout_line_get_extents(line, ffi.NULL, extents)
        widths.append(extents.width * FROM_UNITS * PT_PER_PX)
    return widths


@cache
def _layout(font: Font):
    from weasyprint.css import InitialStyle
    from weasyprint.text.line_break import Layout

    from desktop_app.render.pdf import _font_config

    style = InitialStyle(_font_config())
    style["font_family"] = font.families
    style["font_size"] = font.size / PT_PER_PX
    style["font_style"] = "italic" if font.italic else "normal"
    style["font_weight"] = 700 if font.bold else 400
    style["font_kerning"] = "normal"  # common.css: html { font-kerning: normal }
    style["lang"] = font.lang
    style["direction"] = "rtl" if font.rtl else "ltr"
    return Layout(style)


def forget_widths() -> None:
    """Measure again from now on: the fonts changed (a font was taken in)."""
    from desktop_app.render.composed_html import composed_paragraph

    _widths.clear()
    _layout.cache_clear()
    composed_paragraph.cache_clear()
