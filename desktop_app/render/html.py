"""Fill a layout's Jinja template with a document, in the document's locale."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as etree

import markdown
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import (
    BaseLoader,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    pass_context,
    select_autoescape,
)
from jinja2 import Environment as BaseEnvironment
from jinja2.sandbox import SandboxedEnvironment
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from desktop_app.language.catalogs import babel_locale, format_locale, translations
from desktop_app.language.tags import text_direction
from desktop_app.model.document import Document
from desktop_app.model.figures import parse_figure
from desktop_app.model.style import ExportOptions
from desktop_app.proofing.counts import count_words as word_count
from desktop_app.render.composed_body import composed_body
from desktop_app.render.figures import document_measures, figure_html
from desktop_app.render.fonts import font_family, script_of
from desktop_app.render.house import family_stack, house_view
from desktop_app.render.layouts import (
    LayoutError,
    check_layout_css,
    layout_info,
    template_path,
    user_layouts_dir,
)
from desktop_app.render.style_css import style_css
from desktop_app.resources import templates_dir

# Stand-ins for the page counters inside a translated "Page N of M"; no translation
# contains them, so they mark exactly where counter(page) and counter(pages) go.
_PAGE_MARK = "\ue000"
_PAGES_MARK = "\ue001"
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S.*$", re.MULTILINE)


@cache
def _environment(locale: str) -> SandboxedEnvironment:
    # The sandbox: a user's layout is untrusted, and may call no Python beyond what a template
    # needs (no attribute of ours starting with "_", no unsafe method).
    env = SandboxedEnvironment(
        loader=_LayoutLoader(),
        autoescape=select_autoescape(["html", "css"], default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Added by the i18n extension, so the type of Environment does not show it.
    env.install_gettext_translations(translations(locale), newstyle=True)  # type: ignore[attr-defined]
    env.filters["css_string"] = css_string
    env.filters["page_counter"] = page_counter
    env.globals["PAGE"] = _PAGE_MARK
    # A whole document unless the preview asks for a provisional slice of it (render.provisional).
    env.globals.update(
        show_head=True, show_tail=True, first_page_number=1, pages_shown=_PAGES_MARK, first_page_only=False
    )
    env.filters["words_kept"] = words_kept
    env.globals["edit"] = edit_attributes
    env.globals["edited"] = edited_span
    env.globals["PAGES"] = _PAGES_MARK
    return env


class _LayoutLoader(BaseLoader):
    """Templates from the built-in layouts' folder, then the user's layouts folder.

    The folders are asked for on every load rather than fixed when the environment is made, and
    a template is up to date only while the same file, unchanged, still answers its name.
    """

    def get_source(self, environment: BaseEnvironment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self._find(template)
        mtime = path.stat().st_mtime
        return path.read_text(encoding="utf-8"), str(path), lambda: self._current(template, path, mtime)

    def _find(self, template: str) -> Path:
        for folder in (templates_dir(), user_layouts_dir()):
            try:
                return Path(FileSystemLoader(str(folder)).get_source(_PLAIN, template)[1])
            except TemplateNotFound:
                continue
        raise TemplateNotFound(template)

    def _current(self, template: str, path: Path, mtime: float) -> bool:
        try:
            return self._find(template) == path and path.stat().st_mtime == mtime
        except (TemplateNotFound, OSError):
            return False


# FileSystemLoader's get_source needs an environment only to satisfy its signature.
_PLAIN = BaseEnvironment()


def css_string(value: object) -> Markup:
    """A value quoted for use as a CSS string, so text cannot end the string early."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    # Inside <style> a "</style>" in the text would end the stylesheet; CSS escapes "<".
    text = text.replace("<", "\\3C ")
    return Markup(f'"{text}"')


def running_strings_style(title: str, source: str, date_text: str, footer: str = "") -> str:
    """The root element's style: the words of the running head and foot as custom properties.

    They stand here rather than in the stylesheet so that the stylesheet is the same for
    every article and is parsed once (``render/stylesheets.py``). A plain string: the template
    escapes it as the attribute value it becomes.
    """
    words = {"title": title, "source": source, "date": date_text, "footer": footer}
    return "; ".join(f"--running-{name}: {css_string(value)}" for name, value in words.items())


