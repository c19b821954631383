"""Rendering and exporting on one background thread, so the window never waits for WeasyPrint."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

from desktop_app.document import Document
from desktop_app.errors import ImprintError

# WeasyPrint takes about a second to import. It is imported on the render thread (warm_up, the
# first job), never by the window's thread, so the window appears while the renderer loads.


def _pdf() -> ModuleType:
    from desktop_app.render import pdf

    return pdf


class _Worker(QObject):
    """Lives on the render thread; its slots run there one after another.

    WeasyPrint is never run on two threads at once: preview and export share this queue.
    """

    rendered = Signal(int, bytes, int, float, object)  # generation, pdf, page count, seconds, page map
    render_failed = Signal(int, str)
    exported = Signal(str, int)  # target, pages
    export_failed = Signal(str, str)
    checked = Signal(int, object)  # generation, list of preflight findings

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0  # written by the UI thread; a plain int is read atomically

    @Slot()
    def warm_up(self) -> None:
        """Load WeasyPrint and the fonts while the window is still being built."""
        # A failed warm-up fails again on the first render, which reports the reason in the window.
        with contextlib.suppress(Exception):
            _pdf().quiet_weasyprint()
            _pdf().warm_up()

    @Slot(int, object)
    def render(self, generation: int, document: Document) -> None:
        if generation < self.latest:
            return  # a newer edit is already queued; this page would be stale on arrival
        started = time.perf_counter()
        try:
            result = _pdf().render(document)
        except ImprintError as exc:
            self.render_failed.emit(generation, str(exc))
            return
        except Exception as exc:  # a layout bug must reach the banner, not kill the thread
            self.render_failed.emit(generation, f"{type(exc).__name__}: {exc}")
            return
        self.rendered.emit(
            generation, result.pdf, result.page_count, time.perf_counter() - started, result.page_map
        )

    @Slot(int, object)
    def check(self, generation: int, document: Document) -> None:
        if generation < self.latest:
            return  # the document has changed since; its own check will follow
        from desktop_app.preflight import preflight

        try:
            findings = preflight(document, QLocale().name())
        except ImprintError:
            return  # the preview's banner already says why this document does not render
        self.checked.emit(generation, findings)

    @Slot(object, str)
    def export(self, document: Document, target: str) -> None:
        try:
            from desktop_app.export import export_document

            pages = export_document(document, Path(target))
        except ImprintError as exc:
            self.export_failed.emit(target, str(exc))
        except OSError as exc:
            self.export_failed.emit(target, f"{target}: {exc.strerror or exc}")
        else:
            self.exported.emit(target, pages)


class RenderService(QObject):
    """The window's handle on the render thread.

    Each preview request carries a generation number; results of any but the newest
    request are dropped, so a slow render can never paint over a newer edit.
    """

    rendered = Signal(int, bytes, int, float)
    render_failed = Signal(int, str)
    exported = Signal(str, int)
    export_failed = Signal(str, str)
    checked = Signal(int, object)
    _warm_up_requested = Signal()
    _check_requested = Signal(int, object)
    _render_requested = Signal(int, object)
    _export_requested = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.page_map: object = None  # the page map of the newest rendered pages
        self._thread = QThread()
        self._thread.setObjectName("imprint-render")
        self._worker = _Worker()
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
        self._thread.start()
        self._warm_up_requested.emit()

    def request(self, document: Document) -> int:
        """Queue a preview render of ``document``; returns its generation."""
        self.generation += 1
        self._worker.latest = self.generation
        self._render_requested.emit(self.generation, document)
        return self.generation

    def check(self, document: Document) -> None:
        """Queue a preflight of ``document``, the one the newest preview shows."""
        self._check_requested.emit(self.generation, document)

    def _on_checked(self, generation: int, findings: object) -> None:
        if generation == self.generation:
            self.checked.emit(generation, findings)

    def export(self, document: Document, target: Path) -> None:
        self._export_requested.emit(document, str(target))

    def _on_rendered(self, generation: int, pdf: bytes, pages: int, seconds: float, page_map: object) -> None:
        if generation == self.generation:
            # Read by the window's slot for ``rendered``: where each element sits on these pages.
            self.page_map = page_map
            self.rendered.emit(generation, pdf, pages, seconds)

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation == self.generation:
            self.render_failed.emit(generation, reason)

    def shutdown(self) -> None:
        """Stop the thread after the job it is running; queued previews are abandoned."""
        self._worker.latest = self.generation + 1
        self._thread.quit()
        self._thread.wait()
