"""The editing layer over the preview's pages: hover outlines, selection frames, the in-place
editor and the size bar, all placed from the page map of the pages on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop_app.gui.page_view import PageView
from desktop_app.render.page_map import PageElement, PageMap

HOVER = QColor(40, 120, 220, 160)
SELECTED = QColor(40, 120, 220)
FRAME_PAD = 2.0
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "start": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "end": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "justify": Qt.AlignmentFlag.AlignJustify,
}


class InPlaceEditor(QTextEdit):
    """A text editor laid over an element, set like it; Enter commits, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptRichText(False)
        self.document().setDocumentMargin(0)
        self.setContentsMargins(0, 0, 0, 0)
        self.setViewportMargins(0, 0, 0, 0)
        self.document().contentsChanged.connect(self._grow)
        self._done = False

    def start(self, text: str, element: PageElement, frame: QRectF, scale: float) -> None:
        font = QFont(element.font_family)
        font.setPixelSize(max(1, round(element.font_size * scale)))
        font.setBold(element.bold)
        font.setItalic(element.italic)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(palette.ColorRole.Text, QColor(element.color))
        palette.setColor(palette.ColorRole.Base, QColor(255, 255, 255))
        self.setPalette(palette)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if element.direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setAlignment(ALIGN.get(element.align, Qt.AlignmentFlag.AlignLeft))
        block.setLineHeight(element.line_height * scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.mergeBlockFormat(block)
        self.setGeometry(frame.toAlignedRect())
        self._done = False
        self.show()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._grow()

    def place_caret(self, point: QPoint | None) -> None:
        """The caret at the clicked character, or at the end when the editor was opened by key."""
        cursor = self.cursorForPosition(point) if point is not None else self.textCursor()
        if point is None:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def _grow(self) -> None:
        # The editor grows with its text instead of scrolling, as the page's block would.
        height = round(self.document().size().height()) + 2
        self.resize(self.width(), max(height, self.fontMetrics().height() + 2))

    def insertFromMimeData(self, source) -> None:
        # Only words come in from the clipboard, never a second paragraph or formatting.
        self.insertPlainText(" ".join(source.text().split()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere commits, as in every editor that edits in place; its own right-click
        # menu (spelling suggestions) is not elsewhere.
        if self.isVisible() and event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        if commit:
            self.committed.emit(self.toPlainText())
        else:
            self.cancelled.emit()


class SizeBar(QFrame):
    """The small bar beside a selection: its role and size, with − and + for that role."""

    resize_requested = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.smaller = QToolButton(self)
        self.smaller.setText("−")
        self.bigger = QToolButton(self)
        self.bigger.setText("+")
        self.smaller.clicked.connect(lambda: self.resize_requested.emit(-1))
        self.bigger.clicked.connect(lambda: self.resize_requested.emit(1))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 4, 1)
        row.setSpacing(2)
        row.addWidget(self.label)
        row.addWidget(self.smaller)
        row.addWidget(self.bigger)
        self.hide()


class PageEditor(QWidget):
    """Lies over the preview's viewport; hover and selection cost no render, only a repaint."""

    selection_changed = Signal(object)  # PageElement or None
    edit_requested = Signal(object)  # the element to edit (the window decides how)
    text_committed = Signal(object, str)  # element, new text
    date_committed = Signal(object, object)  # element, date
    delete_requested = Signal(object)
    move_requested = Signal(object, int)
    resize_requested = Signal(str, int)  # role, direction

    def __init__(self, view: PageView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.page_map = PageMap()
        self.hovered: PageElement | None = None
        self.selected: PageElement | None = None
        self.describe = lambda element: element.kind  # the window gives translated names
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
        frames = self.frames_of(element)
        if not frames:
            return
        self._editing = element
        self.size_bar.hide()
        scale = self.view.scale(element.first_page)
        first = frames[0]
        self.editor.start(text, element, first.adjusted(FRAME_PAD, FRAME_PAD, -FRAME_PAD, -FRAME_PAD), scale)
        self.editor.place_caret(self.editor.mapFrom(self, click.toPoint()) if click is not None else None)

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

    # -- events ----------------------------------------------------------------------------

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
            self._layout_changed()
        return False

    def _layout_changed(self, *_args: object) -> None:
        self._place_size_bar()
        self.update()

    def _place_size_bar(self) -> None:
        element = self.selected
        frames = self.frames_of(element) if element is not None else []
        if not frames or self.is_editing():
            self.size_bar.hide()
            return
        self.size_bar.label.setText(f"{self.describe(element)} · {element.font_size:g} pt")
        self.size_bar.adjustSize()
        frame = frames[0]
        y = frame.top() - self.size_bar.height() - 2
        if y < 0:
            y = frame.bottom() + 2
        x = min(max(0.0, frame.right() - self.size_bar.width()), self.width() - self.size_bar.width())
        self.size_bar.move(round(x), round(y))
        self.size_bar.show()
        self.size_bar.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hovered is not None and (self.selected is None or self.hovered.id != self.selected.id):
            painter.setPen(QPen(HOVER, 1, Qt.PenStyle.DashLine))
            frames = self.frames_of(self.hovered)
            for frame in frames:
                painter.drawRect(frame)
            if frames:
                self._draw_label(
                    painter, frames[0], f"{self.describe(self.hovered)} · {self.hovered.font_size:g} pt"
                )
        if self.selected is not None:
            painter.setPen(QPen(SELECTED, 2))
            for frame in self.frames_of(self.selected):
                painter.drawRect(frame)

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
            self.setCursor(
                Qt.CursorShape.IBeamCursor if element and element.field else Qt.CursorShape.ArrowCursor
            )
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
            self.edit_requested.emit(element)

    def take_click(self) -> QPointF | None:
        """Where the double-click that asked for an edit was, once."""
        click, self._click = self._click, None
        return click

    def event(self, event: QEvent) -> bool:
        # Tab steps through the page's elements instead of moving the focus away from the page.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
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
            self.edit_requested.emit(self.selected)
        elif key == Qt.Key.Key_Delete and self.selected is not None and self.selected.block is not None:
            self.delete_requested.emit(self.selected)
        elif control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.selected is not None:
            self.move_requested.emit(self.selected, -1 if key == Qt.Key.Key_Up else 1)
        else:
            event.ignore()
            return
        event.accept()
