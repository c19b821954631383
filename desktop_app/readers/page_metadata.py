"""A web page's metadata: headline, standfirst, authors, date, source, language and keywords,
from its meta tags, JSON-LD, ``<time>`` and the visible byline and dateline.

Bylines and datelines are read in the forms news sites write them in English, Chinese and
Russian (``By …``, ``作者：…``, ``Автор: …``, ``发布时间：… 来源：…``, ``30 марта 2021``) and
in French, German, Spanish, Japanese and Arabic.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date

from desktop_app.language.tags import language_tag
from desktop_app.model.article import ArticleMeta
from desktop_app.readers.dates import parse_date
from desktop_app.readers.html_blocks import text_of
from desktop_app.readers.markdown_blocks import clean

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "report", "pressrelease"}  # fmt: skip
_STANDFIRST = re.compile(
    r"standfirst|subtitle|sub-title|second-title|announce|(?<![a-z])dek(?![a-z])|summary|lede|intro|abstract"
    r"|excerpt",
    re.I,
)
_BYLINE = re.compile(r"byline|author|writer|reporter|editor|auteur|autor|zuozhe", re.I)
_DATELINE = re.compile(r"date|time|publish|posted|dateline|info|meta|source|pubtime|article-?info", re.I)
# What a byline says before the names, in the languages Imprint reads.
_BY = re.compile(
    r"^\s*(?:By|Written by|Words by|Par|Von|Por|Di|Автор(?:ы)?|Текст"
    r"|作者|记者|文|撰文|編集|記者|بقلم|كتب)\s*[:：/]?\s*",
    re.I,
)
_AUTHOR_FIELD = re.compile(
    r"(?:作者|记者|编辑|記者|기자|Автор|Author|Autor|Auteur)\s*[:：]\s*(?P<v>.+?)"
    r"(?=\s+(?:发布|来源|时间|日期|责任|编辑|出典|掲載|출처|입력|Источник|Опубликовано|Дата|Source|Date)"
    r"|\s*[|｜\[【(（]|$)",
    re.I,
)
_SOURCE_FIELD = re.compile(
    r"(?:来源|稿源|出处|出典|출처|Источник|Source|Quelle|Fuente)\s*[:：]\s*(?P<v>.+?)"
    r"(?=\s+(?:作者|记者|编辑|发布|时间|日期|责任|記者|掲載|기자|입력|Автор|Дата|Author|By)|\s*[|｜\[【(（]|$)",
    re.I,
)
_ADDRESS = re.compile(r"www\.|https?:|@|\.[a-z]{2,4}$", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|，|、|;|；|\band\b|\bи\b|\bet\b|\bund\b|\by\b|&|和|与)\s*")
_SITE_SUFFIX = re.compile(r"\s*(?:\||｜|–|—|-|_|::|·)\s*[^|｜–—\-_]{1,60}$")


def page_metadata(tree) -> ArticleMeta:
    """Everything ``tree`` (the whole parsed page) says about its article."""
    meta = _meta_tags(tree)
    ld = _json_ld(tree)
    site = clean(meta.get("og:site_name", "")) or _name(ld.get("publisher"))
    lines = _header_lines(tree)
    title = _title(tree, meta, ld, site)
    return ArticleMeta(
        title=title,
        subtitle=_standfirst(tree, ld),
        author=_authors(tree, meta, ld, lines),
        source=site or _field(_SOURCE_FIELD, lines) or _title_site(tree, title),
        date=_date(tree, meta, ld, lines),
        language=_language(tree, meta, ld),
        keywords=_keywords(meta, ld),
    )


def _meta_tags(tree) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if not key and element.get("http-equiv"):
            key = element.get("http-equiv").lower()
        if key and element.get("content") and key not in found:
            # Sites escape twice as often as not ("O&amp;#039;Donnell"): once more is undone.
            found[key] = html.unescape(element.get("content"))
    return found


def _json_ld(tree) -> dict:
    """The page's JSON-LD article (its first of an article type), or {}."""
    items: list = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, object_hook=_unescaped)
        except ValueError:
            continue  # broken JSON-LD is common; the page has other sources
        items.extend(data if isinstance(data, list) else [data])
    flat: list[dict] = []
    for item in items:
        if isinstance(item, dict):
            flat.extend(g for g in item.get("@graph", [item]) if isinstance(g, dict))
    for item in flat:
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types) and item.get("headline"):
            return item
    return {}


