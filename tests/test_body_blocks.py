"""The body as kinds of blocks (what imprint info --json lists), read from the model alone."""

from __future__ import annotations

from desktop_app.model.article import Article
from desktop_app.model.body_blocks import body_blocks
from desktop_app.readers import markdown_blocks as md


def test_markdown_body_is_classified_in_reading_order() -> None:
    body = "\n\n".join(
        [
            md.figure("lead.jpg", "Waves [at] dawn", "Photo: A. Lee", "wide"),
            md.paragraph("First * paragraph #1 & more"),
            md.heading("A subheading", 2),
            md.quotation(["Said one.", "Said two."]),
            md.list_items(["one", "two"], ordered=True),
            md.table([["Town", "Homes"], ["North|port", "4,200"]]),
            md.figure("https://example.com/a b.jpg", "Not saved"),
        ]
    )
    blocks = body_blocks(Article("T", body, "markdown"))
    assert [(b.kind, b.text) for b in blocks] == [
        ("figure", "Waves [at] dawn"),
        ("paragraph", "First * paragraph #1 & more"),
        ("heading", "A subheading"),
        ("quote", "Said one. Said two."),
        ("list-item", "one"),
        ("list-item", "two"),
        ("table", "Town\tHomes\nNorth|port\t4,200"),
        ("figure", "Not saved"),
    ]
    assert (blocks[0].image, blocks[0].credit, blocks[0].size) == ("lead.jpg", "Photo: A. Lee", "wide")
    assert blocks[-1].image == "https://example.com/a b.jpg"


def test_text_body_is_paragraphs() -> None:
    blocks = body_blocks(Article("T", "# not a heading\n\n> nor a quote"))
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "# not a heading"),
        ("paragraph", "> nor a quote"),
    ]


def test_escaped_text_reads_back_as_typed() -> None:
    for text in (
        "2021. The year",
        "- dash",
        "+ plus",
        "# hash",
        "> quote",
        "a * b _c_ `d` [e] {f} | g",
        "&copy;",
    ):
        (block,) = body_blocks(Article("T", md.paragraph(text), "markdown"))
        assert (block.kind, block.text) == ("paragraph", text)
