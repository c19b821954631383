"""The page preview: the rendered PDF shown with QtPdf, with zoom and page navigation."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
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

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH = "fit-width"
FIT_PAGE = "fit-page"


class PreviewPane(QWidget):
    """Shows the last rendered PDF and keeps page, scroll and zoom across re-renders."""

    loaded = Signal()  # a newly rendered PDF replaced the pages
    painted = Signal()  # the view painted the first page image of a freshly loaded PDF
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_pdf: bytes = b""
        self._buffer: QBuffer | None = None
        # Where the view should stay while a new PDF is laid out: (y, y ratio, old y range, x).
        self._scroll_target: tuple[int, float, int, int] | None = None
        self._await_paint = False
        self._image_ready = False

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self.view.verticalScrollBar().rangeChanged.connect(self._apply_scroll_target)
        # Once the reader moves, their new place wins over the one kept from before the load.
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            bar.actionTriggered.connect(self._drop_scroll_target)
        self._target_expiry = QTimer(self)
        self._target_expiry.setSingleShot(True)
        self._target_expiry.setInterval(1000)
        self._target_expiry.timeout.connect(self._drop_scroll_target)
        # QPdfView draws page images made by its own threaded renderer; watching it tells
        # when a new PDF is really on screen rather than a blank page frame.
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(self._page_image_ready)

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
        for widget in (self.zoom_out_button, self.zoom_combo, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
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

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` in place of the current pages, on the same page and at the same zoom."""
        if self._scroll_target is None:
            bar = self.view.verticalScrollBar()
            old_max = max(bar.maximum(), 1)
            target = (bar.value(), bar.value() / old_max, old_max, self.view.horizontalScrollBar().value())
        else:
            # The previous PDF is not on screen yet: its place is still the one to keep.
            target = self._scroll_target
        self.last_pdf = pdf
        old_buffer = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old_buffer is not None:
            old_buffer.deleteLater()
        self.banner.hide()
        # A shorter document would clamp the spin box, and its signal would jump to that page
        # before the scroll position is restored below.
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, self.document.pageCount()))
        self.page_spin.blockSignals(False)
        self._update_page_label()
        # Layout passes after the load can move the scroll range again; the place is re-applied
        # on each until the new pages are painted, proportionally when the document changed length.
        self._scroll_target = target
        self._apply_scroll_target()
        self._target_expiry.start()
        self._await_paint = True
        self._image_ready = False
        self.view.viewport().update()
        self.loaded.emit()

    def _apply_scroll_target(self, *_range: int) -> None:
        if self._scroll_target is None:
            return
        position, ratio, old_max, h_position = self._scroll_target
        bar = self.view.verticalScrollBar()
        bar.setValue(position if bar.maximum() == old_max else round(ratio * bar.maximum()))
        self.view.horizontalScrollBar().setValue(h_position)

    def _drop_scroll_target(self, *_action: int) -> None:
        self._scroll_target = None

    def _page_image_ready(self, *_args: object) -> None:
        if self._await_paint:
            self._image_ready = True

    def show_problem(self, message: str) -> None:
        """Say why the pages could not be drawn; the last good pages stay visible."""
        self.banner.setText(message)
        self.banner.show()

    def clear(self) -> None:
        self.document.close()
        self.last_pdf = b""
        self._update_page_label()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # -- navigation ------------------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count:
            self._drop_scroll_target()
            self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())

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
        count = self.document.pageCount()
        self.page_total.setText(self.tr("of %n page(s)", "", count))
        self.prev_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < count - 1)

    # -- zoom ------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def set_zoom(self, value: str | float) -> None:
        self._drop_scroll_target()
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], float(value))))
        self._sync_zoom_combo()
        self.zoom_changed.emit()

    def zoom_in(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((s for s in ZOOM_STEPS if s > current + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < current - 0.001), ZOOM_STEPS[0]))

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return self.view.zoomFactor()
        # In a fit mode the factor is what fits the viewport: a page in points at 96 dpi.
        size = self.document.pagePointSize(max(0, self.current_page()))
        width = size.width() * self.logicalDpiX() / 72.0
        return self.view.viewport().width() / width if width else 1.0

    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.zoom_combo.itemData(index))

    def _sync_zoom_combo(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            wanted: object = FIT_WIDTH
        elif mode == QPdfView.ZoomMode.FitInView:
            wanted = FIT_PAGE
        else:
            wanted = self.view.zoomFactor()
        index = -1
        for i in range(self.zoom_combo.count()):
            data = self.zoom_combo.itemData(i)
            if data == wanted or (
                isinstance(data, float) and isinstance(wanted, float) and abs(data - wanted) < 1e-3
            ):
                index = i
        self.zoom_combo.blockSignals(True)
        if index < 0 and isinstance(wanted, float):
            self.zoom_combo.setEditText(f"{wanted * 100:.0f} %")
        self.zoom_combo.setCurrentIndex(index)
        self.zoom_combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if event.type() in (QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
                self._drop_scroll_target()
            if event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.Paint and self._await_paint and self._image_ready:
                self._await_paint = False
                self._image_ready = False
                self._drop_scroll_target()
                QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
