"""Preflight of photos: each figure's photo found, usable and sharp enough at its placed size,
and held as the PDF variant allows."""

from __future__ import annotations

from desktop_app.checks.finding import Finding, variant_label
from desktop_app.model.document import Document
from desktop_app.model.figures import Figure, parse_figure
from desktop_app.readers.pictures import picture_mode
from desktop_app.render.figures import PICTURE_SCHEME, placed_picture, print_ppi
from desktop_app.render.page_map import PageMap

# Effective resolution of a photo on paper, in pixels per inch of its placed size: below the
# first it looks soft when printed, below the second plainly blurred or blocky.
WARN_PPI = 200
ERROR_PPI = 120
# Variants whose standard forbids transparency (soft masks, images with alpha).
NO_TRANSPARENCY = frozenset({"pdf/x-1a", "pdf/x-3", "pdf/a-1a", "pdf/a-1b"})
# Variants that allow no RGB at all: WeasyPrint paints the layouts' colours and photos in RGB.
CMYK_ONLY = frozenset({"pdf/x-1a"})
PT_PER_INCH = 72.0


def photo_findings(document: Document, page_map: PageMap, _) -> list[Finding]:
    """What is wrong with each figure's photo: not saved, missing, unreadable, too soft for print,
    or not allowed as it is by the PDF variant."""
    if document.article.body_format != "markdown":
        return []
    findings: list[Finding] = []
    for index, block in enumerate(document.article.blocks):
        figure = parse_figure(block)
        if figure is not None:
            findings += _figure_findings(document, page_map, index, figure, _)
    return findings


def _figure_findings(document: Document, page_map: PageMap, index: int, figure: Figure, _) -> list[Finding]:
    placed = placed_picture(document, figure)
    name = figure.image

    def finding(severity, code: str, message: str, field: str = "body") -> Finding:
        return Finding(severity, code, message, field, block=index, image=name)

    if placed.problem == "remote":
        # Never fetched: the window offers to choose the file the page should have kept.
        message = _("photo not saved with the page: %(url)s") % {"url": name}
        return [finding("error", "photo-not-saved", message)]
    if placed.problem == "missing":
        message = _("The photo %(name)s is missing: neither the document nor the article's folder has it.")
        return [finding("error", "photo-missing", message % {"name": name})]
    if placed.problem == "unreadable":
        message = _("The photo %(name)s cannot be printed: %(reason)s") % {
            "name": name,
            "reason": placed.detail,
        }
        return [finding("error", "photo-unreadable", message)]
    picture = placed.picture
    assert picture is not None
    findings = []
    element = page_map.get(f"b{index}")
    width_pt = max((r.width for r in element.rects), default=0.0) if element else 0.0
    if print_ppi(document.options) and picture.pixels[0] and width_pt > 0:
        ppi = picture.pixels[0] / (width_pt / PT_PER_INCH)
        values = {"name": name, "ppi": ppi, "warn": WARN_PPI}
        if ppi < ERROR_PPI:
            message = _("The photo %(name)s prints at %(ppi)d ppi at its size: it will look blurred.")
            findings.append(finding("error", "photo-resolution", message % values))
        elif ppi < WARN_PPI:
            message = _("The photo %(name)s prints at %(ppi)d ppi at its size; print needs %(warn)d.")
            findings.append(finding("warning", "photo-resolution", message % values))
    findings += _variant_findings(document, figure, picture_mode(picture), finding, _)
    return findings


def _variant_findings(document: Document, figure: Figure, mode: str, finding, _) -> list[Finding]:
    variant = document.options.pdf_variant or ""
    if not variant:
        return []
    values = {"name": figure.image, "variant": variant_label(variant)}
    findings = []
    if variant in CMYK_ONLY and mode not in ("L", "CMYK", ""):
        message = _("%(variant)s holds CMYK and grey images only; the photo %(name)s is RGB.")
        findings.append(finding("error", "variant-photo-rgb", message % values, "options.pdf_variant"))
    if variant in NO_TRANSPARENCY and "A" in mode:
        message = _("Image %(src)s has transparency, which %(variant)s forbids.")
        message %= {"src": figure.image, "variant": values["variant"]}
        findings.append(finding("error", "variant-transparency", message, "options.pdf_variant"))
    if variant.startswith("pdf/ua") and not figure.caption:
        message = _("%(variant)s needs words for every photo; the photo %(name)s has no caption.")
        findings.append(finding("error", "photo-no-caption", message % values))
    return findings


def is_figure_image(src: str) -> bool:
    """Whether an ``<img>`` source is a figure's photo, which ``photo_findings`` checks by name."""
    return src.startswith(f"{PICTURE_SCHEME}:")
