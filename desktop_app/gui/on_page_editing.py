"""Ties the editing layer on the pages to the document: commits become undoable edits, and the
selection on the page and the panels follow each other."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktop_app.gui.document_session import DocumentSession
from desktop_app.gui.page_editor import PageEditor
from desktop_app.gui.page_view import PageView
from desktop_app.gui.panels import MetadataPanel
from desktop_app.model import edits
from desktop_app.model.article import block_spans
from desktop_app.model.document import Document
from desktop_app.render.page_map import PageElement, PageMap


class OnPageEditing(QObject):
    """On-page editing: owns the editing layer over ``view`` and turns what is done there into
    the session's edits; the body editor and the metadata fields follow the selection."""

    open_requested = Signal(Path)  # an edition's article to open for editing
    render_requested = Signal()  # the open document's own pages are wanted back
    panel_requested = Signal(str)  # "body" or "metadata": the panel to bring into view
    # A house style element (logo, name, contact lines) asked to be edited: its form field.
    house_field_requested = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        view: PageView,
        body_editor: QPlainTextEdit,
        metadata: MetadataPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.body_editor = body_editor
        self.metadata = metadata
        self.layer = PageEditor(view)
        self.layer.describe = self.describe
        self.layer.edit_requested.connect(self.begin_edit)
        self.layer.text_committed.connect(self.commit_text)
        self.layer.date_committed.connect(self.commit_date)
        self.layer.delete_requested.connect(self.delete)
        self.layer.move_requested.connect(self.move)
        self.layer.resize_requested.connect(self.resize)
        self.layer.selection_changed.connect(self._follow_in_panels)
        self._following = False  # set while the panels are moved to follow the page
        # The articles of an edition shown in the preview, while its pages are on screen.
        self._foreign: tuple[Document, ...] | None = None
        self._pending_id: str | None = None  # the element to select once the next pages arrive
        body_editor.cursorPositionChanged.connect(self._body_cursor_moved)
        for field_name, widget in metadata.field_widgets().items():
            widget.setProperty("imprint_field", field_name)
            widget.installEventFilter(self)

    # -- names -----------------------------------------------------------------------------

    def describe(self, element: PageElement) -> str:
        """What an element is, in the interface's language ("Title", "Paragraph"…)."""
        if element.field == "house":
            return self.tr("House style")
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

    def show_page_map(self, page_map: PageMap | None, keep_pending: bool = False) -> None:
        """New pages are on screen; ``keep_pending`` while they are provisional, so the element
        a commit selected is selected again on the final pages too."""
        if page_map is None:
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
        elif field := getattr(finding, "field", None):
            self.select_field(str(field))

    # -- edits -----------------------------------------------------------------------------

    def begin_edit(self, element: PageElement) -> None:
        if self._foreign is not None:
            self._open_article_of(element)
            return
        document = self.session.document
        if document is None or not element.field:
            return
        if element.field == "house":
            # The house style belongs to the office, not the article: it is edited in its dialog.
            self.house_field_requested.emit(element.local_id.removeprefix("house."))
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
        origin = articles[index].origin if index is not None and 0 <= index < len(articles) else None
        if origin is None:
            return
        self._pending_id = element.local_id
        current = self.session.document
        if (
            current is not None
            and current.origin is not None
            and current.origin.resolve() == origin.resolve()
        ):
            self.render_requested.emit()  # already open: its own pages come back in place of the edition's
        else:
            self.open_requested.emit(origin)

    def commit_text(self, element: PageElement, text: str) -> None:
        document = self.session.document
        if document is None:
            return
        article = edits.with_text(document.article, element, text)
        if article == document.article:
            return
        self._pending_id = element.id
        if element.field in edits.TEXT_FIELDS:
            self.session.edit(f"article.{element.field}", getattr(article, element.field), typed=False)
        else:
            self.session.edit("article.body", article.body, typed=False)

    def commit_date(self, element: PageElement, value: object) -> None:
        self._pending_id = element.id
        self.session.edit("article.date", value, typed=False)

    def delete(self, element: PageElement) -> None:
        document = self.session.document
        if document is None or self._foreign is not None:
            return
        article = edits.without(document.article, element)
        if article != document.article:
            self.layer.select(None)
            self.session.edit("article.body", article.body, typed=False)

    def move(self, element: PageElement, offset: int) -> None:
        document = self.session.document
        if document is None or self._foreign is not None:
            return
        article, target = edits.moved(document.article, element, offset)
        if article != document.article and target is not None:
            self._pending_id = f"b{target}"
            self.session.edit("article.body", article.body, typed=False)

    def resize(self, role: str, direction: int) -> None:
        """The size bar's − and +: the same step as A− and A+ with the element selected."""
        if self._foreign is None:  # an edition's sizes are its articles' own
            self.session.resize_text(direction, role)

    # -- the panels follow the page, and the page the panels ---------------------------------

    def _follow_in_panels(self, element: PageElement | None) -> None:
        if self._foreign is not None:
            return  # the panels hold the open document, not the edition's articles
        self._following = True
        try:
            self._highlight_block(element.block if element is not None else None)
            if element is None:
                return
            if element.block is not None:
                self.panel_requested.emit("body")
            elif (widget := self.metadata.field_widget(element.field)) is not None:
                self.panel_requested.emit("metadata")
                if hasattr(widget, "selectAll"):
                    widget.selectAll()
        finally:
            self._following = False

    def _highlight_block(self, block: int | None) -> None:
        editor = self.body_editor
        document = self.session.document
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
        editor = self.body_editor
        document = self.session.document
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
