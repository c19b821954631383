"""Fill a layout's Jinja template with a document, in the document's locale."""

from __future__ import annotations

from functools import cache

import markdown
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.support import Translations
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from desktop_app.document import Document
from desktop_app.render.fonts import font_family
from desktop_app.render.style_css import style_css
from desktop_app.resources import templates_dir, translations_dir

DEFAULT_LAYOUT = "classic"


def available_layouts() -> list[str]:
    """Names of the layouts under templates/, each a folder with an article.html."""
    return sorted(p.name for p in templates_dir().iterdir() if (p / "article.html").is_file())


@cache
def _environment(locale: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=select_autoescape(["html", "css"], default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    translations = Translations.load(str(translations_dir()), [locale], domain="messages")
    env.install_gettext_translations(translations, newstyle=True)
    env.filters["css_string"] = css_string
    return env


def css_string(value: object) -> Markup:
    """A value quoted for use as a CSS string, so text cannot end the string early."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return Markup(f'"{text}"')


def babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def body_html(document: Document) -> Markup:
    """The article body as HTML; its text is escaped and Markdown's raw HTML is off."""
    article = document.article
    if article.body_format == "markdown":
        md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        # Untrusted input: raw HTML in the Markdown is shown as text, never as markup.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        return Markup(md.convert(article.body))
    return Markup("\n").join(Markup("<p>{}</p>").format(p) for p in article.paragraphs)


def render_html(document: Document) -> str:
    """The complete HTML a layout makes of ``document``."""
    options = document.options
    locale = babel_locale(options.locale)
    env = _environment(str(locale))
    layout = options.layout if options.layout in available_layouts() else DEFAULT_LAYOUT
    template = env.get_template(f"{layout}/article.html")
    article = document.article
    created = article.date.isoformat() if article.date else "2000-01-01"
    return template.render(
        article=article,
        style=document.style,
        options=options,
        body=body_html(document),
        date_text=format_date(article.date, format="long", locale=locale) if article.date else "",
        created=created,
        lang=article.language,
        locale=str(locale),
        # Built from numbers and our own constants only, so it needs no escaping.
        style_css=Markup(style_css(document.style, options)),
        font_serif=Markup(font_family(article.language, "serif")),
        font_sans=Markup(font_family(article.language, "sans")),
    )
