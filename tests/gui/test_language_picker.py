"""The article's language picker offers every script Imprint prints and shows a recognised tag."""

from __future__ import annotations

from pathlib import Path

from multilingual import BY_TAG

from desktop_app.gui.panels import MetadataPanel
from desktop_app.readers import read_document


def test_picker_offers_the_languages_by_their_own_names(qtbot) -> None:
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    offered = {panel.language.itemData(i): panel.language.itemText(i) for i in range(panel.language.count())}
    assert {"en", "zh", "zh-Hant", "ru", "ar", "fr", "es", "ja", "ko", "hi", "th", "km"} <= set(offered)
    assert offered["ja"] == "日本語" and offered["ar"] == "العربية" and offered["zh-Hant"] == "中文 (繁體)"


def test_picker_shows_the_recognised_language(qtbot, tmp_path: Path) -> None:
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    seen = []
    panel.edited.connect(lambda field, value: seen.append((field, value)))
    panel.show_document(read_document(BY_TAG["ja"].write(tmp_path)))
    assert panel.language.currentData() == "ja" and panel.language.currentText() == "日本語"
    panel.show_document(read_document(BY_TAG["hy"].write(tmp_path)))
    assert panel.language.currentData() == "hy"
    # Choosing another language edits the article's tag.
    panel.language.activated.emit(panel.language.findData("ar"))
    assert seen == [("article.language", "ar")]
