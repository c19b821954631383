"""Rendering and exporting on one background thread, so the window never waits for WeasyPrint."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

from desktop_app.document import Document
from desktop_app.errors import ImprintError
from desktop_app.readers.imprint_file import write_atomically
from desktop_app.render.provisional import ProvisionalSlice, estimated_total
from desktop_app.render.render_process import RenderCancelled, RenderProcess


class _Worker(QObject):
    """Lives on the render thread; its slots run there one after another, each waiting on the
    render process (the window's own interpreter stays free while a page is laid out).
    """

    rendered = Signal(int, bytes, int, float, object)  # generation, pdf, page count, seconds, page map
    render_failed = Signal(int, str)
    exported = Signal(str, int)  # target, pages
    export_failed = Signal(str, str)
    export_progress = Signal(str, str)  # target, stage
    export_cancelled = Signal(str)
    checked = Signal(int, object)  # generation, list of preflight findings

    def __init__(self, process: RenderProcess) -> None:
        super().__init__()
        self.process = process
        self.latest = 0  # written by the UI thread; a plain int is read atomically
        self.rendering: int | None = None  # the preview generation being rendered, if any
        self.exporting: str | None = None

    @Slot()
    def warm_up(self) -> None:
        """Start the render process while the window is still being built."""
        # A failed start fails again on the first render, which reports the reason in the window.
        with contextlib.suppress(Exception):
            self.process.start()

    @Slot(int, object)
    def render(self, generation: int, document: Document) -> None:
        if generation < self.latest:
            return  # a newer edit is already queued; this page would be stale on arrival
        started = time.perf_counter()
        self.rendering = generation
        try:
            result = self.process.call("render", document)
        except RenderCancelled:
            return  # a newer edit ended it; that edit's render follows
        except ImprintError as exc:
            self.render_failed.emit(generation, str(exc))
            return
        finally:
            self.rendering = None
        self.rendered.emit(
            generation, result.pdf, result.page_count, time.perf_counter() - started, result.page_map
        )

    @Slot(int, object, str)
    def check(self, generation: int, document: Document, language: str) -> None:
        if generation < self.latest:
            return  # the document has changed since; its own check will follow
        try:
            findings = self.process.call("check", document, language)
        except (ImprintError, RenderCancelled):
            return  # the preview's banner already says why this document does not render
        self.checked.emit(generation, findings)

    @Slot(object, str)
    def export(self, document: Document, target: str) -> None:
        self.exporting = target
        try:
            result = self.process.call(
                "render", document, on_progress=lambda stage: self.export_progress.emit(target, stage)
            )
            self.export_progress.emit(target, "save")
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, result.pdf)
        except RenderCancelled:
            self.export_cancelled.emit(target)
        except ImprintError as exc:
            self.export_failed.emit(target, str(exc))
        except OSError as exc:
            self.export_failed.emit(target, f"{target}: {exc.strerror or exc}")
        else:
            self.exported.emit(target, result.page_count)
        finally:
            self.exporting = None


NICENESS_OF_WHOLE_RENDERS = 5


class _SliceWorker(QObject):
    """Lays out the provisional pages around the reader, in a second process beside the first."""

    rendered = Signal(int, object, object)  # generation, render result, the slice

    def __init__(self, process: RenderProcess) -> None:
        super().__init__()
        self.process = process
        self.latest = 0
        self.rendering: int | None = None

    @Slot()
    def warm_up(self) -> None:
        with contextlib.suppress(Exception):
            self.process.start()

    @Slot(int, object)
    def render(self, generation: int, part: ProvisionalSlice) -> None:
        if generation < self.latest:
            return
        self.rendering = generation
        try:
            result = self.process.call("slice", part)
        except (RenderCancelled, ImprintError):
            return  # the whole render reports a real problem; a slice only stands in for it
        finally:
            self.rendering = None
        self.rendered.emit(generation, result, part)


class RenderService(QObject):
    """The window's handle on the render thread.

    Each preview request carries a generation number; results of any but the newest
    request are dropped, so a slow render can never paint over a newer edit.
    """

    rendered = Signal(int, bytes, int, float)
    render_failed = Signal(int, str)
    exported = Signal(str, int)
    export_failed = Signal(str, str)
    export_progress = Signal(str, str)  # target, stage ("layout", "write N", "save")
    export_cancelled = Signal(str)
    checked = Signal(int, object)
    # generation, pdf, page map placed in the document, first page, estimated page count
    provisional_rendered = Signal(int, bytes, object, int, int)
    _warm_up_requested = Signal()
    _slice_requested = Signal(int, object)
    _check_requested = Signal(int, object, str)
    _render_requested = Signal(int, object)
    _export_requested = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.page_map: object = None  # the page map of the newest rendered pages
        self._thread = QThread()
        self._thread.setObjectName("imprint-render")
        # The whole document is laid out at a lower priority than the window and the provisional
        # pages: on two cores the page the reader looks at gets a core of its own.
        self.process = RenderProcess(niceness=NICENESS_OF_WHOLE_RENDERS)
        self._worker = _Worker(self.process)
        self._worker.moveToThread(self._thread)
        self._warm_up_requested.connect(self._worker.warm_up)
        self._render_requested.connect(self._worker.render)
        self._export_requested.connect(self._worker.export)
        self._check_requested.connect(self._worker.check)
        self._worker.checked.connect(self._on_checked)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.render_failed.connect(self._on_failed)
        self._worker.exported.connect(self.exported)
        self._worker.export_failed.connect(self.export_failed)
        self._worker.export_progress.connect(self.export_progress)
        self._worker.export_cancelled.connect(self.export_cancelled)
        self._thread.start()
        # Provisional pages come from a second process on a thread of their own, so that they
        # are laid out on the other core while the whole document is laid out on this one.
        self.slice_process = RenderProcess()
        self._slice_thread = QThread()
        self._slice_thread.setObjectName("imprint-render-slices")
        self._slicer = _SliceWorker(self.slice_process)
        self._slicer.moveToThread(self._slice_thread)
        self._warm_up_requested.connect(self._slicer.warm_up)
        self._slice_requested.connect(self._slicer.render)
        self._slicer.rendered.connect(self._on_slice)
        self._slice_thread.start()
        self._delivered = 0  # the newest generation whose whole pages arrived
        self._warm_up_requested.emit()

    def request(self, document: Document) -> int:
        """Queue a preview render of ``document``; returns its generation."""
        self.generation += 1
        self._worker.latest = self.generation
        self._slicer.latest = self.generation
        if self._worker.rendering is not None:
            # The render under way is of an older edit: end it rather than wait for it.
            self.process.cancel()
        if self._slicer.rendering is not None:
            self.slice_process.cancel()
        self._render_requested.emit(self.generation, document)
        return self.generation

    def request_provisional(self, generation: int, part: ProvisionalSlice) -> None:
        """Lay out ``part`` first; its pages arrive unless the whole render comes before."""
        self._slice_requested.emit(generation, part)

    def _on_slice(self, generation: int, result: object, part: ProvisionalSlice) -> None:
        if generation != self.generation or self._delivered >= generation:
            return  # stale, or the final pages are already on screen
        page_map = result.page_map.shifted(part.first_page, part.first_block)
        total = estimated_total(part, page_map)
        self.provisional_rendered.emit(generation, result.pdf, page_map, part.first_page, total)

    def check(self, document: Document) -> None:
        """Queue a preflight of ``document``, the one the newest preview shows; its messages are
        in the interface's language."""
        self._check_requested.emit(self.generation, document, QLocale().name())

    def cancel_export(self) -> None:
        """Abandon the export under way; ``export_cancelled`` follows and no file is written."""
        if self._worker.exporting is not None:
            self.process.cancel()

    def _on_checked(self, generation: int, findings: object) -> None:
        if generation == self.generation:
            self.checked.emit(generation, findings)

    def export(self, document: Document, target: Path) -> None:
        self._export_requested.emit(document, str(target))

    def _on_rendered(self, generation: int, pdf: bytes, pages: int, seconds: float, page_map: object) -> None:
        if generation == self.generation:
            self._delivered = generation
            # Read by the window's slot for ``rendered``: where each element sits on these pages.
            self.page_map = page_map
            self.rendered.emit(generation, pdf, pages, seconds)

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation == self.generation:
            self.render_failed.emit(generation, reason)

    def shutdown(self) -> None:
        """Stop the thread after the job it is running; queued previews are abandoned."""
        self._worker.latest = self.generation + 1
        if self._worker.rendering is not None:
            self.process.cancel()
        self._slicer.latest = self.generation + 1
        if self._slicer.rendering is not None:
            self.slice_process.cancel()
        for thread in (self._thread, self._slice_thread):
            thread.quit()
            thread.wait()
        self.process.stop()
        self.slice_process.stop()
