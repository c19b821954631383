"""The three layouts: discovery, running heads and feet, columns, and the style reaching the page."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pdf_tools import export, flat, page_size_pt, page_texts, sample_document, words

from desktop_app.cli import main
from desktop_app.errors import ImprintError
from desktop_app.render.html import render_html
from desktop_app.render.layouts import UnknownLayoutError, available_layouts, layout_info

MM = 72 / 25.4
LAYOUTS = ("classic", "bulletin", "press-release")


def _long(document, times: int = 4):
    return document.with_changes(article=document.article.with_changes(body=document.article.body * times))


def test_available_layouts_describe_each_layout() -> None:
    layouts = {info.name: info for info in available_layouts()}
    assert set(layouts) == set(LAYOUTS)
    bulletin = layouts["bulletin"]
    assert (bulletin.label, bulletin.supports_columns, bulletin.user) == ("Two-column bulletin", True, False)
    assert not layouts["classic"].supports_columns and not layouts["press-release"].supports_columns
    assert layout_info("press-release", "ru").label == "Пресс-релиз"
    assert layout_info("classic", "zh_CN").label == "经典文章"


def test_unknown_layout_is_a_clear_error_listing_the_valid_names() -> None:
    document = sample_document("en", "magazine")
    with pytest.raises(UnknownLayoutError) as caught:
        render_html(document)
    assert isinstance(caught.value, ImprintError)
    message = str(caught.value)
    assert "magazine" in message and all(name in message for name in LAYOUTS)


def test_cli_refuses_an_unknown_layout(tmp_path: Path, capsys) -> None:
    source = Path(__file__).resolve().parents[1] / "docs" / "samples" / "en-article.md"
    with pytest.raises(SystemExit) as caught:
        main(["export", str(source), "-o", str(tmp_path / "x.pdf"), "--layout", "magazine"])
    assert caught.value.code == 2
    assert "bulletin" in capsys.readouterr().err


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_page_says_page_n_of_m_with_source_and_date(tmp_path: Path, layout: str) -> None:
    pdf = export(_long(sample_document("en", layout)), tmp_path / f"{layout}.pdf")
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        flat_text = flat(text)
        assert flat(f"Page {number} of {len(pages)}") in flat_text
        assert flat("Riverside Courier") in flat_text
        assert flat("30 March 2021") in flat_text
    # From the second page on, the running head repeats the title.
    title = flat("Riverside Library Reopens")
    assert flat(pages[1]).count(title) == 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_first_page_shows_title_subtitle_byline_and_date(tmp_path: Path, layout: str) -> None:
    pdf = export(sample_document("en", layout), tmp_path / f"{layout}.pdf")
    text = flat(page_texts(pdf)[0])
    for needed in (
        "Riverside Library Reopens After Two-Year Renovation",
        "New reading rooms",
        "30 March 2021",
    ):
        assert flat(needed) in text
    if layout == "press-release":
        assert flat("Margaret Hale") in text and "###" in text
    else:
        assert flat("By Margaret Hale") in text


def test_press_release_end_mark_and_contact_block_are_localised(tmp_path: Path) -> None:
    zh = flat(page_texts(export(sample_document("zh_CN", "press-release"), tmp_path / "zh.pdf"))[0])
    assert flat("（完）") in zh and flat("发布单位") in zh and flat("联系人") in zh
    ru = flat(page_texts(export(sample_document("ru", "press-release"), tmp_path / "ru.pdf"))[0])
    assert "###" in ru and flat("Контактное лицо") in ru and flat("О пресс-релизе") in ru


def _body_columns(pdf: Path, page_width: float) -> tuple[int, int]:
    """Body words left of, and right of, the page's middle, and how many straddle it."""
    found = [w for w in words(pdf) if w.page == 1]
    start = next(w for w in found if w.text.startswith("Tues")).y_min  # "Tues-" where it breaks
    body = [w for w in found if start - 1 <= w.y_min < 760]
    middle = page_width / 2
    straddling = sum(1 for w in body if w.x_min < middle < w.x_max)
    right = sum(1 for w in body if w.x_min > middle)
    return right, straddling


