"""Proofing in the window: the Edit menu's Find, Replace, Check Spelling and Fix Punctuation,
the spelling underline and its right-click menu in every text field, and the word count in
the status bar. The window calls ``install_proofing`` once; everything else lives here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from desktop_app.gui.commands import EditCommand
from desktop_app.gui.spelling_highlighter import (
    BackgroundSpelling,
    LineEditSpelling,
    SpellingHighlighter,
    suggestion_actions,
    word_at,
)
from desktop_app.model.article import Article, block_spans
from desktop_app.model.document import Document
from desktop_app.proofing.counts import article_counts, count_characters, count_words
from desktop_app.proofing.dictionaries import dictionary_names
from desktop_app.proofing.findings import metadata_names
from desktop_app.proofing.punctuation import fix_article
from desktop_app.proofing.spelling import SpellChecker

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

COUNT_DELAY_MS = 200
LINE_FIELDS = ("title", "subtitle", "author", "source")


class ProofingSession(QObject):
    """What proofing needs of the window: the document, one undoable edit, the panels' editors
    and the page. The find bar and the spelling dialog work through it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.background = BackgroundSpelling(self)
        self._checked_for: tuple[str, frozenset[str]] | None = None
        self.highlighters = [
            SpellingHighlighter(window.body.editor.document(), self.background),
            SpellingHighlighter(window.on_page.layer.editor.document(), self.background),
        ]
        self.line_spelling = {
            name: LineEditSpelling(window.metadata.field_widget(name), self.background)
            for name in LINE_FIELDS
        }
        for widget in (window.body.editor, window.on_page.layer.editor, *self.line_edits().values()):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w, pos))
        window.document_changed.connect(self._document_changed)
        self.background.checked.connect(self._say_if_off)
        self._said_off = False

    # -- the document ------------------------------------------------------------------------

    def document(self) -> Document | None:
        return self.window.current_document()

    @property
    def checker(self) -> SpellChecker | None:
        return self.background.checker

    def _document_changed(self) -> None:
        document = self.document()
        if document is None:
            return
        article = document.article
        names = frozenset(metadata_names(article))
        key = (article.language or "en", names)
        if key == self._checked_for:
            return
        checker = self.checker
        if checker is not None and self._checked_for is not None and self._checked_for[0] == key[0]:
            checker.set_known(names)  # the same language: every answer so far still holds
            self.recheck()
        else:
            # A new language: a new checker, whose worker loads the dictionary and checks the
            # whole text before the first underline (the window never waits for either).
            text = "\n".join((article.title, article.subtitle, article.body))
            self.background.set_checker(SpellChecker(key[0], known=names), text)
        self._checked_for = key

    def _say_if_off(self) -> None:
        """Spelling switched itself off (no engine, no dictionary): say so once, in the status bar."""
        checker = self.checker
        if self._said_off or checker is None or not dictionary_names(checker.language):
            return
        if not checker.checks(checker.language):
            self._said_off = True
            notice = checker.notice or self.tr("Spelling is off: no dictionary could be loaded.")
            self.window.statusBar().showMessage(notice, 15000)

    def replace_article(self, article: Article, text: str) -> None:
        """Make ``article`` the document's, as one undoable step named ``text``."""
        document = self.document()
        if document is None or article == document.article:
            return
        after = document.with_changes(article=article)
        window = self.window
        # Several fields at once (Replace All, Fix Punctuation): one command, applied the way
        # every edit of the window is.
        window.undo_stack.push(EditCommand(window._apply, document, after, "article", text))

    def edit(self, field: str, value: str) -> None:
        self.window.edit(f"article.{field}", value, typed=False)

    # -- the panels and the page -------------------------------------------------------------

    def line_edits(self) -> dict[str, QLineEdit]:
        return {name: self.window.metadata.field_widget(name) for name in LINE_FIELDS}

    def show_text(self, field: str, start: int, end: int) -> None:
        """Select ``start``–``end`` of ``field`` in its panel and its element on the page."""
        window = self.window
        document = self.document()
        if document is None:
            return
        if field == "body":
            editor = window.body.editor
            window.body_dock.show()
            window.body_dock.raise_()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
            spans = block_spans(document.article.body, document.article.body_format == "markdown")
            block = next((i for i, (s, e) in enumerate(spans) if s <= start <= e), None)
            element = window.on_page.layer.page_map.for_block(block) if block is not None else None
            if element is not None:
                window.on_page.layer.select(element, reveal=True)
        else:
            window.on_page.select_field(field)  # first: the page's selection selects the whole field
            edit = self.line_edits().get(field)
            if edit is not None:
                window.metadata_dock.show()
                window.metadata_dock.raise_()
                edit.setSelection(start, end - start)

    # -- right-click -------------------------------------------------------------------------

    def _context_menu(self, widget: QPlainTextEdit | QTextEdit | QLineEdit, pos: QPoint) -> None:
        menu = widget.createStandardContextMenu()
        checker = self.checker
        if checker is not None:
            if isinstance(widget, QLineEdit):
                found = word_at(widget.text(), widget.cursorPositionAt(pos))
            else:
                cursor = widget.cursorForPosition(pos)
                block = cursor.block()
                found = word_at(block.text(), cursor.positionInBlock())
                if found is not None:
                    offset = block.position()
                    found = (found[0] + offset, found[1] + offset, found[2])
            if found is not None and checker.is_correct(found[2]) is False:
                start, end, word = found
                suggestion_actions(
                    menu, checker, word, lambda s: self._replace_word(widget, start, end, s), self.recheck
                )
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def _replace_word(self, widget, start: int, end: int, replacement: str) -> None:
        if isinstance(widget, QLineEdit):
            text = widget.text()
            field = next((n for n, w in self.line_edits().items() if w is widget), None)
            if field is not None:
                self.edit(field, text[:start] + replacement + text[end:])
            return
        cursor = QTextCursor(widget.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)  # the Text panel turns this into an edit of the body

    def recheck(self) -> None:
        """Underline again after the user dictionary, the ignored words or the names changed."""
        for highlighter in self.highlighters:
            highlighter.underline_again()
        for spelling in self.line_spelling.values():
            spelling.update_underline()


