"""Figures on the page: the block's grammar, the photo, caption and credit as each layout sets
them, and the figure's elements in the page map."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_tools import words
from picture_samples import BLUE, GREEN, RED, colour_box, figure_document, listed_images, photo

from desktop_app.model.figures import Figure, parse_figure
from desktop_app.render.pdf import render

LAYOUTS = ("classic", "bulletin", "press-release")
TEXT = " ".join(["The council opened the harbour bridge on Tuesday morning."] * 6)
BODY = f"""![Ribbon cut at the harbour wall](lead.jpg "Photo: Jan Holm"){{.wide}}

{TEXT}

{TEXT}

![The first bus crosses](bus.jpg "Photo: Lena Dahl")

{TEXT}
"""
PICTURES = {"lead.jpg": photo((1500, 1000), BLUE), "bus.jpg": photo((900, 600), RED)}


@pytest.mark.parametrize(
    ("block", "figure"),
    [
        ('![A caption](p.jpg "A credit")', Figure("p.jpg", "A caption", "A credit")),
        ("![](p.jpg)", Figure("p.jpg")),
        ('![Half](p.png "C"){.half}', Figure("p.png", "Half", "C", "half")),
        (
            r'![Brackets \] kept](<my photo.jpg> "Say \"cheese\""){.wide}',
            Figure("my photo.jpg", "Brackets ] kept", 'Say "cheese"', "wide"),
        ),
        (
            '![Remote](https://example.com/a.jpg "Agency")',
            Figure("https://example.com/a.jpg", "Remote", "Agency"),
        ),
    ],
)
def test_figure_blocks_read_and_write_back_the_same(block: str, figure: Figure) -> None:
    assert parse_figure(block) == figure
    assert parse_figure(figure.markdown()) == figure


@pytest.mark.parametrize(
    "block", ["Text with ![an image](p.jpg) inside", "![a](p.jpg) ![b](q.jpg)", "# ![x](p.jpg)"]
)
def test_an_image_inside_other_text_is_not_a_figure(block: str) -> None:
    assert parse_figure(block) is None


def test_remote_images_are_known_as_remote() -> None:
    assert parse_figure("![x](https://example.com/a.jpg)").is_remote
    assert parse_figure("![x](//example.com/a.jpg)").is_remote
    assert not parse_figure("![x](photos/a.jpg)").is_remote


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_prints_the_lead_photo_and_an_inline_figure_with_caption_and_credit_under_them(
    tmp_path: Path, layout: str
) -> None:
    pdf = tmp_path / f"{layout}.pdf"
    pdf.write_bytes(render(figure_document(BODY, PICTURES, layout)).pdf)
    listed = listed_images(pdf)
    assert [(i.width, i.height) for i in listed] == [(1500, 1000), (900, 600)]
    placed = words(pdf)
    for color, caption, credit in ((BLUE, "Ribbon", "Holm"), (RED, "bus", "Dahl")):
        page = next(w.page for w in placed if w.text == caption)
        x0, _y0, x1, y1 = colour_box(pdf, page, color)
        caption_word = next(w for w in placed if w.text == caption and w.page == page)
        credit_word = next(w for w in placed if w.text == credit and w.page == page)
        # Right under the photo, inside its width, the credit after the caption on its line.
        assert 0 < caption_word.y_min - y1 < 12, (caption, y1, caption_word)
        assert x0 - 1 <= caption_word.x_min and credit_word.x_max <= x1 + 1
        assert credit_word.x_min > caption_word.x_max or credit_word.y_min > caption_word.y_min


def test_the_lead_photo_sits_under_the_headline_across_the_text(tmp_path: Path) -> None:
    pdf = tmp_path / "classic.pdf"
    pdf.write_bytes(render(figure_document(BODY, PICTURES, "classic")).pdf)
    x0, y0, x1, _y1 = colour_box(pdf, 1, BLUE)
    headline = next(w for w in words(pdf) if w.text == "Harbour")
    first_text = next(w for w in words(pdf) if w.text == "council")
    assert headline.y_max < y0 < first_text.y_min
    # A4 less 18 mm margins each side: the photo takes the whole measure.
    assert x1 - x0 == pytest.approx((210 - 36) * 72 / 25.4, abs=2)


def test_bulletin_spans_a_wide_figure_across_its_columns_and_keeps_a_column_figure_in_its_column(
    tmp_path: Path,
) -> None:
    body = f"""![Wide](wide.jpg){{.wide}}

{TEXT}

![In a column](col.jpg)

{TEXT}

{TEXT}
"""
    pictures = {"wide.jpg": photo((1500, 600), BLUE), "col.jpg": photo((900, 600), GREEN)}
    pdf = tmp_path / "bulletin.pdf"
    pdf.write_bytes(render(figure_document(body, pictures, "bulletin")).pdf)
    measure = (210 - 36) * 72 / 25.4
    column = (measure - 6 * 72 / 25.4) / 2
    wide = colour_box(pdf, 1, BLUE)
    in_column = colour_box(pdf, 1, GREEN)
    assert wide[2] - wide[0] == pytest.approx(measure, abs=2)
    assert in_column[2] - in_column[0] == pytest.approx(column, abs=2)
    page_words = [w for w in words(pdf) if w.page == 1]
    # Nothing is set beside the wide photo; the other column's text runs beside the column one.
    assert not [w for w in page_words if wide[1] < w.y_min < wide[3]]
    assert [w for w in page_words if in_column[1] < w.y_min < in_column[3] and w.x_min > in_column[2]]


def test_half_figures_take_half_the_column_and_text_runs_beside_them(tmp_path: Path) -> None:
    body = f"""{TEXT}

![Half](half.jpg "Credit"){{.half}}

