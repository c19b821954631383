"""The Style panel names locales in the interface's language and keeps their codes as data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.gui.i18n import install_language


@pytest.mark.parametrize(
    ("language", "chinese", "american"),
    [
        ("en", "Chinese", "English (United States)"),
        ("zh_CN", "中文", "英语 (美国)"),
        ("ru", "Китайский", "Английский (Соединенные Штаты)"),
    ],
)
def test_locale_box_shows_names_not_codes(
    qtbot, window, zh_path: Path, language: str, chinese: str, american: str
) -> None:
    assert window.open_path(zh_path)
    install_language(language)
    # Widgets retranslate on a posted LanguageChange event.
    wanted = QCoreApplication.translate("MainMenu", "&File")
    qtbot.waitUntil(lambda: window.file_menu.title() == wanted)
    combo = window.style_panel.locale_combo
    assert window.session.document.options.locale == "zh"
    assert combo.currentData() == "zh"
    assert combo.currentText() == chinese
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts["en_US"] == american
    assert not [code for code, text in texts.items() if text == code]


def test_choosing_a_locale_by_name_stores_its_code(qtbot, window, zh_path: Path) -> None:
    assert window.open_path(zh_path)
    combo = window.style_panel.locale_combo
    index = combo.findText("Russian")
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.session.document.options.locale == "ru"
