"""The editing panels: article metadata, style and page settings, and the body text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.choices import house_style_choices, layout_choices, locale_choices
from desktop_app.language.locales import display_name
from desktop_app.language.tags import language_choices, language_name
from desktop_app.model.caption_lines import body_from_panel, panel_text
from desktop_app.model.document import Document
from desktop_app.model.style import LIMITS, LINE_BREAKINGS, MARGINS, ORIENTATIONS, PAPERS, TYPE_SIZES

NO_DATE = QDate(1900, 1, 1)
# Each language by its own name; a document's other tag is added by set_combo_value.
LANGUAGES = tuple(language_choices())


def set_combo_value(combo: QComboBox, value: str, label: str | None = None) -> None:
    """Select the entry holding ``value``, adding it when a document carries one not listed."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(label or value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class _Panel(QWidget):
    """A panel that reports user edits as (field, value) and shows a document without echoing."""

    edited = Signal(str, object)
    _fields: dict[str, QWidget]  # each field's widget by its key, set by the panel

    def _emit(self, key: str, value: object) -> None:
        if not self._syncing:
            self.edited.emit(key, value)

    _syncing = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def field_widget(self, key: str) -> QWidget | None:
        return self._fields.get(key)

    def field_widgets(self) -> dict[str, QWidget]:
        """Every field's widget by its key (``title``, ``style.paper``…)."""
        return dict(self._fields)


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class MetadataPanel(_Panel):
    """Title, subtitle, author, source, date, language and keywords of the article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.author = QLineEdit()
        self.source = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.clear_date = QToolButton()
        self.clear_date.setText("×")
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.keywords = QLineEdit()

        for key, widget in (
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("author", self.author),
            ("source", self.source),
        ):
            widget.textEdited.connect(lambda text, k=key: self._emit(f"article.{k}", text))
        self.keywords.textEdited.connect(lambda text: self._emit("article.keywords", _split_keywords(text)))
        self.date.dateChanged.connect(self._date_changed)
        self.clear_date.clicked.connect(lambda: self.date.setDate(NO_DATE))
        self.language.activated.connect(lambda i: self._emit("article.language", self.language.itemData(i)))

        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.clear_date)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self._labels,
            (self.title, self.subtitle, self.author, self.source, date_row, self.language, self.keywords),
            strict=True,
        ):
            self.form.addRow(label, field)
        for label, buddy in zip(
            self._labels,
            (self.title, self.subtitle, self.author, self.source, self.date, self.language, self.keywords),
            strict=True,
        ):
            label.setBuddy(buddy)
        inner = QWidget()
        inner.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(inner))
        self._fields = {
            "title": self.title,
            "subtitle": self.subtitle,
            "author": self.author,
            "source": self.source,
            "date": self.date,
            "language": self.language,
            "keywords": self.keywords,
        }
        self.retranslate()

    def retranslate(self) -> None:
        names = (
            self.tr("&Title"),
            self.tr("S&ubtitle"),
            self.tr("&Author"),
            self.tr("&Source"),
            self.tr("&Date"),
            self.tr("&Language"),
            self.tr("&Keywords"),
        )
        widgets = (
            self.title,
            self.subtitle,
            self.author,
            self.source,
            self.date,
            self.language,
            self.keywords,
        )
        for label, name, widget in zip(self._labels, names, widgets, strict=True):
            label.setText(name)
            widget.setAccessibleName(name.replace("&", ""))
        self.date.setSpecialValueText(self.tr("No date"))
        self.clear_date.setToolTip(self.tr("Remove the date"))
        self.clear_date.setAccessibleName(self.tr("Remove the date"))
        self.keywords.setPlaceholderText(self.tr("comma, separated, words"))

    def _date_changed(self, value: QDate) -> None:
        self._emit(
            "article.date", None if value == NO_DATE else date(value.year(), value.month(), value.day())
        )

    def show_document(self, document: Document) -> None:
        article = document.article
        self._syncing = True
        try:
            for widget, text in (
                (self.title, article.title),
                (self.subtitle, article.subtitle),
                (self.author, article.author),
                (self.source, article.source),
                (self.keywords, ", ".join(article.keywords)),
            ):
                if widget.text() != text and not (
                    widget is self.keywords and _split_keywords(widget.text()) == article.keywords
                ):
                    widget.setText(text)
                    if not widget.hasFocus():
                        widget.setCursorPosition(0)  # show the start of a long title, not its end
            wanted = (
                QDate(article.date.year, article.date.month, article.date.day) if article.date else NO_DATE
            )
            if self.date.date() != wanted:
                self.date.setDate(wanted)
            set_combo_value(self.language, article.language, language_name(article.language))
        finally:
            self._syncing = False


def _split_keywords(text: str) -> tuple[str, ...]:
    parts = text.replace("，", ",").replace("、", ",").split(",")
    return tuple(p.strip() for p in parts if p.strip())


def _spin(field: str, step: float, decimals: int = 1) -> QDoubleSpinBox:
    """A spin box for the model's ``field``, within its limit (model/style.py) and in its unit."""
    limit = LIMITS[field]
    spin = QDoubleSpinBox()
    spin.setRange(limit.low, limit.high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setSuffix(f" {limit.unit}" if limit.unit else "")
    spin.setKeyboardTracking(False)
    return spin


class StylePanel(_Panel):
    """Layout, locale, paper and type sizes; A+ / A / A− scale every size at once."""

    scale_requested = Signal(int)  # +1 bigger, 0 reset, -1 smaller

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_combo = QComboBox()
        self._layouts = {choice.value: choice for choice in layout_choices()}
        for choice in self._layouts.values():
            self.layout_combo.addItem(choice.label, choice.value)
        self.locale_combo = QComboBox()
        for choice in locale_choices(QLocale().name()):
            self.locale_combo.addItem(choice.label, choice.value)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        self.house_combo = QComboBox()
        self.refresh_house_styles()
        self.orientation = QComboBox()
        for value in ORIENTATIONS:
            self.orientation.addItem(value, value)
        self.sizes = {name: _spin(name, 0.5) for name in TYPE_SIZES}
        self.smaller = QPushButton("A−")
        self.reset = QPushButton("A")
        self.bigger = QPushButton("A+")
        self.line_height = _spin("line_height", 0.05, 2)
        self.line_breaking = QComboBox()
        for value in LINE_BREAKINGS:
            self.line_breaking.addItem(value, value)
        self.margins = {name: _spin(name, 1) for name in MARGINS}
        self.columns = QSpinBox()
        self.columns.setRange(int(LIMITS["columns"].low), int(LIMITS["columns"].high))
        self.columns.setKeyboardTracking(False)
        self.bleed = _spin("bleed_mm", 0.5)
        self.crop_marks = QCheckBox()

        self.layout_combo.activated.connect(
            lambda i: self._emit("options.layout", self.layout_combo.itemData(i))
        )
        self.locale_combo.activated.connect(
            lambda i: self._emit("options.locale", self.locale_combo.itemData(i))
        )
        self.paper.activated.connect(lambda i: self._emit("style.paper", self.paper.itemData(i)))
        self.house_combo.activated.connect(
            lambda i: self._emit("options.house_style", self.house_combo.itemData(i))
        )
        self.orientation.activated.connect(
            lambda i: self._emit("style.orientation", self.orientation.itemData(i))
        )
        for name, spin in (*self.sizes.items(), *self.margins.items(), ("line_height", self.line_height)):
            spin.valueChanged.connect(lambda v, n=name: self._emit(f"style.{n}", round(v, 2)))
        self.columns.valueChanged.connect(lambda v: self._emit("style.columns", v))
        self.line_breaking.activated.connect(
            lambda i: self._emit("style.line_breaking", self.line_breaking.itemData(i))
        )
        self.bleed.valueChanged.connect(lambda v: self._emit("options.bleed_mm", v))
        self.crop_marks.toggled.connect(lambda on: self._emit("options.crop_marks", on))
        self.smaller.clicked.connect(lambda: self.scale_requested.emit(-1))
        self.reset.clicked.connect(lambda: self.scale_requested.emit(0))
        self.bigger.clicked.connect(lambda: self.scale_requested.emit(1))

        self.page_box = QGroupBox()
        page_form = QFormLayout(self.page_box)
        self._page_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self._page_labels,
            (self.layout_combo, self.house_combo, self.locale_combo, self.paper, self.orientation),
            strict=True,
        ):
            page_form.addRow(label, widget)
            label.setBuddy(widget)

        self.type_box = QGroupBox()
        type_form = QFormLayout(self.type_box)
        scale_row = QHBoxLayout()
        for button in (self.smaller, self.reset, self.bigger):
            scale_row.addWidget(button)
        type_form.addRow(scale_row)
        self._size_labels = {name: QLabel() for name in self.sizes}
        for name, spin in self.sizes.items():
            type_form.addRow(self._size_labels[name], spin)
            self._size_labels[name].setBuddy(spin)
        self._line_label = QLabel()
        self._line_label.setBuddy(self.line_height)
        type_form.addRow(self._line_label, self.line_height)
        self._breaking_label = QLabel()
        self._breaking_label.setBuddy(self.line_breaking)
        type_form.addRow(self._breaking_label, self.line_breaking)

        self.margin_box = QGroupBox()
        grid = QGridLayout(self.margin_box)
        self._margin_labels = {name: QLabel() for name in self.margins}
        for i, name in enumerate(self.margins):
            grid.addWidget(self._margin_labels[name], i // 2, (i % 2) * 2)
            grid.addWidget(self.margins[name], i // 2, (i % 2) * 2 + 1)
            self._margin_labels[name].setBuddy(self.margins[name])
        self._columns_label = QLabel()
        self._columns_label.setBuddy(self.columns)
        grid.addWidget(self._columns_label, 2, 0)
        grid.addWidget(self.columns, 2, 1)

        self.print_box = QGroupBox()
        print_form = QFormLayout(self.print_box)
        self._bleed_label = QLabel()
        self._bleed_label.setBuddy(self.bleed)
        print_form.addRow(self._bleed_label, self.bleed)
        print_form.addRow(self.crop_marks)

        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in (self.page_box, self.type_box, self.margin_box, self.print_box):
            column.addWidget(box)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(inner))
        self._fields = {
            "options.layout": self.layout_combo,
            "options.house_style": self.house_combo,
            "options.locale": self.locale_combo,
            "style.paper": self.paper,
            "style.orientation": self.orientation,
            "style.line_height": self.line_height,
            "style.columns": self.columns,
            "style.line_breaking": self.line_breaking,
            "options.bleed_mm": self.bleed,
            "options.crop_marks": self.crop_marks,
            **{f"style.{n}": w for n, w in (*self.sizes.items(), *self.margins.items())},
        }
        self.retranslate()

    def retranslate(self) -> None:
        self.page_box.setTitle(self.tr("Page"))
        self.type_box.setTitle(self.tr("Type"))
        self.margin_box.setTitle(self.tr("Margins and columns"))
        self.print_box.setTitle(self.tr("Print marks"))
        for label, text, widget in zip(
            self._page_labels,
            (
                self.tr("La&yout"),
                self.tr("&House style"),
                self.tr("L&ocale"),
                self.tr("&Paper"),
                self.tr("O&rientation"),
            ),
            (self.layout_combo, self.house_combo, self.locale_combo, self.paper, self.orientation),
            strict=True,
        ):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.house_combo.setItemText(0, self.tr("None"))
        self.orientation.setItemText(0, self.tr("Portrait"))
        self.orientation.setItemText(1, self.tr("Landscape"))
        # Layout names come from the layouts' own catalog, in the interface's language.
        for index, choice in enumerate(layout_choices(QLocale().name())):
            self.layout_combo.setItemText(index, choice.label)
        # Locales by name in the interface's language; the code stays the item's data.
        for index in range(self.locale_combo.count()):
            self.locale_combo.setItemText(
                index, display_name(self.locale_combo.itemData(index), QLocale().name())
            )
        size_names = {
            "body_size": self.tr("&Body"),
            "title_size": self.tr("T&itle"),
            "subtitle_size": self.tr("S&ubtitle"),
            "meta_size": self.tr("&Meta line"),
        }
        for name, text in size_names.items():
            self._size_labels[name].setText(text)
            self.sizes[name].setAccessibleName(text.replace("&", ""))
        self._line_label.setText(self.tr("&Line height"))
        self.line_height.setAccessibleName(self.tr("Line height"))
        self._breaking_label.setText(self.tr("Line brea&ks"))
        self.line_breaking.setAccessibleName(self.tr("Line breaks"))
        self.line_breaking.setItemText(0, self.tr("Whole paragraph"))
        self.line_breaking.setItemText(1, self.tr("Line by line"))
        margin_names = {
            "margin_top": self.tr("Top"),
            "margin_right": self.tr("Right"),
            "margin_bottom": self.tr("Bottom"),
            "margin_left": self.tr("Left"),
        }
        for name, text in margin_names.items():
            self._margin_labels[name].setText(text)
            self.margins[name].setAccessibleName(self.tr("%1 margin").replace("%1", text))
        self._columns_label.setText(self.tr("Colum&ns"))
        self.columns.setAccessibleName(self.tr("Columns"))
        self._bleed_label.setText(self.tr("Bl&eed"))
        self.bleed.setAccessibleName(self.tr("Bleed"))
        self.crop_marks.setText(self.tr("&Crop marks"))
        self.crop_marks.setAccessibleName(self.crop_marks.text().replace("&", ""))
        for button, text, tip in (
            (self.smaller, "A−", self.tr("Smaller text")),
            (self.reset, "A", self.tr("Default text size")),
            (self.bigger, "A+", self.tr("Bigger text")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def refresh_layouts(self) -> None:
        """List the layouts again: a user layout was added, removed or repaired on disk."""
        current = self.layout_combo.currentData()
        self._layouts = {choice.value: choice for choice in layout_choices(QLocale().name())}
        self.layout_combo.clear()
        for choice in self._layouts.values():
            self.layout_combo.addItem(choice.label, choice.value)
        if current is not None:
            set_combo_value(self.layout_combo, current)

    def refresh_house_styles(self) -> None:
        """List the library's house styles again, after the House Styles dialog changed it."""
        current = self.house_combo.currentData()
        self.house_combo.clear()
        self.house_combo.addItem(self.tr("None"), "")
        for choice in house_style_choices():
            self.house_combo.addItem(choice.label, choice.value)
        if current is not None:
            set_combo_value(self.house_combo, current)

    def show_document(self, document: Document) -> None:
        style, options = document.style, document.options
        self._syncing = True
        try:
            set_combo_value(self.layout_combo, options.layout)
            set_combo_value(self.house_combo, options.house_style)
            set_combo_value(self.locale_combo, options.locale, display_name(options.locale, QLocale().name()))
            set_combo_value(self.paper, style.paper)
            set_combo_value(self.orientation, style.orientation)
            for name, spin in (*self.sizes.items(), *self.margins.items(), ("line_height", self.line_height)):
                spin.setValue(getattr(style, name))
            self.columns.setValue(style.columns)
            set_combo_value(self.line_breaking, style.line_breaking)
            layout = self._layouts.get(options.layout)
            self.columns.setEnabled(layout is None or layout.supports_columns)
            self.bleed.setValue(options.bleed_mm)
            self.crop_marks.setChecked(options.crop_marks)
        finally:
            self._syncing = False


class BodyPanel(_Panel):
    """The article text, for fixing a typo before printing; paragraphs are separated by blank lines.

    A photo shows as one line, ``[Photo: name] caption``: typing there changes its caption and
    keeps its picture, credit and width (``model/caption_lines.py``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        # The window's undo stack owns undo, so that Ctrl+Z steps through every kind of edit in order.
        self.editor.setUndoRedoEnabled(False)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._body = ""  # the body the panel shows, whose figures its photo lines stand for
        self._markdown = False
        self.editor.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self._fields = {"body": self.editor}
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setAccessibleName(self.tr("Article text"))
        self.editor.setPlaceholderText(self.tr("The article text: paragraphs separated by a blank line"))

    def _typed(self) -> None:
        text = self.editor.toPlainText()
        if not self._syncing:
            self._body = body_from_panel(text, self._body) if self._markdown else text
        self._emit("article.body", self._body)

    def show_document(self, document: Document) -> None:
        self._markdown = document.article.body_format == "markdown"
        self._body = document.article.body
        body = panel_text(self._body) if self._markdown else self._body
        if self.editor.toPlainText() == body:
            return
        self._syncing = True
        try:
            cursor = self.editor.textCursor()
            position = cursor.position()
            scroll = self.editor.verticalScrollBar().value()
            self.editor.setPlainText(body)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, len(body)))
            self.editor.setTextCursor(cursor)
            self.editor.verticalScrollBar().setValue(scroll)
        finally:
            self._syncing = False
