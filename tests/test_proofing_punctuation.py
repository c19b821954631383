"""Fix Punctuation: each language's quotation marks, dashes and ellipses, never in code-like text."""

from __future__ import annotations

import pytest

from desktop_app.model.article import Article
from desktop_app.proofing.punctuation import NARROW_NBSP, NBSP, fix_article, fix_text

NB = NBSP
NNB = NARROW_NBSP


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        (
            "en",
            "He said \"it's 'fine' -- really...\"  Then left.",
            "He said “it’s ‘fine’ — really…” Then left.",
        ),
        ("en-GB", "The students' books from the '90s.", "The students’ books from the ’90s."),
        (
            "ru",
            'Он сказал: "Это "Война и мир" -- роман..."',
            f"Он сказал: «Это „Война и мир“{NB}— роман…»",
        ),
        ("de", "Er sagte: \"Das ist 'gut'.\"", "Er sagte: „Das ist ‚gut‘.“"),
        (
            "fr",
            'Il a dit : "Bonjour!" Vraiment? Oui: à 10:30, l\'homme.',
            f"Il a dit{NB}: «{NB}Bonjour{NNB}!{NB}» Vraiment{NNB}? Oui{NB}: à 10:30, l’homme.",
        ),
        ("es", 'Dijo "hola" -- y se fue...', "Dijo «hola» — y se fue…"),
        ("zh", '他说："你好"。他说"好的"，然后走了...', "他说：“你好”。他说“好的”，然后走了…"),
    ],
)
def test_each_language_gets_its_own_marks(language: str, typed: str, expected: str) -> None:
    assert fix_text(typed, language) == expected
    assert fix_text(expected, language) == expected  # fixing twice changes nothing more


def test_code_like_text_is_never_changed() -> None:
    typed = (
        'See https://example.com/a--b...c?q=x and "mail" press--desk@example.org...\n\n'
        '`code "x" -- y...`\n\n```\nraw "text" -- here...\n```\n\n[a "link"](https://x.org/a--b)'
    )
    fixed = fix_text(typed, "en")
    for kept in (
        "https://example.com/a--b...c?q=x",
        "press--desk@example.org",
        '`code "x" -- y...`',
        'raw "text" -- here...',
        "(https://x.org/a--b)",
    ):
        assert kept in fixed, kept
    assert "“mail”" in fixed and "[a “link”]" in fixed


def test_markdown_rules_tables_and_hard_breaks_stay() -> None:
    typed = "Above\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nline one  \nline two"
    assert fix_text(typed, "en") == typed


def test_inches_and_feet_stay_straight() -> None:
    assert fix_text("A 12\" screen and a 6' pole.", "en") == "A 12\" screen and a 6' pole."


def test_fix_article_covers_title_fields_and_body_in_the_article_language() -> None:
    article = Article(
        title='The "new" plan',
        subtitle="More -- soon",
        author="Anna O'Neil",
        source='"Gazette"',
        body='He said "yes"...\n\nSee https://a.org/x--y',
        language="ru",
    )
    fixed = fix_article(article)
    assert fixed.title == "The «new» plan"
    assert fixed.subtitle == f"More{NB}— soon"
    assert fixed.author == "Anna O’Neil"
    assert fixed.source == "«Gazette»"
    assert fixed.body == "He said «yes»…\n\nSee https://a.org/x--y"
    assert fix_article(fixed) is fixed


def test_a_figures_markdown_is_kept_and_its_caption_and_credit_are_curled() -> None:
    from desktop_app.model.article import Article
    from desktop_app.model.figures import parse_figure
    from desktop_app.proofing.punctuation import fix_article

    figure_block = '![Crews "fix" the line](photo-2.png "Photo: \\"Harbour\\" desk"){.half}'
    body = figure_block + '\n\nHe said "hello" -- then...'
    fixed = fix_article(Article(title="T", body=body, body_format="markdown", language="en"))
    figure = parse_figure(fixed.blocks[0])
    assert figure is not None and figure.image == "photo-2.png" and figure.size == "half"
    assert figure.caption == "Crews “fix” the line" and figure.credit == "Photo: “Harbour” desk"
    assert fixed.blocks[1] == "He said “hello” — then…"
