"""Preflight: what would go wrong on paper, found before the PDF goes to the printer."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from desktop_app.document import Document
from desktop_app.i18n import translations
from desktop_app.readers.web_chrome import doubtful_chrome
from desktop_app.render.fonts import font_names

Severity = Literal["error", "warning"]
MIN_IMAGE_DPI = 300
MAX_TITLE_LINES = 3
MAX_GLYPH_FINDINGS = 20
# Variants whose standard forbids transparency (soft masks, images with alpha).
NO_TRANSPARENCY = frozenset({"pdf/x-1a", "pdf/x-3", "pdf/a-1a", "pdf/a-1b"})
# Variants that allow no RGB at all: WeasyPrint paints the layouts' colours in RGB.
CMYK_ONLY = frozenset({"pdf/x-1a"})
# Where each kind of text is set: the layouts set metadata lines in the sans stack.
ROLE_OF_KIND = {"serif": "body", "sans": "meta"}
TEXT_FIELDS = {"title": "serif", "subtitle": "serif", "body": "serif", "author": "sans", "source": "sans"}


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, a stable code, a message for people, and what it concerns."""

    severity: Severity
    code: str
    message: str
    field: str | None = None
    paragraph: int | None = None  # which paragraph of the body, when the finding is about one


def preflight(document: Document, language: str | None = None) -> list[Finding]:
    """Every problem found in ``document`` with its style and options, errors first.

    Messages are in ``language`` (the window's), or else in the document's locale.
    """
    _ = translations(language or document.options.locale).gettext
    findings = [*_metadata(document, _), *_glyphs(document, _), *_variant(document, _)]
    findings += _web_chrome(document, _)
    findings += _layout(document, _)
    return sorted(findings, key=lambda f: f.severity != "error")


def variant_label(variant: str) -> str:
    """How the standards write a variant's name: pdf/x-4 -> PDF/X-4, pdf/a-3b -> PDF/A-3b."""
    kind, _, level = variant.removeprefix("pdf/").partition("-")
    return f"PDF/{kind.upper()}-{level}"


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def _metadata(document: Document, _) -> list[Finding]:
    article, variant = document.article, document.options.pdf_variant or ""
    ua = variant.startswith("pdf/ua")
    findings = []
    if not article.title.strip():
        findings.append(Finding("error", "missing-title", _("The article has no title."), "title"))
    if article.date is None:
        findings.append(
            Finding("warning", "missing-date", _("The article has no date; the page shows none."), "date")
        )
    if not article.language.strip():
        severity: Severity = "error" if ua else "warning"
        message = _("The article's language is not set; hyphenation and screen readers need it.")
        findings.append(Finding(severity, "missing-language", message, "language"))
    if not article.body.strip():
        findings.append(Finding("warning", "empty-body", _("The article has no text."), "body"))
    return findings


def _web_chrome(document: Document, _) -> list[Finding]:
    """Lines before or after the body that look like a web page's buttons or links: the reader
    kept them because they might be the article's own words."""
    if document.article.body_format != "text":
        return []  # only saved pages carry chrome, and their paragraphs are the body's blocks
    paragraphs = document.article.paragraphs
    findings = []
    for index in doubtful_chrome(paragraphs):
        message = _("“%(text)s” looks like web page chrome; delete it if it is not part of the article.")
        message %= {"text": _short(paragraphs[index])}
        findings.append(Finding("warning", "web-chrome", message, "body", index))
    return findings


# ---- glyph coverage -------------------------------------------------------------------------