def page_counter(text: object) -> Markup:
    """A translated "Page N of M" as CSS content, the marks replaced by the page counters."""
    parts = re.split(f"([{_PAGE_MARK}{_PAGES_MARK}])", str(text))
    out = []
    for part in parts:
        if part == _PAGE_MARK:
            out.append("counter(page)")
        elif part == _PAGES_MARK:
            out.append("counter(pages)")
        elif part:
            out.append(css_string(part))
    return Markup(" ".join(out))


def edit_attributes(element_id: str, field: str, role: str) -> Markup:
    """The attributes that name an element for on-page editing (see ``render.page_map``):
    its id, the article field it shows and the type-size role it is set in."""
    return Markup(' data-edit="{}" data-field="{}" data-role="{}"').format(element_id, field, role)


def edited_span(value: str, element_id: str, field: str) -> Markup:
    """``value`` in a span of its own inside a line of words, so the page map finds just it."""
    return Markup("<span {}>{}</span>").format(edit_attributes(element_id, field, "meta"), value)


class _BlockIds(Treeprocessor):
    """Names each top-level element of one body block, and each item of a list, for the page map."""

    block = 0

    def run(self, root: etree.Element) -> None:
        for child in root:
            child.set("data-edit", f"b{self.block}")
            child.set("data-field", "body")
            child.set("data-role", "body")
            if child.tag in ("ul", "ol"):
                for k, item in enumerate(child.findall("li")):
                    item.set("data-edit", f"b{self.block}.{k}")
                    item.set("data-field", "body")
                    item.set("data-role", "body")


_HANGUL_WORD = re.compile(r"\S*[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]\S*")


def is_korean(language: str) -> bool:
    """Whether a language tag (``ko``, ``ko-KR``, ``ko_KR``) is Korean."""
    return language.replace("_", "-").split("-")[0].lower() == "ko"


def korean_words_kept(text: str) -> Markup:
    """Escaped ``text`` with each Korean word unbreakable: Korean lines break between words, at
    spaces, never inside one (CSS ``word-break: keep-all``, which WeasyPrint lacks)."""
    out, last = [], 0
    for word in _HANGUL_WORD.finditer(text):
        out.append(Markup.escape(text[last : word.start()]))
        out.append(Markup('<span class="keep">{}</span>').format(word.group()))
        last = word.end()
    out.append(Markup.escape(text[last:]))
    return Markup("").join(out)


@pass_context
def words_kept(context, text: str) -> Markup:
    """A heading's text with Korean words kept whole on their line, on a Korean page."""
    return korean_words_kept(text) if is_korean(str(context.get("lang", ""))) else Markup.escape(text)


class _KoreanWords(Treeprocessor):
    """The Markdown body's Korean words made unbreakable, as ``korean_words_kept`` does for text."""

    def run(self, root: etree.Element) -> None:
        for element in list(root.iter()):
            if element.tag in ("code", "pre"):
                continue
            children = list(element)
            element[:] = []
            element.extend(
                _kept_nodes(element, "text") + [n for c in children for n in [c, *_kept_nodes(c, "tail")]]
            )


def _kept_nodes(node: etree.Element, where: str) -> list[etree.Element]:
    # Text before the first child (``text``) or after a child (``tail``): Korean words become
    # spans after it, the rest of the words stay plain text.
    text = getattr(node, where) or ""
    words = list(_HANGUL_WORD.finditer(text))
    if not words:
        return []
    setattr(node, where, text[: words[0].start()])
    spans = []
    for n, word in enumerate(words):
        span = etree.Element("span", {"class": "keep"})
        span.text = word.group()
        end = words[n + 1].start() if n + 1 < len(words) else len(text)
        span.tail = text[word.end() : end]
        spans.append(span)
    return spans


