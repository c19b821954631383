"""The continuous page view: pages drawn with QtPdf in a scroll area of our own, so that new
pages replace old ones only once their images are ready, and pages of two renders (the final
ones and the provisional ones around the reader) can stand side by side.

Page geometry lives here, in one place: page points map to viewport pixels through
``frames()``, which hit-testing, the editing layer and scrolling all use.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop_app.gui.reading_place import Place, places_in_view, scroll_to_keep
from desktop_app.render.page_map import PageMap

MARGIN = 6
SPACING = 12
IMAGE_CACHE = 24  # page images kept: the pages around the reader at two zooms


@dataclass
class PageSlot:
    """One page as shown: which PDF and page it is drawn from, and its size in points."""

    source: QPdfDocument
    index: int
    size: QSizeF
    provisional: bool = False


class ZoomMode:
    FIT_WIDTH = "fit-width"
    FIT_PAGE = "fit-page"
    CUSTOM = "custom"


class PageView(QAbstractScrollArea):
    """Shows a list of page slots one below the other, at a zoom or fitted to the viewport."""

    current_page_changed = Signal(int)
    images_ready = Signal()  # every page in view is drawn from the newest slots

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots: list[PageSlot] = []
        self.page_map: PageMap | None = None  # where the elements are on the pages shown
        # The id of the selected element, which keeps its place on screen before the top one's.
        self.selected_id: Callable[[], str | None] = lambda: None
        self.zoom_mode = ZoomMode.FIT_WIDTH
        self.zoom = 1.0
        self._images: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._renderers: dict[int, QPdfPageRenderer] = {}
        self._requested: set[tuple[int, int, int]] = set()
        # The images last drawn at each place, shown until the new slot's image arrives.
        self._previous: dict[int, QImage] = {}
        self._current = 0
        self._frames: list[QRectF] = []
        self.verticalScrollBar().setSingleStep(20)
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)

    # -- contents --------------------------------------------------------------------------

    def set_slots(self, slots: list[PageSlot], page_map: PageMap | None = None) -> None:
        """Show these pages; what was drawn at each place stays until the new image is ready.

        With the pages' ``page_map`` (and one for the pages shown before), the reader keeps
        their place in the text: the selected element, or else the one at the top of the view,
        stays at the same height on screen wherever the page breaks went. Otherwise the view
        stays on the same page number and at the same place on it.
        """
        anchor = self._anchor()
        places = self._places_in_view() if page_map is not None else []
        for place, frame in enumerate(self._frames):
            image = self._image_for(place, frame, request=False)
            if image is not None:
                self._previous[place] = image
        self.slots = slots
        self._relayout()
        self._restore_anchor(anchor)
        self.page_map = page_map
        if page_map is not None:
            self._keep_place(places, page_map)
        self._forget_unused_sources()
        self.viewport().update()

    def _forget_unused_sources(self) -> None:
        alive = {id(slot.source) for slot in self.slots}
        for key in [k for k in self._renderers if k not in alive]:
            self._renderers.pop(key).deleteLater()
        for image in [k for k in self._images if k[0] not in alive]:
            del self._images[image]
        self._requested = {k for k in self._requested if k[0] in alive}

    @property
    def page_count(self) -> int:
        return len(self.slots)

    def page_size(self, page: int) -> QSizeF:
        return self.slots[page].size if 0 <= page < len(self.slots) else QSizeF()

    # -- zoom and layout -------------------------------------------------------------------

    def resolution(self) -> float:
        """Pixels per point at zoom 1: the screen's logical dots per inch over 72."""
        screen = QGuiApplication.primaryScreen()
        return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0

    def set_zoom(self, mode: str, factor: float | None = None) -> None:
        anchor = self._anchor()
        self.zoom_mode = mode
        if factor is not None:
            self.zoom = factor
        self._relayout()
        self._restore_anchor(anchor)
        self.viewport().update()

    def effective_zoom(self) -> float:
        """The zoom the pages are drawn at, whatever the mode (1.0 is actual size)."""
        if not self.slots:
            return self.zoom
        widest = max(slot.size.width() for slot in self.slots) * self.resolution()
        if self.zoom_mode == ZoomMode.FIT_WIDTH:
            return (self.viewport().width() - 2 * MARGIN) / widest if widest else 1.0
        if self.zoom_mode == ZoomMode.FIT_PAGE:
            size = self.slots[min(self._current, len(self.slots) - 1)].size * self.resolution()
            room = QSizeF(self.viewport().width() - 2 * MARGIN, self.viewport().height() - SPACING)
            if size.width() <= 0 or size.height() <= 0:
                return 1.0
            return min(room.width() / size.width(), room.height() / size.height())
        return self.zoom

    def _relayout(self) -> None:
        scale = self.effective_zoom() * self.resolution()
        sizes = [QSize(round(s.size.width() * scale), round(s.size.height() * scale)) for s in self.slots]
        width = max((s.width() for s in sizes), default=0) + 2 * MARGIN
        frames, y = [], MARGIN
        for size in sizes:
            x = (max(width, self.viewport().width()) - size.width()) // 2
            frames.append(QRectF(x, y, size.width(), size.height()))
            y += size.height() + SPACING
        self._frames = frames
        height = y - SPACING + MARGIN if frames else 0
        self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.horizontalScrollBar().setRange(0, max(0, width - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self._update_current()

    def frames(self) -> list[QRectF]:
        """Each page's rectangle in viewport coordinates."""
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        return [frame.translated(-dx, -dy) for frame in self._frames]

    def to_view(self, page: int, rect: QRectF) -> QRectF:
        """A rectangle in page points as viewport pixels."""
        frames = self.frames()
        if not 0 <= page < len(frames):
            return QRectF()
        frame, size = frames[page], self.slots[page].size
        sx, sy = frame.width() / size.width(), frame.height() / size.height()
        return QRectF(
            frame.x() + rect.x() * sx, frame.y() + rect.y() * sy, rect.width() * sx, rect.height() * sy
        )

    def to_page(self, point: QPointF) -> tuple[int, float, float] | None:
        """The page under a viewport point and that point in page points."""
        for page, frame in enumerate(self.frames()):
            if frame.contains(point):
                size = self.slots[page].size
                return (
                    page,
                    (point.x() - frame.x()) * size.width() / frame.width(),
                    (point.y() - frame.y()) * size.height() / frame.height(),
                )
        return None

    def scale(self, page: int) -> float:
        frames = self.frames()
        if not 0 <= page < len(frames):
            return 1.0
        return frames[page].width() / self.slots[page].size.width()

    # -- place -----------------------------------------------------------------------------

    def current_page(self) -> int:
        return self._current

    def _update_current(self) -> None:
        middle = self.verticalScrollBar().value() + self.viewport().height() / 3
        current = 0
        for page, frame in enumerate(self._frames):
            if frame.top() <= middle:
                current = page
        if current != self._current:
            self._current = current
            self.current_page_changed.emit(current)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < len(self._frames):
            self.verticalScrollBar().setValue(round(self._frames[page].top() - MARGIN))
            self._update_current()

    def _anchor(self) -> tuple[int, float]:
        """Where the reader is: a page and how far down it the viewport's top lies (0..1)."""
        top = self.verticalScrollBar().value()
        for page, frame in enumerate(self._frames):
            if frame.bottom() + SPACING > top:
                return page, (top - frame.top()) / max(1.0, frame.height())
        return 0, 0.0

    def _restore_anchor(self, anchor: tuple[int, float]) -> None:
        page, fraction = anchor
        if self._frames:
            frame = self._frames[min(page, len(self._frames) - 1)]
            self.verticalScrollBar().setValue(round(frame.top() + fraction * frame.height()))

    def _places_in_view(self) -> list[Place]:
        if self.page_map is None:
            return []
        sizes = [slot.size for slot in self.slots]
        return places_in_view(
            self.page_map, self.frames(), sizes, self.viewport().height(), self.selected_id()
        )

    def _keep_place(self, places: list[Place], page_map: PageMap) -> None:
        sizes = [slot.size for slot in self.slots]
        for place in places:
            value = scroll_to_keep(place, page_map, self._frames, sizes)
            if value is not None:
                self.verticalScrollBar().setValue(round(value))
                self._update_current()
                return

    def _scrolled(self, _value: int) -> None:
        self._update_current()
        self.viewport().update()

    # -- drawing ---------------------------------------------------------------------------

    def _renderer(self, source: QPdfDocument) -> QPdfPageRenderer:
        renderer = self._renderers.get(id(source))
        if renderer is None:
            renderer = QPdfPageRenderer(self)
            renderer.setDocument(source)
            renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
            key = id(source)
            renderer.pageRendered.connect(
                lambda page, size, image, _options, _request: self._image_ready(key, page, size, image)
            )
            self._renderers[id(source)] = renderer
        return renderer

    def _image_ready(self, source_key: int, page: int, size: QSize, image: QImage) -> None:
        key = (source_key, page, size.width())
        self._requested.discard(key)
        if not any(id(slot.source) == source_key for slot in self.slots):
            return  # pages of a document no longer shown
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > IMAGE_CACHE:
            self._images.popitem(last=False)
        self.viewport().update()

    def _image_for(self, place: int, frame: QRectF, request: bool = True) -> QImage | None:
        if not 0 <= place < len(self.slots):
            return None
        slot = self.slots[place]
        ratio = self.devicePixelRatioF()
        size = QSize(round(frame.width() * ratio), round(frame.height() * ratio))
        key = (id(slot.source), slot.index, size.width())
        image = self._images.get(key)
        if image is None and request and key not in self._requested and size.width() > 0:
            self._requested.add(key)
            self._renderer(slot.source).requestPage(slot.index, size, QPdfDocumentRenderOptions())
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().dark())
        all_ready = True
        view = QRectF(self.viewport().rect())
        for place, frame in enumerate(self.frames()):
            if not frame.intersects(view):
                continue
            image = self._image_for(place, frame)
            if image is not None:
                self._previous.pop(place, None)
            else:
                all_ready = False
                # Never a blank page: what stood here before stays until the new image is drawn.
                image = self._previous.get(place)
            painter.fillRect(frame, Qt.GlobalColor.white)
            if image is not None:
                painter.drawImage(frame, image)
            if self.slots[place].provisional:
                painter.setPen(QColor(200, 120, 0))
                painter.drawRect(frame.adjusted(0, 0, -1, -1))
        painter.end()
        if all_ready:
            self._previous.clear()
            self.images_ready.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._anchor()
        super().resizeEvent(event)
        self._relayout()
        self._restore_anchor(anchor)
