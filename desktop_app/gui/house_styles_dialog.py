"""Edit → House Styles…: the user's house styles, each a form of name, logo, colour, lines and
faces; one is the default for new documents; shared with others as one file.

The dialog edits ``model.house_style.HouseStyle`` values and hands them to
``app.house_styles`` to save; it knows nothing of how the layouts use them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.app.house_styles import (
    FONT_SUFFIXES,
    LOGO_SUFFIXES,
    SHARE_SUFFIX,
    HouseStyleError,
    default_name,
    export_house_style,
    house_style_from_dict,
    import_house_style,
    library_styles,
    remove_from_library,
    save_to_library,
    set_default_name,
)
from desktop_app.model.house_style import HouseStyle

# Fields of the form, by the names the page map's house elements point to ("house.logo"…).
FORM_FIELDS = ("name", "logo", "accent", "address", "contact", "website", "footer", "fonts")


class HouseStylesDialog(QDialog):
    """The library of house styles and a form for the one selected. ``changed`` is emitted after
    every save, removal or import, so the window can refresh its choices and re-render."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, folder_hint: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("House Styles"))
        self._folder_hint = folder_hint or Path.home()
        self._editing: HouseStyle | None = None
        # Files chosen in the form but not yet saved: the form names them by absolute path.
        self._chosen: dict[str, Path] = {}
        self.styles = QListWidget()
        self.styles.setAccessibleName(self.tr("House styles"))
        self.styles.currentItemChanged.connect(lambda item, _old: self._show(item))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.default_button = QPushButton(self.tr("Use for &New Documents"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        for button in (self.new_button, self.delete_button, self.default_button):
            buttons.addWidget(button)
        share = QHBoxLayout()
        share.addWidget(self.import_button)
        share.addWidget(self.export_button)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        self.default_button.clicked.connect(self._make_default)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        left = QVBoxLayout()
        left.addWidget(self.styles, 1)
        left.addLayout(buttons)
        left.addLayout(share)

        self.name = QLineEdit()
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(48)
        self.logo_button = QPushButton(self.tr("Choose &Logo…"))
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(lambda: self._set_file("logo", None))
        self.accent = QLineEdit()
        self.accent.setPlaceholderText("#7a1f1f")
        self.accent_button = QPushButton(self.tr("&Colour…"))
        self.accent_button.clicked.connect(self._choose_colour)
        self.address = QPlainTextEdit()
        self.contact = QPlainTextEdit()
        for lines in (self.address, self.contact):
            lines.setTabChangesFocus(True)
            lines.setFixedHeight(72)
        self.website = QLineEdit()
        self.footer = QLineEdit()
        self.text_font = QLabel()
        self.heading_font = QLabel()
        self.text_font_button = QPushButton(self.tr("Choose…"))
        self.heading_font_button = QPushButton(self.tr("Choose…"))
        self.text_font_button.clicked.connect(lambda: self._choose_font("text_font"))
        self.heading_font_button.clicked.connect(lambda: self._choose_font("heading_font"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a33;")

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        form.addRow(self.tr("Logo"), logo_row)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent, 1)
        accent_row.addWidget(self.accent_button)
        accent_label = QLabel(self.tr("&Accent colour"))
        accent_label.setBuddy(self.accent)  # a row holding a layout gets no buddy of its own
        form.addRow(accent_label, accent_row)
        form.addRow(self.tr("A&ddress lines"), self.address)
        form.addRow(self.tr("Press &contact lines"), self.contact)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Footer line"), self.footer)
        for label, shown, button in (
            (self.tr("Text typeface"), self.text_font, self.text_font_button),
            (self.tr("Headings typeface"), self.heading_font, self.heading_font_button),
        ):
            row = QHBoxLayout()
            row.addWidget(shown, 1)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow(self.problems)
        self._fields: dict[str, QWidget] = {
            "name": self.name,
            "logo": self.logo_button,
            "accent": self.accent,
            "address": self.address,
            "contact": self.contact,
            "website": self.website,
            "footer": self.footer,
            "fonts": self.text_font_button,
        }
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.resize(820, 520)
        self.reload()

    # The library --------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        default = default_name()
        self.styles.clear()
        for style in library_styles():
            label = style.name + (self.tr(" (default)") if style.name == default else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, style)
            self.styles.addItem(item)
            if style.name == select:
                self.styles.setCurrentItem(item)
        if self.styles.currentItem() is None and self.styles.count():
            self.styles.setCurrentRow(0)
        if not self.styles.count():
            self._new()

    def focus_field(self, field: str) -> None:
        """Put the caret in the form's ``field`` ("logo", "address"…), as the page asked."""
        widget = self._fields.get(field) or self.name
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, item: QListWidgetItem | None) -> None:
        style = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._fill(style or HouseStyle(name=""))

    def _fill(self, style: HouseStyle) -> None:
        self._editing = style if style.folder else None
        self._chosen = {}
        self.name.setText(style.name)
        self.accent.setText(style.accent)
        self.address.setPlainText("\n".join(style.address))
        self.contact.setPlainText("\n".join(style.contact))
        self.website.setText(style.website)
        self.footer.setText(style.footer)
        self._show_logo(style.logo_path)
        self._show_font(self.text_font, style.file(style.text_font))
        self._show_font(self.heading_font, style.file(style.heading_font))
        self.problems.setText("\n".join(style.problems))
        self.delete_button.setEnabled(self._editing is not None)
        self.default_button.setEnabled(self._editing is not None)
        self.export_button.setEnabled(self._editing is not None)

    def _new(self) -> None:
        self.styles.clearSelection()
        self._fill(HouseStyle(name=self.tr("New house style")))
        self.name.setFocus()
        self.name.selectAll()

    def form_style(self) -> HouseStyle:
        """The style the form holds now, its files named by absolute path where newly chosen."""
        base = self._editing
        files = {}
        for attribute in ("logo", "text_font", "heading_font"):
            if attribute in self._chosen:
                chosen = self._chosen[attribute]
                files[attribute] = str(chosen) if chosen else ""
            elif base is not None:
                existing = base.file(getattr(base, attribute))
                files[attribute] = str(existing) if existing else ""
        payload = {
            "name": self.name.text(),
            "logo": files.get("logo", ""),
            "accent": self.accent.text().strip(),
            "address": self.address.toPlainText().splitlines(),
            "contact": self.contact.toPlainText().splitlines(),
            "website": self.website.text(),
            "footer": self.footer.text(),
            "fonts": {"text": files.get("text_font", ""), "headings": files.get("heading_font", "")},
        }
        # Absolute paths are checked from the root: the form may name files anywhere the person chose.
        return house_style_from_dict(payload, Path("/"))

    def save(self) -> bool:
        """Save the form into the library; a name clash or an unusable field gets a message."""
        style = self.form_style()
        if not style.name.strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("A house style needs a name."))
            return False
        previous = self._editing.name if self._editing else ""
        if style.name != previous and any(s.name == style.name for s in library_styles()):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("There is already a house style called “%1”.").replace("%1", style.name),
            )
            return False
        # A renamed default stays the default under its new name.
        was_default = bool(previous) and default_name() == previous
        try:
            saved = save_to_library(style, previous=previous)
        except OSError as exc:
            message = self.tr("Could not save: %1").replace("%1", str(exc))
            QMessageBox.warning(self, self.windowTitle(), message)
            return False
        if was_default:
            set_default_name(saved.name)
        self.reload(select=saved.name)
        self.changed.emit()
        return True

    def _delete(self) -> None:
        if self._editing is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete the house style “%1”?").replace("%1", self._editing.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_from_library(self._editing.name)
            self.reload()
            self.changed.emit()

    def _make_default(self) -> None:
        if self._editing is not None:
            set_default_name(self._editing.name)
            self.reload(select=self._editing.name)
            self.changed.emit()

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import House Style"), str(self._folder_hint),
            self.tr("House styles (*%1)").replace("%1", SHARE_SUFFIX),
        )  # fmt: skip
        if not name:
            return
        try:
            style = import_house_style(Path(name))
        except HouseStyleError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._folder_hint = Path(name).parent
        self.reload(select=style.name)
        self.changed.emit()

    def _export(self) -> None:
        if self._editing is None:
            return
        suggested = self._folder_hint / f"{self._editing.name}{SHARE_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export House Style"), str(suggested),
            self.tr("House styles (*%1)").replace("%1", SHARE_SUFFIX),
        )  # fmt: skip
        if not name:
            return
        target = Path(name) if name.endswith(SHARE_SUFFIX) else Path(name + SHARE_SUFFIX)
        try:
            export_house_style(self._editing, target)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self._folder_hint = target.parent

    # Form pieces ---------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        patterns = " ".join(f"*{s}" for s in LOGO_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Logo"),
            str(self._folder_hint),
            self.tr("Logos (%1)").replace("%1", patterns),
        )
        if name:
            self._folder_hint = Path(name).parent
            self._set_file("logo", Path(name))

    def _choose_font(self, attribute: str) -> None:
        patterns = " ".join(f"*{s}" for s in FONT_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose Typeface"),
            str(self._folder_hint),
            self.tr("Fonts (%1)").replace("%1", patterns),
        )
        if name:
            self._folder_hint = Path(name).parent
            self._set_file(attribute, Path(name))

    def _set_file(self, attribute: str, path: Path | None) -> None:
        self._chosen[attribute] = path  # type: ignore[assignment]
        # Checked at once, so a bad logo is said before saving.
        problems = self.form_style().problems
        self.problems.setText("\n".join(problems))
        if attribute == "logo":
            usable = path is not None and not any(p.startswith("logo") for p in problems)
            self._show_logo(path if usable else None)
        else:
            self._show_font(self.text_font if attribute == "text_font" else self.heading_font, path)

    def _show_logo(self, path: Path | None) -> None:
        """The logo at its true size on screen (96 px to the inch, as CSS draws it)."""
        self.logo_preview.clear()
        self.logo_preview.setText("" if path else self.tr("No logo"))
        if path is None:
            return
        if path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path))
            size = renderer.defaultSize() if renderer.isValid() else QSize(0, 0)
            pixmap = QPixmap(size.boundedTo(QSize(400, 120)))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
        else:
            pixmap = QPixmap(str(path))
            if pixmap.width() > 400 or pixmap.height() > 120:
                pixmap = pixmap.scaled(400, 120, Qt.AspectRatioMode.KeepAspectRatio)
        self.logo_preview.setPixmap(pixmap)
        self.logo_preview.setToolTip(str(path))

    def _show_font(self, label: QLabel, path: Path | None) -> None:
        label.setText(path.name if path else self.tr("Imprint's own"))
        label.setToolTip(str(path) if path else "")

    def _choose_colour(self) -> None:
        start = QColor(self.accent.text().strip() or "#7a1f1f")
        colour = QColorDialog.getColor(start, self, self.tr("Accent Colour"))
        if colour.isValid():
            self.accent.setText(colour.name())
