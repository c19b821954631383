"""The first pages of a start, rendered in a forked process while the window is being built.

Importing WeasyPrint and a first render take about 1.5 s of Python work and building the window
about 1 s; threads of one process run them one after the other because of the global
interpreter lock. A child forked before Qt starts does the render on another core and leaves
the PDF in the page cache, where the window picks it up. The window still renders afresh, as
on any open, so what it shows in the end never depends on the child.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path


class Prerender:
    """A running child; readable once it has finished, whether it rendered or not."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd

    def fileno(self) -> int:
        return self.fd

    def finish(self) -> None:
        """Collect the finished child and close the pipe."""
        if self.pid:
            _reap(self.pid)
            os.close(self.fd)
            self.pid = 0

    def stop(self) -> None:
        """End the child if it still runs (the window closed first) and collect it."""
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)
            self.finish()


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def can_prerender() -> bool:
    # fork is safe only in a process with one thread and no GUI toolkit yet; macOS frameworks
    # do not survive it and Windows has none, so those starts simply render in the window.
    return (
        sys.platform.startswith("linux")
        and (os.cpu_count() or 1) >= 2
        and threading.active_count() == 1
        and "PySide6.QtWidgets" not in sys.modules
    )


def prerender_first(paths: Sequence[Path]) -> Prerender | None:
    """Fork a child that renders the article a window opened on ``paths`` shows first (see
    ``opening``) into the page cache; None when the platform or the moment does not allow it.

    The child finds that article itself, so the window's own start does not wait for it.
    """
    if not can_prerender():
        return None
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: render and leave without cleanup; its exit closes the pipe
        os.close(read_fd)
        status = 1
        # Whatever goes wrong here goes wrong again in the window's own render, which reports it.
        with contextlib.suppress(BaseException):
            _render_into_cache(paths)
            status = 0
        os._exit(status)
    os.close(write_fd)
    return Prerender(pid, read_fd)


def _render_into_cache(paths: Sequence[Path]) -> None:
    from desktop_app.app.opening import first_to_open, open_document
    from desktop_app.app.settings import load_settings
    from desktop_app.render.page_cache import cached_pages, keep_pages
    from desktop_app.render.pdf import render

    path = first_to_open(paths, load_settings())
    if path is None:
        return
    document = open_document(path)
    if cached_pages(document) is not None:
        return
    result = render(document)
    # A window closing now ends the child, but not halfway through writing the cache file.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    keep_pages(document, result.pdf, result.page_map)
