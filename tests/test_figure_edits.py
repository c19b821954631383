"""Figure edits without a window: caption, credit, width, picture, insertion, and the Text
panel's one line per figure; each read back through the Markdown the renderer uses."""

from __future__ import annotations

import io
import re
from html import unescape

import pytest
from PIL import Image

from desktop_app.model import edits
from desktop_app.model.article import Article
from desktop_app.model.caption_lines import body_from_panel, panel_text
from desktop_app.model.document import Document
from desktop_app.model.figures import Figure, parse_figure
from desktop_app.readers.pictures import prepare_picture
from desktop_app.render.html import body_html
from desktop_app.render.page_map import PageElement, PageMap, Rect


def _picture(name: str = "photo.jpg", size: tuple[int, int] = (120, 80), colour: str = "red"):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return prepare_picture(name, out.getvalue())


def _element(element_id: str) -> PageElement:
    return PageElement(element_id, "body", "body", "paragraph", (Rect(0, 10, 10, 100, 50),))


def _img(article: Article) -> list[dict[str, str]]:
    """Every figure of the rendered body: its photo's source, caption, credit and size class."""
    html = str(body_html(Document(article)))
    found = []
    for figure in re.findall(r"<figure .*?</figure>", html, re.DOTALL):
        parts = {
            k: unescape(v) for k, v in re.findall(r'<span class="(caption|credit)"[^>]*>(.*?)</span>', figure)
        }
        size = re.search(r'class="figure figure-(\w+)', figure).group(1)
        src = re.search(r'<img class="photo" src="[^"]*/([^"/?]+)[^"]*"', figure)
        found.append(
            {
                "alt": parts.get("caption", ""),
                "title": parts.get("credit", ""),
                "src": src.group(1) if src else "",
                **({"class": size} if size != "column" else {}),
            }
        )
    return found


def _article() -> Article:
    picture = _picture()
    body = 'Before the photo.\n\n![Leaders meet](photo.jpg "Photo: AP"){.half}\n\nAfter the photo.'
    return Article("T", body, "markdown", images=(picture,))


@pytest.mark.parametrize(
    "caption",
    [
        "Plain words",
        "A [bracketed] note \\ with a backslash",
        "Quotes “like” these and *stars*",
        "中俄合作 — Россия",
    ],
)
def test_a_figure_written_reads_back_through_markdown(caption: str) -> None:
    figure = Figure("photo.jpg", caption, 'Photo: "AP" / Reuters', "wide")
    assert parse_figure(figure.markdown()) == figure
    (img,) = _img(Article("T", figure.markdown(), "markdown"))
    assert img["alt"] == caption and img["title"] == 'Photo: "AP" / Reuters' and img["class"] == "wide"


def test_caption_and_credit_are_edited_apart() -> None:
    article = _article()
    caption, credit, figure = _element("b1.caption"), _element("b1.credit"), _element("b1")
    assert edits.shown_text(article, caption) == "Leaders meet"
    assert edits.shown_text(article, credit) == "Photo: AP"
    assert edits.shown_text(article, figure) == "Leaders meet"  # the figure itself edits its caption
    changed = edits.with_text(article, caption, "Leaders  meet\nin Moscow")
    assert _img(changed)[0]["alt"] == "Leaders meet in Moscow"
    assert _img(changed)[0]["title"] == "Photo: AP" and _img(changed)[0]["class"] == "half"
    changed = edits.with_text(changed, credit, "Photo: TASS")
    assert _img(changed)[0]["title"] == "Photo: TASS"
    assert changed.blocks[0] == "Before the photo." and changed.blocks[2] == "After the photo."
    assert changed.images == article.images


def test_delete_a_figure_takes_its_picture_and_delete_a_caption_empties_it() -> None:
    article = _article()
    without_caption = edits.without(article, _element("b1.caption"))
    assert _img(without_caption)[0]["alt"] == "" and len(without_caption.blocks) == 3
    gone = edits.without(article, _element("b1"))
    assert gone.blocks == ["Before the photo.", "After the photo."] and gone.images == ()


def test_sizes() -> None:
    article = _article()
    for size, css_class in (("wide", "wide"), ("column", None), ("half", "half")):
        article = edits.with_figure_size(article, 1, size)
        assert _img(article)[0].get("class") == css_class
    assert edits.with_figure_size(article, 0, "wide") == article  # not a figure
    assert edits.with_figure_size(article, 1, "huge") == article


