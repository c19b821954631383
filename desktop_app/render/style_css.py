"""The one place where the Style model and the export options become CSS: page geometry, print marks."""

from __future__ import annotations

from desktop_app.resources import resources_dir
from desktop_app.style import ExportOptions, Style

PAPER_SIZES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "Letter": (215.9, 279.4)}

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


def style_css(style: Style, options: ExportOptions) -> str:
    """CSS that every layout's stylesheet reads its sizes from."""
    width, height = page_size_mm(style)
    return (
        "@page {"
        f" size: {width:g}mm {height:g}mm;"
        f" margin: {style.margin_top:g}mm {style.margin_right:g}mm"
        f" {style.margin_bottom:g}mm {style.margin_left:g}mm;"
        " }\n"
        f"{print_css(options)}"
        ":root {"
        f" --body-size: {style.body_size:g}pt;"
        f" --title-size: {style.title_size:g}pt;"
        f" --subtitle-size: {style.subtitle_size:g}pt;"
        f" --meta-size: {style.meta_size:g}pt;"
        f" --line-height: {style.line_height:g};"
        f" --columns: {style.columns};"
        " }\n"
    )
