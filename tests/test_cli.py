"""The command line contract: export, info, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.readers import read_document
from desktop_app.readers.decoding import MAX_ARTICLE_BYTES
from tests.conftest import assert_in_order, pdf_text


def test_seed_export_holds_every_paragraph_in_order_and_no_chrome(tmp_path: Path, seed_path: Path) -> None:
    target = tmp_path / "seed.pdf"
    assert main(["export", str(seed_path), "-o", str(target), "-q"]) == 0
    text = pdf_text(target)
    article = read_document(seed_path).article
    assert_in_order(text, [article.title, *article.paragraphs])
    for chrome in ("Fonts:", "A+ A A-", "Updated :", "【"):
        assert chrome not in text
    assert PdfReader(target).metadata.title == article.title


def test_info_on_the_seed(seed_path: Path, capsys) -> None:
    assert main(["info", str(seed_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["date"] == "2021-03-30"
    assert info["source"] == "CCFAO"
    assert info["encoding"] == "utf-8"
    assert info["paragraphs"] == 6


def test_info_plain_text(seed_path: Path, capsys) -> None:
    assert main(["info", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "2021-03-30" in out and "CCFAO" in out


@pytest.mark.parametrize("fixture", ["zh_path", "ru_path"])
def test_chinese_and_russian_articles_export(tmp_path: Path, request, fixture: str) -> None:
    source: Path = request.getfixturevalue(fixture)
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target), "-q"]) == 0
    article = read_document(source).article
    text = pdf_text(target)
    assert_in_order(text, [article.title, *article.paragraphs])
    assert PdfReader(target).metadata.title == article.title


def test_default_names_come_from_titles_without_clobbering(tmp_path: Path, seed_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path.read_bytes())
    out = tmp_path / "out"
    assert main(["export", str(seed_path), str(copy), "-o", f"{out}/", "-q"]) == 0
    names = sorted(p.name for p in out.iterdir())
    title = "Video Conference on China-Russia Sci-Tech Cooperation Held"
    assert names == [f"{title}-2.pdf", f"{title}.pdf"]


def test_one_bad_input_fails_the_run_but_not_the_others(tmp_path: Path, seed_path: Path, capsys) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    assert main(["export", str(missing), str(seed_path), "-o", str(out), "-q", "--jobs", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {missing}: no such file"]
    assert len(list(out.glob("*.pdf"))) == 1


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "big.txt").write_bytes(b"x" * (MAX_ARTICLE_BYTES + 1))
    (tmp_path / "bad.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "folder": (tmp_path, "is a folder"),
        "empty": (tmp_path / "empty.txt", "file is empty"),
        "binary": (tmp_path / "binary.txt", "binary file"),
        "big": (tmp_path / "big.txt", "limited to 10 MiB"),
        "bad front matter": (tmp_path / "bad.md", "front matter"),
    }


@pytest.mark.parametrize("command", ["export", "info"])
def test_each_bad_input_gives_one_line_and_exit_1(tmp_path: Path, capsys, command: str) -> None:
    for path, reason in _bad_inputs(tmp_path).values():
        extra = ["-o", str(tmp_path / "o.pdf")] if command == "export" else []
        assert main([command, str(path), *extra]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert err.startswith(f"error: {path}: ") and reason in err
    assert not (tmp_path / "o.pdf").exists()


def test_bad_usage_exits_2(seed_path: Path, capsys) -> None:
    for argv in (
        ["export"],
        ["export", str(seed_path), "--paper", "B7"],
        ["export", str(seed_path), "--jobs", "0"],
        ["export", str(seed_path), "--locale", "xx_QQ_1"],
        ["export", str(seed_path), "--font-size", "900"],
    ):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
    capsys.readouterr()


def test_font_size_option_reaches_the_pdf(tmp_path: Path, seed_path: Path) -> None:
    small, large = tmp_path / "small.pdf", tmp_path / "large.pdf"
    main(["export", str(seed_path), "-o", str(small), "--font-size", "9", "-q"])
    main(["export", str(seed_path), "-o", str(large), "--font-size", "16", "-q"])
    assert len(PdfReader(large).pages) > len(PdfReader(small).pages)


def test_python_dash_m_is_the_same_entry(tmp_path: Path, seed_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "info", str(seed_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert json.loads(result.stdout)["source"] == "CCFAO"


def test_traceback_never_reaches_the_user(tmp_path: Path) -> None:
    bad = tmp_path / "bad.imprint"
    bad.write_text("{not json", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", str(bad), "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {bad}: not an Imprint document")
    assert "Traceback" not in result.stderr


def test_jobs_give_the_same_pdfs_as_one_process(
    tmp_path: Path, seed_path: Path, zh_path: Path, ru_path: Path
) -> None:
    inputs = [str(seed_path), str(zh_path), str(ru_path)]
    assert main(["export", *inputs, "-o", f"{tmp_path / 'one'}/", "-q"]) == 0
    assert main(["export", *inputs, "-o", f"{tmp_path / 'two'}/", "-q", "--jobs", "2"]) == 0
    one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert len(one) == 3 and one == two
