"""Where QPdfView puts each page in its viewport: the one mapping from page points to widget
pixels that hovering, selecting and the in-place editor share.

QPdfView does not publish its layout; this follows its documented behaviour (pages stacked
with ``pageSpacing`` between them inside ``documentMargins``, centred, sized by the zoom mode
at the screen's logical dots per inch) and a test checks it against the pixels it paints.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView

from desktop_app.render.page_map import Rect


def _screen_resolution() -> float:
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0


def page_frames(view: QPdfView) -> list[QRectF]:
    """Each page's rectangle in the viewport's coordinates, in page order."""
    document = view.document()
    if document is None or document.pageCount() == 0:
        return []
    resolution = _screen_resolution()
    margins, spacing = view.documentMargins(), view.pageSpacing()
    viewport = view.viewport().size()
    mode = view.zoomMode()
    sizes = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        if mode == QPdfView.ZoomMode.Custom:
            size = QSizeF(points * resolution * view.zoomFactor()).toSize()
        else:
            size = QSizeF(points * resolution).toSize()
            if mode == QPdfView.ZoomMode.FitToWidth:
                factor = (viewport.width() - margins.left() - margins.right()) / max(1, size.width())
                size = size * factor
            else:
                room = QSize(viewport.width() - margins.left() - margins.right(), viewport.height() - spacing)
                size = size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        sizes.append(size)
    total_width = max(s.width() for s in sizes) + margins.left() + margins.right()
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    frames, y = [], margins.top()
    for size in sizes:
        x = (max(total_width, viewport.width()) - size.width()) // 2
        frames.append(QRectF(x - dx, y - dy, size.width(), size.height()))
        y += size.height() + spacing
    return frames


class PageTransform:
    """Page points to viewport pixels and back, for one layout of the view."""

    def __init__(self, view: QPdfView) -> None:
        self.frames = page_frames(view)
        document = view.document()
        self.sizes = [document.pagePointSize(i) for i in range(len(self.frames))]

    def scale(self, page: int) -> float:
        """Pixels per point on ``page`` (the zoom at the screen's resolution)."""
        if not 0 <= page < len(self.frames) or self.sizes[page].width() <= 0:
            return 1.0
        return self.frames[page].width() / self.sizes[page].width()

    def to_view(self, rect: Rect) -> QRectF:
        if not 0 <= rect.page < len(self.frames):
            return QRectF()
        frame, size = self.frames[rect.page], self.sizes[rect.page]
        sx = frame.width() / size.width()
        sy = frame.height() / size.height()
        return QRectF(frame.x() + rect.x * sx, frame.y() + rect.y * sy, rect.width * sx, rect.height * sy)

    def to_page(self, point: QPointF) -> tuple[int, float, float] | None:
        """The page under a viewport point and the point there in page points."""
        for page, frame in enumerate(self.frames):
            if frame.contains(point):
                size = self.sizes[page]
                return (
                    page,
                    (point.x() - frame.x()) * size.width() / frame.width(),
                    (point.y() - frame.y()) * size.height() / frame.height(),
                )
        return None
