"""Localised words, dates, fonts, hyphenation and paper in exported PDFs, and the catalogs themselves."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from fontTools.ttLib import TTCollection, TTFont
from pdf_tools import (
    ROOT,
    export,
    flat,
    page_size_pt,
    page_texts,
    pdf_fonts,
    sample_document,
    words,
)
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.language.catalogs import translations
from desktop_app.language.locales import available_locales, default_paper, display_name
from desktop_app.render.fonts import FONT_STACKS, expected_families, script_of
from desktop_app.render.html import render_html
from desktop_app.render.layouts import layout_names

LOCALES = ("en", "en_US", "zh_CN", "ru")
TRANSLATED = ("zh_CN", "ru")

# What each locale's pages must say: the footer of a one-page export, the date as Babel
# writes it, and the press release's label.
EXPECTED = {
    "en": ("Page 1 of 1", "30 March 2021", "For immediate release"),
    "en_US": ("Page 1 of 1", "March 30, 2021", "For immediate release"),
    "zh_CN": ("第1页，共1页", "2021年3月30日", "即时发布"),
    "ru": ("Страница 1 из 1", "30 марта 2021 г.", "Для немедленной публикации"),
}
LANGUAGE = {"en": "en", "en_US": "en", "zh_CN": "zh", "ru": "ru"}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every layout in every locale, exported once for the whole module."""
    folder = tmp_path_factory.mktemp("localised")
    return {
        (layout, locale): export(sample_document(locale, layout), folder / f"{layout}-{locale}.pdf")
        for layout in layout_names()
        for locale in LOCALES
    }


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layout", ["classic", "bulletin", "press-release"])
def test_pdf_holds_localised_footer_and_date(exports, layout: str, locale: str) -> None:
    text = flat("".join(page_texts(exports[layout, locale])))
    footer, date, _ = EXPECTED[locale]
    assert flat(footer) in text
    assert flat(date) in text


@pytest.mark.parametrize("locale", LOCALES)
def test_press_release_labels_are_translated(exports, locale: str) -> None:
    text = flat(page_texts(exports["press-release", locale])[0])
    assert flat(EXPECTED[locale][2]) in text
    if locale in TRANSLATED:
        assert flat("For immediate release") not in text
        assert flat("Page 1 of") not in text


def test_chinese_and_russian_labels_in_every_layout(exports) -> None:
    assert flat("简报") in flat(page_texts(exports["bulletin", "zh_CN"])[0])
    assert flat("Бюллетень") in flat(page_texts(exports["bulletin", "ru"])[0])
    assert flat("作者：王静") in flat(page_texts(exports["classic", "zh_CN"])[0])
    assert flat("Автор: Марина Голованова") in flat(page_texts(exports["classic", "ru"])[0])
    # Russian has three plural forms; the press release counts words with Babel's numbers.
    ru_release = flat(page_texts(exports["press-release", "ru"])[0])
    assert any(flat(f"{n} слов") in ru_release for n in range(100, 400))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("layout", ["classic", "bulletin", "press-release"])
def test_every_font_is_embedded_and_from_the_script_stack(exports, layout: str, locale: str) -> None:
    rows = pdf_fonts(exports[layout, locale])
    assert rows, "pdffonts lists no font"
    assert all(row.embedded for row in rows), rows
    families = {row.family for row in rows}
    # Only the first choices of the article's script appear: nothing fell back to another face.
    assert families == expected_families(LANGUAGE[locale]), families


def test_expected_families_per_script() -> None:
    assert expected_families("zh") == {"Noto Serif CJK SC", "Noto Sans CJK SC"}
    assert expected_families("ru") == {"PT Serif", "PT Sans"}
    assert expected_families("en") == {"PT Serif", "PT Sans"}


