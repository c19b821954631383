"""Widths of pieces of text as the PDF will set them: WeasyPrint's own Pango layout, with the
fonts, size, language and OpenType features a paragraph's computed style gives it.

Texts are measured in batches: one Pango layout holds a batch, one text a paragraph (Pango
shapes each paragraph of a layout alone), and each line's extents give a text's width.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop_app.render.engine import load_weasyprint
from desktop_app.render.font_config import font_config

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


# Per face, each text's width: a face's long family list is hashed once per call, not per text.
_widths: dict[Font, dict[str, float]] = {}
_kept = 0


def text_widths(font: Font, texts: list[str]) -> list[float]:
    """The natural width in points of each of ``texts`` set alone in ``font``."""
    global _kept
    known = _widths.get(font)
    if known is None:
        known = _widths[font] = {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        if _kept > _KEPT:
            _widths.clear()
            _kept = 0
            known = _widths[font] = {}
        known.update(zip(missing, _measure(font, missing), strict=True))
        _kept += len(missing)
    return [known[t] for t in texts]


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

    style = InitialStyle(font_config())
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
    global _kept
    _widths.clear()
    _kept = 0
    _layout.cache_clear()
