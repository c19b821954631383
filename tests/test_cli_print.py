"""The command line's print-ready flags and the preflight command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import _parser, main
from desktop_app.model.overrides import Overrides
from desktop_app.readers import read_document

MM = 72 / 25.4


def _export(tmp_path: Path, source: Path, *flags: str) -> PdfReader:
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target), "-q", *flags]) == 0
    return PdfReader(target)


def _bleed_mm(reader: PdfReader) -> float:
    page = reader.pages[0]
    return round((float(page.trimbox.left) - float(page.bleedbox.left)) / MM, 2)


def test_preset_print_shop(tmp_path: Path, seed_path: Path) -> None:
    reader = _export(tmp_path, seed_path, "--preset", "print-shop")
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/OutputConditionIdentifier"] == "FOGRA39"
    assert _bleed_mm(reader) == 3.0


def test_flags_override_the_preset(tmp_path: Path, seed_path: Path) -> None:
    reader = _export(tmp_path, seed_path, "--preset", "print-shop", "--bleed", "5", "--pdf-variant", "none")
    assert _bleed_mm(reader) == 5.0
    assert "/OutputIntents" not in reader.trailer["/Root"]


def test_style_flags_reach_the_document(seed_path: Path) -> None:
    args = _parser().parse_args(
        ["export", str(seed_path), "--columns", "2", "--title-size", "30", "--line-height", "1.3",
         "--margins", "10,12,14,16", "--preset", "archive", "--crop-marks", "--bleed", "2"]
    )  # fmt: skip
    document = Overrides.from_args(args)(read_document(seed_path))
    style, options = document.style, document.options
    assert (style.columns, style.title_size, style.line_height) == (2, 30.0, 1.3)
    assert (style.margin_top, style.margin_right, style.margin_bottom, style.margin_left) == (10, 12, 14, 16)
    assert (options.pdf_variant, options.crop_marks, options.bleed_mm) == ("pdf/a-3b", True, 2.0)
    one = Overrides.from_args(_parser().parse_args(["export", str(seed_path), "--margins", "9"]))
    assert one(read_document(seed_path)).style.margin_left == 9


def _leftmost_text_mm(reader: PdfReader) -> float:
    xs: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if text.strip():
            xs.append(cm[4] + tm[4] * cm[0])

    reader.pages[0].extract_text(visitor_text=visit)
    return min(xs) / MM


def test_margins_move_the_text(tmp_path: Path, seed_path: Path) -> None:
    assert _leftmost_text_mm(_export(tmp_path, seed_path)) == pytest.approx(18, abs=0.5)
    assert _leftmost_text_mm(_export(tmp_path, seed_path, "--margins", "10,12,14,30")) == pytest.approx(
        30, abs=0.5
    )


@pytest.mark.parametrize(
    "flags",
    [
        ["--margins", "1,2"],
        ["--margins", "200"],
        ["--bleed", "-1"],
        ["--pdf-variant", "pdf/z-1"],
        ["--preset", "poster"],
        ["--columns", "9"],
        ["--line-height", "7"],
    ],
)
def test_bad_flags_are_usage_errors(seed_path: Path, flags: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(seed_path), *flags])
    assert exit_info.value.code == 2


def test_preflight_clean_seed(seed_path: Path, capsys) -> None:
    assert main(["preflight", str(seed_path), "--preset", "print-shop"]) == 0
    # No errors or warnings; only proofing's notices (names the dictionary does not know).
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(f"{seed_path}: spelling: ") for line in lines), lines


def test_preflight_reports_errors_one_per_line(tmp_path: Path, capsys) -> None:
    source = tmp_path / "private-use.md"
    source.write_text("---\ntitle: Mixed\n---\nHello \uf8ff.\n", encoding="utf-8")
    assert main(["preflight", str(source)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{source}: warning: The article has no date; the page shows none." in lines
    assert any(line.startswith(f"{source}: error: ") and "U+F8FF" in line for line in lines)
    assert all(
        line.startswith(f"{source}: error: ") or line.startswith(f"{source}: warning: ") for line in lines
    )


def test_preflight_json(tmp_path: Path, seed_path: Path, capsys) -> None:
    assert main(["preflight", str(seed_path), "--pdf-variant", "pdf/x-1a", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    codes = {f["code"] for f in findings}
    assert {"variant-rgb", "no-bleed"} <= codes
    assert all(f["path"] == str(seed_path) for f in findings)
    assert {f["severity"] for f in findings if f["code"] != "spelling"} <= {"error", "warning"}


def test_preflight_unreadable_file(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["preflight", str(empty)]) == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_preflight_bad_usage() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["preflight"])
    assert exit_info.value.code == 2
