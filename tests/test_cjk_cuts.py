"""Chinese, Japanese and Korean pages are set in cuts of the Noto CJK faces, and look the same."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from pdf_glyphs import notdef_characters
from pdf_tools import SAMPLES, pdf_fonts

from desktop_app.readers import read_document
from desktop_app.render import pdf as render_pdf
from desktop_app.render.cjk_cuts import CUTS, characters, cut_file, cuts_folder, regions_of

ZH_SAMPLE = SAMPLES / "zh-article.md"


def raster(pdf: Path, folder: Path) -> list[bytes]:
    """Each page as a 60 dpi greyscale image, in bytes."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "60", "-gray", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.glob("p*.pgm"))]


def export(source: Path, target: Path) -> Path:
    target.write_bytes(render_pdf.render(read_document(source)).pdf)
    return target


@pytest.fixture
def without_cuts(monkeypatch: pytest.MonkeyPatch):
    """Renders that are given no cut: the full Noto CJK faces, as before there were cuts."""
    monkeypatch.setattr(render_pdf, "add_cuts", lambda font_config, html_text: None)
    render_pdf.reload_fonts()
    yield
    monkeypatch.undo()
    render_pdf.reload_fonts()


def names(pdf: Path) -> set[str]:
    return {row.name.split("+", 1)[-1] for row in pdf_fonts(pdf)}


def test_chinese_pages_are_set_in_the_cuts_and_look_the_same(tmp_path: Path, request) -> None:
    cut = export(ZH_SAMPLE, tmp_path / "cut.pdf")
    cut_names = names(cut)
    assert {"Imprint-Serif-CJK-SC", "Imprint-Sans-CJK-SC-Bold"} <= cut_names, cut_names
    assert not any(n.startswith("Noto-") and "CJK" in n for n in cut_names), cut_names

    request.getfixturevalue("without_cuts")
    full = export(ZH_SAMPLE, tmp_path / "full.pdf")
    assert any(n.startswith("Noto-Serif-CJK-SC") for n in names(full))
    # The same glyphs in the same places: every page is the same to the pixel.
    assert raster(cut, tmp_path / "cut") == raster(full, tmp_path / "full")
    # Each embedded subset keeps its face's glyph numbering: a cut numbers a fifth as many.
    assert cut.stat().st_size < 0.6 * full.stat().st_size


def test_characters_outside_the_cut_fall_to_the_full_face(tmp_path: Path) -> None:
    # 們 is Traditional (Big5, not GB 2312); 䶮 (in the name 刘䶮) is in CJK Extension A.
    rare = "他們說「刘䶮」很少見。"
    assert ord("們") not in characters("gb2312") and ord("们") in characters("gb2312")
    source = tmp_path / "rare.md"
    source.write_text(f"---\ntitle: 河畔图书馆\nlanguage: zh\n---\n\n{rare}河畔图书馆重新开放。\n", "utf-8")
    pdf = export(source, tmp_path / "rare.pdf")
    assert notdef_characters(pdf) == {}
    found = names(pdf)
    assert "Imprint-Serif-CJK-SC" in found and "Noto-Serif-CJK-SC" in found, found
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert rare in text


def test_a_page_without_cjk_text_makes_no_cut(tmp_path: Path, private_dirs: Path) -> None:
    pdf = export(SAMPLES / "ru-article.md", tmp_path / "ru.pdf")
    assert not any("CJK" in n for n in names(pdf))
    assert not cuts_folder().exists()


def test_a_cut_is_made_once_and_kept_under_its_own_name(private_dirs: Path) -> None:
    source = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc")
    if not source.is_file():
        pytest.skip("fonts-noto-cjk is not installed")
    cut = CUTS["Noto Serif CJK SC"]
    index = 2  # the Simplified Chinese face of Debian's collection
    first = cut_file(cut, "Bold", source, index)
    assert first is not None and first.parent == cuts_folder()
    made = first.stat().st_mtime_ns
    assert cut_file(cut, "Bold", source, index) == first
    assert first.stat().st_mtime_ns == made  # taken from the cache, not made again
    data = first.read_bytes()
    first.unlink()
    # A render process ended while writing a cut leaves its temporary file; an old one goes.
    abandoned, recent = cuts_folder() / ".abandoned.otf.x.part", cuts_folder() / ".recent.otf.y.part"
    abandoned.write_bytes(b"half a font")
    recent.write_bytes(b"being written")
    os.utime(abandoned, (time.time() - 3600, time.time() - 3600))
    assert cut_file(cut, "Bold", source, index).read_bytes() == data  # the same bytes each time
    assert not abandoned.exists() and recent.exists()

    scanned = subprocess.run(
        ["fc-scan", "--format", "%{family}|%{style}|%{postscriptname}", str(first)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert scanned == "Imprint Serif CJK SC|Bold|ImprintSerifCJKSC-Bold"
    from fontTools.ttLib import TTFont

    glyphs = TTFont(first, lazy=True)["maxp"].numGlyphs
    assert glyphs < 20_000 < TTFont(source, fontNumber=index, lazy=True)["maxp"].numGlyphs


def test_the_regions_cut_follow_the_page_languages() -> None:
    assert regions_of('<html lang="zh-CN"><p>中文</p>') == ["SC"]
    assert regions_of('<html lang="zh-TW"><p>中文</p>') == ["TC"]
    assert regions_of(
        '<html lang="en"><section lang="ja">日本</section><section lang="ko">한국</section>'
    ) == [
        "JP",
        "KR",
    ]
    # An English page quoting Chinese reaches the Simplified faces, as its stacks do.
    assert regions_of('<html lang="en"><p>He said 你好.</p>') == ["SC"]
    assert ord("한") in characters("euc_kr") and 0xD7A3 in characters("euc_kr")
