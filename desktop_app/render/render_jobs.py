"""What a render process does: the jobs the window sends it, run one at a time.

Imported by the fork server before it forks (see ``render_process``), so WeasyPrint and the
font configuration are loaded once and every render process starts warm.
"""

from __future__ import annotations

import logging
import os
import resource
import select
import threading
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
    return pdf.render_first_pages(part.document, slice_html(part), PAGES_AROUND, part.old_total)


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


class _WindowGone(Exception):
    """The window's end of the connection is closed: nobody waits for an answer."""


def _send(connection: Connection, message: tuple) -> None:
    try:
        connection.send(message)
    except OSError as exc:  # a broken pipe or a reset connection: the window has gone
        raise _WindowGone from exc


def _end_when_window_goes(connection: Connection) -> None:
    """End this process as soon as the window's end of the connection closes, in the middle of
    a layout too, rather than when its next message finds the pipe broken.

    Linux tells a socket's peer hang-up without reading the socket (POLLRDHUP), so a job or a
    "quit" waiting there is left to ``serve``. Elsewhere the first message that cannot be sent
    ends the process.
    """
    hang_up = getattr(select, "POLLRDHUP", 0)
    if not hang_up or not hasattr(select, "poll"):
        return
    poller = select.poll()
    poller.register(connection.fileno(), hang_up)

    def watch() -> None:
        while True:
            try:
                events = poller.poll()
            except InterruptedError:
                continue
            except OSError:
                return
            if any(
                mask & (hang_up | select.POLLHUP | select.POLLERR | select.POLLNVAL) for _fd, mask in events
            ):
                os._exit(0)  # quietly: no exit handlers, nothing flushed to a terminal

    threading.Thread(target=watch, name="imprint-window-watch", daemon=True).start()


def serve(connection: Connection) -> None:
    """Answer jobs until told to quit or the window goes away; a process whose window has gone
    ends at once and says nothing."""
    _end_when_window_goes(connection)
    try:
        _answer_jobs(connection)
    except _WindowGone:
        return


def _answer_jobs(connection: Connection) -> None:
    def progress(stage: str) -> None:
        _send(connection, ("progress", stage))

    while True:
        try:
            job, args = connection.recv()
        except (EOFError, OSError):
            return
        if job == "quit":
            return
        try:
            result = JOBS[job](*args, progress)
        except _WindowGone:
            raise
        except ImprintError as exc:
            _send(connection, ("error", str(exc)))
        except OSError as exc:
            _send(connection, ("error", f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")))
        except Exception as exc:  # a layout bug is reported in the window's banner, not a dead process
            logging.getLogger(__name__).debug("render job failed", exc_info=True)
            _send(connection, ("failure", f"{type(exc).__name__}: {exc}"))
        else:
            _send(connection, ("done", (result, _rss_mb())))
