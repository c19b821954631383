"""Preflight: what would go wrong on paper, found before the PDF goes to the printer."""

from __future__ import annotations

from desktop_app.checks.finding import Finding, Severity, variant_label
from desktop_app.checks.glyphs import GlyphGroup, group_boxes, listed, package_of
from desktop_app.checks.photos import (
    CMYK_ONLY,
    ERROR_PPI,
    NO_TRANSPARENCY,
    WARN_PPI,
    is_figure_image,
    photo_findings,
)
from desktop_app.language.catalogs import translations
from desktop_app.model.document import Document
from desktop_app.proofing.findings import proofing_findings
from desktop_app.readers.web_chrome import doubtful_chrome
from desktop_app.render.figures import print_ppi
from desktop_app.render.page_map import read_page_map
from desktop_app.render.placed_glyphs import boxes_in
from desktop_app.render.user_fonts import covering_font

__all__ = ["Finding", "Severity", "preflight", "variant_label"]
# Errors first, then warnings, then notices (spelling and punctuation, proofing/findings.py).
_RANK = {"error": 0, "warning": 1, "notice": 2}
MAX_TITLE_LINES = 3
# Fields of the article a finding can point the window to.
ARTICLE_FIELDS = frozenset({"title", "subtitle", "author", "source", "date", "body"})


def preflight(document: Document, language: str | None = None) -> list[Finding]:
    """Every problem found in ``document`` with its style and options, errors first.

    Messages are in ``language`` (the window's), or else in the document's locale.
    """
    catalog = translations(language or document.options.locale)
    _ = catalog.gettext
    findings = [*_metadata(document, _), *_variant(document, _)]
    findings += _web_chrome(document, _)
    findings += _house_style(document, _)
    findings += _reading(document, _)
    findings += _layout(document, _, catalog.ngettext)
    findings += proofing_findings(document, _)
    return sorted(findings, key=lambda f: _RANK.get(f.severity, 1))


def _reading(document: Document, _) -> list[Finding]:
    """What the reader left out of the file it opened (a corrupt photo, one outside the page's
    folder): said once more before print, since the page shows only what is left."""
    message = _("Left out when the file was read: %(problem)s")
    return [Finding("warning", "reading", message % {"problem": p}) for p in document.reading_problems]


def _house_style(document: Document, _) -> list[Finding]:
    """What the document's house style holds that its pages leave out (a missing logo…)."""
    from desktop_app.render.house import house_view

    problems = house_view(document.options.house_style).problems
    message = _("House style: %(problem)s")
    return [Finding("warning", "house-style", message % {"problem": p}) for p in problems]


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


# ---- glyphs: the boxes the layout drew ------------------------------------------------------


def _glyphs(rendered, document: Document, _, ngettext) -> list[Finding]:
    """One finding per script whose characters the laid-out pages draw as empty boxes."""
    findings = []
    for group in group_boxes(boxes_in(rendered)):
        count = len(group.chars)
        fix_font = None
        values = {"script": group.name, "count": count, "chars": listed(group.chars)}
        values["where"] = _where(group.places, _)
        if group.kind == "private-use":
            message = ngettext(
                "%(count)d private-use character prints as an empty box: %(chars)s (%(where)s). "
                "It means something only in one font; replace it with a standard character.",
                "%(count)d private-use characters print as empty boxes: %(chars)s (%(where)s). "
                "They mean something only in one font; replace them with standard characters.",
                count,
            )
        elif group.kind == "unassigned":
            message = ngettext(
                "%(count)d character is not in Unicode and prints as an empty box: %(chars)s "
                "(%(where)s). It is likely damage from a wrong encoding; delete or retype it.",
                "%(count)d characters are not in Unicode and print as empty boxes: %(chars)s "
                "(%(where)s). They are likely damage from a wrong encoding; delete or retype them.",
                count,
            )
        else:
            message = ngettext(
                "%(script)s: %(count)d character cannot be drawn and prints as an empty box: "
                "%(chars)s (%(where)s).",
                "%(script)s: %(count)d characters cannot be drawn and print as empty boxes: "
                "%(chars)s (%(where)s).",
                count,
            )
            covering = covering_font("".join(group.chars))
            if covering is not None:
                fix_font = str(covering.file)
                message += " " + _("%(font)s is installed on this system and can draw them.") % {
                    "font": covering.family
                }
            else:
                message += " " + _fix_hint(group, _)
        _page, field, block = group.places[0]
        paragraph = block if field == "body" and document.article.body_format == "text" else None
        article_field = field if field in ARTICLE_FIELDS else None
        finding = Finding("error", "missing-glyph", message % values, article_field, paragraph, fix_font)
        findings.append(finding)
    return findings


