"""The one render path: a document becomes PDF bytes here, for the preview, export and print alike."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from functools import cache

from desktop_app.document import Document
from desktop_app.errors import RenderError
from desktop_app.render.html import render_html
from desktop_app.resources import allowed_roots, templates_dir


@dataclass(frozen=True)
class RenderResult:
    """The PDF of a document and what rendering noticed on the way."""

    pdf: bytes
    page_count: int
    blocked_urls: tuple[str, ...] = field(default=())


@cache
def _font_config():
    # One FontConfiguration per process: building it scans every installed font.
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def render(document: Document) -> RenderResult:
    """Lay out ``document`` with its layout and style and write it as PDF.

    The same document always gives the same bytes: dates come from the article and
    the PDF identifier from the HTML, never from the clock.
    """
    # WeasyPrint (and the fetcher built on it) load here, not on import: the window starts
    # without waiting a second for them and loads them on its render thread instead.
    from weasyprint import HTML

    from desktop_app.render.fetcher import SandboxedFetcher

    html_text = render_html(document)
    fetcher = SandboxedFetcher(allowed_roots(), document.asset_folder)
    base = document.asset_folder or templates_dir()
    identifier = hashlib.md5(html_text.encode("utf-8"), usedforsecurity=False).hexdigest().encode()
    try:
        rendered = HTML(string=html_text, base_url=f"{base.as_uri()}/", url_fetcher=fetcher).render(
            font_config=_font_config()
        )
        pdf = rendered.write_pdf(
            pdf_identifier=identifier,
            pdf_variant=document.options.pdf_variant,
            attachments=[],
            font_config=_font_config(),
        )
    except (ValueError, OSError, RuntimeError) as exc:
        raise RenderError(f"could not render the PDF: {exc}") from exc
    return RenderResult(pdf=pdf, page_count=len(rendered.pages), blocked_urls=tuple(fetcher.blocked))


def render_pdf(document: Document) -> bytes:
    """The PDF bytes of ``document``."""
    return render(document).pdf


def quiet_weasyprint() -> None:
    """Keep WeasyPrint's per-resource warnings off the terminal; preflight reports them."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def warm_up() -> None:
    """Import WeasyPrint and scan the fonts now, so the first render does not pay for it."""
    import weasyprint  # noqa: F401 - the import is the point

    _font_config()
