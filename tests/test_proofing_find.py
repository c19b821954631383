"""Find and replace over the title, the text fields and the body; counts as the page counts."""

from __future__ import annotations

from pathlib import Path

from desktop_app.model.article import Article
from desktop_app.proofing.counts import article_counts, count_characters, count_words
from desktop_app.proofing.find import Match, block_of, find_all, replace_all, replace_one
from desktop_app.render.html import word_count

ARTICLE = Article(
    title="Council plan",
    subtitle="The council's plan for buses",
    author="Ann Council",
    source="Council News",
    body="The council met.\n\nCouncillors voted; the COUNCIL agreed.\n\nA council-run depot.",
)


def test_find_covers_every_text_field_in_page_order() -> None:
    matches = find_all(ARTICLE, "council")
    assert [m.field for m in matches] == ["title", "subtitle", "author", "source", *["body"] * 4]
    assert [ARTICLE.body[m.start : m.end] for m in matches if m.field == "body"] == [
        "council",
        "Council",
        "COUNCIL",
        "council",
    ]


def test_match_case_and_whole_word() -> None:
    assert len(find_all(ARTICLE, "council", match_case=True)) == 3  # subtitle, body twice
    whole = find_all(ARTICLE, "council", whole_word=True)
    assert "Councillors" not in [ARTICLE.body[m.start : m.end + 3] for m in whole if m.field == "body"]
    assert len([m for m in whole if m.field == "body"]) == 3  # council-run counts: a hyphen ends a word
    assert find_all(ARTICLE, "Council", match_case=True, whole_word=True)[0] == Match("title", 0, 7)


def test_whole_word_works_in_cyrillic() -> None:
    article = Article(title="Совет", body="Совет и советник.")
    assert [(m.field, m.start) for m in find_all(article, "совет", whole_word=True)] == [
        ("title", 0),
        ("body", 0),
    ]


def test_replace_all_changes_every_field_and_counts() -> None:
    replaced, count = replace_all(ARTICLE, "council", "board", whole_word=True)
    assert count == 7
    assert replaced.title == "board plan"
    assert replaced.body == "The board met.\n\nCouncillors voted; the board agreed.\n\nA board-run depot."
    assert replace_all(ARTICLE, "zzz", "y") == (ARTICLE, 0)


def test_replacement_is_literal() -> None:
    replaced, _count = replace_all(Article(title="a b"), "b", r"\1 $0 \\")
    assert replaced.title == r"a \1 $0 \\"


def test_replace_one_and_the_block_of_a_match() -> None:
    matches = find_all(ARTICLE, "COUNCIL", match_case=True)
    assert block_of(ARTICLE, matches[0]) == 1
    assert replace_one(ARTICLE, matches[0], "board").body.count("board") == 1
    assert block_of(ARTICLE, Match("title", 0, 7)) is None


def test_counts_are_the_page_count() -> None:
    text = "The council met. 会议在长春举行。"
    assert count_words(text) == word_count(text) == 3 + 7
    assert count_characters("ab c\n\nd") == 5
    counts = article_counts(ARTICLE)
    assert counts.words == word_count(" ".join(ARTICLE.paragraphs))
    assert counts.characters == len(ARTICLE.body.replace("\n", ""))


def test_word_count_of_the_seed_matches_info(seed_path: Path) -> None:
    from desktop_app.cli import article_info
    from desktop_app.readers import read_document

    document = read_document(seed_path)
    info = article_info(document)
    assert info["words"] == word_count(" ".join(document.article.paragraphs)) > 400
    assert info["characters"] > info["words"] * 4
