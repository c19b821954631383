"""The main window: library, editing panels and the live page preview around one document."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
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
from desktop_app.gui.dialogs import SettingsDialog
from desktop_app.gui.document_session import DocumentSession
from desktop_app.gui.export_flow import ExportFlow
from desktop_app.gui.findings import FindingLike, FindingsPanel
from desktop_app.gui.house_style_actions import HouseStyleActions
from desktop_app.gui.i18n import install_language
from desktop_app.gui.library import LibraryPanel
from desktop_app.gui.main_menu import MainMenu
from desktop_app.gui.on_page_editing import OnPageEditing
from desktop_app.gui.panels import BodyPanel, MetadataPanel, StylePanel
from desktop_app.gui.preview import PreviewPane
from desktop_app.gui.render_worker import RenderedPages, RenderService
from desktop_app.gui.window_parts import WindowParts
from desktop_app.model.document import Document
from desktop_app.readers.formats import open_patterns
from desktop_app.readers.imprint_file import SUFFIX as IMPRINT_SUFFIX
from desktop_app.render.page_cache import cached_render, keep_pages
from desktop_app.render.page_map import PageMap
from desktop_app.resources import seed_articles

DEBOUNCE_MS = 250
PREFLIGHT_DELAY_MS = 1500
# Every format the readers open (readers/formats.py), so the dialog never hides one.
OPEN_FILTER_SUFFIXES = open_patterns()


class MainWindow(WindowParts):
    """One open document at a time; every edit goes through the undo stack and re-renders."""

    export_finished = Signal(str, str)  # target, error ("" when it worked)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else load_settings()
        self._last_render_seconds = 0.0
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.renderer = RenderService(self)
        # The open document, its undo stack and its edits: what the helpers below are given.
        self.session = DocumentSession(self.renderer, self)
        self.session.applied.connect(self._apply)
        self.undo_stack = self.session.undo_stack
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.render_failed.connect(self._render_failed)
        self.renderer.checked.connect(self._checked)
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
            panel.edited.connect(self.session.edit)
            panel.setEnabled(False)
        self.style_panel.scale_requested.connect(self.scale_text)
        self.on_page = OnPageEditing(self.session, self.preview.view, self.body.editor, self.metadata, self)
        self.on_page.open_requested.connect(self.open_path)
        self.on_page.render_requested.connect(self.render_now)
        self.on_page.panel_requested.connect(self._raise_panel)
        self.session.refused.connect(self.preview.show_problem)

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
        # The document the preview shows and its PDF, kept in the page cache when it is left.
        self._shown: tuple[Document, bytes, PageMap] | None = None
        self.findings_dock: QDockWidget | None = None

        self.render_status = QLabel()
        self.statusBar().addPermanentWidget(self.render_status)

        docks = [self.library_dock, self.body_dock, self.metadata_dock, self.style_dock]
        self.menu = MainMenu(self, self.undo_stack, docks)
        self.file_menu = self.menu.file_menu  # File → New Edition… is added to it from outside
        # File → New Edition…: the dialog and its renders live in gui/edition_dialog.py.
        from desktop_app.gui.edition_dialog import Editions

        self.editions = Editions(self, self.library, self.show_pdf)
        self.new_edition_action = self.editions.action
        self.file_menu.insertAction(self.menu["export"], self.new_edition_action)
        from desktop_app.gui.figure_actions import FigureActions  # photos on the page

        self.figure_actions = FigureActions(
            self.on_page, lambda: self.session.document, self.session.edit_document, self.settings, self
        )
        self.session.changed.connect(self.figure_actions.update_enabled)
        self.menu.menus["edit"].addSeparator()
        self.menu.menus["edit"].addMenu(self.figure_actions.menu)
        self.toolbar = self.menu.make_toolbar()
        self.exports = ExportFlow(self.session, self.settings, self)
        self.exports.finished.connect(self.export_finished)
        self.exports.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.exports.running.connect(
            lambda running: self.menu["export"].setEnabled(not running and self.session.document is not None)
        )
        # Edit → House Styles… and the Style menu's layouts: gui/house_style_actions.py.
        self.house_styles = HouseStyleActions(self)
        # Edit → Find, Replace, Check Spelling, Fix Punctuation, the underline and the word counts.
        from desktop_app.gui.proofing_actions import install_proofing

        self.proofing = install_proofing(self)
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

    def retranslate(self) -> None:
        self.menu.retranslate()
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.metadata_dock.setWindowTitle(self.tr("Article"))
        self.style_dock.setWindowTitle(self.tr("Style"))
        self.body_dock.setWindowTitle(self.tr("Text"))
        if self.findings_dock is not None:
            self.findings_dock.setWindowTitle(self.tr("Preflight"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the document ----------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.session.is_modified()

    def _update_title(self, *_changed: object) -> None:
        document = self.session.document
        title = document.article.title if document else self.tr("No document")
        self.setWindowTitle(self.tr("%1[*] — Imprint").replace("%1", title.replace("[*]", "[**]")))
        self.setWindowModified(self.is_modified())
        self.menu["save"].setEnabled(document is not None)

    def show_document(self, document: Document, save_path: Path | None, dirty: bool = False) -> None:
        """Make ``document`` the one being edited, with a fresh undo history."""
        self._keep_shown_pages()
        self.session.open(document, save_path, dirty)
        for panel in (self.metadata, self.style_panel, self.body):
            panel.setEnabled(True)
            panel.show_document(document)
        self.menu.set_document_open(True)
        self.library.mark_current(document.origin if save_path is None else save_path)
        self._update_title()
        self.show_cached_pages()
        self._request_render()

    def show_cached_pages(self) -> None:
        """Show the pages this very document had when last rendered, until a fresh render is on
        screen; that render takes their place only if it differs."""
        document = self.session.document
        if document is None or self._shown is not None:
            return
        cached = cached_render(document)
        if cached is not None and cached[0] != self.preview.last_pdf:
            self.preview.set_pdf(cached[0], cached[1])
            # Kept with the pages, so a reopened document is clickable before its render lands.
            self.on_page.show_page_map(cached[1])

    def _apply(self, document: Document, key: str, typed: bool = False) -> None:
        """Every edit and undo lands here: show ``document`` and render it, after a pause while typing."""
        for panel in (self.metadata, self.style_panel, self.body):
            panel.show_document(document)
        self._update_title()
        if typed:
            self.debounce.start()
        else:
            self._request_render()

    def scale_text(self, direction: int) -> None:
        """A+ (1), A (0) and A− (−1): the selected element's type size, else all of them."""
        if self.on_page.showing_foreign_pages():
            return  # an edition's sizes are its articles' own, set where each is open
        self.session.resize_text(direction, self.on_page.selected_role())

    def _raise_panel(self, name: str) -> None:
        dock = {"body": self.body_dock, "metadata": self.metadata_dock}[name]
        dock.show()
        dock.raise_()

    # -- rendering -------------------------------------------------------------------------

    def render_now(self) -> None:
        """Render the open document now and show its pages (after an edition took the preview)."""
        self._request_render()

    def _request_render(self) -> None:
        self.debounce.stop()
        document = self.session.document
        if document is not None:
            self.render_status.setText(self.tr("Rendering…"))
            # A long document shows the reader's pages first; the renderer lays them out on their own.
            self.renderer.request(document, reading=self.preview.current_page())

    def _rendered(self, pages: RenderedPages) -> None:
        if pages.provisional:
            self.preview.set_provisional(pages.pdf, pages.first_page, pages.page_count, pages.page_map)
            self.on_page.show_page_map(pages.page_map, keep_pending=True)
            self.render_status.setText(self.tr("Rendering… ~%n page(s)", "", pages.page_count))
            return
        self._last_render_seconds = pages.seconds
        if pages.pdf != self.preview.last_pdf:
            self.preview.set_pdf(pages.pdf, pages.page_map)
        self.on_page.show_page_map(pages.page_map)
        self._shown = (pages.document, pages.pdf, pages.page_map)
        self._preflight_timer.start()
        self.render_status.setText(
            self.tr("%n page(s)", "", pages.page_count) + f" · {pages.seconds * 1000:.0f} ms"
        )

    def show_pdf(
        self, pdf: bytes, page_map: PageMap | None = None, articles: Sequence[Document] = ()
    ) -> None:
        """Show a PDF made apart from the open document (an edition) in the preview. Its elements
        can be hovered and selected; editing one opens its article (``articles``, in order)."""
        self.preview.set_pdf(pdf)
        self.on_page.show_foreign_pages(page_map or PageMap(), articles)

    def preview_is_current(self) -> bool:
        """Whether the preview shows the render of the document as it is now, no edit pending."""
        shown = self._shown
        return shown is not None and shown[0] == self.session.document and not self.debounce.isActive()

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
        if self.session.document is not None and path.resolve() == self.session.state.location():
            return True
        from desktop_app.gui.edition_dialog import opens_as_edition

        if opens_as_edition(path):  # an edition opens in its own dialog, beside the open article
            return self.editions.open(path) is not None
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

    def save(self) -> bool:
        if self.session.document is None:
            return False
        if self.session.state.save_path is None:
            return self.save_as()
        return self._save_to(self.session.state.save_path)

    def save_as(self) -> bool:
        state = self.session.state
        if state.document is None:
            return False
        suggestion = state.save_path or state.default_save_path(
            Path(self.settings.last_open_dir or Path.home())
        )
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

    def _save_to(self, path: Path) -> bool:
        document = self.session.document
        assert document is not None
        try:
            self.session.state.save(path)
        except OSError as exc:
            self._error(self.tr("Cannot save %1").replace("%1", path.name), exc.strerror or str(exc))
            return False
        self.undo_stack.setClean()
        self.settings.add_recent(path)
        save_settings(self.settings)
        self.library.add(path, document.article.title)
        self.library.mark_current(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancelled."""
        document = self.session.document
        if document is None or not self.is_modified():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved Changes"),
            self.tr("“%1” has changes that are not saved. Save them?").replace("%1", document.article.title),
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

    # -- recovery --------------------------------------------------------------------------

    def autosave(self) -> None:
        """Keep a recovery copy of unsaved changes; nothing is written while the document is clean."""
        # A recovery copy that cannot be written is tried again after the next change.
        with contextlib.suppress(OSError):
            self.session.state.autosave(self.undo_stack.isClean())

    def offer_recovery(self) -> bool:
        """After a crash, offer an autosaved document back, above all one of the document just
        opened; True when it was restored. The autosave stays until the user has answered."""
        offered = recovery_to_offer(pending_recoveries(), self.session.document)
        if offered is None:
            return False
        title = offered.document.article.title
        reopened = same_document(offered.document, self.session.document)
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
        self.show_document(offered.document, self.session.state.save_path if reopened else None, dirty=True)
        write_recovery(offered.document)
        offered.path.unlink(missing_ok=True)
        return True

    # -- preflight -------------------------------------------------------------------------

    def run_preflight(self, asked: bool = True) -> None:
        """Check the current document for print problems; the findings panel shows the result.

        A check the user asked for always shows the panel; one run after edits shows it only
        when there is something to report or the panel is already there.
        """
        document = self.session.document
        if document is not None:
            self._preflight_asked = self._preflight_asked or asked
            self.renderer.check(document)

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
        document = self.session.document
        if document is not None:
            # Qt's print support loads on first use, not while the window starts.
            from desktop_app.gui.printing import print_document

            self.print_job = print_document(self, document)

    def print_preview(self) -> None:
        document = self.session.document
        if document is not None:
            from desktop_app.gui.printing import preview_document

            self.print_job = preview_document(self, document)

    def show_findings(self, findings: Sequence[FindingLike]) -> None:
        """List preflight findings in their panel, which appears the first time there are any to show."""
        if self.findings is None:
            self.findings = FindingsPanel()
            self.findings.field_requested.connect(self.focus_field)
            self.findings.finding_requested.connect(self.on_page.select_finding)
            self.findings.font_taken_in.connect(lambda _font: self._request_render())
            self.findings.picture_requested.connect(self.figure_actions.choose_for_finding)
            # Below the pages, where a list of problems has room for whole sentences.
            self.findings_dock = self._dock(
                "preflight", self.findings, Qt.DockWidgetArea.BottomDockWidgetArea
            )
            self.menu.panels_menu.addAction(self.findings_dock.toggleViewAction())
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
        current = self.session.state.location()
        seeds = {p.resolve() for p in seed_articles()}
        others = [p for p in self.library.paths() if p not in seeds and p != current]
        return [str(p) for p in ([current] if current else []) + others]
