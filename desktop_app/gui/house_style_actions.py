"""The window's house style and layout actions: Edit → House Styles…, the Style menu's layouts
with Duplicate Layout…, and a watch on the user's layouts folder so an edit made in another
editor shows on the page at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from desktop_app.gui.choices import layout_choices
from desktop_app.gui.house_styles_dialog import HouseStylesDialog
from desktop_app.gui.window_parts import WindowParts
from desktop_app.render.layouts import LayoutError, duplicate_layout, layout_problems, user_layouts_dir


class HouseStyleActions(QObject):
    """Owns the actions, the Style menu and the layouts folder's watch of one window."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self._parent = window
        self.dialog: HouseStylesDialog | None = None
        self.house_styles_action = QAction(window)
        self.house_styles_action.triggered.connect(lambda: self.open_house_styles())
        self.duplicate_action = QAction(window)
        self.duplicate_action.triggered.connect(self.duplicate_current_layout)
        self.folder_action = QAction(window)
        self.folder_action.triggered.connect(self.open_layouts_folder)
        window.menu.menus["edit"].insertAction(window.menu["settings"], self.house_styles_action)
        self.style_menu = QMenu(window)
        window.menuBar().insertMenu(window.menu.menus["view"].menuAction(), self.style_menu)
        self.layout_menu = self.style_menu.addMenu("")
        self.layout_menu.aboutToShow.connect(self._fill_layout_menu)
        self._layout_group = QActionGroup(self)
        window.on_page.house_field_requested.connect(self.open_house_styles)
        # Changes on disk come in bursts (an editor writes a temporary file, then renames): one
        # refresh after they settle.
        self._settle = QTimer(self, singleShot=True, interval=300)
        self._settle.timeout.connect(self.layouts_changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self.watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._watch()
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.house_styles_action.setText(self.tr("&House Styles…"))
        self.duplicate_action.setText(self.tr("&Duplicate Layout…"))
        self.folder_action.setText(self.tr("Open Layouts &Folder"))
        self.style_menu.setTitle(self.tr("St&yle"))
        self.layout_menu.setTitle(self.tr("&Layout"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # House styles ------------------------------------------------------------------------------

    def open_house_styles(self, field: str = "") -> HouseStylesDialog:
        """Show the House Styles dialog, on the document's own style and ``field`` where given."""
        if self.dialog is None:
            folder = self.window.settings.last_open_dir
            self.dialog = HouseStylesDialog(self._parent, Path(folder) if folder else None)
            self.dialog.changed.connect(self.house_styles_changed)
        document = self.window.session.document
        if document is not None and document.options.house_style:
            self.dialog.reload(select=document.options.house_style)
        self.dialog.show()
        self.dialog.raise_()
        if field:
            self.dialog.focus_field(field)
        return self.dialog

    def house_styles_changed(self) -> None:
        """The library changed: the panel's list follows, and the page shows the saved style."""
        self.window.style_panel.refresh_house_styles()
        document = self.window.session.document
        if document is not None:
            self.window.style_panel.show_document(document)
            self.window.render_now()

    # Layouts ------------------------------------------------------------------------------------

    def _fill_layout_menu(self) -> None:
        self.layout_menu.clear()
        document = self.window.session.document
        current = document.options.layout if document else ""
        for choice in layout_choices(self.window.locale().name()):
            action = self.layout_menu.addAction(choice.label)
            action.setCheckable(True)
            action.setChecked(choice.value == current)
            action.setActionGroup(self._layout_group)
            action.triggered.connect(
                lambda _on=False, name=choice.value: self.window.session.edit("options.layout", name)
            )
        self.layout_menu.addSeparator()
        self.layout_menu.addAction(self.duplicate_action)
        self.layout_menu.addAction(self.folder_action)

    def _use_layout(self, name: str) -> None:
        self.window.session.edit("options.layout", name)

    def duplicate_current_layout(self) -> Path | None:
        """Copy the document's layout into the user's layouts under a name asked for, and use it."""
        document = self.window.session.document
        source = document.options.layout if document else "classic"
        name, ok = QInputDialog.getText(
            self._parent,
            self.tr("Duplicate Layout"),
            self.tr("Name of the new layout (lower-case letters, digits and hyphens):"),
            text=f"my-{source}",
        )
        if not ok or not name.strip():
            return None
        try:
            folder = duplicate_layout(source, name.strip())
        except LayoutError as exc:
            QMessageBox.warning(self._parent, self.tr("Duplicate Layout"), str(exc))
            return None
        self.layouts_changed()
        self.window.session.edit("options.layout", folder.name)
        self.window.statusBar().showMessage(
            self.tr("Layout copied to %1: edit its article.html and article.css there.").replace(
                "%1", str(folder)
            )
        )
        return folder

    def open_layouts_folder(self) -> None:
        folder = user_layouts_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def layouts_changed(self) -> None:
        """A user layout changed on disk: list the layouts again, say which are broken, render."""
        self._watch()
        self.window.style_panel.refresh_layouts()
        problems = layout_problems()
        if problems:
            folder, reason = problems[0]
            self.window.statusBar().showMessage(
                self.tr("Layout %1 cannot be used: %2").replace("%1", folder.name).replace("%2", reason)
            )
        if self.window.session.document is not None:
            self.window.render_now()

    def _watch(self) -> None:
        """Watch the layouts folder, each layout's folder and its files (Qt watches no deeper)."""
        root = user_layouts_dir()
        paths = [root, *root.iterdir()] if root.is_dir() else [root.parent] if root.parent.is_dir() else []
        files = [f for p in paths[1:] if p.is_dir() for f in p.iterdir() if f.is_file()]
        wanted = {str(p) for p in [*paths, *files]}
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))
