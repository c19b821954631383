"""The small bars beside a selection on the page: a text element's size with − and +, and a
photo's placed width (column, half or page width)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.model.pictures import FIGURE_SIZES


class SizeBar(QFrame):
    """The small bar beside a selection: its role and size, with − and + for that role."""

    resize_requested = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.smaller = QToolButton(self)
        self.smaller.setText("−")
        self.bigger = QToolButton(self)
        self.bigger.setText("+")
        self.smaller.clicked.connect(lambda: self.resize_requested.emit(-1))
        self.bigger.clicked.connect(lambda: self.resize_requested.emit(1))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 4, 1)
        row.setSpacing(2)
        row.addWidget(self.label)
        row.addWidget(self.smaller)
        row.addWidget(self.bigger)
        self.hide()


class FigureSizeBar(QFrame):
    """The bar beside a selected photo: what it is, and its width as three choices."""

    size_requested = Signal(str)  # one of FIGURE_SIZES

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 4, 1)
        row.setSpacing(2)
        row.addWidget(self.label)
        self.buttons: dict[str, QToolButton] = {}
        for size in FIGURE_SIZES:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, chosen=size: self._chosen(chosen))
            self.choices.addButton(button)
            self.buttons[size] = button
            row.addWidget(button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        names = {"column": self.tr("Column"), "half": self.tr("Half"), "wide": self.tr("Page width")}
        tips = {
            "column": self.tr("As wide as the text column"),
            "half": self.tr("Half the column, the text beside it"),
            "wide": self.tr("Across the page's text width"),
        }
        for size, button in self.buttons.items():
            button.setText(names[size])
            button.setToolTip(tips[size])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_size(self, size: str) -> None:
        """Check the button of the photo's current width without asking for a change."""
        button = self.buttons.get(size)
        if button is not None:
            button.setChecked(True)

    def _chosen(self, size: str) -> None:
        self.size_requested.emit(size)
