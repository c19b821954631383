"""The Export PDF and Settings dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.gui.choices import preset_choices
from desktop_app.gui.i18n import UI_LANGUAGES
from desktop_app.model.presets import apply_preset
from desktop_app.model.style import LIMITS, PDF_VARIANTS, ExportOptions


class ExportDialog(QDialog):
    """Where to write the PDF and with which print options; starts from the last choices."""

    def __init__(
        self, parent: QWidget | None, options: ExportOptions, target: Path, preset: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Preset"))
        self.preset.addItem(self.tr("Custom"), None)
        for choice in preset_choices(QLocale().name()):
            self.preset.addItem(choice.label, choice.value)
            self.preset.setItemData(self.preset.count() - 1, choice.description, Qt.ItemDataRole.ToolTipRole)
        self.path = QLineEdit(str(target))
        self.path.setAccessibleName(self.tr("PDF file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("PDF variant"))
        for value in (None, *PDF_VARIANTS):
            self.variant.addItem(self.tr("Standard PDF") if value is None else value.upper(), value)
        index = self.variant.findData(options.pdf_variant)
        self.variant.setCurrentIndex(max(0, index))
        self.bleed = QDoubleSpinBox()
        self.bleed.setRange(LIMITS["bleed_mm"].low, LIMITS["bleed_mm"].high)
        self.bleed.setSingleStep(0.5)
        self.bleed.setSuffix(" mm")
        self.bleed.setValue(options.bleed_mm)
        self.bleed.setAccessibleName(self.tr("Bleed"))
        self.crop_marks = QCheckBox(self.tr("&Crop marks"))
        self.crop_marks.setChecked(options.crop_marks)
        if preset and apply_preset(options, preset) == options:
            self.preset.setCurrentIndex(self.preset.findData(preset))
        self.preset.activated.connect(self._apply_preset)
        # Changing one option by hand makes the export no longer the preset's.
        self.variant.activated.connect(self._customised)
        self.bleed.editingFinished.connect(self._customised)
        self.crop_marks.clicked.connect(self._customised)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        # A row that is a layout gets a label without a buddy, which shows its "&"; name the field.
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Preset"), self.preset)
        form.addRow(self.tr("PDF &variant"), self.variant)
        form.addRow(self.tr("Bl&eed"), self.bleed)
        form.addRow(self.crop_marks)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _apply_preset(self) -> None:
        name = self.preset.currentData()
        if not name:
            return
        options = apply_preset(ExportOptions(), name)
        self.variant.setCurrentIndex(max(0, self.variant.findData(options.pdf_variant)))
        self.bleed.setValue(options.bleed_mm)
        self.crop_marks.setChecked(options.crop_marks)

    def _customised(self) -> None:
        name = self.preset.currentData()
        if name and apply_preset(ExportOptions(), name) != ExportOptions().with_changes(
            pdf_variant=self.variant.currentData(),
            bleed_mm=round(self.bleed.value(), 2),
            crop_marks=self.crop_marks.isChecked(),
        ):
            self.preset.setCurrentIndex(0)

    def chosen_preset(self) -> str | None:
        return self.preset.currentData()

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
