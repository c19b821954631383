"""Proofing in the window: the Edit menu's Find, Replace, Check Spelling and Fix Punctuation,
the spelling underline and its right-click menu in every text field, and the word count in
the status bar. The window calls ``install_proofing`` once; everything else lives here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from desktop_app.gui.check_spelling import SpellingDialog
from desktop_app.gui.find_replace import FindReplaceBar
from desktop_app.gui.proofing_session import LINE_FIELDS, ProofingSession
from desktop_app.gui.window_parts import WindowParts
from desktop_app.proofing.counts import article_counts, count_characters, count_words
from desktop_app.proofing.punctuation import fix_article

COUNT_DELAY_MS = 200


class WordCounts(QObject):
    """The status bar's word and character counts, of the article and of the selection."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("word-counts")
        self.label.setContentsMargins(12, 0, 0, 0)  # apart from the render status beside it
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_counts)
        window.session.changed.connect(self._timer.start)
        window.body.editor.selectionChanged.connect(self._timer.start)
        for name in LINE_FIELDS:
            window.metadata.field_widget(name).selectionChanged.connect(self._timer.start)

    def selected_text(self) -> str:
        editor = self.window.body.editor
        if editor.textCursor().hasSelection():
            return editor.textCursor().selectedText().replace("\u2029", "\n")
        for name in LINE_FIELDS:
            edit = self.window.metadata.field_widget(name)
            if edit.hasFocus() and edit.hasSelectedText():
                return edit.selectedText()
        return ""

    def update_counts(self) -> None:
        document = self.window.session.document
        if document is None:
            self.label.clear()
            return
        locale = QLocale()
        counts = article_counts(document.article)
        text = self.tr("Words: %1 · Characters: %2")
        text = text.replace("%1", locale.toString(counts.words)).replace(
            "%2", locale.toString(counts.characters)
        )
        selected = self.selected_text()
        if selected:
            chosen = self.tr("Selected: words %1, characters %2")
            chosen = chosen.replace("%1", locale.toString(count_words(selected))).replace(
                "%2", locale.toString(count_characters(selected))
            )
            text = f"{chosen} · {text}"
        self.label.setText(text)


class ProofingActions(QObject):
    """The Edit menu's proofing entries and what they do."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.session = ProofingSession(window)
        self.counts = WordCounts(window)
        self.find_bar: FindReplaceBar | None = None  # made on first use
        self.spelling_dialog: SpellingDialog | None = None

        def action(slot, shortcut: QKeySequence | None = None) -> QAction:
            made = QAction(window)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.triggered.connect(slot)
            window.addAction(made)
            return made

        key = QKeySequence.StandardKey
        self.find_action = action(lambda: self.show_find(replace=False), QKeySequence(key.Find))
        self.replace_action = action(lambda: self.show_find(replace=True), QKeySequence("Ctrl+H"))
        self.spelling_action = action(self.check_spelling, QKeySequence("Shift+F7"))
        self.punctuation_action = action(self.fix_punctuation)
        self.actions = [self.find_action, self.replace_action, self.spelling_action, self.punctuation_action]
        menu = window.menu.menus["edit"]
        before = window.menu["preflight"]
        menu.insertActions(before, self.actions)
        menu.insertSeparator(before)
        for made in self.actions:
            made.setEnabled(False)
        window.session.changed.connect(self._enable)
        window.renderer.checked.connect(self._connect_findings)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("&Find…"))
        self.replace_action.setText(self.tr("Find and Rep&lace…"))
        self.spelling_action.setText(self.tr("Check &Spelling…"))
        self.punctuation_action.setText(self.tr("Fix Pu&nctuation"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _enable(self) -> None:
        for made in self.actions:
            made.setEnabled(self.window.session.document is not None)

    def _connect_findings(self, *_args: object) -> None:
        # The findings panel is made when it first has something to show (after this slot's
        # turn at the latest); its one-click fixes come here.
        panel = self.window.findings
        if panel is not None and not panel.property("proofing_connected"):
            panel.fix_requested.connect(self._fix)
            panel.setProperty("proofing_connected", True)

    def _fix(self, name: str) -> None:
        if name == "punctuation":
            self.fix_punctuation()

    # -- actions -----------------------------------------------------------------------------

    def fix_punctuation(self) -> None:
        """Edit → Fix Punctuation: the article's language's quotes, dashes and ellipses, one step."""
        document = self.window.session.document
        if document is None:
            return
        fixed = fix_article(document.article)
        if fixed == document.article:
            self.window.statusBar().showMessage(self.tr("The punctuation is already typographic."), 5000)
            return
        self.session.replace_article(fixed, self.tr("Fix punctuation"))
        self.window.statusBar().showMessage(self.tr("Punctuation fixed."), 5000)

    def show_find(self, replace: bool) -> None:
        if self.find_bar is None:
            self.find_bar = FindReplaceBar(self.session)
        self.find_bar.open_bar(replace)

    def check_spelling(self) -> None:
        if self.spelling_dialog is None:
            self.spelling_dialog = SpellingDialog(self.session)
        self.spelling_dialog.start()


def install_proofing(window: WindowParts) -> ProofingActions:
    """Add proofing to ``window``: its Edit menu entries, the underline and the counts."""
    return ProofingActions(window)
