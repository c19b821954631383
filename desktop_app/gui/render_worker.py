"""Rendering and exporting on one background thread, so the window never waits for WeasyPrint."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

from desktop_app.errors import ImprintError
from desktop_app.files import write_atomically
from desktop_app.model.document import Document
from desktop_app.render.page_map import PageMap
from desktop_app.render.provisional import ProvisionalSlice, estimated_total, provisional_slice
from desktop_app.render.render_process import RenderCancelled, RenderProcess

if TYPE_CHECKING:
    from desktop_app.render.pdf import RenderResult


@dataclass(frozen=True)
class RenderedPages:
    """One render's pages as they reach the window, all in one value: which request and
    document they are of, the PDF, where each element sits on it, and whether they are the
    final pages or a provisional slice standing in for them."""

    generation: int
    document: Document
    pdf: bytes
    page_map: PageMap
    page_count: int  # final: the pages; provisional: the whole document's, estimated
    seconds: float = 0.0  # final: how long the render took
    provisional: bool = False
    first_page: int = 0  # provisional: the page of the whole document its first page stands for


class _Worker(QObject):
    """Lives on the render thread; its slots run there one after another, each waiting on the
    render process (the window's own interpreter stays free while a page is laid out).
    """

    rendered = Signal(object)  # RenderedPages
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
        self.checking: int | None = None  # the generation being checked, if any
        self.exporting: str | None = None

    @property
    def previewing(self) -> bool:
        """A preview render or check is under way: work a newer edit makes useless."""
        return self.rendering is not None or self.checking is not None

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
            result = cast("RenderResult", self.process.call("render", document))
        except RenderCancelled:
            return  # a newer edit ended it; that edit's render follows
        except ImprintError as exc:
            self.render_failed.emit(generation, str(exc))
            return
        finally:
            self.rendering = None
        self.rendered.emit(
            RenderedPages(
                generation,
                document,
                result.pdf,
                result.page_map,
                result.page_count,
                seconds=time.perf_counter() - started,
            )
        )

    @Slot(int, object, str)
    def check(self, generation: int, document: Document, language: str) -> None:
        if generation < self.latest:
            return  # the document has changed since; its own check will follow
        self.checking = generation
        try:
            findings = self.process.call("check", document, language)
        except (ImprintError, RenderCancelled):
            return  # the preview's banner already says why this document does not render
        finally:
            self.checking = None
        self.checked.emit(generation, findings)

    @Slot(object, str)
    def export(self, document: Document, target: str) -> None:
        self.exporting = target
        try:
            result = cast(
                "RenderResult",
                self.process.call(
                    "render", document, on_progress=lambda stage: self.export_progress.emit(target, stage)
                ),
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
    """Lays out the provisional pages around the reader, in a second process, before the
    whole document is laid out in the first."""

    rendered = Signal(int, object, object)  # generation, render result, the slice
    finished = Signal(int)  # generation: its slice is done with, drawn or not

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
        try:
            if generation >= self.latest:
                self._render(generation, part)
        finally:
            self.finished.emit(generation)

    def _render(self, generation: int, part: ProvisionalSlice) -> None:
        self.rendering = generation
        try:
            result = cast("RenderResult", self.process.call("slice", part))
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

    # The newest request's pages: a provisional slice first for a long document, then the final.
    rendered = Signal(object)  # RenderedPages
    render_failed = Signal(int, str)
    exported = Signal(str, int)
    export_failed = Signal(str, str)
    export_progress = Signal(str, str)  # target, stage ("layout", "write N", "save")
    export_cancelled = Signal(str)
    checked = Signal(int, object)
    _warm_up_requested = Signal()
    _slice_requested = Signal(int, object)
    _check_requested = Signal(int, object, str)
    _render_requested = Signal(int, object)
    _export_requested = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.newest: RenderedPages | None = None  # the newest final pages, whose map slices are cut from
        self._thread = QThread()
        self._thread.setObjectName("imprint-render")
        # The whole document is laid out at a lower priority than the window, whose scrolling
        # and typing go on while it runs.
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
        # Provisional pages come from a second process on a thread of their own: a newer edit
        # ends a slice under way without touching the whole render's process.
        self.slice_process = RenderProcess()
        self._slice_thread = QThread()
        self._slice_thread.setObjectName("imprint-render-slices")
        self._slicer = _SliceWorker(self.slice_process)
        self._slicer.moveToThread(self._slice_thread)
        self._warm_up_requested.connect(self._slicer.warm_up)
        self._slice_requested.connect(self._slicer.render)
        self._slicer.rendered.connect(self._on_slice)
        self._slicer.finished.connect(self._on_slice_finished)
        self._waiting: tuple[int, Document] | None = None  # a whole render waiting for its slice
        self._slice_thread.start()
        self._delivered = 0  # the newest generation whose whole pages arrived
        self._warm_up_requested.emit()

    def request(self, document: Document, reading: int | None = None) -> int:
        """Queue a preview render of ``document``; returns its generation.

        With ``reading`` (the page the reader is on), a long document's pages around it are laid
        out first, from the newest pages' map, and arrive as provisional ``rendered`` pages. The
        whole render waits for them: run side by side on two cores, the slice took about half as
        long again (some 140 ms against 90 ms for a page of the 101-page benchmark), and it is
        what the reader looks at.
        """
        first = None
        if reading is not None and self.newest is not None:
            first = provisional_slice(document, self.newest.page_map, reading)
        self.generation += 1
        self._worker.latest = self.generation
        self._slicer.latest = self.generation
        if self._worker.previewing:
            # The render or check under way is of an older edit: end it rather than wait for
            # it. A long document's check takes a second or two, and an edit made just after
            # its pages settled would otherwise wait for it before its own render began.
            self.process.cancel()
        if self._slicer.rendering is not None:
            self.slice_process.cancel()
        if first is None:
            self._waiting = None
            self._render_requested.emit(self.generation, document)
        else:
            self._waiting = (self.generation, document)
            self._slice_requested.emit(self.generation, first)
        return self.generation

    def _on_slice_finished(self, generation: int) -> None:
        if self._waiting is not None and self._waiting[0] == generation:
            document = self._waiting[1]
            self._waiting = None
            self._render_requested.emit(generation, document)

    def _on_slice(self, generation: int, result: RenderResult, part: ProvisionalSlice) -> None:
        if generation != self.generation or self._delivered >= generation:
            return  # stale, or the final pages are already on screen
        page_map = result.page_map.shifted(part.first_page, part.first_block)
        total = estimated_total(part, page_map)
        if self._waiting is None or self._waiting[0] != generation:
            return  # its whole render has begun already: the slice would only flash by
        document = self._waiting[1]  # the whole document, which the slice stands in for
        self.rendered.emit(
            RenderedPages(
                generation,
                document,
                result.pdf,
                page_map,
                total,
                provisional=True,
                first_page=part.first_page,
            )
        )

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

    def _on_rendered(self, pages: RenderedPages) -> None:
        if pages.generation == self.generation:
            self._delivered = pages.generation
            self.newest = pages
            self.rendered.emit(pages)

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation == self.generation:
            self.render_failed.emit(generation, reason)

    def shutdown(self) -> None:
        """Stop the thread after the job it is running; queued previews are abandoned."""
        self._worker.latest = self.generation + 1
        if self._worker.previewing:
            self.process.cancel()
        self._slicer.latest = self.generation + 1
        if self._slicer.rendering is not None:
            self.slice_process.cancel()
        for thread in (self._thread, self._slice_thread):
            thread.quit()
            thread.wait()
        self.process.stop()
        self.slice_process.stop()
