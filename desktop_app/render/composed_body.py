"""Which documents' bodies the paragraph composer sets, and at what measure, face and
hyphenation (the composing itself is in ``render/composed_html.py``)."""

from __future__ import annotations

import pyphen
from markupsafe import Markup

from desktop_app.language.tags import text_direction
from desktop_app.model.document import Document
from desktop_app.render.composed_html import Setting, compose_body
from desktop_app.render.composer import Tracking
from desktop_app.render.fonts import font_family, script_of, stack_name
from desktop_app.render.layouts import layout_info
from desktop_app.render.style_css import measures

# Scripts that justify by word spaces. Chinese and Japanese keep their character grid,
# Korean its breaks between words; Thai and Khmer are set ragged; the others are left to
# WeasyPrint until their own rules are known.
COMPOSED_SCRIPTS = ("latin", "cyrillic", "greek", "arabic", "hebrew")
FIRST_LINE_INDENT_EM = 1.2  # common.css: .body p + p { text-indent: 1.2em }
# Letter spacing a loose or tight line may take, in ems, and how much larger or smaller its
# type may be set: microtype's default font expansion for TeX is 2 %. Joined scripts (Arabic)
# and right to left are neither tracked nor expanded: they justify by word spaces alone.
TRACKING_EM = (0.02, 0.01)
EXPANSION = 0.02
TRACKED_SCRIPTS = ("latin", "cyrillic", "greek")
# The ligatures of each body face (its "liga" feature, read with HarfBuzz): tracking, which
# would part them, is kept off the lines that hold one. Other faces: every f-ligature.
LIGATURES = {"PT Serif": "f[il]", "Noto Serif": "f[fil]"}


def body_setting(document: Document) -> Setting | None:
    """How ``document``'s body paragraphs are composed, or None when they are not."""
    style, article = document.style, document.article
    if style.line_breaking != "paragraph" or script_of(article.language) not in COMPOSED_SCRIPTS:
        return None
    layout = layout_info(document.options.layout)
    rtl = text_direction(article.language) == "rtl"
    families = tuple(name.strip().strip('"') for name in font_family(article.language, "body").split(","))
    lang = (article.language or "en").replace("_", "-")
    hyphenate = None
    if not rtl and stack_name(article.language) != "vietnamese":
        hyphenate = pyphen.language_fallback(lang.replace("-", "_"))
    return Setting(
        families=families,
        size=style.body_size,
        lang=lang,
        rtl=rtl,
        # The composer sets only scripts off the character grid: the column is the plain one.
        measure=measures(style, "en", layout.supports_columns).column_width,
        # Right to left, paragraphs part with space instead of an indent (common.css).
        indent=0.0 if rtl else FIRST_LINE_INDENT_EM * style.body_size,
        hyphenate=hyphenate,
        tracking=Tracking(TRACKING_EM[0] * style.body_size, TRACKING_EM[1] * style.body_size, EXPANSION)
        if script_of(article.language) in TRACKED_SCRIPTS and not rtl
        else Tracking(),
        line_height=style.line_height * style.body_size,
        ligatures=LIGATURES.get(families[0], "f[fijl]"),
    )


def composed_body(body: Markup, document: Document) -> Markup:
    """``body`` with its paragraphs' lines chosen by the composer, where its style asks for it."""
    setting = body_setting(document)
    return body if setting is None else compose_body(body, setting)