class WordCounts(QObject):
    """The status bar's word and character counts, of the article and of the selection."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("word-counts")
        self.label.setContentsMargins(12, 0, 0, 0)  # apart from the render status beside it
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.update_counts)
        window.document_changed.connect(self._timer.start)
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
        document = self.window.current_document()
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

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = ProofingSession(window)
        self.counts = WordCounts(window)
        self.find_bar = None  # made on first use
        self.spelling_dialog = None

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
        menu = window.edit_menu
        before = window.preflight_action if window.preflight_action in menu.actions() else None
        menu.insertActions(before, self.actions)
        menu.insertSeparator(before)
        for made in self.actions:
            made.setEnabled(False)
        window.document_changed.connect(self._enable)
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
            made.setEnabled(self.window.current_document() is not None)

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
        document = self.window.current_document()
        if document is None:
            return
        fixed = fix_article(document.article)
        if fixed == document.article:
            self.window.statusBar().showMessage(self.tr("The punctuation is already typographic."), 5000)
            return
        self.session.replace_article(fixed, self.tr("Fix punctuation"))
        self.window.statusBar().showMessage(self.tr("Punctuation fixed."), 5000)

    def show_find(self, replace: bool) -> None:
        from desktop_app.gui.find_replace import FindReplaceBar

        if self.find_bar is None:
            self.find_bar = FindReplaceBar(self.session)
        self.find_bar.open(replace)

    def check_spelling(self) -> None:
        from desktop_app.gui.check_spelling import SpellingDialog

        if self.spelling_dialog is None:
            self.spelling_dialog = SpellingDialog(self.session)
        self.spelling_dialog.start()


def install_proofing(window: MainWindow) -> ProofingActions:
    """Add proofing to ``window``: its Edit menu entries, the underline and the counts."""
    return ProofingActions(window)
