"""The one place where the Style model becomes CSS: page geometry and custom properties."""

from __future__ import annotations

from desktop_app.style import ExportOptions, Style

PAPER_SIZES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "Letter": (215.9, 279.4)}


def page_size_mm(style: Style) -> tuple[float, float]:
    """Trim width and height of the page in millimetres, orientation applied."""
    width, height = PAPER_SIZES_MM[style.paper]
    return (height, width) if style.orientation == "landscape" else (width, height)


def style_css(style: Style, options: ExportOptions) -> str:
    """CSS that every layout's stylesheet reads its sizes from."""
    width, height = page_size_mm(style)
    bleed = options.bleed_mm
    marks = "crop cross" if options.crop_marks else "none"
    return (
        "@page {"
        f" size: {width:g}mm {height:g}mm;"
        f" margin: {style.margin_top:g}mm {style.margin_right:g}mm"
        f" {style.margin_bottom:g}mm {style.margin_left:g}mm;"
        f" bleed: {bleed:g}mm; marks: {marks};"
        " }\n"
        ":root {"
        f" --body-size: {style.body_size:g}pt;"
        f" --title-size: {style.title_size:g}pt;"
        f" --subtitle-size: {style.subtitle_size:g}pt;"
        f" --meta-size: {style.meta_size:g}pt;"
        f" --line-height: {style.line_height:g};"
        f" --columns: {style.columns};"
        " }\n"
    )
