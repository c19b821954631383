"""The page preview: the rendered PDF shown page by page, with zoom and page navigation.

Old pages stay on screen until the new ones are drawn, and provisional pages (the few around
the reader, laid out first on a long document) stand in for the final ones until they come.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.loaded_pdf import LoadedPdf
from desktop_app.gui.page_view import PageSlot, PageView, ZoomMode
from desktop_app.render.page_map import PageMap

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH = ZoomMode.FIT_WIDTH
FIT_PAGE = ZoomMode.FIT_PAGE


def _slots(loaded: LoadedPdf, provisional: bool = False) -> list[PageSlot]:
    pdf = loaded.document
    return [PageSlot(pdf, i, pdf.pagePointSize(i), provisional) for i in range(pdf.pageCount())]


class PreviewPane(QWidget):
    """Shows the last rendered PDF and keeps page, scroll and zoom across re-renders."""

    loaded = Signal()  # a newly rendered PDF replaced the pages
    painted = Signal()  # every page in view is drawn from the freshly loaded PDF
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_pdf: bytes = b""
        self._final: LoadedPdf | None = None
        self._provisional: LoadedPdf | None = None
        self._await_paint = False
        self.provisional_count: int | None = None  # the estimated page count while provisional

        self.view = PageView(self)
        self.view.viewport().installEventFilter(self)
        self.view.images_ready.connect(self._images_ready)
        self.view.current_page_changed.connect(self._page_changed)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(self.banner.palette().ColorRole.ToolTipBase)
        self.banner.setForegroundRole(self.banner.palette().ColorRole.ToolTipText)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()

        self.prev_button = self._tool_button(QStyle.StandardPixmap.SP_ArrowUp, self.previous_page)
        self.next_button = self._tool_button(QStyle.StandardPixmap.SP_ArrowDown, self.next_page)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.page_total = QLabel(self)
        self.zoom_out_button = self._tool_button(None, self.zoom_out, "−")
        self.zoom_in_button = self._tool_button(None, self.zoom_in, "+")
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setEditable(False)
        self.zoom_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom_combo.activated.connect(self._zoom_chosen)
        self.status = QLabel(self)
        self.status.setForegroundRole(self.status.palette().ColorRole.PlaceholderText)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        for widget in (self.prev_button, self.next_button, self.page_spin, self.page_total):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for control in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(control)
        bar.addStretch(1)
        bar.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def _tool_button(self, icon, slot, text: str = "") -> QToolButton:
        button = QToolButton(self)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        else:
            button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.view.setAccessibleName(self.tr("Page preview"))
        self.banner.setAccessibleName(self.tr("Preview problem"))
        self._fill_zoom_combo()
        self._update_page_label()

    def _fill_zoom_combo(self) -> None:
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.clear()
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Fit page"), FIT_PAGE)
        for step in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{step * 100:g} %", step)
        self.zoom_combo.blockSignals(False)
        self._sync_zoom_combo()

    # -- loading ---------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes, page_map: object = None) -> None:
        """Show ``pdf`` in place of the current pages, at the same zoom.

        The pages on screen stay until the new ones are drawn, so the view never flashes blank.
        Given the pages' ``page_map``, the text the reader was looking at stays in view where
        the page breaks moved; without it, the view stays on the same page.
        """
        self.last_pdf = pdf
        loaded = LoadedPdf(pdf, self)
        old = [self._final, self._provisional]
        self._final, self._provisional = loaded, None
        self.provisional_count = None
        self._show_slots(_slots(loaded), page_map if isinstance(page_map, PageMap) else None)
        for previous in old:
            if previous is not None:
                previous.close()
        self.banner.hide()
        self.loaded.emit()

    def set_provisional(
        self, pdf: bytes, first_page: int, estimated_pages: int, page_map: object = None
    ) -> None:
        """Show the pages of ``pdf`` from ``first_page`` on, in place of the final pages there,
        until the next ``set_pdf``; the page count reads as an estimate meanwhile. ``page_map``
        is theirs, placed in the whole document (``PageMap.shifted``)."""
        loaded = LoadedPdf(pdf, self)
        if self._provisional is not None:
            self._provisional.close()
        self._provisional = loaded
        slots = list(self.view.slots)
        fresh = _slots(loaded, provisional=True)
        # The provisional render starts at the reader's page; its pages take those places.
        for offset, slot in enumerate(fresh):
            place = first_page + offset
            if place < len(slots):
                slots[place] = slot
            else:
                slots.append(slot)
        self.provisional_count = max(estimated_pages, len(slots))
        shown = None
        if isinstance(page_map, PageMap):
            pages = range(first_page, first_page + len(fresh))
            shown = _with_pages_of(self.view.page_map, page_map, pages)
        self._show_slots(slots, shown)

    def _show_slots(self, slots: list[PageSlot], page_map: PageMap | None = None) -> None:
        self.view.set_slots(slots, page_map)
        # A shorter document would clamp the spin box, and its signal would jump to that page.
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, self.view.page_count))
        self.page_spin.blockSignals(False)
        self._update_page_label()
        self._await_paint = True
        self.view.viewport().update()

    def is_provisional(self) -> bool:
        return self.provisional_count is not None

    def _images_ready(self) -> None:
        if self._await_paint:
            self._await_paint = False
            QTimer.singleShot(0, self.painted.emit)

    def show_problem(self, message: str) -> None:
        """Say why the pages could not be drawn; the last good pages stay visible."""
        self.banner.setText(message)
        self.banner.show()

    def clear(self) -> None:
        self.view.set_slots([])
        for loaded in (self._final, self._provisional):
            if loaded is not None:
                loaded.close()
        self._final = self._provisional = None
        self.last_pdf = b""
        self._update_page_label()

    @property
    def page_count(self) -> int:
        return self.view.page_count

    # -- navigation ------------------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.current_page()

    def go_to_page(self, index: int) -> None:
        self.view.go_to_page(index)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_page_label()

    def _update_page_label(self) -> None:
        count = self.view.page_count
        if self.provisional_count is not None:
            # Marked as an estimate until the whole document is laid out.
            self.page_total.setText(self.tr("of ~%1").replace("%1", str(self.provisional_count)))
        else:
            self.page_total.setText(self.tr("of %n page(s)", "", count))
        self.prev_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < count - 1)

    # -- zoom ------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.view.effective_zoom()

    def set_zoom(self, value: str | float) -> None:
        if value in (FIT_WIDTH, FIT_PAGE):
            self.view.set_zoom(str(value))
        else:
            self.view.set_zoom(ZoomMode.CUSTOM, min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], float(value))))
        self._sync_zoom_combo()
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        current = self.view.effective_zoom()
        self.set_zoom(next((s for s in ZOOM_STEPS if s > current + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.view.effective_zoom()
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < current - 0.001), ZOOM_STEPS[0]))

    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.zoom_combo.itemData(index))

    def _sync_zoom_combo(self) -> None:
        mode = self.view.zoom_mode
        wanted: object = mode if mode != ZoomMode.CUSTOM else self.view.zoom
        index = -1
        for i in range(self.zoom_combo.count()):
            data = self.zoom_combo.itemData(i)
            if data == wanted or (
                isinstance(data, float) and isinstance(wanted, float) and abs(data - wanted) < 1e-3
            ):
                index = i
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.setCurrentIndex(index)
        self.zoom_combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _with_pages_of(shown: PageMap | None, fresh: PageMap, pages: range) -> PageMap:
    """The map of the pages on screen once provisional pages with the map ``fresh`` take the
    places ``pages``: theirs there, the elements of the pages kept everywhere else."""
    if shown is None:
        return fresh
    ids = {e.id for e in fresh.elements}
    kept = [e for e in shown.elements if e.id not in ids and not any(r.page in pages for r in e.rects)]
    # In reading order: the kept pages' elements before and after, the fresh ones between.
    elements = sorted([*kept, *fresh.elements], key=lambda e: e.first_page)
    return PageMap(shown.page_sizes, tuple(elements))
