"""Page words in the six UN languages, English for any other, and Babel dates in every locale."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from multilingual import BY_TAG
from pdf_tools import page_texts

from desktop_app.language.locales import available_locales
from desktop_app.readers import read_document
from desktop_app.render.pdf import render

ROOT = Path(__file__).resolve().parents[1]
NEW_LOCALES = ("ar", "es", "fr")


def _extracted() -> dict[str, str]:
    """Every message id in the sources, with the file it comes from."""
    with (ROOT / "babel.cfg").open() as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found = {}
    for file, _line, message, _comments, _context in extract_from_dir(str(ROOT), method_map, options_map):
        found[message if isinstance(message, str) else message[0]] = file
    return found


def _catalog(locale: str):
    with (ROOT / "translations" / locale / "LC_MESSAGES" / "imprint.po").open("rb") as fh:
        return read_po(fh, locale=locale)


@pytest.mark.parametrize("locale", NEW_LOCALES)
def test_layout_catalog_translates_every_page_word(locale: str) -> None:
    extracted = _extracted()
    catalog = _catalog(locale)
    ids = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    assert set(ids) == set(extracted), f"{locale} is out of step: run pybabel update (see README)"
    # The words printed on the page come from the templates; the interface's may stay English.
    for message_id, file in extracted.items():
        if file.startswith("templates"):
            strings = ids[message_id].string
            strings = strings if isinstance(strings, tuple) else (strings,)
            assert all(strings), f"untranslated page word in {locale}: {message_id!r}"
    assert not [m.id for m, errors in catalog.check() if errors]
    assert locale in {info.code for info in available_locales()}


@pytest.mark.parametrize(
    ("tag", "words", "day"),
    [
        ("ar", ["المصدر Imprint Wire", "صفحة 1 من 1"], "14 مايو 2024"),  # pdftotext moves the colon
        ("ja", ["Source: Imprint Wire", "Page 1 of 1"], "2024年5月14日"),
        ("zh-Hant", ["Source: Imprint Wire", "Page 1 of 1"], "2024年5月14日"),
        ("hi", ["Source: Imprint Wire", "Page 1 of 1"], "14 मई 2024"),
        ("el", ["Source: Imprint Wire", "Page 1 of 1"], "14 Μαΐου 2024"),
    ],
)
def test_page_words_follow_the_article_language(tag: str, words: list[str], day: str, tmp_path: Path) -> None:
    document = read_document(BY_TAG[tag].write(tmp_path))
    document = document.with_changes(options=document.options.with_changes(locale=document.article.language))
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(render(document).pdf)
    # pdftotext marks right-to-left runs with embedding controls and gives them in visual
    # order; each word is looked for on its own.
    text = re.sub("[\u202a-\u202e]", " ", page_texts(pdf)[0])
    for word in " ".join([*words, day]).split():
        assert word in text.split() or word in text, (word, text)
    # Never another language's words: Traditional Chinese gets no Simplified label.
    assert "来源" not in text and "來源" not in text


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("fr", ["Source : Imprint Wire", "Page 1 sur 1", "14 mai 2024"]),
        ("es", ["Fuente: Imprint Wire", "Página 1 de 1", "14 de mayo de 2024"]),
    ],
)
def test_french_and_spanish_pages(locale: str, labels: list[str], tmp_path: Path) -> None:
    document = read_document(BY_TAG["vi"].write(tmp_path))
    document = document.with_changes(options=document.options.with_changes(locale=locale))
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(render(document).pdf)
    text = " ".join(page_texts(pdf)[0].split())
    for label in labels:
        assert label in text, (label, text)
    assert date(2024, 5, 14) == document.article.date
