"""`imprint export --locale en,zh_CN,ru`: one PDF per locale, each with its words, dates and paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.render.style_css import PT_PER_MM
from tests.pdf_tools import SAMPLES, page_texts

TITLE = "Riverside Library Reopens After Two-Year Renovation"


def test_three_locales_give_three_pdfs_with_their_words_dates_and_paper(tmp_path: Path) -> None:
    out = tmp_path / "out"
    source = SAMPLES / "en-article.md"
    assert main(["export", str(source), "--locale", "en_US,zh_CN,ru", "-o", f"{out}/", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{TITLE}-{locale}.pdf" for locale in ("en_US", "zh_CN", "ru")
    )
    expected = {
        "en_US": ("March 30, 2021", "Page 1 of", 215.9),
        "zh_CN": ("2021年3月30日", "第1页，共", 210.0),
        "ru": ("30 марта 2021 г.", "Страница 1 из", 210.0),
    }
    for locale, (date_text, footer, width_mm) in expected.items():
        pdf = out / f"{TITLE}-{locale}.pdf"
        first = page_texts(pdf)[0]
        assert date_text in first, locale
        assert footer in first.replace(" ", "") if locale == "zh_CN" else footer in first, locale
        width = float(PdfReader(pdf).pages[0].mediabox.width)
        assert width == pytest.approx(width_mm * PT_PER_MM, abs=0.5), locale


def test_several_locales_need_a_folder(tmp_path: Path, capsys) -> None:
    target = tmp_path / "one.pdf"
    target.write_bytes(b"")
    assert main(["export", str(SAMPLES / "en-article.md"), "--locale", "en,ru", "-o", str(target), "-q"]) == 2
    assert "need a folder" in capsys.readouterr().err


def test_an_unknown_locale_in_the_list_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export", str(SAMPLES / "en-article.md"), "--locale", "en,xx_QQ", "-o", str(tmp_path)])
    assert stop.value.code == 2
