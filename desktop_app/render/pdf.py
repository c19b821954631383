"""The one render path: a document becomes PDF bytes here, for the preview, export and print alike."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.errors import RenderError
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition
from desktop_app.model.style import ExportOptions
from desktop_app.render.cjk_cuts import add_cuts
from desktop_app.render.column_ends import MOST_PAGES, hyphenated_column_ends, without_column_end_hyphens
from desktop_app.render.composed_html import composed_css, forget_composed
from desktop_app.render.engine import load_weasyprint
from desktop_app.render.font_config import font_config, forget_font_config
from desktop_app.render.house import NO_HOUSE, HouseView, add_house_fonts, house_view
from desktop_app.render.html import render_html
from desktop_app.render.page_map import PageMap, read_page_map
from desktop_app.render.pdf_finish import finisher_for, metadata_for
from desktop_app.render.stylesheets import forget_stylesheets, parsed_stylesheet, split_stylesheet
from desktop_app.resources import allowed_roots, templates_dir


@dataclass(frozen=True)
class RenderResult:
    """The PDF of a document and what rendering noticed on the way."""

    pdf: bytes
    page_count: int
    blocked_urls: tuple[str, ...] = field(default=())
    page_map: PageMap = field(default_factory=PageMap)


# WeasyPrint shares its font configuration between renders and is not made for two
# threads at once; the window's preview and printing both render in the background.
_RENDER_LOCK = threading.RLock()


def reload_fonts() -> None:
    """Scan the fonts again on the next render, and forget the last layout: a font was taken in."""
    global _last_layout
    with _RENDER_LOCK:
        forget_font_config()
        forget_stylesheets()
        forget_composed()
        _last_layout = None


def laid_out(document: Document):
    """What ``render_document`` gives, taken from the last render when it was of this very
    document: preflight then reads the pages the preview has just drawn instead of laying
    them out a second time."""
    html_text = render_html(document)
    with _RENDER_LOCK:
        if _last_layout is not None and _last_layout[0] == _layout_key(document, html_text):
            return _last_layout[1]
        return render_document(document, html_text)


def _layout_key(document: Document, html_text: str) -> tuple[str, str | None, Path | None]:
    return html_text, document.options.pdf_variant, document.asset_folder


# The newest layout and its key; only preflight reads it, export and preview always lay out anew.
_last_layout: tuple[tuple[str, str | None, Path | None], tuple] | None = None


def render_document(document: Document, html_text: str | None = None, whole_pages: int | None = None):
    """The laid-out WeasyPrint document, the fetcher that served it (for preflight) and the HTML.

    ``whole_pages`` is the page count of the whole document when ``html_text`` is a slice of
    it: the slice avoids hyphens at column ends only where the whole document does."""
    # WeasyPrint (and the fetcher built on it) load here, not on import: the window starts
    # without waiting a second for them and loads them on its render thread instead.
    load_weasyprint()
    from desktop_app.render.fetcher import SandboxedFetcher
    from desktop_app.render.figures import document_pictures

    html_text = render_html(document) if html_text is None else html_text
    house = house_view(document.options.house_style)
    roots = _own_roots(document.options.layout)
    folders = _image_folders([document.asset_folder], house)
    fetcher = SandboxedFetcher(roots, folders, document_pictures(document))
    base = document.asset_folder or templates_dir()
    try:
        with _RENDER_LOCK:
            base_url, variant = f"{base.as_uri()}/", document.options.pdf_variant
            rendered = _laid_out(html_text, base_url, fetcher, variant, house)
            rendered = _column_ends_set_again(
                rendered,
                html_text,
                [document],
                lambda again: _laid_out(again, base_url, fetcher, variant, house),
                whole_pages,
            )
    except (ValueError, OSError, RuntimeError) as exc:
        raise RenderError(f"could not render the PDF: {exc}") from exc
    # Nothing from the article is ever attached to the PDF, whatever its markup asked for.
    rendered.metadata.attachments = []
    for page in rendered.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
    metadata_for(document, rendered.metadata)
    _nest_headings_under_title(rendered, document.article.title)
    result = rendered, fetcher, html_text
    global _last_layout
    with _RENDER_LOCK:
        _last_layout = (_layout_key(document, html_text), result)
    return result


def _laid_out(html_text: str, base_url: str, fetcher, pdf_variant: str | None, house: HouseView = NO_HOUSE):
    """WeasyPrint's pages of ``html_text``, its layout stylesheet parsed once per process
    (``render/stylesheets.py``) instead of once per render."""
    from weasyprint import CSS, HTML

    page_html, css_text = split_stylesheet(html_text)
    config = font_config()
    add_cuts(config, page_html)
    add_house_fonts(config, house)
    sheet: dict[str, Any] = {} if css_text is None else parsed_stylesheet(css_text, config).render_arguments()
    lines_css = composed_css(page_html)
    if lines_css:
        # The classes of composed lines (render/composed_html.py), after the layout's rules.
        sheet["stylesheets"] = [*sheet.get("stylesheets", []), CSS(string=lines_css, font_config=config)]
    return HTML(string=page_html, base_url=base_url, url_fetcher=fetcher).render(
        font_config=config, pdf_variant=pdf_variant, **sheet
    )


def _column_ends_set_again(
    rendered,
    html_text: str,
    documents: list[Document],
    lay_out: Callable[[str], Any],
    whole_pages: int | None = None,
):
    """``rendered``, or, where a composed line ends a column in a hyphen, the pages of
    ``html_text`` with those paragraphs set again (``render/column_ends.py``) laid out once
    more by ``lay_out``. Only for documents of up to MOST_PAGES pages (``whole_pages`` when
    ``html_text`` is a slice of a longer one): the second layout doubles a render."""
    pages = len(rendered.pages) if whole_pages is None else whole_pages
    if 'class="composed"' not in html_text or pages > MOST_PAGES:
        return rendered
    again = without_column_end_hyphens(html_text, documents, hyphenated_column_ends(rendered.pages))
    return rendered if again == html_text else lay_out(again)


def _nest_headings_under_title(rendered, title: str) -> None:
    """Make the article's headings children of its title in the PDF outline.

    Title and Markdown ``#`` headings are both <h1>; without this the outline would list
    them side by side instead of the title holding its sections.
    """
    bookmarks = [(page, i) for page in rendered.pages for i in range(len(page.bookmarks))]
    if not bookmarks:
        return
    page, index = bookmarks[0]
    title_level, label, *_rest = page.bookmarks[index]
    if " ".join(label.split()) != " ".join(title.split()):
        return
    for page, index in bookmarks[1:]:
        level, label, position, state = page.bookmarks[index]
        page.bookmarks[index] = (max(level, title_level) + 1, label, position, state)


def render(
    document: Document, progress: Callable[[str], None] | None = None, html_text: str | None = None
) -> RenderResult:
    """Lay out ``document`` with its layout and style and write it as PDF.

    The same document always gives the same bytes: dates come from the article and
    the PDF identifier from the HTML and the options, never from the clock. ``progress``
    hears "layout" and then "write" with the page count, for a long export's dialog.
    """
    with _RENDER_LOCK:
        return _write(document, progress or (lambda _stage: None), html_text)


def render_first_pages(
    document: Document, html_text: str, pages: int, whole_pages: int | None = None
) -> RenderResult:
    """Lay out ``document`` from ``html_text`` but write only its first ``pages`` pages, with
    ``page_count`` still the whole layout's: a provisional slice needs the page in view, not the
    pages its last paragraph runs onto, and writing a page costs about as much as laying it out.
    ``whole_pages``: the whole document's page count, for a slice of it (``render_document``)."""
    with _RENDER_LOCK:
        rendered, fetcher, html_text = render_document(document, html_text, whole_pages)
        total = len(rendered.pages)
        result = _written(rendered.copy(rendered.pages[:pages]), fetcher, html_text, document.options)
    return replace(result, page_count=total)


