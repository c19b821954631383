"""Every script of the multilingual corpus prints: recognised language, direction, faces, no boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from multilingual import BY_TAG, CORPUS, Sample
from pdf_glyphs import notdef_characters
from pdf_tools import pdf_fonts, words

from desktop_app.language.detection import guess_language
from desktop_app.language.tags import language_tag, script_code, text_direction
from desktop_app.readers import read_document
from desktop_app.render.fonts import font_names, script_of
from desktop_app.render.html import render_html
from desktop_app.render.pdf import render


def export_sample(sample: Sample, folder: Path) -> tuple[Path, str]:
    """The sample read without a declared language and exported; its PDF and its recognised tag."""
    document = read_document(sample.write(folder))
    pdf = folder / f"{sample.tag}.pdf"
    pdf.write_bytes(render(document).pdf)
    return pdf, document.article.language


@pytest.mark.parametrize("sample", CORPUS, ids=lambda s: s.tag)
def test_every_script_prints_without_boxes_in_its_own_faces(sample: Sample, tmp_path: Path) -> None:
    pdf, language = export_sample(sample, tmp_path)
    assert language == sample.tag
    assert notdef_characters(pdf) == {}
    families = {row.family for row in pdf_fonts(pdf)}
    assert sample.body_family in families
    assert font_names(language)[0] == sample.body_family
    # Both emoji are drawn, from the emoji face, not as boxes.
    assert "Noto Color Emoji" in families
    html = render_html(read_document(tmp_path / f"{sample.tag}.md"))
    assert f'<html lang="{sample.tag}" dir="{sample.direction}" ' in html
    assert f"script-{script_of(sample.tag)}" in html


def test_cjk_faces_follow_the_language() -> None:
    assert font_names("ja")[:2] == ["Noto Serif CJK JP", "Noto Sans CJK JP"]
    assert font_names("ko", "meta")[0] == "Noto Sans CJK KR"
    assert font_names("zh-TW")[0] == "Noto Serif CJK TC"
    assert font_names("zh-Hant")[0] == "Noto Serif CJK TC"
    assert font_names("zh-HK")[0] == "Noto Serif CJK TC"
    assert font_names("zh")[0] == font_names("zh-CN")[0] == "Noto Serif CJK SC"
    # An English page quoting Chinese takes the Simplified face for it, after its own.
    assert font_names("en").index("Noto Serif CJK SC") > font_names("en").index("PT Serif")


def test_japanese_is_not_taken_for_chinese() -> None:
    assert guess_language(BY_TAG["ja"].title + "".join(BY_TAG["ja"].paragraphs)) == "ja"
    assert guess_language("中俄科技合作视频会议在长春举行。会议旨在落实两国元首达成的共识。") == "zh"
    assert guess_language("This library opened on Tuesday with twenty thousand books.") == "en"
    # Too short for the detector: the script's most likely language.
    assert guess_language("ひらがな") == "ja"
    assert guess_language("ქართ") == "ka"
    assert guess_language("12 34") == "en"


def test_tags_are_canonical_bcp47() -> None:
    assert language_tag("ZH_hant") == "zh-Hant"
    assert language_tag("zh_tw") == "zh-TW"
    assert language_tag("iw") == "he"
    assert language_tag(" en ") == "en"
    assert script_code("zh-TW") == "Hant" and script_code("ja") == "Jpan" and script_code("fa") == "Arab"
    assert text_direction("fa") == text_direction("he") == "rtl" and text_direction("ja") == "ltr"


def test_right_to_left_page_is_mirrored_and_keeps_latin_in_order(tmp_path: Path) -> None:
    pdf, _language = export_sample(BY_TAG["ar"], tmp_path)
    found = words(pdf)
    unesco = next(w for w in found if w.text == "UNESCO")
    year = next(w for w in found if w.text.startswith("2021"))
    # "… برنامج UNESCO للقراءة … منذ عام 2021": read from the right, the year comes after
    # the name, so on the same line it lies to its left.
    assert abs(year.y_min - unesco.y_min) < 1 and year.x_max < unesco.x_min
    # The running foot trades sides: the source on the right, the date on the left.
    foot = [w for w in found if w.y_min > 780]
    source = next(w for w in foot if w.text == "Wire")
    date = next(w for w in foot if w.text == "2024")
    assert source.x_min > 400 and date.x_max < 200
    # The body's lines start at the right margin (595.3 pt page, 18 mm margins).
    body_right = max(w.x_max for w in found if 150 < w.y_min < 700)
    assert body_right == pytest.approx(595.28 - 18 * 72 / 25.4, abs=1.5)


def test_every_script_of_the_table_has_its_stack_and_cjk_region() -> None:
    # One table names each script's stack and region: a row naming a stack or a cut region
    # that does not exist would set its pages in the fallback faces.
    from desktop_app.language.scripts import SCRIPTS
    from desktop_app.render.cjk_cuts import CUTS
    from desktop_app.render.fonts import FONT_STACKS, SCRIPT_STACKS, script_families

    cut_regions = {cut.region for cut in CUTS.values()}
    for script in SCRIPTS.values():
        assert script.stack in FONT_STACKS or script.stack in SCRIPT_STACKS, script
        assert script.region is None or script.region in cut_regions, script
        assert script_families(script.code)
    assert script_families("Hira") == script_families("Jpan") == ("Noto Serif CJK JP", "Noto Sans CJK JP")
    assert script_families("Zzzz") == ()
