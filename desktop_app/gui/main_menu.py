"""The window's actions, menus and toolbar, built from one table: a new menu item is one more
row in ``MENUS`` (and its name in ``TOOLBAR`` if it belongs there too)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStyle, QToolBar

from desktop_app.gui.preview import FIT_PAGE, FIT_WIDTH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogs (pyside6-lupdate finds it by this name) and returns it
    as it is; Qt's own is typed as returning object."""
    return text


# Called with the window when the item is chosen. The window is typed Any here because it
# builds this menu: naming its class would import it back.
Slot = Callable[[Any], object]
Shortcut = QKeySequence.StandardKey | str | tuple[str, ...] | None
_sp = QStyle.StandardPixmap
_key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Item:
    """One menu item: its action is ``menu[name]``; ``text`` and ``icon_text`` are translated
    in the ``MainMenu`` context (so marked with QT_TRANSLATE_NOOP for the catalogs)."""

    name: str
    text: str
    slot: Slot
    shortcut: Shortcut = None
    icon: tuple[str, QStyle.StandardPixmap] | None = None  # theme icon and the style's fallback
    needs_document: bool = False  # enabled only while a document is open
    icon_text: str | None = None  # the toolbar's shorter label, when it needs one


SEPARATOR = "-"
RECENT = "recent"  # File → Open Recent, filled as it opens
PANELS = "panels"  # View → Panels, one entry a dock

MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainMenu", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainMenu", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainMenu", "&View"),
    "help": QT_TRANSLATE_NOOP("MainMenu", "&Help"),
}
# fmt: off
MENUS: dict[str, tuple[Item | str, ...]] = {
    "file": (
        Item("open", QT_TRANSLATE_NOOP("MainMenu", "&Open…"), lambda w: w.open_dialog(), _key.Open,
             ("document-open", _sp.SP_DialogOpenButton), icon_text=QT_TRANSLATE_NOOP("MainMenu", "Open")),
        Item("open_folder", QT_TRANSLATE_NOOP("MainMenu", "Open &Folder…"), lambda w: w.open_folder(), None,
             ("folder-open", _sp.SP_DirOpenIcon)),
        RECENT,
        SEPARATOR,
        Item("save", QT_TRANSLATE_NOOP("MainMenu", "&Save"), lambda w: w.save(), _key.Save,
             ("document-save", _sp.SP_DialogSaveButton), True, QT_TRANSLATE_NOOP("MainMenu", "Save")),
        Item("save_as", QT_TRANSLATE_NOOP("MainMenu", "Save &As…"), lambda w: w.save_as(), "Ctrl+Shift+S",
             ("document-save-as", _sp.SP_DialogSaveButton), True),
        SEPARATOR,
        Item("export", QT_TRANSLATE_NOOP("MainMenu", "&Export PDF…"), lambda w: w.exports.open_dialog(),
             "Ctrl+E", ("document-export", _sp.SP_ArrowRight), True,
             QT_TRANSLATE_NOOP("MainMenu", "Export PDF")),
        Item("print_preview", QT_TRANSLATE_NOOP("MainMenu", "Print Pre&view…"), lambda w: w.print_preview(),
             "Ctrl+Shift+P", ("document-print-preview", _sp.SP_FileDialogContentsView), True),
        Item("print", QT_TRANSLATE_NOOP("MainMenu", "&Print…"), lambda w: w.print_document(), _key.Print,
             ("document-print", _sp.SP_FileDialogListView), True, QT_TRANSLATE_NOOP("MainMenu", "Print")),
        SEPARATOR,
        Item("quit", QT_TRANSLATE_NOOP("MainMenu", "&Quit"), lambda w: w.close(), _key.Quit,
             ("application-exit", _sp.SP_DialogCloseButton)),
    ),
    "edit": (
        # Their texts name the step they undo; enabled by the undo stack, not by the document.
        Item("undo", "", lambda w: w.undo_stack.undo(), _key.Undo, ("edit-undo", _sp.SP_ArrowBack)),
        Item("redo", "", lambda w: w.undo_stack.redo(), _key.Redo, ("edit-redo", _sp.SP_ArrowForward)),
        SEPARATOR,
        Item("preflight", QT_TRANSLATE_NOOP("MainMenu", "&Check for Print Problems"),
             lambda w: w.run_preflight(asked=True), "F7", ("tools-check-spelling", _sp.SP_DialogApplyButton),
             True),
        SEPARATOR,
        Item("settings", QT_TRANSLATE_NOOP("MainMenu", "Se&ttings…"), lambda w: w.open_settings(),
             _key.Preferences, ("preferences-system", _sp.SP_FileDialogDetailedView)),
    ),
    "view": (
        Item("bigger", QT_TRANSLATE_NOOP("MainMenu", "&Bigger Text"), lambda w: w.scale_text(1),
             ("Ctrl+=", "Ctrl++"), None, True, "A+"),
        Item("reset_size", QT_TRANSLATE_NOOP("MainMenu", "&Default Text Size"), lambda w: w.scale_text(0),
             "Ctrl+0", None, True, "A"),
        Item("smaller", QT_TRANSLATE_NOOP("MainMenu", "S&maller Text"), lambda w: w.scale_text(-1),
             "Ctrl+-", None, True, "A−"),
        SEPARATOR,
        Item("zoom_in", QT_TRANSLATE_NOOP("MainMenu", "Zoom &In"), lambda w: w.preview.zoom_in(),
             "Ctrl+Alt+=", ("zoom-in", _sp.SP_ArrowUp)),
        Item("zoom_out", QT_TRANSLATE_NOOP("MainMenu", "Zoom &Out"), lambda w: w.preview.zoom_out(),
             "Ctrl+Alt+-", ("zoom-out", _sp.SP_ArrowDown)),
        Item("fit_width", QT_TRANSLATE_NOOP("MainMenu", "Fit &Width"),
             lambda w: w.preview.set_zoom(FIT_WIDTH), "Ctrl+Alt+W",
             ("zoom-fit-width", _sp.SP_ToolBarHorizontalExtensionButton),
             icon_text=QT_TRANSLATE_NOOP("MainMenu", "Fit width")),
        Item("fit_page", QT_TRANSLATE_NOOP("MainMenu", "Fit &Page"), lambda w: w.preview.set_zoom(FIT_PAGE),
             "Ctrl+Alt+P", ("zoom-fit-best", _sp.SP_TitleBarMaxButton),
             icon_text=QT_TRANSLATE_NOOP("MainMenu", "Fit page")),
        SEPARATOR,
        Item("previous_page", QT_TRANSLATE_NOOP("MainMenu", "P&revious Page"),
             lambda w: w.preview.previous_page(), "Ctrl+PgUp"),
        Item("next_page", QT_TRANSLATE_NOOP("MainMenu", "&Next Page"), lambda w: w.preview.next_page(),
             "Ctrl+PgDown"),
        SEPARATOR,
        PANELS,
    ),
    "help": (
        Item("about", QT_TRANSLATE_NOOP("MainMenu", "&About Imprint"), lambda w: w.about(), None,
             ("help-about", _sp.SP_MessageBoxInformation)),
    ),
}
# fmt: on
TOOLBAR = (
    ("open", "save", "export", "print"),
    ("undo", "redo"),
    ("smaller", "reset_size", "bigger"),
    ("fit_width", "fit_page"),
)


