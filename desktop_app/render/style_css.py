"""The one place where the Style model and the export options become CSS: page geometry, type
sizes, columns and print marks."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.model.style import ExportOptions, Style
from desktop_app.render.fonts import script_of, stack_name
from desktop_app.resources import resources_dir

PAPER_SIZES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "Letter": (215.9, 279.4)}
PT_PER_MM = 72 / 25.4
COLUMN_GAP_MM = 6.0
# A multi-column layout keeps at least this many columns, whatever the style says.
MIN_LAYOUT_COLUMNS = 2
MARGIN_BOXES = ("top-left", "top-center", "top-right", "bottom-left", "bottom-center", "bottom-right")

# The CMYK printing condition PDF/X exports are made for, and the RGB space screen colours
# are given in; both profiles ship in resources/icc (see the README there for their origin).
CMYK_PROFILE = "icc/fogra39-coated.icc"
RGB_PROFILE = "icc/sRGB2014.icc"
RGB_PROFILE_NAME = "--imprint-srgb"


def page_size_mm(style: Style) -> tuple[float, float]:
    """Trim width and height of the page in millimetres, orientation applied."""
    width, height = PAPER_SIZES_MM[style.paper]
    return (height, width) if style.orientation == "landscape" else (width, height)


def is_pdfx(options: ExportOptions) -> bool:
    return bool(options.pdf_variant and options.pdf_variant.startswith("pdf/x-"))


def print_css(options: ExportOptions) -> str:
    """Bleed, crop and cross marks, and the colour profiles a PDF/X export declares.

    WeasyPrint draws the marks inside the bleed area, so marks asked for without a bleed
    get its default mark bleed (``auto``, 6 pt) instead of vanishing.
    """
    bleed = "auto" if options.crop_marks else "0"
    if options.bleed_mm > 0:
        bleed = f"{options.bleed_mm:g}mm"
    marks = "crop cross" if options.crop_marks else "none"
    css = f"@page {{ bleed: {bleed}; marks: {marks}; }}\n"
    if is_pdfx(options):
        cmyk = (resources_dir() / CMYK_PROFILE).resolve().as_uri()
        rgb = (resources_dir() / RGB_PROFILE).resolve().as_uri()
        css += (
            f'@color-profile device-cmyk {{ src: url("{cmyk}"); components: c, m, y, k; }}\n'
            f'@color-profile {RGB_PROFILE_NAME} {{ src: url("{rgb}"); components: r, g, b; }}\n'
        )
    return css


def layout_columns(style: Style, supports_columns: bool) -> int:
    """How many columns the body is set in: the style's count in a column layout, else one."""
    return max(style.columns, MIN_LAYOUT_COLUMNS) if supports_columns else 1


def cjk_measure_pt(text_width_pt: float, body_size_pt: float, columns: int, gap_pt: float) -> float:
    """The body width that makes each column a whole number of characters wide.

    Chinese is set on a grid of square characters. WeasyPrint justifies only by
    stretching spaces, which Chinese lines lack, so the measure itself is made a
    multiple of the type size: every full line then ends flush on the right.
    """
    column = (text_width_pt - gap_pt * (columns - 1)) / columns
    chars = max(1, math.floor(column / body_size_pt + 1e-6))
    return chars * body_size_pt * columns + gap_pt * (columns - 1)


@dataclass(frozen=True)
class Measures:
    """The widths a layout sets things in, in points: what figures are sized from."""

    text_width: float  # the body's full measure, across its columns
    column_width: float
    text_height: float  # the page's height between its margins
    columns: int


def measures(style: Style, language: str = "en", supports_columns: bool = False) -> Measures:
    """The body's measure, its column's width and the text height, as ``style_css`` sets them."""
    width, height = page_size_mm(style)
    columns = layout_columns(style, supports_columns)
    gap_pt = COLUMN_GAP_MM * PT_PER_MM
    text_width = (width - style.margin_left - style.margin_right) * PT_PER_MM
    if _on_character_grid(language):
        text_width = cjk_measure_pt(text_width, style.body_size, columns, gap_pt)
    column_width = (text_width - gap_pt * (columns - 1)) / columns
    text_height = (height - style.margin_top - style.margin_bottom) * PT_PER_MM
    return Measures(text_width, column_width, text_height, columns)


# A composed paragraph (render/composed_html.py) already holds its hyphens where its lines
# break: WeasyPrint must not hyphenate it again.
COMPOSED_CSS = ".body p.composed { hyphens: manual; }"


def style_css(
    style: Style, options: ExportOptions, language: str = "en", supports_columns: bool = False
) -> str:
    """CSS for the style: read last, so it wins over a layout's own defaults."""
    width, height = page_size_mm(style)
    columns = layout_columns(style, supports_columns)
    rules = [
        "@page {"
        f" size: {width:g}mm {height:g}mm;"
        f" margin: {style.margin_top:g}mm {style.margin_right:g}mm"
        f" {style.margin_bottom:g}mm {style.margin_left:g}mm;"
        " }",
        print_css(options),
        ":root {"
        f" --body-size: {style.body_size:g}pt;"
        f" --title-size: {style.title_size:g}pt;"
        f" --subtitle-size: {style.subtitle_size:g}pt;"
        f" --meta-size: {style.meta_size:g}pt;"
        f" --line-height: {style.line_height:g};"
        f" --columns: {columns};"
        " }",
        f"html {{ font-size: {style.body_size:g}pt; line-height: {style.line_height:g}; }}",
        # Running headers and footers are set in the meta size like the byline.
        "@page {"
        + "".join(f" @{box} {{ font-size: {style.meta_size:g}pt; }}" for box in MARGIN_BOXES)
        + " }",
        f".title {{ font-size: {style.title_size:g}pt; }}",
        f".subtitle {{ font-size: {style.subtitle_size:g}pt; }}",
        f".meta {{ font-size: {style.meta_size:g}pt; }}",
    ]
    if style.line_breaking == "paragraph":
        rules.append(COMPOSED_CSS)
    if columns > 1:
        # Only where there are columns: WeasyPrint lays out even "columns: 1" the slow way,
        # balancing column heights, which took most of a one-column page's render time.
        rules.append(f".body {{ columns: {columns}; column-gap: {COLUMN_GAP_MM:g}mm; }}")
    if _on_character_grid(language):
        measure = measures(style, language, supports_columns).text_width
        rules.append(f".body {{ width: {measure:.3f}pt; }}")
    return "\n".join(rules) + "\n"


def _on_character_grid(language: str) -> bool:
    # Korean sets words between spaces, like Latin text, so it needs no character grid.
    return script_of(language) == "cjk" and stack_name(language) != "cjk-kr"
