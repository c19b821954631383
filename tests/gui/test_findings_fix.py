"""The findings panel's one-click fix takes an installed font in for characters printed as boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from desktop_app.checks.preflight import Finding
from desktop_app.gui.findings import FindingsPanel
from desktop_app.render.user_fonts import covering_font, user_font_files


def test_fix_button_copies_the_font_and_asks_for_a_render(qtbot) -> None:
    installed = covering_font("नमस्ते")
    assert installed is not None, "fonts-noto-core is not installed (scripts/setup.sh installs it)"
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    fixable = Finding(
        "error", "missing-glyph", "Devanagari: 5 characters…", "body", None, str(installed.file)
    )
    plain = Finding("warning", "missing-date", "The article has no date; the page shows none.", "date")
    panel.show_findings([fixable, plain])
    buttons = panel.fixes.findChildren(QPushButton)
    assert len(buttons) == 1 and installed.file.stem in buttons[0].text()
    with qtbot.waitSignal(panel.font_taken_in) as signal:
        buttons[0].click()
    assert signal.args == [str(installed.file)]
    assert [p.name for p in user_font_files()] == [installed.file.name]
    # Findings without a fix show no buttons.
    panel.show_findings([plain])
    assert panel.fixes.isHidden()


def test_covering_font_needs_every_character() -> None:
    assert covering_font("\uf8ff\U0010fffd") is None
    found = covering_font("ქართ")
    assert found is not None and "Georgian" in found.family and Path(found.file).is_file()