def _fix_hint(group: GlyphGroup, _) -> str:
    if group.kind == "symbols":
        return _("Install a font that has them, such as Noto Color Emoji (package %(package)s).") % {
            "package": package_of("Noto Color Emoji")
        }
    if group.families:
        return _("Install %(font)s (package %(package)s).") % {
            "font": group.families[0],
            "package": package_of(group.families[0]),
        }
    return _("Install a font that covers %(script)s.") % {"script": group.name}


def _where(places: tuple[tuple[int, str | None, int | None], ...], _) -> str:
    """Where the boxes are: "page 1: body, paragraph 2; page 2: running head"."""
    labels = {
        "title": _("title"),
        "subtitle": _("subtitle"),
        "author": _("author"),
        "source": _("source"),
        "date": _("date"),
        "body": _("body"),
        "running": _("running head or foot"),
    }
    by_page: dict[int, list[str]] = {}
    for page, field, block in places:
        label = labels.get(field or "", _("page words"))
        if field == "body" and block is not None:
            label = _("paragraph %(number)d") % {"number": block + 1}
        if label not in by_page.setdefault(page, []):
            by_page[page].append(label)
    return "; ".join(
        _("page %(page)d: %(where)s") % {"page": p, "where": ", ".join(w)} for p, w in by_page.items()
    )


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


def _layout(document: Document, _, ngettext) -> list[Finding]:
    from desktop_app.errors import RenderError
    from desktop_app.render.engine import load_weasyprint
    from desktop_app.render.pdf import laid_out

    load_weasyprint()
    from weasyprint.formatting_structure import boxes

    try:
        rendered, fetcher, _html = laid_out(document)
    except RenderError as exc:
        return [Finding("error", "render-failed", str(exc), None)]
    findings: list[Finding] = _glyphs(rendered, document, _, ngettext)
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
    findings += photo_findings(document, read_page_map(rendered.pages), _)
    findings += _inline_images(document, images, fetcher.unusable, _)
    for url in dict.fromkeys(fetcher.blocked):
        message = _("%(url)s was not loaded: only images in the article's folder are.") % {"url": url}
        findings.append(Finding("warning", "blocked-resource", message, "body"))
    return findings


def _inline_images(document: Document, images: dict[str, tuple[float, str]], unusable: dict[str, str], _):
    """Images inside the text (not figures, which ``checks/photos.py`` checks by name)."""
    variant = document.options.pdf_variant or ""
    findings = []
    for src, (dpi, mode) in images.items():
        if is_figure_image(src):
            continue
        if print_ppi(document.options) and dpi < WARN_PPI:
            message = _("Image %(src)s prints at %(dpi)d dpi; print needs %(min)d.")
            message %= {"src": src, "dpi": dpi, "min": WARN_PPI}
            severity: Severity = "error" if dpi < ERROR_PPI else "warning"
            findings.append(Finding(severity, "low-resolution", message, "body"))
        if variant in NO_TRANSPARENCY and "A" in mode:
            message = _("Image %(src)s has transparency, which %(variant)s forbids.")
            message %= {"src": src, "variant": variant_label(variant)}
            findings.append(Finding("error", "variant-transparency", message, "options.pdf_variant"))
    for url, reason in unusable.items():
        message = _("The photo %(name)s cannot be printed: %(reason)s") % {"name": url, "reason": reason}
        findings.append(Finding("error", "photo-unreadable", message, "body", image=url))
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
