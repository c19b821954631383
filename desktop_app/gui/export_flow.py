"""File → Export PDF in the window: the dialog, remembered choices, and a long export's
progress, cancel and outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.app.settings import Settings, save_settings
from desktop_app.gui.background_job import stage_text
from desktop_app.gui.dialogs import ExportDialog
from desktop_app.gui.document_session import DocumentSession
from desktop_app.model.document import Document
from desktop_app.model.presets import PRESETS, apply_preset
from desktop_app.model.style import MAX_BLEED_MM, PDF_VARIANTS, ExportOptions
from desktop_app.output.export import safe_file_name

# How far the progress bar of an export's three steps is at each stage.
STAGE_STEPS = {"layout": 0, "write": 1, "save": 2}


class ExportFlow(QObject):
    """Exports of the session's document, one at a time, on the render process."""

    finished = Signal(str, str)  # target, error ("" when it worked, "cancelled")
    running = Signal(bool)  # an export started (True) or ended (False)
    status = Signal(str)  # how the last export went, for the status bar

    def __init__(self, session: DocumentSession, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.parent_widget = parent  # the dialogs' parent
        self.progress: QProgressDialog | None = None
        renderer = session.renderer
        renderer.exported.connect(self._exported)
        renderer.export_failed.connect(self._export_failed)
        renderer.export_progress.connect(self._export_progress)
        renderer.export_cancelled.connect(self._export_cancelled)

    def open_dialog(self) -> None:
        """File → Export PDF…: ask for the file and the output choices, then export."""
        settings = self.settings
        document = self.session.document
        if document is None:
            return
        remembered = settings.export_choices
        preset = remembered.get("preset")
        options = self._remembered_export_options(document.options)
        folder = (
            Path(settings.last_export_dir)
            if settings.last_export_dir
            else (document.origin.parent if document.origin else Path.home())
        )
        target = folder / f"{safe_file_name(document.article.title, 'article')}.pdf"
        chosen_preset = preset if isinstance(preset, str) else None
        dialog = ExportDialog(self.parent_widget, options, target, chosen_preset)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        chosen = dialog.options(document.options)
        settings.export_choices = {
            "preset": dialog.chosen_preset(),
            "pdf_variant": chosen.pdf_variant,
            "bleed_mm": chosen.bleed_mm,
            "crop_marks": chosen.crop_marks,
        }
        settings.last_export_dir = str(dialog.target().parent)
        save_settings(settings)
        self.export_to(dialog.target(), document.with_changes(options=chosen))

    def _remembered_export_options(self, options: ExportOptions) -> ExportOptions:
        """``options`` with the last export's preset or variant, bleed and marks."""
        remembered = self.settings.export_choices
        if remembered.get("preset") in PRESETS:
            chosen = apply_preset(options, str(remembered["preset"]))
        else:
            # The settings file is the user's to edit: values of the wrong kind are ignored.
            variant = remembered.get("pdf_variant", options.pdf_variant)
            bleed = remembered.get("bleed_mm")
            marks = remembered.get("crop_marks")
            chosen = options.with_changes(
                pdf_variant=variant if variant in PDF_VARIANTS else None,
                bleed_mm=min(MAX_BLEED_MM, max(0.0, float(bleed)))
                if isinstance(bleed, int | float)
                else options.bleed_mm,
                crop_marks=marks if isinstance(marks, bool) else options.crop_marks,
            )
        # Bleed and marks set in the Style panel belong to the document and show in the preview,
        # so they win over the last export's.
        if options.bleed_mm or options.crop_marks:
            chosen = chosen.with_changes(bleed_mm=options.bleed_mm, crop_marks=options.crop_marks)
        return chosen

    def export_to(self, target: Path, document: Document | None = None) -> None:
        """Write the PDF in the render process; ``finished`` tells how it went."""
        document = document or self.session.document
        if document is None:
            return
        self.running.emit(True)
        self.progress = QProgressDialog(
            self.tr("Exporting %1…").replace("%1", target.name), self.tr("Cancel"), 0, 3, self.parent_widget
        )
        self.progress.canceled.connect(self.session.renderer.cancel_export)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        self.session.renderer.export(document, target)

    def _export_progress(self, target: str, stage: str) -> None:
        """Stages of a long export: laying out, writing N pages, saving the file."""
        if self.progress is None:
            return
        # The stages' words are the background jobs' own: an export says them as a print does.
        self.progress.setLabelText(stage_text(stage, Path(target).name))
        self.progress.setValue(STAGE_STEPS.get(stage.partition(" ")[0], 0))

    def _export_cancelled(self, target: str) -> None:
        self._close_progress()
        self.status.emit(self.tr("Export cancelled; nothing was written"))
        self.finished.emit(target, "cancelled")

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.session.renderer.cancel_export)
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.running.emit(False)

    def _exported(self, target: str, pages: int) -> None:
        self._close_progress()
        self.status.emit(self.tr("Exported %1 (%n page(s))", "", pages).replace("%1", target))
        self.finished.emit(target, "")

    def _export_failed(self, target: str, reason: str) -> None:
        self._close_progress()
        QMessageBox.critical(self.parent_widget, self.tr("Export failed"), reason)
        self.finished.emit(target, reason)
