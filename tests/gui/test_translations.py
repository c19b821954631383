"""The window's Qt catalogs are complete and compiled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.gui.i18n import UI_LANGUAGES, qt_catalog_dir, resolve_language


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_every_message_is_translated(language: str) -> None:
    source = qt_catalog_dir() / f"imprint_{language}.ts"
    messages = list(ET.parse(source).iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    compiled = qt_catalog_dir() / f"imprint_{language}.qm"
    assert compiled.stat().st_size > 1000


def test_system_locale_maps_to_an_interface_language() -> None:
    assert resolve_language("ru_RU") == "ru"
    assert resolve_language("zh_TW") == "zh_CN"
    assert resolve_language("de_DE") == "en"
    assert resolve_language("zh_CN") == "zh_CN"
    assert set(UI_LANGUAGES) == {"en", "zh_CN", "ru"}
