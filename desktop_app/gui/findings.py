"""The preflight panel: problems found in the document, each leading to the field it concerns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget


class FindingLike(Protocol):
    """What the panel reads of a preflight finding."""

    severity: str
    code: str
    message: str
    field: str | None


class FindingsPanel(QWidget):
    """Lists findings, errors first; activating one emits the field it names."""

    field_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._findings: list[FindingLike] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Preflight findings"))
        self.show_findings(self._findings)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_findings(self, findings: Sequence[FindingLike]) -> None:
        self._findings = sorted(findings, key=lambda f: f.severity != "error")
        self.list.clear()
        style = self.style()
        for finding in self._findings:
            error = finding.severity == "error"
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, finding.message)
            item.setData(Qt.ItemDataRole.UserRole, finding.field or "")
            item.setToolTip(finding.code)
            self.list.addItem(item)
        if not self._findings:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), self.tr("No problems found")
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for f in self._findings if f.severity == "error")
        return errors, len(self._findings) - errors

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.field_requested.emit(field)