def test_bulletin_sets_the_body_in_two_columns(tmp_path: Path) -> None:
    pdf = export(sample_document("en", "bulletin"), tmp_path / "bulletin.pdf")
    width, _ = page_size_pt(pdf)
    right, straddling = _body_columns(pdf, width)
    assert right > 20 and straddling == 0
    classic = export(sample_document("en", "classic", columns=2), tmp_path / "classic.pdf")
    # The classic layout has one column whatever the style asks: words run across the middle.
    assert _body_columns(classic, width)[1] > 5


def test_bulletin_takes_its_column_count_from_the_style(tmp_path: Path) -> None:
    pdf = export(sample_document("en", "bulletin", columns=3), tmp_path / "three.pdf")
    width, _ = page_size_pt(pdf)
    found = [w for w in words(pdf) if w.page == 1]
    start = next(w for w in found if w.text.startswith("Tues")).y_min  # "Tues-" where it breaks
    body = [w for w in found if start - 1 <= w.y_min < 760]
    text_width = width - (18 + 18) * MM
    thirds = {min(2, int((w.x_min - 18 * MM) / (text_width / 3))) for w in body}
    assert thirds == {0, 1, 2}
    for edge in (18 * MM + text_width / 3, 18 * MM + 2 * text_width / 3):
        assert not [w for w in body if w.x_min < edge - 3 < w.x_max]


def _word(pdf: Path, text: str):
    return next(w for w in words(pdf) if w.page == 1 and w.text == text)


def test_style_sizes_and_margins_reach_the_page(tmp_path: Path) -> None:
    base = export(sample_document("en", "classic"), tmp_path / "base.pdf")
    bigger = export(
        sample_document("en", "classic", title_size=36.0, body_size=14.0, margin_left=35.0),
        tmp_path / "bigger.pdf",
    )
    title_ratio = (_word(bigger, "Riverside").y_max - _word(bigger, "Riverside").y_min) / (
        _word(base, "Riverside").y_max - _word(base, "Riverside").y_min
    )
    assert title_ratio == pytest.approx(36 / 24, rel=0.05)
    body_ratio = (_word(bigger, "Tuesday").y_max - _word(bigger, "Tuesday").y_min) / (
        _word(base, "Tuesday").y_max - _word(base, "Tuesday").y_min
    )
    assert body_ratio == pytest.approx(14 / 11, rel=0.05)
    first_body_word = min((w for w in words(bigger) if w.page == 1 and w.y_min > 200), key=lambda w: w.x_min)
    assert first_body_word.x_min == pytest.approx(35 * MM, abs=1.5)


def test_line_height_reaches_the_page(tmp_path: Path) -> None:
    def line_step(pdf: Path) -> float:
        ys = sorted({round(w.y_min, 1) for w in words(pdf) if w.page == 1 and 250 < w.y_min < 700})
        return min(b - a for a, b in itertools.pairwise(ys) if b - a > 5)

    tight = export(sample_document("en", "classic", line_height=1.2), tmp_path / "tight.pdf")
    loose = export(sample_document("en", "classic", line_height=1.8), tmp_path / "loose.pdf")
    assert line_step(loose) / line_step(tight) == pytest.approx(1.8 / 1.2, rel=0.05)


@pytest.mark.parametrize(
    ("paper", "orientation", "size"),
    [
        ("A5", "landscape", (595.3, 419.5)),
        ("Letter", "portrait", (612.0, 792.0)),
        ("A4", "portrait", (595.3, 841.9)),
    ],
)
def test_paper_and_orientation(tmp_path: Path, paper: str, orientation: str, size) -> None:
    pdf = export(sample_document("en", "bulletin", paper=paper, orientation=orientation), tmp_path / "p.pdf")
    assert page_size_pt(pdf) == pytest.approx(size, abs=0.5)


def test_article_text_cannot_break_out_of_the_stylesheet(tmp_path: Path) -> None:
    document = sample_document("en", "classic")
    hostile = 'Evil"; } </style><h1>injected</h1><style> x { content: "'
    document = document.with_changes(article=document.article.with_changes(source=hostile, title=hostile))
    html = render_html(document)
    assert "<h1>injected</h1>" not in html
    text = flat(page_texts(export(document, tmp_path / "hostile.pdf"))[0])
    assert flat("</style><h1>injected</h1>") in text
