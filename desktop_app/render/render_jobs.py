"""What a render process does: the jobs the window sends it, run one at a time.

Imported by the fork server before it forks (see ``render_process``), so WeasyPrint and the
font configuration are loaded once and every render process starts warm.
"""

from __future__ import annotations

import logging
import resource
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from desktop_app.errors import ImprintError
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition
from desktop_app.render import pdf
from desktop_app.render.provisional import PAGES_AROUND, ProvisionalSlice, slice_html

if TYPE_CHECKING:
    from desktop_app.output.editions import EditionPdf

pdf.quiet_weasyprint()
pdf.warm_up()


def render(document: Document, progress: Callable[[str], None]) -> pdf.RenderResult:
    return pdf.render(document, progress)


def check(document: Document, language: str | None, _progress: Callable[[str], None]) -> list:
    from desktop_app.checks.preflight import preflight

    return preflight(document, language)


def render_slice(part: ProvisionalSlice, _progress: Callable[[str], None]) -> pdf.RenderResult:
    return pdf.render_first_pages(part.document, slice_html(part), PAGES_AROUND)


def render_edition(edition: Edition, progress: Callable[[str], None]) -> pdf.RenderResult:
    progress("layout")
    return pdf.render_edition(edition)


def edition_pdf(edition: Edition, booklet: bool, progress: Callable[[str], None]) -> EditionPdf:
    """The edition's pages, or its booklet's sheets, as export writes them."""
    from desktop_app.output.editions import edition_pdf

    progress("layout")
    return edition_pdf(edition, booklet)


def print_booklet(edition: Edition, printer: str, progress: Callable[[str], None]) -> str:
    """The edition's booklet, made as its export is, sent duplex to ``printer``; the job id."""
    from desktop_app.output.editions import edition_booklet
    from desktop_app.output.printing import print_pdf

    progress("layout")
    booklet = edition_booklet(edition)
    progress("send")
    return print_pdf(
        booklet.pdf,
        printer,
        sides=booklet.sides,
        media=booklet.media,
        title=edition.title,
        page_count=booklet.sheet_sides,
    )


def send(pdf_bytes: bytes, options: dict, progress: Callable[[str], None]) -> str:
    """Send a rendered PDF to a CUPS queue (``print_pdf``'s options); the job id."""
    from desktop_app.output.printing import print_pdf

    progress("send")
    return print_pdf(pdf_bytes, **options)


# Exports are renders too: the window writes the file itself, so a cancelled export (its
# process ended mid-job) can never leave half a file behind.
JOBS: dict[str, Callable] = {
    "render": render,
    "check": check,
    "slice": render_slice,
    "edition": render_edition,
    "edition_pdf": edition_pdf,
    "print_booklet": print_booklet,
    "send": send,
}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def serve(connection: Connection) -> None:
    """Answer jobs until told to quit or the window goes away."""

    def progress(stage: str) -> None:
        connection.send(("progress", stage))

    while True:
        try:
            job, args = connection.recv()
        except (EOFError, OSError):
            return
        if job == "quit":
            return
        try:
            result = JOBS[job](*args, progress)
        except ImprintError as exc:
            connection.send(("error", str(exc)))
        except OSError as exc:
            connection.send(("error", f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")))
        except Exception as exc:  # a layout bug is reported in the window's banner, not a dead process
            logging.getLogger(__name__).debug("render job failed", exc_info=True)
            connection.send(("failure", f"{type(exc).__name__}: {exc}"))
        else:
            connection.send(("done", (result, _rss_mb())))
