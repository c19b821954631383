"""The main window: library, editing panels and the live page preview around one document."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QWidget,
)

from desktop_app.app.opening import open_document, start_candidates
from desktop_app.app.recovery import (
    discard_recovery,
    pending_recoveries,
    recovery_to_offer,
    same_document,
    write_recovery,
)
from desktop_app.app.settings import Settings, load_settings, save_settings
from desktop_app.errors import ImprintError
from desktop_app.gui.commands import EditCommand, with_field
from desktop_app.gui.dialogs import SettingsDialog
from desktop_app.gui.export_flow import ExportFlow
from desktop_app.gui.findings import FindingLike, FindingsPanel
from desktop_app.gui.i18n import install_language
from desktop_app.gui.library import LibraryPanel
from desktop_app.gui.on_page_editing import OnPageEditing
from desktop_app.gui.panels import BodyPanel, MetadataPanel, StylePanel
from desktop_app.gui.preview import FIT_PAGE, FIT_WIDTH, PreviewPane
from desktop_app.gui.render_worker import RenderService
from desktop_app.language.locales import follow_locale_paper
from desktop_app.model.document import Document
from desktop_app.output.export import safe_file_name
from desktop_app.readers.imprint_file import SUFFIX as IMPRINT_SUFFIX
from desktop_app.readers.imprint_file import save_document
from desktop_app.render.page_cache import cached_render, keep_pages
from desktop_app.render.page_map import PageMap
from desktop_app.render.provisional import provisional_slice
from desktop_app.resources import seed_articles

DEBOUNCE_MS = 250
PREFLIGHT_DELAY_MS = 1500
# Fields typed into key by key: their edits wait for a pause in typing before rendering.
TYPED_KEYS = frozenset(
    f"article.{name}" for name in ("title", "subtitle", "author", "source", "keywords", "body")
)
OPEN_FILTER_SUFFIXES = "*.imprint *.txt *.text *.md *.markdown"


def _icon(widget: QWidget, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme, widget.style().standardIcon(fallback))


class MainWindow(QMainWindow):
    """One open document at a time; every edit goes through the undo stack and re-renders."""

    document_changed = Signal()
    export_finished = Signal(str, str)  # target, error ("" when it worked)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else load_settings()
        self._document: Document | None = None
        self._save_path: Path | None = None
        self._recovered_dirty = False
        self._changed_since_autosave = False
        self._last_render_seconds = 0.0
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)

        self.renderer = RenderService(self)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.render_failed.connect(self._render_failed)
        self.renderer.checked.connect(self._checked)
        self.renderer.provisional_rendered.connect(self._provisional)
        # Preflight renders the page once more, so it waits until the edits pause.
        self._preflight_timer = QTimer(self, singleShot=True, interval=PREFLIGHT_DELAY_MS)
        self._preflight_timer.timeout.connect(lambda: self.run_preflight(asked=False))
        self._preflight_asked = False

        self.preview = PreviewPane(self)
        self.setCentralWidget(self.preview)
        self.library = LibraryPanel()
        self.library.open_requested.connect(self.open_path)
        self.library.open_folder_requested.connect(self.open_folder)
        self.metadata = MetadataPanel()
        self.style_panel = StylePanel()
        self.body = BodyPanel()
        for panel in (self.metadata, self.style_panel, self.body):
            panel.edited.connect(self.edit)
            panel.setEnabled(False)
        self.style_panel.scale_requested.connect(self.scale_text)
        self.on_page = OnPageEditing(self)

        self.library_dock = self._dock("library", self.library, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.metadata_dock = self._dock("article", self.metadata, Qt.DockWidgetArea.RightDockWidgetArea)
        self.style_dock = self._dock("style", self.style_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.body_dock = self._dock("text", self.body, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.metadata_dock, self.style_dock)
        self.metadata_dock.raise_()
        self.splitDockWidget(self.library_dock, self.body_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.library_dock, self.metadata_dock], [260, 320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.library_dock, self.body_dock], [220, 420], Qt.Orientation.Vertical)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._request_render)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start(max(5, self.settings.autosave_seconds) * 1000)

        self.findings: FindingsPanel | None = None
        self.print_job: QObject | None = None  # the newest Print or Print Preview, while it runs
        self._requested: tuple[int, Document | None] = (0, None)  # generation and document asked for
        # The document the preview shows and its PDF, kept in the page cache when it is left.
        self._shown: tuple[Document, bytes, PageMap] | None = None
        self.findings_dock: QDockWidget | None = None

        self.render_status = QLabel()
        self.statusBar().addPermanentWidget(self.render_status)
        self.exports = ExportFlow(self)

        self._make_actions()
        self._make_menus()
        # File → New Edition…: the dialog and its renders live in gui/edition_dialog.py.
        from desktop_app.gui.edition_dialog import install_edition_action

        self.new_edition_action = install_edition_action(self, self.export_action, self.show_pdf)
        # Edit → Find, Replace, Check Spelling, Fix Punctuation, the underline and the word counts.
        from desktop_app.gui.proofing_actions import install_proofing

        self.proofing = install_proofing(self)
        self._make_toolbar()
        self.retranslate()
        self.resize(1400, 900)

    # -- construction ----------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(self, slot, shortcut=None, icon: QIcon | None = None) -> QAction:
        action = QAction(self)
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.open_action = self._action(
            self.open_dialog, key.Open, _icon(self, "document-open", sp.SP_DialogOpenButton)
        )
        self.open_folder_action = self._action(
            self.open_folder, None, _icon(self, "folder-open", sp.SP_DirOpenIcon)
        )
        self.save_action = self._action(
            self.save, key.Save, _icon(self, "document-save", sp.SP_DialogSaveButton)
        )
        self.save_as_action = self._action(
            self.save_as,
            QKeySequence("Ctrl+Shift+S"),
            _icon(self, "document-save-as", sp.SP_DialogSaveButton),
        )
        self.export_action = self._action(
            self.export_dialog, QKeySequence("Ctrl+E"), _icon(self, "document-export", sp.SP_ArrowRight)
        )
        self.print_action = self._action(
            self.print_document, key.Print, _icon(self, "document-print", sp.SP_FileDialogListView)
        )
        self.print_preview_action = self._action(
            self.print_preview,
            QKeySequence("Ctrl+Shift+P"),
            _icon(self, "document-print-preview", sp.SP_FileDialogContentsView),
        )
        self.preflight_action = self._action(
            lambda: self.run_preflight(asked=True),
            QKeySequence("F7"),
            _icon(self, "tools-check-spelling", sp.SP_DialogApplyButton),
        )
        self.quit_action = self._action(
            self.close, key.Quit, _icon(self, "application-exit", sp.SP_DialogCloseButton)
        )
        self.undo_action = self._action(
            self.undo_stack.undo, key.Undo, _icon(self, "edit-undo", sp.SP_ArrowBack)
        )
        self.redo_action = self._action(
            self.undo_stack.redo, key.Redo, _icon(self, "edit-redo", sp.SP_ArrowForward)
        )
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.settings_action = self._action(
            self.open_settings,
            key.Preferences,
            _icon(self, "preferences-system", sp.SP_FileDialogDetailedView),
        )
        self.bigger_action = self._action(
            lambda: self.scale_text(1), [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")]
        )
        self.reset_size_action = self._action(lambda: self.scale_text(0), QKeySequence("Ctrl+0"))
        self.smaller_action = self._action(lambda: self.scale_text(-1), QKeySequence("Ctrl+-"))
        self.zoom_in_action = self._action(
            self.preview.zoom_in, QKeySequence("Ctrl+Alt+="), _icon(self, "zoom-in", sp.SP_ArrowUp)
        )
        self.zoom_out_action = self._action(
            self.preview.zoom_out, QKeySequence("Ctrl+Alt+-"), _icon(self, "zoom-out", sp.SP_ArrowDown)
        )
        self.fit_width_action = self._action(
            lambda: self.preview.set_zoom(FIT_WIDTH),
            QKeySequence("Ctrl+Alt+W"),
            _icon(self, "zoom-fit-width", sp.SP_ToolBarHorizontalExtensionButton),
        )
        self.fit_page_action = self._action(
            lambda: self.preview.set_zoom(FIT_PAGE),
            QKeySequence("Ctrl+Alt+P"),
            _icon(self, "zoom-fit-best", sp.SP_TitleBarMaxButton),
        )
        self.next_page_action = self._action(self.preview.next_page, QKeySequence("Ctrl+PgDown"))
        self.previous_page_action = self._action(self.preview.previous_page, QKeySequence("Ctrl+PgUp"))
        self.about_action = self._action(
            self.about, None, _icon(self, "help-about", sp.SP_MessageBoxInformation)
        )
        for action in (
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.print_action,
            self.print_preview_action,
            self.preflight_action,
            self.bigger_action,
            self.reset_size_action,
            self.smaller_action,
        ):
            action.setEnabled(False)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.open_action, self.open_folder_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addActions([self.print_preview_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preflight_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.bigger_action, self.reset_size_action, self.smaller_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.fit_width_action, self.fit_page_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.previous_page_action, self.next_page_action])
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu("")
        for dock in (self.library_dock, self.body_dock, self.metadata_dock, self.style_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.open_action, self.save_action, self.export_action, self.print_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.smaller_action, self.reset_size_action, self.bigger_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.fit_width_action, self.fit_page_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.metadata_dock.setWindowTitle(self.tr("Article"))
        self.style_dock.setWindowTitle(self.tr("Style"))
        self.body_dock.setWindowTitle(self.tr("Text"))
        if self.findings_dock is not None:
            self.findings_dock.setWindowTitle(self.tr("Preflight"))
        texts = {
            self.open_action: self.tr("&Open…"),
            self.open_folder_action: self.tr("Open &Folder…"),
            self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &As…"),
            self.export_action: self.tr("&Export PDF…"),
            self.print_action: self.tr("&Print…"),
            self.print_preview_action: self.tr("Print Pre&view…"),
            self.preflight_action: self.tr("&Check for Print Problems"),
            self.quit_action: self.tr("&Quit"),
            self.settings_action: self.tr("Se&ttings…"),
            self.bigger_action: self.tr("&Bigger Text"),
            self.reset_size_action: self.tr("&Default Text Size"),
            self.smaller_action: self.tr("S&maller Text"),
            self.zoom_in_action: self.tr("Zoom &In"),
            self.zoom_out_action: self.tr("Zoom &Out"),
            self.fit_width_action: self.tr("Fit &Width"),
            self.fit_page_action: self.tr("Fit &Page"),
            self.next_page_action: self.tr("&Next Page"),
            self.previous_page_action: self.tr("P&revious Page"),
            self.about_action: self.tr("&About Imprint"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._update_undo_texts()
        # Toolbar labels: short, and without the menu mnemonics some languages write as "(&O)".
        self.open_action.setIconText(self.tr("Open"))
        self.save_action.setIconText(self.tr("Save"))
        self.export_action.setIconText(self.tr("Export PDF"))
        self.print_action.setIconText(self.tr("Print"))
        self.fit_width_action.setIconText(self.tr("Fit width"))
        self.fit_page_action.setIconText(self.tr("Fit page"))
        self.bigger_action.setIconText("A+")
        self.reset_size_action.setIconText("A")
        self.smaller_action.setIconText("A−")
        self._update_title()

    def _update_undo_texts(self, *_changed: object) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the document ----------------------------------------------------------------------

    def current_document(self) -> Document | None:
        return self._document

    def is_modified(self) -> bool:
        return self._document is not None and (not self.undo_stack.isClean() or self._recovered_dirty)

    def _update_title(self, *_changed: object) -> None:
        title = self._document.article.title if self._document else self.tr("No document")
        self.setWindowTitle(self.tr("%1[*] — Imprint").replace("%1", title.replace("[*]", "[**]")))
        self.setWindowModified(self.is_modified())
        self.save_action.setEnabled(self._document is not None)

    def show_document(self, document: Document, save_path: Path | None, dirty: bool = False) -> None:
        """Make ``document`` the one being edited, with a fresh undo history."""
        self._keep_shown_pages()
        self._document = document
        self._save_path = save_path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._recovered_dirty = dirty
        self._changed_since_autosave = dirty
        for panel in (self.metadata, self.style_panel, self.body):
            panel.setEnabled(True)
            panel.show_document(document)
        for action in (
            self.save_as_action,
            self.export_action,
            self.print_action,
            self.print_preview_action,
            self.preflight_action,
            self.bigger_action,
            self.reset_size_action,
            self.smaller_action,
        ):
            action.setEnabled(True)
        self.library.mark_current(document.origin if save_path is None else save_path)
        self._update_title()
        self.document_changed.emit()
        self.show_cached_pages()
        self._request_render()

    def show_cached_pages(self) -> None:
        """Show the pages this very document had when last rendered, until a fresh render is on
        screen; that render takes their place only if it differs."""
        if self._document is None or self._shown is not None:
            return
        cached = cached_render(self._document)
        if cached is not None and cached[0] != self.preview.last_pdf:
            self.preview.set_pdf(cached[0])
            # Kept with the pages, so a reopened document is clickable before its render lands.
            self.on_page.show_page_map(cached[1])

    def _apply(self, document: Document, key: str, typed: bool = False) -> None:
        """Undo commands land here: show ``document`` and render it, after a pause while typing."""
        self._document = document
        self._changed_since_autosave = True
        for panel in (self.metadata, self.style_panel, self.body):
            panel.show_document(document)
        self._update_title()
        self.document_changed.emit()
        if typed:
            self.debounce.start()
        else:
            self._request_render()

    def edit(self, key: str, value: object, typed: bool | None = None) -> None:
        """A user edit of one field, as an undoable command. Keystrokes in a text field are
        ``typed``: they merge into one step and render once typing pauses."""
        if self._document is None:
            return
        try:
            after = with_field(self._document, key, value)
            if key == "options.locale":
                after = follow_locale_paper(after, self._document.options.locale)
        except ValueError as exc:
            self.preview.show_problem(str(exc))
            return
        if after == self._document:
            return
        typed = key in TYPED_KEYS if typed is None else typed
        self.undo_stack.push(
            EditCommand(self._apply, self._document, after, key, self._edit_text(key), typed=typed)
        )

    def _edit_text(self, key: str) -> str:
        names = {
            "article.title": self.tr("title"),
            "article.subtitle": self.tr("subtitle"),
            "article.author": self.tr("author"),
            "article.source": self.tr("source"),
            "article.date": self.tr("date"),
            "article.language": self.tr("language"),
            "article.keywords": self.tr("keywords"),
            "article.body": self.tr("text"),
        }
        return self.tr("Edit %1").replace("%1", names.get(key, self.tr("page style")))

    def scale_text(self, direction: int) -> None:
        """A+ (1), A (0) and A− (−1): the selected element's type size, else all of them."""
        if self._document is None or self.on_page.showing_foreign_pages():
            return  # an edition's sizes are its articles' own, set where each is open
        role = self.on_page.selected_role()
        style = self._document.style.resized(direction, role)
        if style != self._document.style:
            key = f"style.{role}_size" if role else "style"
            after = self._document.with_changes(style=style)
            self.undo_stack.push(
                EditCommand(self._apply, self._document, after, key, self.tr("Change text size"))
            )

    def scale_role(self, role: str, direction: int) -> None:
        """A+ / A / A− for one role's size (``title``, ``body``…), from the size bar on the page."""
        if self._document is not None:
            self.edit(
                f"style.{role}_size", getattr(self._document.style.resized(direction, role), f"{role}_size")
            )

    # -- rendering -------------------------------------------------------------------------

    def render_now(self) -> None:
        """Render the open document now and show its pages (after an edition took the preview)."""
        self._request_render()

    def _request_render(self) -> None:
        self.debounce.stop()
        if self._document is not None:
            self.render_status.setText(self.tr("Rendering…"))
            # A long document shows the reader's pages first, laid out on their own.
            part = None
            if isinstance(self.renderer.page_map, PageMap):
                part = provisional_slice(self._document, self.renderer.page_map, self.preview.current_page())
            generation = self.renderer.request(self._document, first=part)
            self._requested = (generation, self._document)

    def _provisional(
        self, _generation: int, pdf: bytes, page_map: object, first_page: int, total: int
    ) -> None:
        self.preview.set_provisional(pdf, first_page, total)
        self.on_page.show_page_map(page_map, keep_pending=True)
        self.render_status.setText(self.tr("Rendering… ~%n page(s)", "", total))

    def _rendered(self, generation: int, pdf: bytes, pages: int, seconds: float) -> None:
        self._last_render_seconds = seconds
        page_map = self.renderer.page_map
        if pdf != self.preview.last_pdf:
            self.preview.set_pdf(pdf)
        self.on_page.show_page_map(page_map)
        requested_generation, document = self._requested
        if requested_generation == generation and document is not None:
            self._shown = (document, pdf, page_map)
        self._preflight_timer.start()
        self.render_status.setText(self.tr("%n page(s)", "", pages) + f" · {seconds * 1000:.0f} ms")

    def show_pdf(
        self, pdf: bytes, page_map: PageMap | None = None, articles: Sequence[Document] = ()
    ) -> None:
        """Show a PDF made apart from the open document (an edition) in the preview. Its elements
        can be hovered and selected; editing one opens its article (``articles``, in order)."""
        self.preview.set_pdf(pdf)
        self.on_page.show_foreign_pages(page_map or PageMap(), articles)

    def preview_is_current(self) -> bool:
        """Whether the preview shows the render of the document as it is now, no edit pending."""
        return self._shown is not None and self._shown[0] == self._document and not self.debounce.isActive()

    def _render_failed(self, _generation: int, reason: str) -> None:
        self.render_status.setText(self.tr("Render failed"))
        self.preview.show_problem(self.tr("The page could not be drawn: %1").replace("%1", reason))

    # -- files -----------------------------------------------------------------------------

    def open_initial(self, paths: list[Path]) -> None:
        """What the window opens on start: the given files, else the last session, else the seeds."""
        candidates = start_candidates(paths, self.settings)
        for folder in self.settings.last_folders[:3]:
            if Path(folder).is_dir():
                self.library.add_folder(Path(folder))
        for seed in seed_articles():
            self.library.add(seed)
        first_ok = False
        for path in candidates:
            if path.is_file() and not first_ok:
                first_ok = self.open_path(path)
            elif path.is_file():
                self.library.add(path)
            elif paths:
                self._error(
                    self.tr("Cannot open %1").replace("%1", str(path)), self.tr("The file does not exist.")
                )

    def open_path(self, path: Path) -> bool:
        """Open an article or .imprint document in place of the current one; False when it was not opened."""
        path = Path(path)
        if self._document is not None and path.resolve() == (self._save_path or self._document.origin):
            return True
        from desktop_app.gui.edition_dialog import open_edition, opens_as_edition

        if opens_as_edition(path):  # an edition opens in its own dialog, beside the open article
            self.edition_dialog = open_edition(self, path, self.show_pdf)
            return self.edition_dialog is not None
        if not self.maybe_save():
            return False
        try:
            document = open_document(path)
        except ImprintError as exc:
            self._error(self.tr("Cannot open %1").replace("%1", path.name), str(exc))
            return False
        except OSError as exc:
            self._error(self.tr("Cannot open %1").replace("%1", path.name), exc.strerror or str(exc))
            return False
        is_imprint = path.suffix.lower() == IMPRINT_SUFFIX
        discard_recovery()
        self.library.add(path, document.article.title)
        self.settings.add_recent(path)
        self.settings.last_open_dir = str(path.resolve().parent)
        save_settings(self.settings)
        self.show_document(document, path.resolve() if is_imprint else None)
        return True

    def open_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open Articles"),
            self.settings.last_open_dir or str(Path.home()),
            self.tr("Articles (%1)").replace("%1", OPEN_FILTER_SUFFIXES) + ";;" + self.tr("All files (*)"),
        )
        for i, name in enumerate(names):
            if i == 0:
                self.open_path(Path(name))
            else:
                self.library.add(Path(name))

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open Folder"), self.settings.last_open_dir or str(Path.home())
        )
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        count = self.library.add_folder(folder)
        self.settings.add_folder(folder)
        self.settings.last_open_dir = str(folder)
        save_settings(self.settings)
        self.statusBar().showMessage(self.tr("%n article(s) found", "", count), 5000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        existing = [Path(p) for p in self.settings.recent_files if Path(p).is_file()]
        for path in existing:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not existing:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def save(self) -> bool:
        if self._document is None:
            return False
        if self._save_path is None:
            return self.save_as()
        return self._save_to(self._save_path)

    def save_as(self) -> bool:
        if self._document is None:
            return False
        suggestion = self._save_path or self._default_save_path()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Document"), str(suggestion), self.tr("Imprint documents (*.imprint)")
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != IMPRINT_SUFFIX:
            # Saving always writes an Imprint document, so the original article is never replaced.
            path = path.with_name(path.name + IMPRINT_SUFFIX)
        return self._save_to(path)

    def _default_save_path(self) -> Path:
        document = self._document
        assert document is not None
        folder = (
            document.origin.parent if document.origin else Path(self.settings.last_open_dir or Path.home())
        )
        stem = document.origin.stem if document.origin else safe_file_name(document.article.title, "article")
        return folder / f"{stem}{IMPRINT_SUFFIX}"

    def _save_to(self, path: Path) -> bool:
        assert self._document is not None
        try:
            save_document(self._document, path)
        except OSError as exc:
            self._error(self.tr("Cannot save %1").replace("%1", path.name), exc.strerror or str(exc))
            return False
        self._save_path = path.resolve()
        self._recovered_dirty = False
        self.undo_stack.setClean()
        discard_recovery()
        self._changed_since_autosave = False
        self.settings.add_recent(path)
        save_settings(self.settings)
        self.library.add(path, self._document.article.title)
        self.library.mark_current(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancelled."""
        if not self.is_modified():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved Changes"),
            self.tr("“%1” has changes that are not saved. Save them?").replace(
                "%1", self._document.article.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            discard_recovery()
            return True
        return False

    # -- export ----------------------------------------------------------------------------

    def export_dialog(self) -> None:
        self.exports.open_dialog()

    def export_to(self, target: Path, document: Document | None = None) -> None:
        """Write the PDF in the render process; ``export_finished`` tells how it went."""
        self.exports.export_to(target, document)

    # -- recovery --------------------------------------------------------------------------

    def autosave(self) -> None:
        """Keep a recovery copy of unsaved changes; nothing is written while the document is clean."""
        if self._document is None or not self.is_modified() or not self._changed_since_autosave:
            return
        try:
            write_recovery(self._document)
        except OSError:
            return
        self._changed_since_autosave = False

    def offer_recovery(self) -> bool:
        """After a crash, offer an autosaved document back, above all one of the document just
        opened; True when it was restored. The autosave stays until the user has answered."""
        offered = recovery_to_offer(pending_recoveries(), self._document)
        if offered is None:
            return False
        title = offered.document.article.title
        reopened = same_document(offered.document, self._document)
        if reopened:
            text = self.tr("“%1” has unsaved changes from when Imprint did not close properly. Restore them?")
        else:
            text = self.tr("Imprint did not close properly last time. Restore the unsaved changes to “%1”?")
        answer = QMessageBox.question(
            self,
            self.tr("Restore Unsaved Changes"),
            text.replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            offered.path.unlink(missing_ok=True)
            return False
        # Restored over the file just opened, it saves where that file would have.
        self.show_document(offered.document, self._save_path if reopened else None, dirty=True)
        write_recovery(offered.document)
        offered.path.unlink(missing_ok=True)
        return True

    # -- preflight -------------------------------------------------------------------------

    def run_preflight(self, asked: bool = True) -> None:
        """Check the current document for print problems; the findings panel shows the result.

        A check the user asked for always shows the panel; one run after edits shows it only
        when there is something to report or the panel is already there.
        """
        if self._document is not None:
            self._preflight_asked = self._preflight_asked or asked
            self.renderer.check(self._document)

    def _checked(self, _generation: int, findings: Sequence[FindingLike]) -> None:
        # Notices (spelling, punctuation) wait in the panel; only problems bring it up uninvited.
        problems = [f for f in findings if f.severity != "notice"]
        if problems or self._preflight_asked or self.findings is not None:
            self.show_findings(findings)
            if self._preflight_asked and self.findings_dock is not None:
                self.findings_dock.show()
                self.findings_dock.raise_()
        self._preflight_asked = False

    def print_document(self) -> None:
        """File → Print: the job renders, asks the print dialog and reports in message boxes."""
        if self._document is not None:
            # Qt's print support loads on first use, not while the window starts.
            from desktop_app.gui.printing import print_document

            self.print_job = print_document(self, self._document)

    def print_preview(self) -> None:
        if self._document is not None:
            from desktop_app.gui.printing import preview_document

            self.print_job = preview_document(self, self._document)

    def show_findings(self, findings: Sequence[FindingLike]) -> None:
        """List preflight findings in their panel, which appears the first time there are any to show."""
        if self.findings is None:
            self.findings = FindingsPanel()
            self.findings.field_requested.connect(self.focus_field)
            self.findings.finding_requested.connect(self.on_page.select_finding)
            self.findings.font_taken_in.connect(lambda _font: self._request_render())
            # Below the pages, where a list of problems has room for whole sentences.
            self.findings_dock = self._dock(
                "preflight", self.findings, Qt.DockWidgetArea.BottomDockWidgetArea
            )
            self.panels_menu.addAction(self.findings_dock.toggleViewAction())
            self.findings_dock.setWindowTitle(self.tr("Preflight"))
            # A dock added to a shown window would only appear on a later turn of the event
            # loop; the panel is there as soon as its findings are.
            self.findings_dock.show()
        self.findings.show_findings(findings)

    def focus_field(self, field: str) -> bool:
        """Bring the widget editing ``field`` ("title", "body", "style.paper"…) into view and focus it."""
        panels = (
            (self.metadata, self.metadata_dock),
            (self.style_panel, self.style_dock),
            (self.body, self.body_dock),
        )
        for panel, dock in panels:
            widget = panel.field_widget(field)
            if widget is not None:
                dock.show()
                dock.raise_()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # -- misc ------------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self, self.settings.ui_language, self.settings.autosave_seconds)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.set_ui_language(dialog.chosen_language())
        self.settings.autosave_seconds = dialog.autosave.value()
        self.autosave_timer.start(self.settings.autosave_seconds * 1000)
        save_settings(self.settings)

    def set_ui_language(self, language: str) -> None:
        self.settings.ui_language = language
        install_language(language)
        save_settings(self.settings)

    def about(self) -> None:
        from desktop_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Imprint"),
            self.tr(
                "<b>Imprint %1</b><p>Open news articles, fix their metadata and type sizes while looking "
                "at the real page, and export print-ready PDFs.</p>"
            ).replace("%1", __version__),
        )

    def _error(self, title: str, reason: str) -> None:
        QMessageBox.critical(self, title, reason)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        for i, path in enumerate(paths):
            if path.is_dir():
                self.add_folder(path)
            elif i == 0:
                self.open_path(path)
            else:
                self.library.add(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.session_articles = self._session_paths()
        save_settings(self.settings)
        discard_recovery()
        self.autosave_timer.stop()
        self.debounce.stop()
        # The stack is torn down with the window; its last signals must not reach half-deleted widgets.
        self.undo_stack.blockSignals(True)
        self.renderer.shutdown()
        self._keep_shown_pages()
        event.accept()

    def _keep_shown_pages(self) -> None:
        # Written when a document is left rather than after every render: no disk work on the
        # preview's path while someone types.
        if self._shown is not None:
            keep_pages(*self._shown)
            self._shown = None

    def _session_paths(self) -> list[str]:
        current = self._save_path or (self._document.origin if self._document else None)
        seeds = {p.resolve() for p in seed_articles()}
        others = [p for p in self.library.paths() if p not in seeds and p != current]
        return [str(p) for p in ([current] if current else []) + others]
