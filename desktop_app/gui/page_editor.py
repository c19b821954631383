"""The editing layer over the preview's pages: hover outlines, selection frames, the in-place
editor and the size bars, all placed from the page map of the pages on screen; image files
dropped on a page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desktop_app.gui.in_place_editor import InPlaceEditor
from desktop_app.gui.page_view import PageView
from desktop_app.gui.size_bars import FigureSizeBar, SizeBar
from desktop_app.render.page_map import PageElement, PageMap, Rect

HOVER = QColor(40, 120, 220, 160)
SELECTED = QColor(40, 120, 220)
FRAME_PAD = 2.0


class PageEditor(QWidget):
    """Lies over the preview's viewport; hover and selection cost no render, only a repaint."""

    selection_changed = Signal(object)  # PageElement or None
    edit_requested = Signal(object)  # the element to edit (the window decides how)
    text_committed = Signal(object, str)  # element, new text
    date_committed = Signal(object, object)  # element, date
    delete_requested = Signal(object)
    move_requested = Signal(object, int)
    resize_requested = Signal(str, int)  # role, direction
    figure_size_requested = Signal(object, str)  # the photo's element, its new width
    figure_delete_requested = Signal(object)  # Delete on a selected photo
    context_menu_requested = Signal(object, object)  # the element under the click (or None), global QPoint
    # Image files dropped on a page: their paths and where, as (page, x, y) in page points.
    images_dropped = Signal(list, object)

    def __init__(self, view: PageView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.page_map = PageMap()
        self.hovered: PageElement | None = None
        self.selected: PageElement | None = None
        view.selected_id = lambda: self.selected.id if self.selected is not None else None
        self.describe = lambda element: element.kind  # the window gives translated names
        # What the hover label and the size bar say; the window names photos by their pixels.
        self.label_of: Callable[[PageElement], str] = lambda element: (
            f"{self.describe(element)} · {element.font_size:g} pt"
        )
        # The width of the photo an element is ("column", "half", "wide"), None for text.
        self.figure_size_of: Callable[[PageElement | None], str | None] = lambda _element: None
        # Whether dropped files are pictures the page takes in (else the window opens them).
        self.takes_drop: Callable[[Sequence[Path]], bool] = lambda _paths: False
        # Where dropped pictures would go, as a line in page points (page, x, y, width, 0).
        self.drop_mark_at: Callable[[tuple[int, float, float]], Rect | None] = lambda _spot: None
        self._drop_mark: Rect | None = None
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.editor = InPlaceEditor(self)
        self.editor.hide()
        self.editor.committed.connect(self._commit_text)
        self.editor.cancelled.connect(lambda: self.setFocus(Qt.FocusReason.OtherFocusReason))
        self.calendar: QCalendarWidget | None = None
        self.size_bar = SizeBar(self)
        self.size_bar.resize_requested.connect(self._resize_selected)
        self.figure_bar = FigureSizeBar(self)
        self.figure_bar.size_requested.connect(self._size_selected_figure)
        self._editing: PageElement | None = None
        self._click: QPointF | None = None  # where the double-click that asked for an edit was
        view.viewport().installEventFilter(self)
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            bar.valueChanged.connect(self._layout_changed)
        self.setGeometry(view.viewport().rect())

    # -- the map ---------------------------------------------------------------------------

    def set_page_map(self, page_map: PageMap) -> None:
        """New pages arrived: keep the same element selected, wherever it went."""
        self.page_map = page_map
        self.hovered = None
        if self.selected is not None:
            self.selected = page_map.get(self.selected.id)
        self._layout_changed()

    def element_at(self, point: QPointF) -> PageElement | None:
        spot = self.view.to_page(point)
        return self.page_map.at(*spot) if spot else None

    def frames_of(self, element: PageElement) -> list[QRectF]:
        """The element's fragments in the viewport, a little outside its words."""
        return [
            self.view.to_view(r.page, QRectF(r.x, r.y, r.width, r.height)).adjusted(
                -FRAME_PAD, -FRAME_PAD, FRAME_PAD, FRAME_PAD
            )
            for r in element.rects
        ]

    # -- selection -------------------------------------------------------------------------

    def select(self, element: PageElement | None, reveal: bool = False) -> None:
        if element is not None and self.page_map.get(element.id) is None:
            element = None
        changed = (element.id if element else None) != (self.selected.id if self.selected else None)
        self.selected = element
        if reveal and element is not None:
            self.reveal(element)
        self._layout_changed()
        if changed:
            self.selection_changed.emit(element)

    def select_id(self, element_id: str, reveal: bool = True) -> None:
        self.select(self.page_map.get(element_id), reveal)

    def reveal(self, element: PageElement) -> None:
        """Scroll so that the element's first fragment is in view."""
        frames = self.frames_of(element)
        if not frames:
            return
        frame = frames[0]
        bar = self.view.verticalScrollBar()
        if frame.top() < 0 or frame.bottom() > self.height():
            bar.setValue(bar.value() + round(frame.top() - self.height() / 4))

    def step(self, offset: int) -> None:
        """Tab and Shift+Tab: the next or previous element in reading order."""
        elements = [e for e in self.page_map.elements if e.kind not in ("byline", "dateline", "list")]
        if not elements:
            return
        ids = [e.id for e in elements]
        if self.selected is None or self.selected.id not in ids:
            index = 0 if offset > 0 else len(elements) - 1
        else:
            index = (ids.index(self.selected.id) + offset) % len(elements)
        self.select(elements[index], reveal=True)

    # -- editing in place ------------------------------------------------------------------

    def begin_edit(self, element: PageElement, text: str, click: QPointF | None = None) -> None:
        """Open the editor over ``element`` with ``text``, the caret where it was clicked."""
        frames = self.frames_of(self._with_room(element))
        if not frames:
            return
        self._editing = element
        self.size_bar.hide()
        self.figure_bar.hide()
        scale = self.view.scale(element.first_page)
        first = frames[0]
        self.editor.start(text, element, first.adjusted(FRAME_PAD, FRAME_PAD, -FRAME_PAD, -FRAME_PAD), scale)
        self.editor.place_caret(self.editor.mapFrom(self, click.toPoint()) if click is not None else None)

    def _with_room(self, element: PageElement) -> PageElement:
        """A caption or credit hugs its words on the page; its editor has room up to the photo's
        right edge, as the caption line has when it grows."""
        figure = (
            self.page_map.get(element.id.rpartition(".")[0])
            if element.kind in ("caption", "credit")
            else None
        )
        if figure is None or not element.rects:
            return element
        first = element.rects[0]
        right = max((r.x + r.width for r in figure.rects if r.page == first.page), default=0.0)
        if right <= first.x + first.width:
            return element
        return replace(element, rects=(replace(first, width=right - first.x), *element.rects[1:]))

    def begin_date_edit(self, element: PageElement, current: date | None) -> None:
        """The calendar, anchored under the date on the page."""
        frames = self.frames_of(element)
        if not frames:
            return
        self._editing = element
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.clicked.connect(self._commit_date)
            self.calendar.activated.connect(self._commit_date)
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        anchor = self.mapToGlobal(frames[0].bottomLeft().toPoint())
        self.calendar.move(anchor)
        self.calendar.show()
        self.calendar.setFocus()

    def is_editing(self) -> bool:
        return self.editor.isVisible() or bool(self.calendar and self.calendar.isVisible())

    def _commit_text(self, text: str) -> None:
        element, self._editing = self._editing, None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if element is not None:
            self.text_committed.emit(element, text)

    def _commit_date(self, value) -> None:
        element, self._editing = self._editing, None
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if element is not None:
            self.date_committed.emit(element, date(value.year(), value.month(), value.day()))

    def _resize_selected(self, direction: int) -> None:
        if self.selected is not None:
            self.resize_requested.emit(self.selected.role, direction)

    def _size_selected_figure(self, size: str) -> None:
        if self.selected is not None:
            self.figure_size_requested.emit(self.selected, size)

    # -- events ----------------------------------------------------------------------------

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
            self._layout_changed()
        return False

    def _layout_changed(self, *_args: object) -> None:
        self._place_size_bar()
        self._place_figure_bar()
        self.update()

    def _place_size_bar(self) -> None:
        element = self.selected
        frames = self.frames_of(element) if element is not None else []
        if element is None or not frames or self.is_editing():
            self.size_bar.hide()
            return
        if element is None or self.figure_size_of(element) is not None:  # a photo has a bar of its own
            self.size_bar.hide()
            return
        self.size_bar.label.setText(self.label_of(element))
        self._place_bar(self.size_bar, frames[0])

    def _place_figure_bar(self) -> None:
        element = self.selected
        size = self.figure_size_of(element) if element is not None and not self.is_editing() else None
        frames = self.frames_of(element) if element is not None and size is not None else []
        if element is None or size is None or not frames:
            self.figure_bar.hide()
            return
        self.figure_bar.label.setText(self.label_of(element))
        self.figure_bar.show_size(size)
        self._place_bar(self.figure_bar, frames[0])

    def _place_bar(self, bar: QWidget, frame: QRectF) -> None:
        """A bar just above the element's first fragment, at its right (below it at the top)."""
        bar.adjustSize()
        y = frame.top() - bar.height() - 2
        if y < 0:
            y = frame.bottom() + 2
        x = min(max(0.0, frame.right() - bar.width()), self.width() - bar.width())
        bar.move(round(x), round(y))
        bar.show()
        bar.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hovered is not None and (self.selected is None or self.hovered.id != self.selected.id):
            painter.setPen(QPen(HOVER, 1, Qt.PenStyle.DashLine))
            frames = self.frames_of(self.hovered)
            for frame in frames:
                painter.drawRect(frame)
            if frames:
                self._draw_label(painter, frames[0], self.label_of(self.hovered))
        if self.selected is not None:
            painter.setPen(QPen(SELECTED, 2))
            for frame in self.frames_of(self.selected):
                painter.drawRect(frame)
        if self._drop_mark is not None:  # where a dragged picture would land
            mark = self._drop_mark
            line = self.view.to_view(mark.page, QRectF(mark.x, mark.y, mark.width, 0))
            painter.setPen(QPen(SELECTED, 3))
            painter.drawLine(line.topLeft(), line.topRight())

    def _draw_label(self, painter: QPainter, frame: QRectF, text: str) -> None:
        metrics = painter.fontMetrics()
        box = QRectF(
            frame.left(),
            frame.top() - metrics.height() - 4,
            metrics.horizontalAdvance(text) + 8,
            metrics.height() + 2,
        )
        if box.top() < 0:
            box.moveTop(frame.bottom() + 2)
        painter.fillRect(box, HOVER)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        element = self.element_at(event.position())
        if (element.id if element else None) != (self.hovered.id if self.hovered else None):
            self.hovered = element
            text = element is not None and bool(element.field) and self.figure_size_of(element) is None
            self.setCursor(Qt.CursorShape.IBeamCursor if text else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, _event) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(self.element_at(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        element = self.element_at(event.position())
        if element is not None:
            self.select(element)
            self._click = event.position()
            self.request_edit(element)

    def request_edit(self, element: PageElement) -> None:
        """Ask for ``element`` to be edited; a photo edits its caption, where the caption stands."""
        caption = self.page_map.get(f"{element.id}.caption") if element.kind == "figure" else None
        if caption is not None:
            self.select(caption)
            self._click = None
            element = caption
        self.edit_requested.emit(element)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        element = self.element_at(QPointF(event.pos()))
        if element is not None:
            self.select(element)
        self.context_menu_requested.emit(element, event.globalPos())

    # -- image files dropped on a page -------------------------------------------------------

    def _dropped_paths(self, event: QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths if paths and self.takes_drop(paths) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Anything but pictures (an article, a folder) goes on to the window, which opens it.
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        spot = self.view.to_page(event.position())
        if self._dropped_paths(event) and spot is not None:
            event.acceptProposedAction()
            self._drop_mark = self.drop_mark_at(spot)
        else:
            event.ignore()
            self._drop_mark = None
        self.update()

    def dragLeaveEvent(self, _event) -> None:
        self._drop_mark = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        spot = self.view.to_page(event.position())
        self._drop_mark = None
        self.update()
        if not paths or spot is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.images_dropped.emit(paths, spot)

    def take_click(self) -> QPointF | None:
        """Where the double-click that asked for an edit was, once."""
        click, self._click = self._click, None
        return click

    def event(self, event: QEvent) -> bool:
        # Tab steps through the page's elements instead of moving the focus away from the page.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key()
            in (
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            self.step(
                -1
                if event.key() == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                else 1
            )
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        control = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape and self.selected is not None:
            self.select(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.selected is not None:
            self._click = None
            self.request_edit(self.selected)
        elif key == Qt.Key.Key_Delete and self.selected is not None and self.selected.block is not None:
            # A photo goes with its picture, which the window's photo actions take care of.
            photo = self.selected.kind == "figure"
            (self.figure_delete_requested if photo else self.delete_requested).emit(self.selected)
        elif control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.selected is not None:
            self.move_requested.emit(self.selected, -1 if key == Qt.Key.Key_Up else 1)
        else:
            event.ignore()
            return
        event.accept()