def _font_file(family: str, style: str = "Regular") -> Path:
    out = subprocess.run(
        ["fc-match", "-f", "%{file}\n%{family}", f"{family}:style={style}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path, found_family = out.split("\n", 1)
    assert family in found_family.split(","), f"{family} is not installed (fc-match gave {found_family})"
    return Path(path)


def _cmap(path: Path, family: str) -> set[int]:
    if path.suffix.lower() == ".ttc":
        fonts = TTCollection(str(path)).fonts
        font = next(f for f in fonts if family in str(f["name"].getDebugName(1)))
    else:
        font = TTFont(str(path))
    return set(font.getBestCmap())


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ru"])
def test_first_choice_fonts_cover_every_character_of_the_article(locale: str) -> None:
    article = sample_document(locale).article
    text = "".join([article.title, article.subtitle, article.author, article.source, article.body])
    needed = {ord(c) for c in text if not c.isspace()} - {ord(c) for c in "-#*_[]"}
    script = script_of(article.language)
    for role in ("body", "heading"):
        family = FONT_STACKS[script][role][0]
        missing = needed - _cmap(_font_file(family), family)
        assert not missing, f"{family} lacks {''.join(map(chr, sorted(missing)))!r}"


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ru"])
def test_every_character_of_the_body_reaches_the_pdf(exports, locale: str) -> None:
    article = sample_document(locale).article
    text = flat("".join(page_texts(exports["classic", locale])))
    for paragraph in article.paragraphs:
        assert flat(paragraph) in text


@pytest.mark.parametrize(("locale", "lang"), [("en", "en"), ("zh_CN", "zh"), ("ru", "ru")])
def test_lang_is_set_in_html_and_pdf(exports, locale: str, lang: str) -> None:
    assert f'<html lang="{lang}" dir="ltr" ' in render_html(sample_document(locale))
    assert PdfReader(exports["classic", locale]).trailer["/Root"]["/Lang"] == lang


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_english_and_russian_are_hyphenated(exports, locale: str) -> None:
    body = sample_document(locale).article.body.casefold()
    cut = [
        w.text
        for w in words(exports["bulletin", locale])
        if w.text.endswith("-") and w.text[:-1].isalpha() and w.text.casefold() not in body
    ]
    # A word cut by hyphenation: "hun-" is not in the article, but "hun" starts one of its words.
    assert cut
    assert all(w[:-1].casefold() in body for w in cut), cut


def test_chinese_is_not_hyphenated_and_keeps_punctuation_off_line_starts(exports) -> None:
    lines = [line.strip() for line in "".join(page_texts(exports["classic", "zh_CN"])).splitlines()]
    body = [line for line in lines if line]
    assert not any(line.endswith("-") for line in body)
    closing = tuple("，。、；：！？）》」”")
    assert not [line for line in body if line.startswith(closing)]


def test_chinese_measure_is_a_whole_number_of_characters() -> None:
    html = render_html(sample_document("zh_CN"))
    assert ".body { width:" in html
    from desktop_app.render.style_css import cjk_measure_pt

    measure = cjk_measure_pt(500.0, 11.0, 1, 17.0)
    assert measure == pytest.approx(45 * 11.0)
    two = cjk_measure_pt(500.0, 11.0, 2, 17.0)
    assert ((two - 17.0) / 2 / 11.0) == pytest.approx(int((500 - 17) / 2 / 11))


def test_english_has_no_grid_width() -> None:
    assert ".body { width:" not in render_html(sample_document("en"))


@pytest.mark.parametrize(
    ("locale", "paper", "size"),
    [("en_US", "Letter", (612.0, 792.0)), ("ru", "A4", (595.3, 841.9)), ("zh_CN", "A4", (595.3, 841.9))],
)
def test_cli_export_uses_the_locale_paper_unless_given(
    tmp_path: Path, locale: str, paper: str, size: tuple[float, float]
) -> None:
    source = ROOT / "docs" / "samples" / "en-article.md"
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target), "--locale", locale, "-q"]) == 0
    assert page_size_pt(target) == pytest.approx(size, abs=0.5)
    assert default_paper(locale) == paper


def test_cli_paper_option_wins_over_the_locale(tmp_path: Path) -> None:
    source = ROOT / "docs" / "samples" / "en-article.md"
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target), "--locale", "en_US", "--paper", "A4", "-q"]) == 0
    assert page_size_pt(target) == pytest.approx((595.3, 841.9), abs=0.5)


def test_default_paper_by_territory() -> None:
    for locale in ("en_US", "en_CA", "fr_CA", "es_MX", "en_PH", "es_CL", "es_CO", "es_VE"):
        assert default_paper(locale) == "Letter", locale
    for locale in ("en", "en_GB", "ru", "ru_RU", "zh_CN", "de_DE", "fr", "not-a-locale"):
        assert default_paper(locale) == "A4", locale


def test_available_locales_have_names_in_their_own_language() -> None:
    found = {info.code: info.name for info in available_locales()}
    assert set(LOCALES) <= set(found)
    assert found["ru"] == "Русский"
    assert found["zh_CN"].startswith("中文")
    assert found["en_US"] == "English (United States)"
    assert display_name("zh_CN") == found["zh_CN"]


def test_a_bare_language_reads_its_main_catalog() -> None:
    assert translations("zh").gettext("Bulletin") == "简报"
    assert translations("ru_RU").gettext("Bulletin") == "Бюллетень"
    assert translations("fr").gettext("Bulletin") == "Bulletin"


# --- the catalogs ----------------------------------------------------------------------


def _read(locale: str):
    path = ROOT / "translations" / locale / "LC_MESSAGES" / "imprint.po"
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def _extracted_ids() -> set[str]:
    with (ROOT / "babel.cfg").open() as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    ids = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT),
        method_map,
        options_map,
        keywords=DEFAULT_KEYWORDS,
    ):
        ids.add(message if isinstance(message, str) else message[0])
    return ids


@pytest.mark.parametrize("locale", TRANSLATED)
def test_catalog_is_complete_and_well_formed(locale: str) -> None:
    catalog = _read(locale)
    messages = [m for m in catalog if m.id]
    assert messages
    for message in messages:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated in {locale}: {message.id!r}"
        assert not message.fuzzy, f"fuzzy in {locale}: {message.id!r}"
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check() if errors]
    assert not problems


@pytest.mark.parametrize("locale", LOCALES)
def test_catalogs_and_template_match_the_sources(locale: str) -> None:
    extracted = _extracted_ids()
    assert "Page %(page)s of %(pages)s" in extracted and "Two-column bulletin" in extracted
    with (ROOT / "translations" / "messages.pot").open("rb") as fh:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}
    assert template == extracted, "messages.pot is stale: run pybabel extract (see README)"
    catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in _read(locale) if m.id}
    assert catalog == extracted, f"{locale} is out of step: run pybabel update (see README)"
