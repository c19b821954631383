"""Web page chrome in saved news pages (English, Chinese, Russian): dropped when certain, kept
and pointed out by preflight when it might be the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.checks.preflight import preflight
from desktop_app.model.document import Document
from desktop_app.readers import read_document
from desktop_app.readers.web_chrome import doubtful_chrome, is_chrome_line

PAGES = Path(__file__).parent / "saved_pages"
# Each saved page holds chrome before and after its body; <name>.expected lists the body.
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def test_the_corpus_covers_three_languages() -> None:
    assert {name.split("-")[0] for name in PAGE_NAMES} == {"en", "zh", "ru"}
    assert len(PAGE_NAMES) >= 6


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_a_saved_page_keeps_its_body_and_nothing_else(name: str) -> None:
    article = read_document(PAGES / f"{name}.txt").article
    expected = (PAGES / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    assert article.paragraphs == expected
    assert article.date is not None and article.source


@pytest.mark.parametrize(
    "line",
    [
        "Share:",
        "Print Close",
        "Previous: Changchun hosts auto parts fair",
        "Next: Jilin opens new rail link to Vladivostok…",
        "Facebook Twitter LinkedIn",
        "Related News",
        "【Fonts: A+ A A- Print",
        "Версия для печати",
        "Поделиться:",
        "Следующие новости",
        "Все новости",
        "Предыдущая новость: В Чанчуне прошла выставка автокомпонентов",
        "分享到：",
        "分享到：微信 微博 QQ空间",
        "上一篇：长春举办汽车零部件博览会",
        "下一篇：吉林开通至符拉迪沃斯托克的新铁路",
        "【字体：大 中 小】【打印】【关闭】",
        "打印 | 关闭",
    ],
)
def test_chrome_lines_are_recognised(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices of local optics firms rose after the announcement.",
        "Next year, the two sides will hold a forum in Novosibirsk.",
        "Next: the council will vote on the cycling plan on Tuesday.",
        "Print media covered the visit widely.",
        "The laboratory will train twenty doctoral students a year",
        "Поделиться опытом приехали специалисты из Чанчуня.",
        "Все новости о сотрудничестве публикуются на сайте правительства области.",
        "打印机和光学仪器企业也参加了签约仪式。",
        "上一篇：我们上周报道了博览会的筹备情况。",
    ],
)
def test_sentences_are_never_chrome(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    ("name", "doubtful"),
    [
        ("en-council", "Next: the council will vote on the cycling plan on Tuesday."),
        ("ru-forum", "Все новости о сотрудничестве публикуются на сайте правительства области."),
        ("zh-exhibition", "上一篇：我们上周报道了博览会的筹备情况。"),
    ],
)
def test_a_kept_line_that_looks_like_chrome_is_pointed_out(name: str, doubtful: str) -> None:
    paragraphs = read_document(PAGES / f"{name}.txt").article.paragraphs
    assert [paragraphs[i] for i in doubtful_chrome(paragraphs)] == [doubtful]


def test_clean_pages_have_nothing_doubtful() -> None:
    for name in ("en-laboratory", "ru-laboratory", "zh-agreement"):
        assert doubtful_chrome(read_document(PAGES / f"{name}.txt").article.paragraphs) == []


def test_preflight_warns_about_the_paragraph(tmp_path: Path) -> None:
    document = read_document(PAGES / "ru-forum.txt")
    found = [f for f in preflight(document, "en") if f.code == "web-chrome"]
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert (found[0].field, found[0].paragraph) == ("body", 2)
    assert "looks like web page chrome" in found[0].message
    assert "Все новости о сотрудничестве" in found[0].message
    russian = [f for f in preflight(document, "ru") if f.code == "web-chrome"]
    assert "похоже на элемент веб-страницы" in russian[0].message
    # Once the line is deleted, the warning goes.
    article = document.article
    kept = article.with_changes(body="\n\n".join(article.paragraphs[:2]))
    assert not [
        f for f in preflight(Document(kept, document.style, document.options)) if f.code == "web-chrome"
    ]
