"""The editor laid over an element on the page: set in the element's own face, size, colour,
alignment and line height, so typing looks like the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop_app.render.page_map import PageElement

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
