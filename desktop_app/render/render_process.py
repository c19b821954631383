"""Rendering in a process of its own, for the window.

A render in a thread of the window's process shares its interpreter lock, so a long layout
makes scrolling and typing stutter; WeasyPrint also leaves a megabyte or so of native memory
behind with every render, which in an afternoon of editing adds up. A separate process runs
on the other core, is ended at once when a newer edit makes its work useless, and is replaced
when it has grown. Processes come from a fork server that has already imported WeasyPrint and
scanned the fonts, so a fresh one starts in milliseconds.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection

from desktop_app.errors import ImprintError, RenderError

# A render process bigger than this is replaced after its current job.
MAX_PROCESS_MB = 400
_PRELOAD = ["desktop_app.render.render_jobs"]


class RenderCancelled(Exception):
    """The job was abandoned because a newer one made it useless."""


def _context() -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def starts_warm() -> bool:
    """Whether a new render process starts warm (forked from the fork server, Linux) rather than
    importing WeasyPrint and scanning the fonts afresh, which takes seconds."""
    return _context().get_start_method() == "forkserver"


def _run_here(job: str, args: tuple, on_progress: Callable[[str], None] | None) -> object:
    from desktop_app.render import render_jobs

    return render_jobs.JOBS[job](*args, on_progress or (lambda _stage: None))


def _folder_environment() -> dict[str, str]:
    """What decides the per-user folders (fonts, house styles, layouts, caches) in this process.

    A render process is forked from a fork server that may have started earlier, with the
    environment of that moment: it takes the window's own instead, so both find the same files.
    """
    names = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA")
    return {name: os.environ[name] for name in names if name in os.environ}


def _serve(connection: Connection, niceness: int = 0, environment: dict[str, str] | None = None) -> None:
    from desktop_app.render import render_jobs

    os.environ.update(environment or {})

    if niceness and hasattr(os, "nice"):
        os.nice(niceness)

    render_jobs.serve(connection)


class RenderProcess:
    """One render process, started on first use; ``call`` blocks until its answer.

    ``cancel`` may be called from any thread: it ends the process, and the blocked ``call``
    raises RenderCancelled. The next call starts a fresh process.
    """

    def __init__(self, max_mb: int = MAX_PROCESS_MB, niceness: int = 0) -> None:
        self.max_mb = max_mb
        self.niceness = niceness
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._cancelled = False
        self.started = 0  # processes started so far, for tests and benchmarks
        self.answered = 0  # jobs the processes have answered
        # Set when no process could be started or none ever answered (a platform or bundle
        # where they cannot run): jobs then run in the calling thread, as before processes.
        self.in_thread = False

    def start(self) -> None:
        """Start the process now (the window does so while it is being built)."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        context = _context()
        parent, child = context.Pipe()
        process = context.Process(
            target=_serve,
            args=(child, self.niceness, _folder_environment()),
            daemon=True,
            name="imprint-render",
        )
        process.start()
        child.close()
        self._process, self._connection = process, parent
        self.started += 1

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def call(self, job: str, *args: object, on_progress: Callable[[str], None] | None = None) -> object:
        """Run ``job`` (see ``render_jobs.JOBS``) with ``args`` in the process; its result."""
        if self.in_thread:
            return _run_here(job, args, on_progress)
        try:
            with self._lock:
                self._cancelled = False
                self._ensure_started()
                connection = self._connection
        except (OSError, RuntimeError, ValueError):
            self.in_thread = True
            return _run_here(job, args, on_progress)
        assert connection is not None
        try:
            connection.send((job, args))
            while True:
                kind, value = connection.recv()
                if kind == "progress":
                    if on_progress is not None:
                        on_progress(value)
                    continue
                break
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._forget()
            if self._cancelled:
                raise RenderCancelled(job) from exc
            if self.answered == 0:
                self.in_thread = True  # processes cannot run here: render in this thread instead
                return _run_here(job, args, on_progress)
            raise RenderError("the render process ended unexpectedly") from exc
        self.answered += 1
        if kind == "error":
            raise ImprintError(value)
        if kind == "failure":
            raise RenderError(value)
        result, rss_mb = value
        if rss_mb > self.max_mb:
            self.stop()  # grown too big: the next job gets a fresh process
        return result

    def cancel(self) -> None:
        """End the running job now; its ``call`` raises RenderCancelled."""
        with self._lock:
            self._cancelled = True
            process = self._process
        if process is not None and process.is_alive() and process.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, 9)

    def _forget(self) -> None:
        with self._lock:
            if self._process is not None:
                self._process.join(timeout=5)
            if self._connection is not None:
                self._connection.close()
            self._process = self._connection = None

    def stop(self) -> None:
        """End the process (after its current job, or at once if it is stuck)."""
        with self._lock:
            process, connection = self._process, self._connection
            self._process = self._connection = None
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.send(("quit", ()))
            connection.close()
        if process is not None:
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join()
