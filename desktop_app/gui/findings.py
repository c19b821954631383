"""The preflight panel: problems found in the document, each leading to the field it concerns,
a button for each missing-glyph finding that an installed font would fix, and one for each
photo the page did not save, to choose its file, and fixes the window can make itself (Fix
Punctuation)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.render.pdf import reload_fonts
from desktop_app.render.user_fonts import take_in

# Findings about a figure whose picture the article does not carry: choosing the file fixes them.
PICTURE_FILE_CODES = frozenset({"photo-not-saved", "photo-missing", "photo-unreadable"})


class FindingLike(Protocol):
    """What the panel reads of a preflight finding."""

    severity: str
    code: str
    message: str
    field: str | None


class FindingsPanel(QWidget):
    """Lists findings, errors first; activating one emits the field it names."""

    field_requested = Signal(str)
    finding_requested = Signal(object)  # the finding itself, so the page can select its element
    # A font was taken in to draw characters that printed as boxes: the pages need a new render.
    font_taken_in = Signal(str)
    picture_requested = Signal(object)  # a finding about a photo not saved: choose its file
    fix_requested = Signal(str)  # a one-click fix of the document a finding names ("punctuation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.fixes = QWidget()
        self._fix_row = QHBoxLayout(self.fixes)
        self._fix_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.fixes)
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
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "notice": QStyle.StandardPixmap.SP_MessageBoxInformation,  # spelling, punctuation
        }
        if not any(f.severity != "notice" for f in self._findings):
            self._add_no_problems()  # notices (spelling, punctuation) are no problems: said first
        for finding in self._findings:
            icon = style.standardIcon(icons.get(finding.severity, QStyle.StandardPixmap.SP_MessageBoxWarning))
            item = QListWidgetItem(icon, finding.message)
            item.setData(Qt.ItemDataRole.UserRole, finding.field or "")
            item.setData(Qt.ItemDataRole.UserRole + 1, finding)
            item.setToolTip(finding.code)
            self.list.addItem(item)
        self._show_fixes()

    def _add_no_problems(self) -> None:
        item = QListWidgetItem(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            self.tr("No problems found"),
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _show_fixes(self) -> None:
        """One button per installed font that would draw what prints as boxes, and one per
        figure whose photo the page did not save, is missing or cannot be read."""
        while self._fix_row.count():
            widget = self._fix_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        fonts = dict.fromkeys(font for f in self._findings if (font := getattr(f, "fix_font", None)))
        for font in fonts:
            button = QPushButton(self.tr("Use the installed font %1").replace("%1", Path(font).stem))
            button.setToolTip(font)
            button.clicked.connect(lambda _checked=False, path=font: self.take_in_font(path))
            self._fix_row.addWidget(button)
        pictures = [f for f in self._findings if _photo_to_choose(f)]
        for finding in pictures:
            text = self.tr("Choose the file…")
            image = getattr(finding, "image", None)
            if len(pictures) > 1 and image:
                text = self.tr("Choose the file for %1…").replace("%1", image.rsplit("/", 1)[-1][:40])
            button = QPushButton(text)
            button.setToolTip(finding.message)
            button.clicked.connect(lambda _checked=False, chosen=finding: self.picture_requested.emit(chosen))
            self._fix_row.addWidget(button)
        # Fixes the window makes to the document itself, as one undoable edit (Fix Punctuation).
        fixes: dict[str, None] = dict.fromkeys(
            str(getattr(f, "fix", "")) for f in self._findings if getattr(f, "fix", None)
        )
        labels = {"punctuation": self.tr("Fix Punctuation")}
        for fix in fixes:
            button = QPushButton(labels.get(fix, fix))
            button.setObjectName(f"fix-{fix}")
            button.clicked.connect(lambda _checked=False, name=fix: self.fix_requested.emit(name))
            self._fix_row.addWidget(button)
        self._fix_row.addStretch(1)
        self.fixes.setVisible(bool(fonts) or bool(pictures) or bool(fixes))

    def take_in_font(self, path: str) -> None:
        """The one-click fix: copy the font into Imprint's own fonts and render again with it."""
        take_in(Path(path))
        reload_fonts()
        self.font_taken_in.emit(path)

    def counts(self) -> tuple[int, int]:
        """Errors and warnings; notices are neither."""
        errors = sum(1 for f in self._findings if f.severity == "error")
        return errors, sum(1 for f in self._findings if f.severity == "warning")

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.field_requested.emit(field)
            self.finding_requested.emit(item.data(Qt.ItemDataRole.UserRole + 1))


def _photo_to_choose(finding: FindingLike) -> bool:
    # Only a figure's photo can be chosen: an image inside the text has no block to put it in.
    return finding.code in PICTURE_FILE_CODES and getattr(finding, "block", None) is not None
