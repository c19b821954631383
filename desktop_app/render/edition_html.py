"""Fill the edition's HTML: masthead, contents, then each article as its layout sets it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from babel.dates import format_date
from markupsafe import Markup

from desktop_app.language.catalogs import babel_locale, format_locale
from desktop_app.language.tags import text_direction
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition
from desktop_app.render.fonts import font_family, script_of
from desktop_app.render.house import family_stack, house_view
from desktop_app.render.html import article_context, html_lang, layout_errors, layout_template
from desktop_app.render.layouts import layout_info
from desktop_app.render.style_css import (
    COLUMN_GAP_MM,
    PT_PER_MM,
    cjk_measure_pt,
    layout_columns,
    page_size_mm,
    style_css,
)

EDITION_TEMPLATE = "shared/edition.html"
_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


@dataclass(frozen=True)
class ContentsEntry:
    """One article of the edition: its anchor, its title in its own script, its laid-out part."""

    anchor: str
    title: str
    lang: str
    script: str
    dir: str
    page: Markup


def edition_html(edition: Edition) -> str:
    """The complete HTML of ``edition``; UnknownLayoutError for a bad layout."""
    with layout_errors(edition.options.layout):
        return _edition_html(edition)


def _edition_html(edition: Edition) -> str:
    layout = layout_info(edition.options.layout)
    template = layout_template(edition.options)
    env = template.environment
    documents = [article_document(edition, d) for d in edition.articles]
    contexts = [article_context(d) for d in documents]
    entries = [
        _entry(i, d, ctx, template) for i, (d, ctx) in enumerate(zip(documents, contexts, strict=True))
    ]
    locale = babel_locale(edition.options.locale)
    ui_lang = html_lang("_".join(filter(None, (locale.language, locale.territory))))
    date_text = _date_text(edition)
    # The shared CSS is filled as for an article standing for the edition: its running foot
    # then carries the edition's title where a single article prints its source, and its date.
    foot = Article(title=edition.title, source=edition.title, date=edition.date, language=edition.language)
    shell = article_context(Document(article=foot, style=edition.style, options=edition.options))
    common_css = env.get_template("shared/common.css").render(shell)
    house = house_view(edition.options.house_style)
    layout_css = "".join(template.blocks["layout_css"](template.new_context(shell)))
    return env.get_template(EDITION_TEMPLATE).render(
        edition=edition,
        entries=entries,
        layout=layout,
        ui_lang=ui_lang,
        ui_script=script_of(str(locale)),
        ui_dir=text_direction(edition.options.locale),
        date_text=date_text,
        running_style=shell["running_style"],
        house=house,
        created=edition.date.isoformat() if edition.date else "",
        common_css=Markup(common_css),
        layout_css=Markup(layout_css),
        style_css=Markup(_edition_style_css(edition, [d.article.language for d in documents])),
        script_faces=_script_faces([edition.language] + [d.article.language for d in documents]),
        font_body=Markup(family_stack(house.text_family, font_family(edition.language, "body"))),
        font_heading=Markup(family_stack(house.heading_family, font_family(edition.language, "heading"))),
        font_meta=Markup(font_family(edition.language, "meta")),
    )


def _script_faces(languages: list[str]) -> dict[str, dict[str, Markup]]:
    """The faces of each script the edition is written in, for its ``script-…`` classes."""
    faces: dict[str, dict[str, Markup]] = {}
    for language in languages:
        faces.setdefault(
            script_of(language),
            {role: Markup(font_family(language, role)) for role in ("body", "heading", "meta")},
        )
    return faces


def article_document(edition: Edition, document: Document) -> Document:
    """An article as the edition prints it: the edition's style, layout and locale, its own text."""
    return document.with_changes(style=edition.style, options=edition.options)


def metadata_document(edition: Edition) -> Document:
    """A document standing for the whole edition, from which the PDF's metadata is filled."""
    keywords: list[str] = []
    for document in edition.articles:
        keywords += [k for k in document.article.keywords if k not in keywords]
    article = Article(
        title=edition.title,
        subtitle=edition.subtitle,
        date=edition.date,
        language=edition.language,
        keywords=tuple(keywords),
    )
    return Document(article=article, style=edition.style, options=edition.options)


def _entry(index: int, document: Document, context: dict, template) -> ContentsEntry:
    if document.asset_folder is not None:
        # Each article's images are relative to its own folder, not to the edition's.
        context = {**context, "body": _absolute_images(context["body"], document.asset_folder.as_uri())}
    page = Markup("".join(template.blocks["page"](template.new_context(context))))
    language = document.article.language
    return ContentsEntry(
        anchor=f"article-{index + 1}",
        title=document.article.title,
        lang=html_lang(language),
        script=script_of(language),
        dir=text_direction(language),
        page=page,
    )


def _absolute_images(body: Markup, folder_uri: str) -> Markup:
    def resolve(match: re.Match[str]) -> str:
        src = match.group(2)
        if urlsplit(src).scheme:
            return match.group(0)
        return f"{match.group(1)}{urljoin(folder_uri + '/', src)}{match.group(3)}"

    return Markup(_IMG_SRC.sub(resolve, str(body)))


def _date_text(edition: Edition) -> str:
    if edition.date is None:
        return ""
    return format_date(edition.date, format="long", locale=format_locale(edition.options.locale))


def _edition_style_css(edition: Edition, languages: list[str]) -> str:
    """The style's CSS, and the Chinese measure scoped to Chinese articles only."""
    layout = layout_info(edition.options.layout)
    # Asked as for a Latin page, whatever the edition's locale: the Chinese measure must
    # not narrow the English and Russian articles beside it.
    css = style_css(edition.style, edition.options, "en", layout.supports_columns)
    if any(script_of(language) == "cjk" for language in languages):
        width, _height = page_size_mm(edition.style)
        text_width_pt = (width - edition.style.margin_left - edition.style.margin_right) * PT_PER_MM
        columns = layout_columns(edition.style, layout.supports_columns)
        measure = cjk_measure_pt(text_width_pt, edition.style.body_size, columns, COLUMN_GAP_MM * PT_PER_MM)
        css += f".edition-article.script-cjk .body {{ width: {measure:.3f}pt; }}\n"
    return css