@cache
def _installed_faces() -> dict[str, tuple[str, int]]:
    """Family name -> (file, face index) of its regular face, as fontconfig knows them."""
    if not shutil.which("fc-list"):
        return {}
    listing = subprocess.run(
        ["fc-list", "--format", "%{family}\t%{style}\t%{file}\t%{index}\n"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    faces: dict[str, tuple[str, int]] = {}
    regular: set[str] = set()
    for line in sorted(listing.splitlines()):
        parts = line.split("\t")
        if len(parts) != 4 or not parts[3].isdigit():
            continue
        families, style, file, index = parts
        is_regular = any(s in style for s in ("Regular", "Book", "Normal"))
        for family in families.split(","):
            if family not in faces or (is_regular and family not in regular):
                faces[family] = (file, int(index))
                if is_regular:
                    regular.add(family)
    return faces


@cache
def _cmap(file: str, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(file, fontNumber=index, lazy=True)
        return frozenset(font.getBestCmap() or {})
    except Exception:  # a damaged font covers nothing rather than stopping preflight
        return frozenset()


@cache
def coverage(language: str, kind: str) -> frozenset[int]:
    """Code points the installed fonts of a stack can draw."""
    faces = _installed_faces()
    covered: set[int] = set()
    for family in font_names(language, ROLE_OF_KIND[kind]):
        if family in faces:
            covered |= _cmap(*faces[family])
    return frozenset(covered)


def _drawable(char: str) -> bool:
    # White space and format controls (soft hyphen, joiners) need no glyph of their own.
    return not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp"))


def _glyphs(document: Document, _) -> list[Finding]:
    article = document.article
    findings: list[Finding] = []
    seen: set[str] = set()
    for field, kind in TEXT_FIELDS.items():
        covered = coverage(article.language, kind)
        for char in dict.fromkeys(getattr(article, field)):
            if char in seen or not _drawable(char) or ord(char) in covered:
                continue
            seen.add(char)
            name = unicodedata.name(char, "")
            message = _("The fonts cannot draw %(char)s (U+%(code)04X %(name)s).") % {
                "char": char,
                "code": ord(char),
                "name": name,
            }
            findings.append(Finding("error", "missing-glyph", message.replace("  ", " "), field))
    if len(findings) > MAX_GLYPH_FINDINGS:
        rest = len(findings) - MAX_GLYPH_FINDINGS
        more = _("%(count)d more characters the fonts cannot draw.") % {"count": rest}
        findings = [*findings[:MAX_GLYPH_FINDINGS], Finding("error", "missing-glyph", more, None)]
    return findings


# ---- PDF variant -----------------------------------------------------------------------------


def _variant(document: Document, _) -> list[Finding]:
    options = document.options
    variant = options.pdf_variant or ""
    findings = []
    if variant.startswith("pdf/ua") and not document.article.title.strip():
        message = _("%(variant)s needs a document title.") % {"variant": variant_label(variant)}
        findings.append(Finding("error", "variant-title", message, "title"))
    if variant in CMYK_ONLY:
        message = _(
            "%(variant)s allows CMYK and grey only, but the layout's colours are RGB; choose PDF/X-4."
        ) % {"variant": variant_label(variant)}
        findings.append(Finding("error", "variant-rgb", message, "options.pdf_variant"))
    if variant.startswith("pdf/x") and options.bleed_mm == 0:
        message = _("A print shop usually asks for 3 mm bleed; this export has none.")
        findings.append(Finding("warning", "no-bleed", message, "options.bleed_mm"))
    return findings


# ---- layout: overflow, title length, images --------------------------------------------------


def _layout(document: Document, _) -> list[Finding]:
    from desktop_app.errors import RenderError
    from desktop_app.render.engine import load_weasyprint
    from desktop_app.render.pdf import laid_out

    load_weasyprint()
    from weasyprint.formatting_structure import boxes

    try:
        rendered, fetcher, _html = laid_out(document)
    except RenderError as exc:
        return [Finding("error", "render-failed", str(exc), None)]
    findings: list[Finding] = []
    overflowing: list[str] = []
    title_lines = 0
    images: dict[str, tuple[float, str]] = {}
    for page in rendered.pages:
        for block, line in _lines(page._page_box, boxes):
            overflowing += _overflow_in_line(block, line, boxes)
            if _in_title(line, document):
                title_lines += 1
        for box in page._page_box.descendants():
            if isinstance(box, boxes.ReplacedBox):
                _image(box, images)
    for text in dict.fromkeys(overflowing):
        message = _("“%(text)s” is wider than its column and runs out of it.") % {"text": _short(text)}
        findings.append(Finding("warning", "overflow", message, _field_of(text, document)))
    if title_lines > MAX_TITLE_LINES:
        message = _("The title takes %(lines)d lines; shorten it or make it smaller.")
        message %= {"lines": title_lines}
        findings.append(Finding("warning", "long-title", message, "title"))
    variant = document.options.pdf_variant or ""
    for src, (dpi, mode) in images.items():
        if dpi < MIN_IMAGE_DPI:
            message = _("Image %(src)s prints at %(dpi)d dpi; print needs %(min)d.") % {
                "src": src,
                "dpi": dpi,
                "min": MIN_IMAGE_DPI,
            }
            findings.append(Finding("warning", "low-resolution", message, "body"))
        if variant in NO_TRANSPARENCY and "A" in mode:
            message = _("Image %(src)s has transparency, which %(variant)s forbids.") % {
                "src": src,
                "variant": variant_label(variant),
            }
            findings.append(Finding("error", "variant-transparency", message, "options.pdf_variant"))
    for url in dict.fromkeys(fetcher.blocked):
        message = _("%(url)s was not loaded: only images in the article's folder are.") % {"url": url}
        findings.append(Finding("warning", "blocked-resource", message, "body"))
    return findings


def _lines(box, boxes, block=None):
    """Every line box with the block whose content box should hold it."""
    if isinstance(box, boxes.LineBox):
        yield block, box
        return
    if isinstance(box, boxes.BlockContainerBox):
        block = box
    for child in getattr(box, "children", ()):
        yield from _lines(child, boxes, block)


def _overflow_in_line(block, line, boxes) -> list[str]:
    """Text in a line box that reaches past its block's right edge (a long word or URL)."""
    if block is None or isinstance(block, boxes.MarginBox):
        return []
    right = block.content_box_x() + block.width + 0.5
    found = []
    for child in line.descendants():
        if isinstance(child, boxes.TextBox) and child.position_x + child.width > right:
            found.append(child.text.strip())
    return [text for text in found if text]


def _in_title(line, document: Document) -> bool:
    element = getattr(line, "element", None)
    return (
        element is not None
        and element.tag == "h1"
        and document.article.title.startswith("".join(element.itertext()).strip()[:20])
    )


def _image(box, images: dict[str, tuple[float, str]]) -> None:
    image = box.replacement
    pixels = getattr(image, "width", None)
    if not pixels or box.width <= 0:
        return
    src = box.element.get("src", "") if box.element is not None else ""
    dpi = pixels / (box.width / 96)
    previous = images.get(src)
    if previous is None or dpi < previous[0]:
        images[src] = (dpi, getattr(image, "mode", ""))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_of(text: str, document: Document) -> str:
    article = document.article
    for field in ("title", "subtitle", "author", "source"):
        if text and text in getattr(article, field):
            return field
    return "body"