class MainMenu(QObject):
    """The actions of ``MENUS`` on ``window``, its menu bar and its toolbar."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = undo_stack
        self.items = {i.name: i for rows in MENUS.values() for i in rows if isinstance(i, Item)}
        self.actions = {name: self._action(item) for name, item in self.items.items()}
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for menu_name, rows in MENUS.items():
            menu = self.menus[menu_name] = bar.addMenu("")
            for row in rows:
                if row == SEPARATOR:
                    menu.addSeparator()
                elif row == RECENT:
                    self.recent_menu = menu.addMenu("")
                    self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                elif row == PANELS:
                    self.panels_menu = menu.addMenu("")
                    for dock in docks:
                        self.panels_menu.addAction(dock.toggleViewAction())
                elif isinstance(row, Item):
                    menu.addAction(self.actions[row.name])
        self.file_menu = self.menus["file"]
        self.set_document_open(False)
        for name, can_change in (("undo", undo_stack.canUndoChanged), ("redo", undo_stack.canRedoChanged)):
            self.actions[name].setEnabled(False)
            can_change.connect(self.actions[name].setEnabled)
        undo_stack.undoTextChanged.connect(self._update_undo_texts)
        undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.toolbar: QToolBar | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def _action(self, item: Item) -> QAction:
        window = self.window
        action = QAction(window)
        action.setObjectName(f"{item.name}_action")
        if item.icon is not None:
            theme, fallback = item.icon
            action.setIcon(QIcon.fromTheme(theme, window.style().standardIcon(fallback)))
        if isinstance(item.shortcut, tuple):
            action.setShortcuts([QKeySequence(s) for s in item.shortcut])
        elif item.shortcut is not None:
            action.setShortcut(QKeySequence(item.shortcut))
        action.triggered.connect(lambda _checked=False, slot=item.slot: slot(window))
        window.addAction(action)
        return action

    def make_toolbar(self) -> QToolBar:
        """The toolbar of ``TOOLBAR``; made after the menus so that later additions to them
        (File → New Edition) are in place."""
        toolbar = self.toolbar = self.window.addToolBar("")
        toolbar.setObjectName("main-toolbar")
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for i, group in enumerate(TOOLBAR):
            if i:
                toolbar.addSeparator()
            toolbar.addActions([self.actions[name] for name in group])
        return toolbar

    def set_document_open(self, is_open: bool) -> None:
        """Enable the items that work on a document."""
        for name, item in self.items.items():
            if item.needs_document:
                self.actions[name].setEnabled(is_open)

    def retranslate(self) -> None:
        for name, title in MENU_TITLES.items():
            self.menus[name].setTitle(self.tr(title))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for name, item in self.items.items():
            if item.text:
                self.actions[name].setText(self.tr(item.text))
            if item.icon_text:
                # Short, and without the menu mnemonics some languages write as "(&O)".
                self.actions[name].setIconText(self.tr(item.icon_text))
        self._update_undo_texts()

    def _update_undo_texts(self, *_changed: object) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self["undo"].setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self["redo"].setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self["undo"].setIconText(self.tr("Undo"))
        self["redo"].setIconText(self.tr("Redo"))

    def _fill_recent_menu(self) -> None:
        window: Any = self.window
        self.recent_menu.clear()
        existing = [Path(p) for p in window.settings.recent_files if Path(p).is_file()]
        for path in existing:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
        if not existing:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
