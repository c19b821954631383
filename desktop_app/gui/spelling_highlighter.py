"""The wavy underline under possible misspellings, in the Text panel, the Article panel's fields
and the in-place editor on the page: a thin layer over proofing.spelling.

Words already checked are underlined at once from the checker's cache; unknown words are
checked in a worker thread (the first pass also loads the dictionaries), so neither typing nor
opening a document waits for Hunspell.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.proofing.spelling import SpellChecker
from desktop_app.proofing.words import words

UNDERLINE = QColor(220, 30, 30)
# Words checked on the window's thread in one turn of its event loop (typing brings one or two;
# a Hunspell lookup takes some microseconds); the rest go to the worker thread.
CHECK_PER_TURN = 200
# Blocks underlined again per turn after the worker's answers come in, so a long text never
# holds the window for the whole pass.
BLOCKS_PER_TURN = 30


def misspelled_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


class BackgroundSpelling(QObject):
    """Checks words in a worker thread and says when their answers are in the cache."""

    checked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker: SpellChecker | None = None
        self._warm_for: SpellChecker | None = None
        self._pending: set[str] = set()
        self._texts: list[str] = []
        self._lock = threading.Lock()
        self._running = False
        self._allowance = CHECK_PER_TURN

    @property
    def warm(self) -> bool:
        """Whether the checker's dictionaries are loaded, so a few words may be checked at once."""
        return self.checker is not None and self._warm_for is self.checker

    def set_checker(self, checker: SpellChecker | None, text: str = "") -> None:
        """Check with ``checker`` from now on; its dictionaries load in the worker, which then
        checks every word of ``text`` (the document's) before anything is underlined."""
        self.checker = checker
        if checker is not None:
            # After the document is on screen: Hunspell holds Python's lock while it loads a
            # dictionary, which would otherwise hold up the opening itself.
            QTimer.singleShot(0, lambda: self.queue_text(text))

    def queue(self, new_words: list[str]) -> None:
        with self._lock:
            self._pending.update(new_words)
        self._start()

    def queue_text(self, text: str) -> None:
        with self._lock:
            self._texts.append(text)
        self._start()

    def may_check_now(self, count: int) -> bool:
        """Whether ``count`` more words may be checked on the window's thread in this turn."""
        if not self.warm or count > self._allowance:
            return False
        if self._allowance == CHECK_PER_TURN:
            QTimer.singleShot(0, self._refill)
        self._allowance -= count
        return True

    def _refill(self) -> None:
        self._allowance = CHECK_PER_TURN

    def _start(self) -> None:
        with self._lock:
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, name="imprint-spelling", daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._lock:
                batch, self._pending = self._pending, set()
                texts, self._texts = self._texts, []
                checker = self.checker
            if checker is not None:
                checker.checks(checker.language)  # loads the article language's dictionary
                for word in batch:
                    checker.is_correct(word)
                for text in texts:
                    for found in words(text):
                        checker.is_correct(found.text)
                self._warm_for = checker
            self.checked.emit()  # queued to the window's thread, which underlines again
            with self._lock:
                if not self._pending and not self._texts:
                    self._running = False
                    return


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the misspellings of a text document (a QPlainTextEdit's or QTextEdit's)."""

    def __init__(self, document: QTextDocument, background: BackgroundSpelling) -> None:
        super().__init__(document)
        self.background = background
        self._format = misspelled_format()
        self._next_block = -1
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._underline_some)
        background.checked.connect(self.underline_again)

    def underline_again(self) -> None:
        """Underline the whole text again, a few blocks per turn of the event loop."""
        self._next_block = 0
        self._timer.start()

    def _underline_some(self) -> None:
        document = self.document()
        block = document.findBlockByNumber(self._next_block)
        for _ in range(BLOCKS_PER_TURN):
            if not block.isValid():
                self._next_block = -1
                return
            self.rehighlightBlock(block)
            block = block.next()
        self._next_block = block.blockNumber() if block.isValid() else -1
        if self._next_block >= 0:
            self._timer.start()

    def highlightBlock(self, text: str) -> None:
        checker = self.background.checker
        if checker is None or not text or not self.background.warm:
            return  # the worker's first pass over the document underlines it when it is done
        unknown = []
        for word in words(text):
            verdict = checker.cached(word.text)
            if verdict is None:
                unknown.append(word)
            elif verdict is False:
                self.setFormat(word.start, word.end - word.start, self._format)
        if not unknown:
            return
        if self.background.may_check_now(len(unknown)):
            for word in unknown:
                if checker.is_correct(word.text) is False:
                    self.setFormat(word.start, word.end - word.start, self._format)
        else:
            self.background.queue([w.text for w in unknown])


class LineEditSpelling(QObject):
    """The same underline in a one-line field, which has no document to format: the formats go
    in as an input method's preedit attributes, the one way a QLineEdit draws them."""

    def __init__(self, edit: QLineEdit, background: BackgroundSpelling) -> None:
        super().__init__(edit)
        self.edit = edit
        self.background = background
        self.misspelled: list[tuple[int, int]] = []
        edit.textChanged.connect(self.update_underline)
        background.checked.connect(self.update_underline)

    def update_underline(self, *_args: object) -> None:
        checker = self.background.checker
        text = self.edit.text()
        spans = []
        if checker is not None:
            unknown = []
            for word in words(text):
                verdict = checker.cached(word.text)
                if verdict is None and self.background.may_check_now(1):
                    verdict = checker.is_correct(word.text)
                if verdict is None:
                    unknown.append(word.text)
                elif verdict is False:
                    spans.append((word.start, word.end))
            if unknown:
                self.background.queue(unknown)
        self.misspelled = spans
        cursor = self.edit.cursorPosition()
        fmt = misspelled_format()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, fmt
            )
            for start, end in spans
        ]
        QApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))


def word_at(text: str, position: int) -> tuple[int, int, str] | None:
    """The word of ``text`` under ``position`` (a caret index), as (start, end, word)."""
    for word in words(text):
        if word.start <= position <= word.end:
            return word.start, word.end, word.text
        if word.start > position:
            break
    return None


def suggestion_actions(
    menu, checker: SpellChecker, word: str, replace: Callable[[str], None], changed: Callable[[], None]
) -> None:
    """Put the suggestions for ``word``, Add to Dictionary and Ignore at the top of ``menu``."""
    first = menu.actions()[0] if menu.actions() else None
    suggestions = checker.suggestions(word, 5)
    added = []
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _checked=False, s=suggestion: replace(s))
        added.append(action)
    if not suggestions:
        none = menu.addAction(QCoreApplication.translate("Spelling", "No suggestions"))
        none.setEnabled(False)
        added.append(none)
    add = menu.addAction(QCoreApplication.translate("Spelling", "Add to Dictionary"))
    add.triggered.connect(lambda: _then(checker.add_to_dictionary, word, changed))
    ignore = menu.addAction(QCoreApplication.translate("Spelling", "Ignore"))
    ignore.triggered.connect(lambda: _then(checker.ignore, word, changed))
    added += [add, ignore]
    for action in added:
        menu.removeAction(action)
    menu.insertActions(first, added)
    menu.insertSeparator(first)


def _then(act: Callable[[str], None], word: str, changed: Callable[[], None]) -> None:
    """Do ``act`` to ``word``, then say the answers changed (the underline is drawn again)."""
    act(word)
    changed()
