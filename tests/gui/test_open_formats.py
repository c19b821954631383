"""The window opens saved web pages, web archives and Word files like any article, lists them in
the library, and shows a page without an article as a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app.library_index import articles_in
from desktop_app.gui.main_window import OPEN_FILTER_SUFFIXES
from desktop_app.readers.formats import OPEN_SUFFIXES
from tests.corpus_reading import CORPUS


def test_the_open_dialog_and_the_library_offer_every_format() -> None:
    assert OPEN_FILTER_SUFFIXES.split() == [f"*{suffix}" for suffix in OPEN_SUFFIXES]
    listed = {p.name for p in articles_in(CORPUS / "pages")}
    assert {"zh-exhibition.html", "ru-theatre.mhtml", "en-storm.html"} <= listed
    assert not any(name.endswith("_files") for name in listed)
    assert {p.name for p in articles_in(CORPUS / "word")} >= {"word-en-release.docx"}


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        ("pages/zh-exhibition.html", "第十届国际茶叶博览会在杭州开幕", "张伟"),
        ("pages/ru-theatre.mhtml", "Драмтеатр показал премьеру по пьесе Чехова", "Мария Лебедева"),
        (
            "word/word-en-release.docx",
            "Harbour Authority opens new passenger terminal",
            "Press Office, Harbour Authority",
        ),
    ],
)
def test_a_saved_page_opens_in_the_window(qtbot, window, name: str, title: str, author: str) -> None:
    assert window.open_path(CORPUS / name)
    assert window.metadata.title.text() == title
    assert window.metadata.author.text() == author
    assert window.session.document.article.body_format == "markdown"
    assert window.session.document.article.images  # the photos travel with the article


def test_a_page_without_an_article_is_a_dialog(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    home = tmp_path / "home.html"
    home.write_text("<html><body><nav><a href='/'>Home</a></nav><p>Welcome!</p></body></html>", "utf-8")
    assert not window.open_path(home)
    assert shown == [f"{home}: no article found"]
