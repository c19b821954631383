"""A page's metadata from whatever it holds: JSON-LD, meta tags, headline, byline, dateline."""

from __future__ import annotations

from lxml import html

from desktop_app.readers.page_metadata import page_metadata


def meta_of(markup: str):
    return page_metadata(html.document_fromstring(markup))


def test_the_headline_not_the_title_tag() -> None:
    meta = meta_of(
        "<html><head><title>Storm hits coast | Daily Herald | News</title>"
        "<meta property='og:title' content='Storm hits coast | Daily Herald'></head>"
        "<body><h1 class='logo'>Daily Herald</h1><article><h1>Storm hits coast</h1></article></body></html>"
    )
    assert meta.title == "Storm hits coast"


def test_json_ld_graph_gives_authors_date_publisher_and_keywords() -> None:
    meta = meta_of(
        """<html lang="en-GB"><head><script type="application/ld+json">{"@context": "https://schema.org",
        "@graph": [{"@type": "WebSite", "name": "X"}, {"@type": ["NewsArticle"], "headline": "H",
        "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "王芳"}],
        "datePublished": "2021-03-30T23:30:00-05:00", "publisher": {"name": "Daily Herald"},
        "keywords": ["storm", "coast"]}]}</script></head><body><h1>H</h1></body></html>"""
    )
    assert (meta.title, meta.author, meta.source, meta.language) == (
        "H",
        "Jane Roe, 王芳",
        "Daily Herald",
        "en-GB",
    )
    assert meta.date.isoformat() == "2021-03-30"  # the day the page says, not shifted to UTC
    assert meta.keywords == ("storm", "coast")


def test_visible_bylines_and_datelines_in_three_languages() -> None:
    cases = (
        (
            "<p class='byline'>By Jane Roe and John Smith | 30 March 2021</p>",
            "Jane Roe, John Smith",
            "2021-03-30",
        ),
        ("<div class='info'>2021年3月30日 来源：新华社 作者：张伟</div>", "张伟", "2021-03-30"),
        (
            "<div class='article__author'>Автор: Иван Петров</div><div class='date'>30 марта 2021</div>",
            "Иван Петров",
            "2021-03-30",
        ),
        (
            "<span class='auteur'>Par Claire Dubois</span><time>30 mars 2021</time>",
            "Claire Dubois",
            "2021-03-30",
        ),
        (
            "<span class='autor'>Von Jonas Becker</span><p class='date'>30. März 2021</p>",
            "Jonas Becker",
            "2021-03-30",
        ),
        (
            "<span class='author'>Por Lucía Fernández</span><p class='date'>30 de marzo de 2021</p>",
            "Lucía Fernández",
            "2021-03-30",
        ),
    )
    for markup, author, day in cases:
        meta = meta_of(f"<html><body><h1>T</h1>{markup}<p>Text.</p></body></html>")
        assert (meta.author, meta.date.isoformat()) == (author, day), markup


def test_comment_authors_are_not_the_article_s() -> None:
    meta = meta_of(
        "<html><body><h1>T</h1><p>Text.</p><section id='comments'><span class='comment-author'>troll42</span>"
        "</section></body></html>"
    )
    assert meta.author == ""


def test_json_ld_of_the_wrong_shape_is_ignored() -> None:
    meta = meta_of(
        "<html><head><script type='application/ld+json'>{broken</script>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": {"x": 1},'
        ' "author": [1, null], "datePublished": 5, "keywords": {"a": 1}}</script></head>'
        "<body><h1>The real headline</h1></body></html>"
    )
    assert (meta.title, meta.author, meta.date, meta.keywords) == ("The real headline", "", None, ())


def test_bylines_give_names_only() -> None:
    cases = (
        # The names the byline marks, not the job title beside them.
        "<p class='byline'><a rel='author'><span itemprop='name'>Richard Adams</span></a>"
        " Education editor</p>",
        # Not a web address or a biography's first words.
        "<div class='author'>Richard Adams, www.adams.example</div>"
        "<div class='author-bio'>Richard Adams ist seit 2018 Redakteur.</div>",
    )
    for markup in cases:
        assert meta_of(f"<html><body><h1>T</h1>{markup}</body></html>").author == "Richard Adams", markup
    unknown_label = "<html><body><h1>T</h1><span class='author'>Artikel empfehlen:</span></body></html>"
    assert meta_of(unknown_label).author == ""


def test_entities_in_meta_tags_are_undone() -> None:
    meta = meta_of(
        "<html><head><meta property='og:title' content='Ransomware via &amp;#8216;apps&amp;#8217;'>"
        "<meta name='author' content='Lindsey O&amp;#039;Donnell'></head><body><p>x</p></body></html>"
    )
    assert (meta.title, meta.author) == ("Ransomware via ‘apps’", "Lindsey O'Donnell")


def test_the_site_named_in_the_title_tag_is_the_source_only_after_the_headline() -> None:
    named = meta_of(
        "<html><head><title>Bridge reopens :: Riverside News</title></head><body><h1>Bridge reopens</h1>"
    )
    dashed = meta_of(
        "<html><head><title>COVID-19 - what we know</title></head><body><h1>COVID-19 - what we know</h1>"
    )
    assert (named.source, dashed.source) == ("Riverside News", "")
