"""Ties the editing layer on the pages to the document: commits become undoable edits, and the
selection on the page and the panels follow each other."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop_app.gui.page_editor import PageEditor
from desktop_app.model import edits
from desktop_app.model.article import block_spans
from desktop_app.model.document import Document
from desktop_app.render.page_map import PageElement, PageMap

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class OnPageEditing(QObject):
    """The window's on-page editing: owns the editing layer and speaks to the window's edits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.layer = PageEditor(window.preview.view)
        self.layer.describe = self.describe
        self.layer.edit_requested.connect(self.begin_edit)
        self.layer.text_committed.connect(self.commit_text)
        self.layer.date_committed.connect(self.commit_date)
        self.layer.delete_requested.connect(self.delete)
        self.layer.move_requested.connect(self.move)
        self.layer.resize_requested.connect(window.scale_role)
        self.layer.selection_changed.connect(self._follow_in_panels)
        self._following = False  # set while the panels are moved to follow the page
        # The articles of an edition shown in the preview, while its pages are on screen.
        self._foreign: tuple[Document, ...] | None = None
        self._pending_id: str | None = None  # the element to select once the next pages arrive
        window.body.editor.cursorPositionChanged.connect(self._body_cursor_moved)
        for field_name, widget in window.metadata.field_widgets().items():
            widget.setProperty("imprint_field", field_name)
            widget.installEventFilter(self)

    # -- names -----------------------------------------------------------------------------

    def describe(self, element: PageElement) -> str:
        """What an element is, in the interface's language ("Title", "Paragraph"…)."""
        names = {
            "kicker": self.tr("Kicker"),
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "author": self.tr("Author"),
            "source": self.tr("Source"),
            "date": self.tr("Date"),
            "byline": self.tr("Meta line"),
            "dateline": self.tr("Meta line"),
            "masthead": self.tr("Masthead"),
            "paragraph": self.tr("Paragraph"),
            "heading": self.tr("Heading"),
            "list": self.tr("List"),
            "list-item": self.tr("List item"),
            "quote": self.tr("Quote"),
            "table": self.tr("Table"),
            "code": self.tr("Code"),
            "figure": self.tr("Photo"),
            "caption": self.tr("Caption"),
            "credit": self.tr("Credit"),
        }
        return names.get(element.kind, element.kind.capitalize())

    # -- pages in, selection kept -----------------------------------------------------------

    def show_page_map(self, page_map: object, keep_pending: bool = False) -> None:
        """New pages are on screen; ``keep_pending`` while they are provisional, so the element
        a commit selected is selected again on the final pages too."""
        if not isinstance(page_map, PageMap):
            return
        self._foreign = None
        self.layer.set_page_map(page_map)
        if self._pending_id is not None:
            self.layer.select_id(self._pending_id, reveal=False)
            if not keep_pending:
                self._pending_id = None

    def show_foreign_pages(self, page_map: PageMap, articles: Sequence[Document]) -> None:
        """Pages that are not the open document's (an edition): selection works on them, sizes
        and text are changed in each article itself."""
        self.layer.select(None)
        self.layer.set_page_map(page_map)
        self._foreign = tuple(articles)

    def select_after_render(self, element_id: str) -> None:
        """Select ``element_id`` (a photo just inserted) once the next pages are on screen."""
        self._pending_id = element_id

    def showing_foreign_pages(self) -> bool:
        """Whether the preview shows pages that are not the open document's (an edition)."""
        return self._foreign is not None

    def selected(self) -> PageElement | None:
        return self.layer.selected

    def selected_role(self) -> str | None:
        element = self.layer.selected
        return element.role if element is not None and self._foreign is None else None

    def select_field(self, field_name: str) -> None:
        """Select the first element showing ``field_name`` (``title``, ``body``…) on the page."""
        name = field_name.removeprefix("article.")
        match = self.layer.page_map.with_field(name)
        if match:
            self.layer.select(match[0], reveal=True)

    def select_finding(self, finding: object) -> None:
        """A preflight finding clicked: select the paragraph or field it is about on the page."""
        paragraph = getattr(finding, "paragraph", None)
        element = self.layer.page_map.for_block(paragraph) if paragraph is not None else None
        if element is not None:
            self.layer.select(element, reveal=True)
        elif getattr(finding, "field", None):
            self.select_field(str(finding.field))

    # -- edits -----------------------------------------------------------------------------

    def begin_edit(self, element: PageElement) -> None:
        if self._foreign is not None:
            self._open_article_of(element)
            return
        document = self.window.current_document()
        if document is None or not element.field:
            return
        if element.field == "date":
            self.layer.begin_date_edit(element, document.article.date)
            return
        text = edits.shown_text(document.article, element)
        self.layer.begin_edit(element, text, self.layer.take_click())

    def _open_article_of(self, element: PageElement) -> None:
        """Editing an element of an edition opens its article, with the same element selected
        on the article's own pages; the edition shows the edit when it is previewed again."""
        articles = self._foreign or ()
        index = element.article
        if index is None or not 0 <= index < len(articles) or articles[index].origin is None:
            return
        self._pending_id = element.local_id
        origin = articles[index].origin
        current = self.window.current_document()
        if (
            current is not None
            and current.origin is not None
            and current.origin.resolve() == origin.resolve()
        ):
            self.window.render_now()  # already open: its own pages come back in place of the edition's
        else:
            self.window.open_path(origin)

    def commit_text(self, element: PageElement, text: str) -> None:
        document = self.window.current_document()
        if document is None:
            return
        article = edits.with_text(document.article, element, text)
        if article == document.article:
            return
        self._pending_id = element.id
        if element.field in edits.TEXT_FIELDS:
            self.window.edit(f"article.{element.field}", getattr(article, element.field), typed=False)
        else:
            self.window.edit("article.body", article.body, typed=False)

    def commit_date(self, element: PageElement, value: object) -> None:
        self._pending_id = element.id
        self.window.edit("article.date", value, typed=False)

    def delete(self, element: PageElement) -> None:
        document = self.window.current_document()
        if document is None or self._foreign is not None:
            return
        article = edits.without(document.article, element)
        if article != document.article:
            self.layer.select(None)
            self.window.edit("article.body", article.body, typed=False)

    def move(self, element: PageElement, offset: int) -> None:
        document = self.window.current_document()
        if document is None or self._foreign is not None:
            return
        article, target = edits.moved(document.article, element, offset)
        if article != document.article and target is not None:
            self._pending_id = f"b{target}"
            self.window.edit("article.body", article.body, typed=False)

    # -- the panels follow the page, and the page the panels ---------------------------------

    def _follow_in_panels(self, element: PageElement | None) -> None:
        window = self.window
        if self._foreign is not None:
            return  # the panels hold the open document, not the edition's articles
        self._following = True
        try:
            self._highlight_block(element.block if element is not None else None)
            if element is None:
                return
            if element.block is not None:
                window.body_dock.show()
                window.body_dock.raise_()
            elif (widget := window.metadata.field_widget(element.field)) is not None:
                window.metadata_dock.show()
                window.metadata_dock.raise_()
                if hasattr(widget, "selectAll"):
                    widget.selectAll()
        finally:
            self._following = False

    def _highlight_block(self, block: int | None) -> None:
        editor = self.window.body.editor
        document = self.window.current_document()
        if block is None or document is None:
            editor.setExtraSelections([])
            return
        # The panel shows each figure as one line: its blocks are the body's, at other places.
        spans = block_spans(editor.toPlainText(), document.article.body_format == "markdown")
        if block >= len(spans):
            return
        start, end = spans[block]
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(40, 120, 220, 60))
        selection.format = highlight
        editor.setExtraSelections([selection])
        # Scroll the paragraph into view without moving the reader's own cursor: a plain text
        # editor scrolls by blocks (lines between newlines).
        first_visible = editor.firstVisibleBlock().blockNumber()
        wanted = editor.document().findBlock(start).blockNumber()
        visible_lines = max(1, editor.viewport().height() // max(1, editor.fontMetrics().lineSpacing()))
        if not first_visible <= wanted < first_visible + visible_lines - 1:
            editor.verticalScrollBar().setValue(max(0, wanted - 1))

    def _body_cursor_moved(self) -> None:
        editor = self.window.body.editor
        document = self.window.current_document()
        if self._following or document is None or not editor.hasFocus() or self._foreign is not None:
            return
        position = editor.textCursor().position()
        # The panel shows each figure as one line: its blocks are the body's, at other places.
        spans = block_spans(editor.toPlainText(), document.article.body_format == "markdown")
        block = next((i for i, (_s, end) in enumerate(spans) if position <= end), len(spans) - 1)
        element = self.layer.page_map.for_block(block)
        if element is not None:
            self.layer.select(element, reveal=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and not self._following:
            field_name = watched.property("imprint_field")
            if field_name:
                self.select_field(str(field_name))
        return False

    def focus_page(self) -> None:
        self.layer.setFocus(Qt.FocusReason.OtherFocusReason)