def body_html(document: Document) -> Markup:
    """The article body as HTML, one element per block marked for the page map.

    Its text is escaped and Markdown's raw HTML is off. A figure block becomes a ``<figure>``
    of its photo, caption and credit (``render/figures.py``).
    """
    article = document.article
    korean = is_korean(article.language)
    if article.body_format != "markdown":
        return Markup("\n").join(
            Markup("<p {}>{}</p>").format(
                edit_attributes(f"b{i}", "body", "body"), korean_words_kept(block) if korean else block
            )
            for i, block in enumerate(article.blocks)
        )
    md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    # Untrusted input: raw HTML in the Markdown is shown as text, never as markup.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    ids = _BlockIds(md)
    md.treeprocessors.register(ids, "imprint-block-ids", 0)
    if korean:
        md.treeprocessors.register(_KoreanWords(md), "imprint-korean-words", 1)
    # Each block is converted alone so that its elements are known to come from it; link
    # references may be defined in any block, so every block sees all of them.
    references = "\n".join(_REFERENCE.findall(article.body))
    parts = []
    box = None
    for i, block in enumerate(article.blocks):
        figure = parse_figure(block)
        if figure is not None:
            box = box or document_measures(document)
            parts.append(figure_html(i, figure, document, box))
            continue
        ids.block = i
        md.reset()
        parts.append(Markup(md.convert(f"{block}\n\n{references}" if references else block)))
    return Markup("\n").join(parts)


def html_lang(language: str) -> str:
    """A BCP 47 tag for the article language (``zh_CN`` becomes ``zh-CN``)."""
    return (language or "en").replace("_", "-")


def render_html(document: Document, **slice_parts: object) -> str:
    """The complete HTML a layout makes of ``document``; UnknownLayoutError for a bad layout.

    ``slice_parts`` (``show_head``, ``show_tail``, ``first_page_number``, ``pages_shown``,
    ``first_page_only``) make a provisional slice of a long document instead (see
    ``render.provisional``)."""
    with layout_errors(document.options.layout):
        return layout_template(document.options).render(**article_context(document), **slice_parts)


@contextmanager
def layout_errors(layout: str) -> Iterator[None]:
    """Turn what a broken layout raises into a LayoutError naming its file and line."""
    check_layout_css(layout)
    try:
        yield
    except TemplateError as exc:
        raise LayoutError(_where(exc) + f"{type(exc).__name__}: {exc.message or exc}") from exc


def _where(exc: TemplateError) -> str:
    """``file:line: `` of a template error: Jinja names it for a syntax error, and puts the
    template's own file and line in the traceback for any other."""
    filename, lineno = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if filename is None:
        for frame, line in traceback.walk_tb(exc.__traceback__):
            name = frame.f_code.co_filename
            if name.endswith((".html", ".css")):
                filename, lineno = name, line
    return f"{filename}:{lineno}: " if filename else ""


def layout_template(options: ExportOptions) -> Template:
    """The layout's Jinja template, its words in the options' locale."""
    return _environment(str(babel_locale(options.locale))).get_template(template_path(options.layout))


def article_context(document: Document) -> dict[str, object]:
    """What a layout template is filled with for ``document``: its article, words and faces.

    An edition fills each article's part of its page with the same values.
    """
    options = document.options
    locale: Locale = babel_locale(options.locale)
    layout = layout_info(options.layout)
    article = document.article
    created = article.date.isoformat() if article.date else "2000-01-01"
    words = word_count(" ".join(article.paragraphs))
    written = format_locale(options.locale)
    date_text = format_date(article.date, format="long", locale=written) if article.date else ""
    house = house_view(options.house_style)
    return dict(
        article=article,
        style=document.style,
        options=options,
        # The paragraph composer's hook (render/composed_body.py): lines chosen per paragraph.
        body=composed_body(body_html(document), document),
        date_text=date_text,
        running_style=running_strings_style(article.title, article.source, date_text, house.footer),
        house=house,
        created=created,
        lang=html_lang(article.language),
        dir=text_direction(article.language),
        script=script_of(article.language),
        ui_lang=html_lang("_".join(filter(None, (locale.language, locale.territory)))),
        ui_script=script_of(str(locale)),
        locale=str(locale),
        layout=layout,
        word_count=words,
        word_count_text=format_decimal(words, locale=written),
        # Built from numbers and our own constants only, so it needs no escaping.
        style_css=Markup(style_css(document.style, options, article.language, layout.supports_columns)),
        font_body=Markup(family_stack(house.text_family, font_family(article.language, "body"))),
        font_heading=Markup(family_stack(house.heading_family, font_family(article.language, "heading"))),
        font_meta=Markup(font_family(article.language, "meta")),
    )
