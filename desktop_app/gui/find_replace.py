"""Find and Replace (Ctrl+F, Ctrl+H): searches the title, every text field and the body; the
elements holding matches are marked on the page through the page map; Replace All is one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.proofing.find import Match, block_of, find_all, replace_all, replace_one
from desktop_app.render.page_map import PageElement

if TYPE_CHECKING:
    from desktop_app.gui.page_editor import PageEditor
    from desktop_app.gui.proofing_session import ProofingSession

MATCH = QColor(255, 200, 0, 90)
CURRENT = QColor(255, 140, 0, 150)


class MatchOverlay(QWidget):
    """Marks the page elements that hold matches, over the pages and under the editing layer's
    own widgets; clicks go through it. Frames come from the page map at each paint, so zoom and
    scrolling need nothing from here."""

    def __init__(self, layer: PageEditor) -> None:
        super().__init__(layer)
        self.layer = layer
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.places: list[tuple[str, int | None]] = []  # (field, body block) of each match
        self.current: tuple[str, int | None] | None = None
        self.setGeometry(layer.rect())
        layer.installEventFilter(self)
        self.lower()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.layer and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.layer.rect())
        return False

    def show_places(
        self, places: list[tuple[str, int | None]], current: tuple[str, int | None] | None
    ) -> None:
        self.places = places
        self.current = current
        self.setVisible(bool(places))
        self.update()

    def elements(self, place: tuple[str, int | None]) -> list[PageElement]:
        field, block = place
        page_map = self.layer.page_map
        if block is not None:
            element = page_map.for_block(block)
            return [element] if element is not None else []
        return page_map.with_field(field)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        for place in dict.fromkeys(self.places):
            colour = CURRENT if place == self.current else MATCH
            for element in self.elements(place):
                for frame in self.layer.frames_of(element):
                    painter.fillRect(QRectF(frame), colour)


class FindReplaceBar(QDialog):
    """A small window beside the pages: find, replace, step through matches."""

    def __init__(self, session: ProofingSession) -> None:
        super().__init__(session.window)
        self.session = session
        self.setObjectName("find-replace")
        self.setWindowFlag(Qt.WindowType.Tool)
        self.matches: list[Match] = []
        self.index = -1
        self.query = QLineEdit()
        self.replacement = QLineEdit()
        self.match_case = QCheckBox()
        self.whole_word = QCheckBox()
        self.previous = QPushButton()
        self.next = QPushButton()
        self.replace = QPushButton()
        self.replace_all = QPushButton()
        self.status = QLabel()
        self._find_label = QLabel()
        self._replace_label = QLabel()
        self._find_label.setBuddy(self.query)
        self._replace_label.setBuddy(self.replacement)
        grid = QGridLayout(self)
        grid.addWidget(self._find_label, 0, 0)
        grid.addWidget(self.query, 0, 1)
        grid.addWidget(self.previous, 0, 2)
        grid.addWidget(self.next, 0, 3)
        grid.addWidget(self._replace_label, 1, 0)
        grid.addWidget(self.replacement, 1, 1)
        grid.addWidget(self.replace, 1, 2)
        grid.addWidget(self.replace_all, 1, 3)
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_word)
        options.addStretch(1)
        options.addWidget(self.status)
        grid.addLayout(options, 2, 0, 1, 4)
        self.overlay = MatchOverlay(session.window.on_page.layer)
        self.overlay.hide()
        self.query.textChanged.connect(lambda: self.search(keep=False))
        self.match_case.toggled.connect(lambda: self.search(keep=False))
        self.whole_word.toggled.connect(lambda: self.search(keep=False))
        self.query.returnPressed.connect(lambda: self.step(1))
        self.next.clicked.connect(lambda: self.step(1))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.replace.clicked.connect(self.replace_current)
        self.replace_all.clicked.connect(self.replace_everything)
        session.window.session.changed.connect(self._document_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        self._find_label.setText(self.tr("&Find:"))
        self._replace_label.setText(self.tr("Re&place with:"))
        self.match_case.setText(self.tr("Match &case"))
        self.whole_word.setText(self.tr("&Whole word"))
        self.previous.setText(self.tr("P&revious"))
        self.next.setText(self.tr("&Next"))
        self.replace.setText(self.tr("&Replace"))
        self.replace_all.setText(self.tr("Replace &All"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_bar(self, replace: bool) -> None:
        """Show the bar (with its replace row for Ctrl+H), the selected text as the query."""
        for widget in (self._replace_label, self.replacement, self.replace, self.replace_all):
            widget.setVisible(replace)
        selected = self.session.window.body.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
        self.search(keep=True)

    # -- searching ---------------------------------------------------------------------------

    def search(self, keep: bool) -> None:
        document = self.session.document()
        if document is None:
            self.matches = []
        else:
            self.matches = find_all(
                document.article, self.query.text(), self.match_case.isChecked(), self.whole_word.isChecked()
            )
        if not keep or self.index >= len(self.matches):
            self.index = 0 if self.matches else -1
        self._show(select=not keep)

    def _document_changed(self) -> None:
        if self.isVisible():
            self.search(keep=True)

    def _place(self, match: Match) -> tuple[str, int | None]:
        document = self.session.document()
        return match.field, (block_of(document.article, match) if document is not None else None)

    def _show(self, select: bool = True) -> None:
        count = len(self.matches)
        if not self.query.text():
            self.status.clear()
        elif count == 0:
            self.status.setText(self.tr("No matches"))
        else:
            self.status.setText(
                self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(count))
            )
        for button in (self.next, self.previous, self.replace, self.replace_all):
            button.setEnabled(count > 0)
        places = [self._place(m) for m in self.matches]
        current = places[self.index] if 0 <= self.index < count else None
        self.overlay.show_places(places if self.isVisible() else [], current)
        if select and current is not None:
            match = self.matches[self.index]
            self.session.show_text(match.field, match.start, match.end)

    def step(self, offset: int) -> None:
        if self.matches:
            self.index = (self.index + offset) % len(self.matches)
            self._show()

    # -- replacing ---------------------------------------------------------------------------

    def replace_current(self) -> None:
        document = self.session.document()
        if document is None or not 0 <= self.index < len(self.matches):
            return
        match = self.matches[self.index]
        before = len(self.matches)
        article = replace_one(document.article, match, self.replacement.text())
        self.session.edit(match.field, getattr(article, match.field))
        self.search(keep=True)
        if len(self.matches) == before and self.matches:
            self.index = (self.index + 1) % len(self.matches)  # the new text matches too: go on
        self._show()

    def replace_everything(self) -> None:
        document = self.session.document()
        if document is None:
            return
        article, count = replace_all(
            document.article,
            self.query.text(),
            self.replacement.text(),
            self.match_case.isChecked(),
            self.whole_word.isChecked(),
        )
        self.session.replace_article(article, self.tr("Replace All"))
        self.search(keep=False)
        self.status.setText(self.tr("Replaced: %1").replace("%1", str(count)))

    def hideEvent(self, event) -> None:
        self.overlay.show_places([], None)
        super().hideEvent(event)
