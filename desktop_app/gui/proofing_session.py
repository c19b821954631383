"""What proofing needs of the window: the document, one undoable edit, the panels' editors and
the page. The find bar, the spelling dialog and the Edit menu's proofing entries work through it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from desktop_app.gui.spelling_highlighter import (
    BackgroundSpelling,
    LineEditSpelling,
    SpellingHighlighter,
    suggestion_actions,
    word_at,
)
from desktop_app.gui.window_parts import WindowParts
from desktop_app.model.article import Article, block_spans
from desktop_app.model.document import Document
from desktop_app.proofing.dictionaries import dictionary_names
from desktop_app.proofing.findings import metadata_names
from desktop_app.proofing.spelling import SpellChecker

LINE_FIELDS = ("title", "subtitle", "author", "source")


class ProofingSession(QObject):
    """What proofing needs of the window: the document, one undoable edit, the panels' editors
    and the page. The find bar and the spelling dialog work through it."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.background = BackgroundSpelling(self)
        self._checked_for: tuple[str, frozenset[str]] | None = None
        self.highlighters = [
            SpellingHighlighter(window.body.editor.document(), self.background),
            SpellingHighlighter(window.on_page.layer.editor.document(), self.background),
        ]
        self.line_spelling = {
            name: LineEditSpelling(line_edit, self.background)
            for name, line_edit in self.line_edits().items()
        }
        for widget in (window.body.editor, window.on_page.layer.editor, *self.line_edits().values()):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w, pos))
        window.session.changed.connect(self._document_changed)
        self.background.checked.connect(self._say_if_off)
        self._said_off = False

    # -- the document ------------------------------------------------------------------------

    def document(self) -> Document | None:
        return self.window.session.document

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
        # Several fields at once (Replace All, Fix Punctuation): one undoable step.
        self.window.session.edit_document(after, text)

    def edit(self, field: str, value: str) -> None:
        self.window.session.edit(f"article.{field}", value, typed=False)

    # -- the panels and the page -------------------------------------------------------------

    def line_edits(self) -> dict[str, QLineEdit]:
        fields = {name: self.window.metadata.field_widget(name) for name in LINE_FIELDS}
        return {name: widget for name, widget in fields.items() if isinstance(widget, QLineEdit)}

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
