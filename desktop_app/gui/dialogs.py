"""The Export PDF and Settings dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.gui.i18n import UI_LANGUAGES
from desktop_app.style import ExportOptions

# PDF flavours worth offering for print and archive; None is WeasyPrint's plain PDF.
PDF_VARIANTS = (None, "pdf/x-4", "pdf/x-1a", "pdf/a-2b", "pdf/a-3b", "pdf/ua-1")


class ExportDialog(QDialog):
    """Where to write the PDF and with which print options; starts from the last choices."""

    def __init__(self, parent: QWidget | None, options: ExportOptions, target: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.path = QLineEdit(str(target))
        self.path.setAccessibleName(self.tr("PDF file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("PDF variant"))
        for value in PDF_VARIANTS:
            self.variant.addItem(self.tr("Standard PDF") if value is None else value.upper(), value)
        index = self.variant.findData(options.pdf_variant)
        self.variant.setCurrentIndex(max(0, index))
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(0, 10)
        self.bleed.setSingleStep(0.5)
        self.bleed.setSuffix(" mm")
        self.bleed.setValue(options.bleed_mm)
        self.bleed.setAccessibleName(self.tr("Bleed"))
        self.crop_marks = QCheckBox(self.tr("&Crop marks"))
        self.crop_marks.setChecked(options.crop_marks)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&File"), row)
        form.addRow(self.tr("PDF &variant"), self.variant)
        form.addRow(self.tr("Bl&eed"), self.bleed)
        form.addRow(self.crop_marks)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if self.path.text().strip():
            self.accept()

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def options(self, base: ExportOptions) -> ExportOptions:
        return base.with_changes(
            pdf_variant=self.variant.currentData(),
            bleed_mm=round(self.bleed.value(), 2),
            crop_marks=self.crop_marks.isChecked(),
        )


class SettingsDialog(QDialog):
    """Interface language and autosave interval."""

    def __init__(self, parent: QWidget | None, language: str, autosave_seconds: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(autosave_seconds)
        self.autosave.setAccessibleName(self.tr("Autosave interval"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow(self.tr("&Autosave every"), self.autosave)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
