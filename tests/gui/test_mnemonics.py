"""No label of a dialog or panel shows its "&": a mnemonic needs a buddy to give the focus to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QGroupBox, QLabel, QWidget

from desktop_app.gui.dialogs import ExportDialog, SettingsDialog
from desktop_app.gui.findings import FindingsPanel
from desktop_app.gui.i18n import UI_LANGUAGES, install_language
from desktop_app.model.style import ExportOptions

# An "&" that is not doubled: Qt turns it into an underlined shortcut letter, or shows it as is.
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def _shown_text(label: QLabel) -> str | None:
    """The label's plain text, or None for rich text (where "&" starts an entity, not a mnemonic)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and text.lstrip().startswith("<")
    )
    return None if rich else text


def literal_mnemonics(root: QWidget) -> list[str]:
    """Labels, dock titles and group titles under ``root`` that would show an "&"."""
    found = []
    for label in root.findChildren(QLabel):
        text = _shown_text(label)
        if text and MNEMONIC.search(text.replace("&&", "")) and label.buddy() is None:
            found.append(f"label {text!r}")
    for widget in (*root.findChildren(QDockWidget), *root.findChildren(QGroupBox)):
        title = widget.windowTitle() if isinstance(widget, QDockWidget) else widget.title()
        if MNEMONIC.search(title.replace("&&", "")):
            found.append(f"title {title!r}")
    return found


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_no_dialog_or_panel_shows_a_bare_mnemonic(
    qtbot, window, seed_path: Path, tmp_path: Path, language: str
) -> None:
    assert window.open_path(seed_path)
    install_language(language)
    # Widgets retranslate on a posted LanguageChange event.
    wanted = QCoreApplication.translate("MainMenu", "&File")
    qtbot.waitUntil(lambda: window.file_menu.title() == wanted)
    findings = FindingsPanel()
    qtbot.addWidget(findings)
    export = ExportDialog(window, ExportOptions(), tmp_path / "out.pdf")
    settings = SettingsDialog(window, language, 30)
    roots = {"window": window, "findings": findings, "export": export, "settings": settings}
    labels = sum(len(root.findChildren(QLabel)) for root in roots.values())
    assert labels > 30  # the walk reaches the panels and dialogs
    shown = {name: literal_mnemonics(root) for name, root in roots.items()}
    assert shown == {name: [] for name in roots}


def test_the_export_dialogs_file_label_focuses_the_path(qtbot, window, tmp_path: Path) -> None:
    dialog = ExportDialog(window, ExportOptions(), tmp_path / "out.pdf")
    labels = [label for label in dialog.findChildren(QLabel) if label.text() == "&File"]
    assert [label.buddy() for label in labels] == [dialog.path]


def test_the_check_finds_a_label_without_buddy(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("&File", root)
    QLabel("Salt && pepper", root)
    assert literal_mnemonics(root) == ["label '&File'"]
