"""Photos on the page: the photo's label and size bar, Delete, Replace Photo… and Insert Photo…,
its width from the bar, the menu and the context menu, image files dropped on a page, and
preflight's "Choose the file…" for a photo the page did not save. Every change is one undo
step, made by ``model/edits.py``; the window hands in only the document, one way to change it,
and the settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app.app.settings import Settings, save_settings
from desktop_app.gui.on_page_editing import OnPageEditing
from desktop_app.model import edits
from desktop_app.model.article import Article
from desktop_app.model.document import Document
from desktop_app.model.pictures import FIGURE_SIZES, Picture
from desktop_app.readers.pictures import PictureError, picture_from_file
from desktop_app.render.figures import placed_picture
from desktop_app.render.page_map import PageElement, Rect

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".tif", ".tiff", ".bmp")


class FigureActions(QObject):
    """The photo actions and gestures; the page's selection says which photo.

    ``document`` gives the open document (None when there is none); ``edit_document`` makes a
    changed document one undo step with the given name; dialogs open over ``parent``.
    """

    def __init__(
        self,
        on_page: OnPageEditing,
        document: Callable[[], Document | None],
        edit_document: Callable[[Document, str], None],
        settings: Settings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.on_page = on_page
        self.document = document
        self.edit_document = edit_document
        self.settings = settings
        layer = on_page.layer
        layer.label_of = self.label_of
        layer.figure_size_of = self.figure_size_of
        layer.takes_drop = self.takes_drop
        layer.drop_mark_at = self.drop_mark_at
        layer.figure_size_requested.connect(self.size_figure)
        layer.figure_delete_requested.connect(self.delete_figure)
        layer.images_dropped.connect(self.insert_dropped)
        layer.context_menu_requested.connect(self.show_context_menu)
        layer.selection_changed.connect(self.update_enabled)

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
        self.menu = QMenu(parent)  # the window puts it in its Edit menu
        self.menu.addActions([self.insert_action, self.replace_action])
        self.menu.addSeparator()
        self.menu.addActions(list(self.size_actions.values()))
        parent.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    def _action(self, slot, shortcut: str) -> QAction:
        action = QAction(self.parent_widget)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.parent_widget.addAction(action)
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
        if watched is self.parent_widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- what the page shows -------------------------------------------------------------------

    def _open(self) -> Document | None:
        """The open document, when the pages on screen are its own (not an edition's)."""
        return None if self.on_page.showing_foreign_pages() else self.document()

    def label_of(self, element: PageElement) -> str:
        """The hover label and the size bar's words: a photo by its pixels, text by its size."""
        if element.kind != "figure":
            return f"{self.on_page.describe(element)} · {element.font_size:g} pt"
        document = self._open()
        figure = edits.figure_of(document.article, element) if document is not None else None
        # The picture the page shows: the article's own, or a file beside the article.
        picture = placed_picture(document, figure).picture if document and figure else None
        if picture is None or picture.pixels == (0, 0):
            return self.on_page.describe(element)
        width, height = picture.pixels
        return self.tr("Photo · %1 × %2 px").replace("%1", str(width)).replace("%2", str(height))

    def figure_size_of(self, element: PageElement | None) -> str | None:
        """The placed width of the photo ``element`` is; None for anything else (its caption too)."""
        document = self._open()
        if element is None or document is None or element.kind != "figure":
            return None
        figure = edits.figure_of(document.article, element)
        return figure.size if figure is not None else None

    def selected_figure_block(self) -> int | None:
        """The body block of the selected photo (its caption or credit selected counts), if any."""
        element = self.on_page.selected()
        document = self._open()
        if element is None or document is None:
            return None
        return element.block if edits.figure_of(document.article, element) is not None else None

    def update_enabled(self, *_args: object) -> None:
        """Actions follow the selection and the document (the window calls this on each change)."""
        document = self._open()
        block = self.selected_figure_block()
        self.replace_action.setEnabled(block is not None)
        self.insert_action.setEnabled(document is not None)
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
        settings = self.settings
        folder = settings.last_photo_dir or settings.last_open_dir or str(Path.home())
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
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
            QMessageBox.critical(
                self.parent_widget, self.tr("Cannot use %1").replace("%1", path.name), str(exc)
            )
            return None

    def takes_drop(self, paths: Sequence[Path]) -> bool:
        """Whether files dropped on the page are photos for the open document."""
        return self._open() is not None and all(
            p.suffix.lower() in IMAGE_SUFFIXES and not p.is_dir() for p in paths
        )

    def drop_mark_at(self, spot: tuple[int, float, float]) -> Rect | None:
        """The line where pictures dropped at ``spot`` would go, while they are dragged."""
        page_map = self.on_page.layer.page_map
        index = edits.insertion_index(page_map, *spot)
        return edits.insertion_mark(page_map, index) if index is not None else None

    # -- the edits -----------------------------------------------------------------------------

    def _change(self, article: Article, text: str, select: str | None) -> None:
        document = self._open()
        if document is None or article == document.article:
            return
        if select is None:
            self.on_page.layer.select(None)
        else:
            self.on_page.select_after_render(select)
        self.edit_document(document.with_changes(article=article), text)
        self.update_enabled()

    def size_figure(self, element: PageElement, size: str) -> None:
        """The size bar's or the menu's width for a photo: one undo step."""
        document = self._open()
        if document is not None and element.block is not None:
            article = edits.with_figure_size(document.article, element.block, size)
            self._change(article, self.tr("Resize photo"), f"b{element.block}")

    def size_selected(self, size: str) -> None:
        element = self.on_page.selected()
        block = self.selected_figure_block()
        if element is not None and block is not None:
            self.size_figure(self.on_page.layer.page_map.get(f"b{block}") or element, size)

    def delete_figure(self, element: PageElement) -> None:
        """Delete on a photo: its block goes, and its picture with it."""
        document = self._open()
        if document is not None:
            self._change(edits.without(document.article, element), self.tr("Delete photo"), None)

    def replace_selected(self) -> None:
        block = self.selected_figure_block()
        if block is not None:
            self.replace_picture(block)

    def replace_picture(self, block: int) -> None:
        """Replace Photo…: the figure of body block ``block`` shows a picture the user chooses."""
        picture = self.choose_picture(self.tr("Replace Photo"))
        document = self._open()
        if picture is not None and document is not None:
            article = edits.with_picture_replaced(document.article, block, picture)
            self._change(article, self.tr("Replace photo"), f"b{block}")

    def insert_chosen(self, _checked: bool = False, index: int | None = None) -> None:
        """Insert Photo…: a new figure after the selected block, else at the end of the body."""
        document = self._open()
        if document is None:
            return
        if index is None:
            selected = self.on_page.selected()
            index = selected.block + 1 if selected is not None and selected.block is not None else None
        picture = self.choose_picture(self.tr("Insert Photo"))
        if picture is not None:
            self.insert([picture], len(document.article.blocks) if index is None else index)

    def insert_dropped(self, paths: list[Path], spot: tuple[int, float, float]) -> None:
        """Image files dropped at ``spot`` (page, x, y): figures between the blocks there."""
        document = self._open()
        if document is None:
            return
        index = edits.insertion_index(self.on_page.layer.page_map, *spot)
        pictures = [p for p in (self.read_picture(path) for path in paths) if p is not None]
        if pictures:
            self.insert(pictures, len(document.article.blocks) if index is None else index)

    def insert(self, pictures: Sequence[Picture], index: int) -> None:
        """``pictures`` as figures from body block ``index`` on, in one undo step."""
        document = self._open()
        if document is None or not pictures:
            return
        article, first = document.article, index
        for offset, picture in enumerate(pictures):
            article, placed = edits.with_figure_inserted(article, index + offset, picture)
            first = placed if offset == 0 else first
        self._change(article, self.tr("Insert photo"), f"b{first}")

    def choose_for_finding(self, finding: object) -> None:
        """Preflight's "Choose the file…": the chosen picture goes into the figure the finding is
        about (by its block, else by the photo's name or address)."""
        document = self._open()
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
        if self._open() is None:
            return None
        menu = QMenu(self.parent_widget)
        block = self.selected_figure_block() if element is not None else None
        if block is not None:
            page_map = self.on_page.layer.page_map
            menu.addAction(self.replace_action)
            menu.addSeparator()
            menu.addActions(list(self.size_actions.values()))
            menu.addSeparator()
            for part, text in (("caption", self.tr("Edit &Caption")), ("credit", self.tr("Edit C&redit"))):
                shown = page_map.get(f"b{block}.{part}")
                if shown is not None:
                    action = menu.addAction(text)
                    action.triggered.connect(lambda _checked=False, e=shown: self._edit(e))
            delete = menu.addAction(self.tr("&Delete Photo"))
            photo = page_map.get(f"b{block}") or element
            delete.triggered.connect(lambda _checked=False, e=photo: self.delete_figure(e))
        else:
            after = element.block + 1 if element is not None and element.block is not None else None
            text = self.tr("&Insert Photo Here…") if after is not None else self.tr("&Insert Photo…")
            insert = menu.addAction(text)
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