def test_replacing_the_picture_keeps_caption_credit_and_width() -> None:
    article = _article()
    other = _picture("photo.jpg", (300, 200), "blue")  # the same name, other pixels
    replaced = edits.with_picture_replaced(article, 1, other)
    (img,) = _img(replaced)
    assert (img["alt"], img["title"], img["class"]) == ("Leaders meet", "Photo: AP", "half")
    assert [p.pixels for p in replaced.images] == [(300, 200)]  # the old one went
    assert replaced.picture(img["src"]).data == other.data
    # A picture two figures show stays while one of them still shows it.
    twice = edits.with_figure_inserted(article, 3, _picture())[0]
    assert len(twice.images) == 1
    once = edits.with_picture_replaced(twice, 3, other)
    assert len(once.images) == 2 and once.blocks[1] == article.blocks[1]


def test_inserting_into_plain_text_keeps_its_words() -> None:
    text = "\n\n".join(
        [
            "Prices rose 5*3 = 15 % _today_ [sic] & more",
            "# not a heading",
            "1. not a list",
            "- nor this",
            "> nor a quote <b>x</b> &amp; `code` {.half}",
        ]
    )
    article = Article("T", text, "text")
    before = re.sub(r"<[^>]+>", "", str(body_html(Document(article))))
    inserted, index = edits.with_figure_inserted(article, 2, _picture(), "A caption")
    assert index == 2 and inserted.body_format == "markdown"
    (img,) = _img(inserted)
    assert img["alt"] == "A caption" and inserted.picture(img["src"]) is not None
    after = re.sub(r"<figure .*?</figure>", "", str(body_html(Document(inserted))), flags=re.DOTALL)
    assert "<h1" not in after and "<ol" not in after and "<ul" not in after and "<blockquote" not in after
    assert unescape(re.sub(r"<[^>]+>", "", after).replace("\n\n", "\n")) == unescape(before)
    assert edits.with_figure_inserted(article, 99, _picture())[1] == 5  # clamped to the end


def test_insertion_index_follows_the_page_map() -> None:
    def block(n: int, page: int, x: float, y: float) -> PageElement:
        return PageElement(f"b{n}", "body", "body", "paragraph", (Rect(page, x, y, 200, 100),))

    # Two columns on page 0 (b0, b1 left; b2 right), b3 on page 1, a caption inside b1.
    caption = PageElement("b1.caption", "body", "meta", "caption", (Rect(0, 50, 280, 200, 20),))
    page_map = PageMap(
        ((600, 800),) * 3,
        (
            PageElement("title", "title", "title", "title", (Rect(0, 50, 20, 400, 40),)),
            block(0, 0, 50, 100),
            block(1, 0, 50, 200),
            caption,
            block(2, 0, 300, 100),
            block(3, 1, 50, 100),
        ),
    )
    assert edits.insertion_index(page_map, 0, 100, 120) == 0  # upper half of b0
    assert edits.insertion_index(page_map, 0, 100, 190) == 1  # lower half of b0
    assert edits.insertion_index(page_map, 0, 100, 290) == 2  # on b1's caption: after b1
    assert edits.insertion_index(page_map, 0, 350, 110) == 2  # top of the right column
    assert edits.insertion_index(page_map, 0, 350, 700) == 3  # far below the right column
    assert edits.insertion_index(page_map, 1, 100, 500) == 4  # below the last block
    assert edits.insertion_index(page_map, 2, 100, 100) == 4  # a page with no body on it
    assert edits.insertion_index(PageMap(), 0, 1, 1) is None
    # The line shown while dragging: above the block the drop goes before, under the last one.
    assert edits.insertion_mark(page_map, 2) == Rect(0, 300, 97, 200, 0)
    assert edits.insertion_mark(page_map, 4) == Rect(1, 50, 203, 200, 0)


def test_the_text_panel_shows_a_figure_as_its_caption_and_keeps_the_rest() -> None:
    article = _article()
    shown = panel_text(article.body)
    assert shown == "Before the photo.\n\n[Photo: photo.jpg] Leaders meet\n\nAfter the photo."
    typed = shown.replace("Leaders meet", "Leaders met in Moscow").replace("Before", "Ahead of")
    body = body_from_panel(typed, article.body)
    assert (
        body
        == 'Ahead of the photo.\n\n![Leaders met in Moscow](photo.jpg "Photo: AP"){.half}\n\nAfter the photo.'
    )
    # Moved to the end in the panel, the figure keeps its credit and width.
    moved = "Before the photo.\n\nAfter the photo.\n\n[Photo: photo.jpg] Leaders meet"
    assert parse_figure(body_from_panel(moved, article.body).split("\n\n")[2]) == parse_figure(
        article.blocks[1]
    )
    assert panel_text("Just text") == "Just text"
