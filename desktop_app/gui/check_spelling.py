"""Edit → Check Spelling: steps through the possible misspellings of the title, subtitle and
body one by one; each is selected on the page and in its panel, shown with its suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.proofing.spelling import Misspelling

if TYPE_CHECKING:
    from desktop_app.gui.proofing_session import ProofingSession

CHECKED_FIELDS = ("title", "subtitle", "body")


class SpellingDialog(QDialog):
    """One misspelling at a time: Change, Ignore, Add to Dictionary, Skip."""

    def __init__(self, session: ProofingSession) -> None:
        super().__init__(session.window)
        self.session = session
        self.setObjectName("check-spelling")
        self.setWindowFlag(Qt.WindowType.Tool)
        self.word = QLabel()
        self.word.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.word.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.word.setFont(font)
        self.where = QLabel()
        self.suggestions = QListWidget()
        self.change = QPushButton()
        self.skip = QPushButton()
        self.ignore = QPushButton()
        self.add = QPushButton()
        self.close_button = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons = QVBoxLayout()
        for button in (self.change, self.skip, self.ignore, self.add):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.suggestions, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.word)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.close_button)
        self.change.clicked.connect(self.change_word)
        self.suggestions.itemDoubleClicked.connect(lambda _item: self.change_word())
        self.found: list[tuple[str, Misspelling]] = []
        self.position = 0
        self.skip.clicked.connect(lambda: self.go(self.position + 1))
        self.ignore.clicked.connect(self.ignore_word)
        self.add.clicked.connect(self.add_word)
        self.close_button.rejected.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check Spelling"))
        self.change.setText(self.tr("&Change"))
        self.skip.setText(self.tr("&Skip"))
        self.ignore.setText(self.tr("&Ignore"))
        self.add.setText(self.tr("&Add to Dictionary"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def misspellings(self) -> list[tuple[str, Misspelling]]:
        """Every possible misspelling, field by field in page order."""
        document, checker = self.session.document(), self.session.checker
        if document is None or checker is None:
            return []
        article = document.article
        return [(f, m) for f in CHECKED_FIELDS for m in checker.misspellings(getattr(article, f))]

    def start(self) -> None:
        self.show()
        self.raise_()
        self.go(0)

    def go(self, position: int) -> None:
        """Show the misspelling at ``position`` (the list is read afresh: edits move words)."""
        self.found = self.misspellings()
        self.position = position
        done = position >= len(self.found)
        for widget in (self.change, self.skip, self.ignore, self.add, self.suggestions):
            widget.setEnabled(not done)
        self.suggestions.clear()
        if done:
            checker = self.session.checker
            if checker is not None and not checker.checks(checker.language):
                self.word.setText(self.tr("Spelling is not checked in this language."))
            else:
                self.word.setText(self.tr("No more possible misspellings."))
            self.where.clear()
            return
        field, miss = self.found[position]
        self.word.setText(miss.word)
        names = {"title": self.tr("Title"), "subtitle": self.tr("Subtitle"), "body": self.tr("Text")}
        self.where.setText(
            self.tr("%1 of %2, in the %3")
            .replace("%1", str(position + 1))
            .replace("%2", str(len(self.found)))
            .replace("%3", names[field])
        )
        suggestions = self.session.checker.suggestions(miss.word) if self.session.checker else []
        self.suggestions.addItems(suggestions)
        if suggestions:
            self.suggestions.setCurrentRow(0)
        self.change.setEnabled(bool(suggestions))
        self.session.show_text(field, miss.start, miss.end)

    def change_word(self) -> None:
        item = self.suggestions.currentItem()
        document = self.session.document()
        if item is None or document is None or self.position >= len(self.found):
            return
        field, miss = self.found[self.position]
        text = getattr(document.article, field)
        self.session.edit(field, text[: miss.start] + item.text() + text[miss.end :])
        self.go(self.position)  # the changed word is no longer in the list

    def ignore_word(self) -> None:
        self._accept_word(add=False)

    def add_word(self) -> None:
        self._accept_word(add=True)

    def _accept_word(self, add: bool) -> None:
        checker = self.session.checker
        if checker is None or self.position >= len(self.found):
            return
        word = self.found[self.position][1].word
        if add:
            checker.add_to_dictionary(word)
        else:
            checker.ignore(word)
        self.session.recheck()
        self.go(self.position)