{TEXT} {TEXT}
"""
    pdf = tmp_path / "half.pdf"
    pdf.write_bytes(render(figure_document(body, {"half.jpg": photo((600, 400), RED)})).pdf)
    x0, y0, x1, y1 = colour_box(pdf, 1, RED)
    measure = (210 - 36) * 72 / 25.4
    assert x1 - x0 == pytest.approx(measure / 2, abs=2)
    beside = [w for w in words(pdf) if w.page == 1 and y0 < w.y_min < y1 and w.x_max < x0]
    assert len(beside) > 10


def test_a_portrait_photo_is_never_taller_than_half_the_text_height(tmp_path: Path) -> None:
    pdf = tmp_path / "tall.pdf"
    document = figure_document("![Tall](tall.jpg)", {"tall.jpg": photo((600, 1800), GREEN)})
    pdf.write_bytes(render(document).pdf)
    x0, y0, x1, y1 = colour_box(pdf, 1, GREEN)
    assert y1 - y0 == pytest.approx((297 - 42) * 72 / 25.4 / 2, abs=2)
    assert (x1 - x0) * 3 == pytest.approx(y1 - y0, abs=6)


def test_a_figure_is_in_the_page_map_with_its_caption_and_credit(tmp_path: Path) -> None:
    result = render(figure_document(BODY, PICTURES))
    figure = result.page_map.get("b0")
    caption = result.page_map.get("b0.caption")
    credit = result.page_map.get("b0.credit")
    assert (figure.kind, figure.field, figure.role, figure.block) == ("figure", "body", "body", 0)
    assert (caption.kind, caption.role, caption.text, caption.block) == (
        "caption",
        "meta",
        "Ribbon cut at the harbour wall",
        0,
    )
    assert (credit.kind, credit.text, credit.part) == ("credit", "Photo: Jan Holm", "credit")
    assert result.page_map.for_block(0) is figure
    (frame,) = figure.rects
    for part in (caption, credit):
        (rect,) = part.rects
        assert frame.x <= rect.x and rect.x + rect.width <= frame.x + frame.width + 0.5
        assert frame.y < rect.y and rect.y + rect.height <= frame.y + frame.height + 0.5
    # The paragraph after it is block 1, as in the article.
    assert result.page_map.get("b1").text.startswith("The council opened")


def test_a_figure_whose_photo_was_not_saved_keeps_its_caption_and_fetches_nothing(tmp_path: Path) -> None:
    body = '![Crowd on the quay](https://example.com/crowd.jpg "Photo: Agency")\n\nText after it.'
    result = render(figure_document(body, {}))
    pdf = tmp_path / "remote.pdf"
    pdf.write_bytes(result.pdf)
    assert listed_images(pdf) == []
    texts = [w.text for w in words(pdf)]
    assert "Crowd" in texts and "Agency" in texts
    assert result.blocked_urls == ()
    assert result.page_map.get("b0").kind == "figure"


def test_two_articles_pictures_of_the_same_name_are_each_their_own() -> None:
    from desktop_app.readers.pictures import prepare_picture
    from desktop_app.render.figures import picture_url

    first = prepare_picture("photo.jpg", photo((40, 30), BLUE))
    second = prepare_picture("photo.jpg", photo((40, 30), RED))
    assert picture_url(first) != picture_url(second)


def test_an_editions_articles_each_print_their_own_pictures_of_the_same_name(tmp_path: Path) -> None:
    from desktop_app.model.edition import Edition
    from desktop_app.render.pdf import render_edition

    first = figure_document(f'![First](photo.jpg "A")\n\n{TEXT}', {"photo.jpg": photo((900, 600), BLUE)})
    second = figure_document(f'![Second](photo.jpg "B")\n\n{TEXT}', {"photo.jpg": photo((900, 600), RED)})
    result = render_edition(Edition(title="Weekly", articles=(first, second)))
    pdf = tmp_path / "edition.pdf"
    pdf.write_bytes(result.pdf)
    assert len(listed_images(pdf)) == 2
    pages = {w.text: w.page for w in words(pdf) if w.text in ("First", "Second")}
    assert colour_box(pdf, pages["First"], BLUE) and colour_box(pdf, pages["Second"], RED)
    assert (
        result.page_map.get("a0/b0").kind == "figure"
        and result.page_map.get("a1/b0.caption").text == "Second"
    )


SVG_CHART = b"""<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">
<rect width="300" height="200" fill="rgb(30,160,60)"/></svg>"""


def test_a_self_contained_svg_figure_is_drawn_as_vectors(tmp_path: Path) -> None:
    pdf = tmp_path / "svg.pdf"
    pdf.write_bytes(render(figure_document(f"![Chart](chart.svg)\n\n{TEXT}", {"chart.svg": SVG_CHART})).pdf)
    assert listed_images(pdf) == []  # no pixels: vectors
    x0, _y0, x1, _y1 = colour_box(pdf, 1, GREEN)
    assert x1 - x0 == pytest.approx((210 - 36) * 72 / 25.4, abs=2)


def test_a_figure_finds_a_file_beside_the_article_written_as_a_link_writes_it(tmp_path: Path) -> None:
    from desktop_app.readers import read_document

    (tmp_path / "harbour photo.jpg").write_bytes(photo((900, 600), GREEN))
    for name in ("harbour%20photo.jpg", "<harbour photo.jpg>"):
        source = tmp_path / "story.md"
        source.write_text(f"---\ntitle: Spaces\n---\n![Caption]({name})\n", encoding="utf-8")
        pdf = tmp_path / "spaces.pdf"
        pdf.write_bytes(render(read_document(source)).pdf)
        assert [(i.width, i.height) for i in listed_images(pdf)] == [(900, 600)], name
