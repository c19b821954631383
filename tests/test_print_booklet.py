"""Printing a booklet through a real CUPS queue: the sheets, not the pages, reach the printer."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from tests.pdf_tools import SAMPLES
from tests.printing_support import CupsQueue, assert_same_sheets, wait_for_output


@pytest.mark.slow
def test_print_booklet_sends_imposed_sheets(cups_queue: CupsQueue, tmp_path: Path, capsys) -> None:
    source = SAMPLES / "en-article.md"
    submitted_at = time.time()
    args = ["print", str(source), "--printer", cups_queue.name, "--paper", "A5", "--booklet"]
    assert main(args) == 0, capsys.readouterr().err
    job_id = capsys.readouterr().out.strip()
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)
    exported = tmp_path / "pages.pdf"
    assert main(["export", str(source), "-o", str(exported), "--paper", "A5", "-q"]) == 0
    pages = len(PdfReader(exported).pages)
    sheets = PdfReader(printed).pages
    assert len(sheets) == -(-pages // 4) * 2
    # A4 sheets (CUPS may turn the landscape sheet onto portrait paper); the pages were A5.
    size = sorted((round(float(sheets[0].mediabox.width)), round(float(sheets[0].mediabox.height))))
    assert size == [595, 842]


@pytest.mark.slow
def test_print_an_edition_document_as_a_booklet(cups_queue: CupsQueue, tmp_path: Path, capsys) -> None:
    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md", "zh-article.md")]
    saved, exported = tmp_path / "digest.imprint", tmp_path / "digest.pdf"
    assert main(["edition", *sources, "-o", str(exported), "--paper", "A5", "--save", str(saved), "-q"]) == 0
    submitted_at = time.time()
    assert main(["print", str(saved), "--printer", cups_queue.name, "--booklet"]) == 0
    job_id = capsys.readouterr().out.strip()
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)
    pages = len(PdfReader(exported).pages)
    assert len(PdfReader(printed).pages) == -(-pages // 4) * 2


@pytest.mark.slow
def test_a_print_shop_edition_prints_as_the_exported_booklet(
    cups_queue: CupsQueue, tmp_path: Path, capsys
) -> None:
    sources = [str(SAMPLES / name) for name in ("en-article.md", "ru-article.md", "zh-article.md")]
    saved, exported = tmp_path / "shop.imprint", tmp_path / "shop-booklet.pdf"
    made = ["edition", *sources, "-o", str(exported), "--paper", "A5", "--preset", "print-shop", "--booklet"]
    assert main([*made, "--save", str(saved), "-q"]) == 0, capsys.readouterr().err
    submitted_at = time.time()
    assert main(["print", str(saved), "--printer", cups_queue.name, "--booklet"]) == 0
    job_id = capsys.readouterr().out.strip()
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)
    assert_same_sheets(printed, exported, tmp_path)
