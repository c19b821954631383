"""`imprint edition`: the command line contract, read back from the PDFs it writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.render.style_css import PT_PER_MM
from tests.edition_support import contents_pages, mixed_articles, title_pages
from tests.pdf_tools import SAMPLES, flat, page_texts


def test_edition_command_writes_the_whole_edition(tmp_path: Path) -> None:
    sources = mixed_articles(tmp_path)
    target = tmp_path / "digest.pdf"
    args = ["edition", *map(str, sources), "-o", str(target), "--title", "Дайджест", "--subtitle", "Неделя"]
    assert main([*args, "--date", "2024-06-01", "--locale", "ru", "--paper", "A5", "-q"]) == 0
    first = page_texts(target)[0]
    assert "1 июня 2024 г." in first and "СОДЕРЖАНИЕ" in first.replace(" ", "").upper()
    reader = PdfReader(target)
    assert reader.metadata.title == "Дайджест" and reader.metadata.subject == "Неделя"
    assert float(reader.pages[0].mediabox.width) == pytest.approx(148 * PT_PER_MM, abs=0.5)
    titles = [
        "Council keeps the library budget",
        "Городская библиотека открылась после двухлетней реконструкции",
        "Bus routes after the spring review",
        "河畔图书馆历时两年改造后重新开放",
        "Parks open later in summer",
    ]
    listed = contents_pages(target, titles)
    assert listed == title_pages(target, titles, after=1)
    # The running foot is in the edition's locale: "Страница N из M".
    assert "Страница 2 из" in page_texts(target)[1]


def test_a_bad_input_names_its_file_and_leaves_no_pdf(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "gone.md"
    target = tmp_path / "out" / "digest.pdf"
    target.parent.mkdir()
    assert main(["edition", str(SAMPLES / "en-article.md"), str(missing), "-o", str(target), "-q"]) == 1
    assert capsys.readouterr().err.strip() == f"error: {missing}: no such file"
    assert list(target.parent.iterdir()) == []


def test_missing_output_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["edition", str(SAMPLES / "en-article.md")])
    assert stop.value.code == 2


def test_booklet_option_imposes_the_edition(tmp_path: Path) -> None:
    plain, booklet = tmp_path / "plain.pdf", tmp_path / "booklet.pdf"
    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md", "zh-article.md")]
    assert main(["edition", *sources, "-o", str(plain), "--paper", "A5", "-q"]) == 0
    assert main(["edition", *sources, "-o", str(booklet), "--paper", "A5", "--booklet", "-q"]) == 0
    pages = len(PdfReader(plain).pages)
    sheets = PdfReader(booklet).pages
    assert len(sheets) == -(-pages // 4) * 2
    for sheet in sheets:  # A5 pages on A4 sheets lying landscape
        assert float(sheet.mediabox.width) == pytest.approx(297 * PT_PER_MM, abs=0.5)
        assert float(sheet.mediabox.height) == pytest.approx(210 * PT_PER_MM, abs=0.5)
    # The outer sheet's front holds page 1 (the masthead) on its right half.
    first_side = page_texts(booklet)[0]
    assert flat("Riverside Courier") in flat(first_side)


def test_preset_applies_to_the_edition(tmp_path: Path) -> None:
    target = tmp_path / "press.pdf"
    assert (
        main(["edition", str(SAMPLES / "en-article.md"), "-o", str(target), "--preset", "print-shop", "-q"])
        == 0
    )
    reader = PdfReader(target)
    assert b"pdfx" in reader.trailer["/Root"]["/Metadata"].get_object().get_data().lower()
    page = reader.pages[0]
    assert float(page.bleedbox.width) - float(page.trimbox.width) == pytest.approx(6 * PT_PER_MM, abs=0.1)


def test_one_edition_per_locale(tmp_path: Path) -> None:
    out = tmp_path / "editions"
    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md")]
    args = ["edition", *sources, "-o", str(out), "--title", "Digest", "--locale", "en_US,zh_CN,ru", "-q"]
    assert main(args) == 0
    expected = {"en_US": ("CONTENTS", 215.9), "zh_CN": ("目录", 210.0), "ru": ("СОДЕРЖАНИЕ", 210.0)}
    assert sorted(p.name for p in out.iterdir()) == sorted(f"Digest-{locale}.pdf" for locale in expected)
    for locale, (label, width_mm) in expected.items():
        pdf = out / f"Digest-{locale}.pdf"
        assert label in page_texts(pdf)[0].replace(" ", "").upper(), locale
        width = float(PdfReader(pdf).pages[0].mediabox.width)
        assert width == pytest.approx(width_mm * PT_PER_MM, abs=0.5), locale


@pytest.mark.slow
def test_edition_and_booklet_bytes_are_the_same_across_processes(tmp_path: Path) -> None:
    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md", "zh-article.md")]
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(Path(__file__).parents[1])}
        for booklet in ([], ["--booklet"]):
            target = tmp_path / f"{hash_seed}-{len(booklet)}.pdf"
            command = [sys.executable, "-m", "desktop_app", "edition", *sources, "-o", str(target), "-q"]
            subprocess.run([*command, "--preset", "print-shop", *booklet], env=env, check=True)
            outputs.append(target.read_bytes())
    plain_1, booklet_1, plain_2, booklet_2 = outputs
    assert plain_1 == plain_2 and booklet_1 == booklet_2 and plain_1 != booklet_1