def _unescaped(item: dict) -> dict:
    """A JSON-LD object with the HTML entities in its strings undone ("&#8216;" is "‘")."""
    return {k: html.unescape(v) if isinstance(v, str) else v for k, v in item.items()}


def _name(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return clean(str(value.get("name") or ""))
    return clean(value) if isinstance(value, str) and "://" not in value else ""


def _title(tree, meta: dict[str, str], ld: dict, site: str) -> str:
    # JSON-LD is whatever the site wrote: only a string is a headline.
    headline = clean(ld["headline"]) if isinstance(ld.get("headline"), str) else ""
    if headline:
        return headline
    h1 = _headline_element_text(tree, site)
    shared = clean(meta.get("og:title", "") or meta.get("twitter:title", ""))
    if shared:
        if h1 and shared.startswith(h1) and len(shared) > len(h1):
            return h1  # the shared title is the headline with the site's name added
        return _without_site(shared, site)
    if h1:
        return h1
    title = next((text_of(t) for t in tree.iter("title")), "")
    return _without_site(title, site) if site else _SITE_SUFFIX.sub("", title)


def _headline_element_text(tree, site: str) -> str:
    """The article's ``h1``: the one inside ``<article>`` or ``<main>``, else the first that is
    not the site's name (some sites set their logo in an ``h1``)."""
    found = [h for h in tree.iter("h1") if text_of(h)]
    inside = [h for h in found if _inside(h, ("article", "main"))]
    named = [h for h in found if not site or text_of(h).casefold() != site.casefold()]
    chosen = (inside or named or [None])[0]
    return text_of(chosen) if chosen is not None else ""


def _without_site(title: str, site: str) -> str:
    title = clean(title)
    match = _SITE_SUFFIX.search(title)
    if match and site and site.casefold() in match.group(0).casefold():
        return title[: match.start()].strip()
    return title


def _title_site(tree, headline: str) -> str:
    """The site's name where the ``<title>`` is the headline with it added (``Headline :: Site``);
    a headline that holds a dash itself ("COVID-19 - what we know") names no site."""
    title = next((text_of(t) for t in tree.iter("title")), "")
    if not headline or not title.startswith(headline):
        return ""
    match = _SITE_SUFFIX.match(title[len(headline) :])
    return match.group(0).strip(" |｜–—-_:·") if match else ""


def _standfirst(tree, ld: dict) -> str:
    for element in tree.iter("p", "div"):
        label = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if _STANDFIRST.search(label) and not _inside(element, ("nav", "aside", "footer")):
            if next(element.iter("h1"), None) is not None:
                continue  # a wrapper of the headline and the standfirst, not the standfirst
            text = text_of(element)
            if 0 < len(text) < 400:
                return text
    alternative = ld.get("alternativeHeadline")
    return clean(alternative) if isinstance(alternative, str) else ""


def _authors(tree, meta: dict[str, str], ld: dict, lines: list[str]) -> str:
    found = _name(ld.get("author"))
    if found:
        return found
    for element in tree.iter("a", "span", "div", "p", "address"):
        label = f"{element.get('class', '')} {element.get('rel', '')} {element.get('itemprop', '')}"
        if (
            _BYLINE.search(label)
            and not _inside(element, ("nav", "aside", "footer", "figure"))
            and not (_in_comments(element))
        ):
            names = _byline_names(_names_text(element))
            if names:
                return names
    author = clean(meta.get("author", "")) or clean(meta.get("article:author", ""))
    if author and "://" not in author:
        return author
    return _field(_AUTHOR_FIELD, lines)


def _names_text(byline) -> str:
    """A byline's names: those it marks (``itemprop=name``, ``rel=author``, an ``author`` or
    ``name`` class) when it marks them, else its whole text ("Richard Adams Education editor"
    gives "Richard Adams")."""
    marked = [
        e
        for e in byline.iterdescendants()
        if isinstance(e.tag, str)
        and (
            e.get("itemprop") in ("name", "author")
            or e.get("rel") == "author"
            or re.search(r"(?<![a-z])(?:author|name)(?![a-z])", e.get("class", ""), re.I)
        )
        and text_of(e)
    ]
    # The innermost marks only: an author link holding a name span counts once.
    innermost = [e for e in marked if not any(m in marked for m in e.iterdescendants())]
    return " and ".join(dict.fromkeys(text_of(e) for e in innermost)) if innermost else text_of(byline)


def _byline_names(text: str) -> str:
    """``By Jane Roe and John Smith`` as ``Jane Roe, John Smith``; "" for a line that holds
    something else as well (a date, a source)."""
    match = _AUTHOR_FIELD.search(text)
    if match:
        text = match.group("v")
    text = _BY.sub("", text).strip(" |｜·•-–—,")
    text = re.split(r"\s*(?:[|｜•·]|\d{4}|\d{1,2}[:.]\d{2}|Updated|Published|Опубликовано|发布)", text)[0]
    if re.search(r"[:：]", text):
        return ""  # a label Imprint does not know ("Verein: …", "Artikel empfehlen:"): not names
    # Web and mail addresses sit in bylines beside the names; they are not names.
    names = [n.strip(" .") for n in _SEPARATORS.split(text) if n.strip() and not _ADDRESS.search(n)]
    names = list(dict.fromkeys(n for n in names if n and _reads_as_name(n)))
    if not names or len(" ".join(names)) > 80 or any(len(n.split()) > 4 for n in names):
        return ""
    return ", ".join(names)


_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al", "el"}


def _reads_as_name(text: str) -> bool:
    """Whether ``text`` reads as a person's or an agency's name: in scripts with capitals, no
    word but a particle ("van", "de", "bin") starts in lower case ("Henning Lobin ist seit" is
    a sentence)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return not any(w[0].islower() and w.lower() not in _PARTICLES for w in words)


def _date(tree, meta: dict[str, str], ld: dict, lines: list[str]) -> date | None:
    candidates = [
        str(ld.get("datePublished") or ""),
        meta.get("article:published_time", ""),
        meta.get("pubdate", ""),
        meta.get("publishdate", ""),
        meta.get("date", ""),
        meta.get("dc.date", ""),
        *(t.get("datetime") or text_of(t) for t in tree.iter("time")),
        str(ld.get("dateModified") or ""),
        *lines,
    ]
    return next((d for d in map(parse_date, candidates) if d), None)


def _language(tree, meta: dict[str, str], ld: dict) -> str:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        ld.get("inLanguage") if isinstance(ld.get("inLanguage"), str) else None,
    ):
        if value and value.strip():
            return language_tag(value.strip().replace("_", "-"))
    return ""


def _keywords(meta: dict[str, str], ld: dict) -> tuple[str, ...]:
    value = meta.get("news_keywords") or meta.get("keywords") or ld.get("keywords") or ""
    if isinstance(value, list):
        items = value
    else:
        items = re.split(r"\s*[,，;；、]\s*", value) if isinstance(value, str) else []
    seen: dict[str, None] = {}
    for item in items:
        if isinstance(item, str) and clean(item):
            seen.setdefault(clean(item), None)
    return tuple(seen)


def _header_lines(tree) -> list[str]:
    """Short texts of the elements a byline or dateline lives in, in document order."""
    lines: list[str] = []
    for element in tree.iter("div", "p", "span", "time", "section", "header", "td"):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if _DATELINE.search(label) or _BYLINE.search(label):
            text = text_of(element)
            if 0 < len(text) < 200 and not _inside(element, ("nav", "footer", "aside")):
                lines.append(text)
    return lines


def _field(pattern: re.Pattern[str], lines: list[str]) -> str:
    for line in lines:
        match = pattern.search(line)
        if match and clean(match.group("v")):
            return clean(match.group("v"))
    return ""


def _in_comments(element) -> bool:
    """Whether ``element`` is part of the readers' comments, whose authors are not the article's."""
    return any(
        "comment" in f"{a.get('class', '')} {a.get('id', '')}".lower()
        for a in (element, *element.iterancestors())
    )


def _inside(element, tags: tuple[str, ...]) -> bool:
    return any(isinstance(a.tag, str) and a.tag in tags for a in element.iterancestors())
