"""Photos on the page: Replace Photo… and Insert Photo…, a photo's width from the menu and the
context menu, image files dropped on a page, and preflight's "Choose the file…" for a photo the
page did not save. Every change is one undo step, made by ``model/edits.py``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop_app.app.settings import save_settings
from desktop_app.model import edits
from desktop_app.model.pictures import FIGURE_SIZES, Picture
from desktop_app.readers.pictures import PictureError, picture_from_file
from desktop_app.render.page_map import PageElement, Rect

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".tif", ".tiff", ".bmp")


class FigureActions(QObject):
    """The window's photo actions and gestures; the page's selection says which photo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.on_page = window.on_page
        layer = self.on_page.layer
        layer.takes_drop = self.takes_drop
        layer.drop_mark_at = self.drop_mark_at
        layer.images_dropped.connect(self.insert_dropped)
        layer.context_menu_requested.connect(self.show_context_menu)
        layer.selection_changed.connect(self._update_enabled)
        window.document_changed.connect(self._update_enabled)

        # Ctrl+D is Place in page layout programs: with a photo selected it replaces its picture.
        self.replace_action = self._action(self.replace_selected, "Ctrl+D")
        self.insert_action = self._action(self.insert_chosen, "Ctrl+Shift+D")
        self.size_group = QActionGroup(self)
        self.size_actions: dict[str, QAction] = {}
        for number, size in enumerate(FIGURE_SIZES, start=1):
            # Ctrl+Alt+1/2/3: column, half, page width, beside the zoom keys on Ctrl+Alt.
            action = self._action(
                lambda _checked=False, chosen=size: self.size_selected(chosen), f"Ctrl+Alt+{number}"
            )
            action.setCheckable(True)
            self.size_group.addAction(action)
            self.size_actions[size] = action
        self.menu = QMenu(window)
        self.menu.addActions([self.insert_action, self.replace_action])
        self.menu.addSeparator()
        self.menu.addActions(list(self.size_actions.values()))
        edit_menu = getattr(window, "edit_menu", None)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addMenu(self.menu)
        window.installEventFilter(self)
        self.retranslate()
        self._update_enabled()

    def _action(self, slot, shortcut: str) -> QAction:
        action = QAction(self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("P&hoto"))
        self.replace_action.setText(self.tr("&Replace Photo…"))
        self.insert_action.setText(self.tr("&Insert Photo…"))
        names = {
            "column": self.tr("&Column Width"),
            "half": self.tr("&Half Width"),
            "wide": self.tr("&Page Width"),
        }
        for size, action in self.size_actions.items():
            action.setText(names[size])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- what is selected ----------------------------------------------------------------------

    def selected_figure_block(self) -> int | None:
        """The body block of the selected photo (its caption or credit selected counts), if any."""
        element = self.on_page.selected()
        document = self.window.current_document()
        if element is None or document is None or self.on_page.showing_foreign_pages():
            return None
        return element.block if edits.figure_of(document.article, element) is not None else None

    def _update_enabled(self, *_args: object) -> None:
        document = self.window.current_document()
        block = self.selected_figure_block()
        self.replace_action.setEnabled(block is not None)
        self.insert_action.setEnabled(document is not None and not self.on_page.showing_foreign_pages())
        figure = (
            edits.figure_at(document.article, block) if document is not None and block is not None else None
        )
        for size, action in self.size_actions.items():
            action.setEnabled(figure is not None)
            action.setChecked(figure is not None and figure.size == size)

    # -- choosing a file -----------------------------------------------------------------------

    def choose_picture(self, title: str) -> Picture | None:
        """A picture from a file the user chooses, in the folder photos last came from; None when
        cancelled or when the file cannot be used (the user is told why)."""
        settings = self.window.settings
        folder = settings.last_photo_dir or settings.last_open_dir or str(Path.home())
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            title,
            folder,
            self.tr("Images (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"),
        )
        if not name:
            return None
        settings.last_photo_dir = str(Path(name).resolve().parent)
        save_settings(settings)
        return self.read_picture(Path(name))

    def read_picture(self, path: Path) -> Picture | None:
        """The picture in ``path``, or None after a dialog that says why it cannot be used."""
        try:
            return picture_from_file(path)
        except PictureError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot use %1").replace("%1", path.name), str(exc))
            return None

    def takes_drop(self, paths: Sequence[Path]) -> bool:
        """Whether files dropped on the page are photos for the open document."""
        return (
            self.window.current_document() is not None
            and not self.on_page.showing_foreign_pages()
            and all(p.suffix.lower() in IMAGE_SUFFIXES and not p.is_dir() for p in paths)
        )

    def drop_mark_at(self, spot: tuple[int, float, float]) -> Rect | None:
        """The line where pictures dropped at ``spot`` would go, while they are dragged."""
        page_map = self.on_page.layer.page_map
        index = edits.insertion_index(page_map, *spot)
        return edits.insertion_mark(page_map, index) if index is not None else None

    # -- the edits -----------------------------------------------------------------------------

    def replace_selected(self) -> None:
        block = self.selected_figure_block()
        if block is not None:
            self.replace_picture(block)

    def replace_picture(self, block: int) -> None:
        """Replace Photo…: the figure of body block ``block`` shows a picture the user chooses."""
        picture = self.choose_picture(self.tr("Replace Photo"))
        document = self.window.current_document()
        if picture is None or document is None:
            return
        article = edits.with_picture_replaced(document.article, block, picture)
        self.on_page.select_after_render(f"b{block}")
        self.window.edit_article(article, self.tr("Replace photo"))

    def insert_chosen(self, _checked: bool = False, index: int | None = None) -> None:
        """Insert Photo…: a new figure after the selected block, else at the end of the body."""
        document = self.window.current_document()
        if document is None or self.on_page.showing_foreign_pages():
            return
        if index is None:
            selected = self.on_page.selected()
            index = selected.block + 1 if selected is not None and selected.block is not None else None
        picture = self.choose_picture(self.tr("Insert Photo"))
        if picture is not None:
            self.insert([picture], len(document.article.blocks) if index is None else index)

    def insert_dropped(self, paths: list[Path], spot: tuple[int, float, float]) -> None:
        """Image files dropped at ``spot`` (page, x, y): figures between the blocks there."""
        document = self.window.current_document()
        if document is None:
            return
        index = edits.insertion_index(self.on_page.layer.page_map, *spot)
        pictures = [p for p in (self.read_picture(path) for path in paths) if p is not None]
        if pictures:
            self.insert(pictures, len(document.article.blocks) if index is None else index)

    def insert(self, pictures: Sequence[Picture], index: int) -> None:
        """``pictures`` as figures from body block ``index`` on, in one undo step."""
        document = self.window.current_document()
        if document is None or not pictures:
            return
        article, first = document.article, None
        for offset, picture in enumerate(pictures):
            article, placed = edits.with_figure_inserted(article, index + offset, picture)
            first = placed if first is None else first
        self.on_page.select_after_render(f"b{first}")
        self.window.edit_article(article, self.tr("Insert photo"))

    def size_selected(self, size: str) -> None:
        element = self.on_page.selected()
        if element is not None and self.selected_figure_block() is not None:
            self.on_page.size_figure(element, size)

    def choose_for_finding(self, finding: object) -> None:
        """Preflight's "Choose the file…": the chosen picture goes into the figure the finding is
        about (by its block, else by the photo's name or address)."""
        document = self.window.current_document()
        if document is None:
            return
        article = document.article
        block = getattr(finding, "block", None)
        if block is None or edits.figure_at(article, block) is None:
            image = getattr(finding, "image", None)
            figures = ((i, edits.figure_at(article, i)) for i in range(len(article.blocks)))
            block = next((i for i, f in figures if f is not None and f.image == image), None)
        if block is not None:
            self.replace_picture(block)

    # -- the context menu ----------------------------------------------------------------------

    def context_menu(self, element: PageElement | None) -> QMenu | None:
        """What a right click on ``element`` offers: a photo's actions, or a photo to insert."""
        document = self.window.current_document()
        if document is None or self.on_page.showing_foreign_pages():
            return None
        menu = QMenu(self.window)
        if element is not None and self.selected_figure_block() is not None:
            menu.addAction(self.replace_action)
            menu.addSeparator()
            menu.addActions(list(self.size_actions.values()))
            menu.addSeparator()
            for part, text in (("caption", self.tr("Edit &Caption")), ("credit", self.tr("Edit C&redit"))):
                shown = self.on_page.layer.page_map.get(f"b{element.block}.{part}")
                if shown is not None:
                    action = menu.addAction(text)
                    action.triggered.connect(lambda _checked=False, e=shown: self._edit(e))
            delete = menu.addAction(self.tr("&Delete Photo"))
            figure = self.on_page.layer.page_map.get(f"b{element.block}")
            delete.triggered.connect(lambda _checked=False, e=figure or element: self.on_page.delete(e))
        else:
            after = element.block + 1 if element is not None and element.block is not None else None
            insert = menu.addAction(
                self.tr("&Insert Photo Here…") if after is not None else self.tr("&Insert Photo…")
            )
            insert.triggered.connect(lambda _checked=False, index=after: self.insert_chosen(index=index))
        return menu

    def _edit(self, element: PageElement) -> None:
        self.on_page.layer.select(element)
        self.on_page.begin_edit(element)

    def show_context_menu(self, element: PageElement | None, position: QPoint) -> None:
        menu = self.context_menu(element)
        if menu is not None:
            menu.exec(position)
            menu.deleteLater()