def _write(document: Document, progress: Callable[[str], None], html_text: str | None) -> RenderResult:
    progress("layout")
    rendered, fetcher, html_text = render_document(document, html_text)
    progress(f"write {len(rendered.pages)}")
    return _written(rendered, fetcher, html_text, document.options)


def _written(rendered, fetcher, html_text: str, options: ExportOptions) -> RenderResult:
    """The laid-out pages written as PDF, with an identifier from the HTML and the options (never
    the clock, so the same input gives the same bytes), and the page map read from the layout."""
    seed = f"{html_text}\n{options.as_dict()}".encode()
    identifier = hashlib.md5(seed, usedforsecurity=False).hexdigest().encode()
    try:
        pdf = rendered.write_pdf(
            pdf_identifier=identifier,
            pdf_variant=options.pdf_variant,
            attachments=[],
            finisher=finisher_for(options),
        )
    except (ValueError, OSError, RuntimeError) as exc:
        raise RenderError(f"could not render the PDF: {exc}") from exc
    return RenderResult(
        pdf=pdf,
        page_count=len(rendered.pages),
        blocked_urls=tuple(fetcher.blocked),
        page_map=read_page_map(rendered.pages),
    )


def render_edition(edition: Edition) -> RenderResult:
    """Lay out ``edition`` as one document and write it as PDF, as ``render`` does an article:
    same fonts, sandbox, lock, metadata, PDF variants and finishing, same bytes every time.

    Its bookmarks come from the edition's CSS (one per article, its headings beneath), so
    the single article's nesting step is not applied.
    """
    load_weasyprint()
    from desktop_app.render.edition_html import article_document, edition_html, metadata_document
    from desktop_app.render.fetcher import SandboxedFetcher
    from desktop_app.render.figures import document_pictures

    html_text = edition_html(edition)
    document = metadata_document(edition)
    house = house_view(edition.options.house_style)
    folders = _image_folders([d.asset_folder for d in edition.articles], house)
    # Each article's own pictures: they are told apart by their content, not their names.
    pictures = [p for d in edition.articles for p in document_pictures(d)]
    fetcher = SandboxedFetcher(_own_roots(edition.options.layout), folders, pictures)
    base = f"{templates_dir().as_uri()}/"
    options = edition.options
    try:
        with _RENDER_LOCK:
            rendered = _laid_out(html_text, base, fetcher, options.pdf_variant, house)
            articles = [article_document(edition, d) for d in edition.articles]
            rendered = _column_ends_set_again(
                rendered,
                html_text,
                articles,
                lambda again: _laid_out(again, base, fetcher, options.pdf_variant, house),
            )
            rendered.metadata.attachments = []
            for page in rendered.pages:
                page.links = [link for link in page.links if link[0] != "attachment"]
            metadata_for(document, rendered.metadata)
    except (ValueError, OSError, RuntimeError) as exc:
        raise RenderError(f"could not render the edition: {exc}") from exc
    with _RENDER_LOCK:
        return _written(rendered, fetcher, html_text, options)


def _own_roots(layout: str) -> tuple[Path, ...]:
    """Imprint's own folders, and a user layout's own folder: the files a layout may read."""
    from desktop_app.render.layouts import is_user_layout, layout_folder

    return (*allowed_roots(), layout_folder(layout)) if is_user_layout(layout) else allowed_roots()


def _image_folders(article_folders: list[Path | None], house: HouseView) -> list[Path]:
    """Where a render may read images from: each article's folder and the house style's."""
    return [f for f in [*article_folders, house.folder] if f is not None]


def quiet_weasyprint() -> None:
    """Keep WeasyPrint's per-resource warnings off the terminal; preflight reports them."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def warm_up() -> None:
    """Import WeasyPrint and scan the fonts now, so the first render does not pay for it."""
    font_config()
