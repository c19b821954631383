"""Our own pass over an extracted article: what the extractor leaves in that is not the article
(share rows, "read also" lists and links, cookie notices, the headline, byline and dateline, a
section label above the headline), captions it leaves as paragraphs under their photo, and the
element a bare or old page keeps its article in when the extractor finds none."""

from __future__ import annotations

import re

from desktop_app.model.article import ArticleMeta
from desktop_app.readers.html_blocks import Block, split_credit, text_of
from desktop_app.readers.news_text import is_metadata_line
from desktop_app.readers.web_chrome import is_chrome_line, is_sentence, opens_link_list

_COOKIES = re.compile(r"cookie|куки|クッキー|쿠키", re.I)
_BYLINE_START = re.compile(r"^\s*(?:By|Par|Von|Por|Автор|作者|记者|文/|بقلم)\b", re.I)
# "Read also: <headline>" set inline in the body, in the languages Imprint reads.
_READ_ALSO = re.compile(
    r"^\s*(?:Read (?:also|more)|See also|Related|À lire aussi|Lire aussi|Lesen Sie auch|Mehr zum Thema"
    r"|Lee también|Leer más|Читайте также|Смотрите также|Читать также|相关阅读|延伸阅读|相关新闻|推荐阅读"
    r"|関連記事|관련 기사|اقرأ أيضا)\s*[:：]",
    re.I,
)
# Share buttons in the languages web_chrome.py does not cover.
_SHARE = re.compile(
    r"^\s*(?:Teilen(?: auf| mit)?|Partager(?: sur)?|Compartir(?: en)?|Condividi|シェア(?:する)?"
    r"|공유하기|شارك)\s*[:：]?\s*$",
    re.I,
)
# A caption set as a paragraph under its photo is short.
_MAX_CAPTION_CHARS = 300
# Elements that never hold the article, left out when looking for the densest one.
_NOT_ARTICLE = ("script", "style", "nav", "footer", "aside", "form", "header", "noscript", "iframe")
_SCORED = ("div", "td", "article", "section", "main", "body")


def tidied(blocks: list[Block], meta: ArticleMeta, linked_items: frozenset[str] = frozenset()) -> list[Block]:
    """``blocks`` less what is not the article, with captions joined to their photos.
    ``linked_items`` are the items of the page's lists that are links and nothing else."""
    kept: list[Block] = []
    in_link_list = False
    header = {meta.title.casefold(), meta.subtitle.casefold()} - {""}
    started = False  # the body starts at its first sentence or photo
    for block in blocks:
        text = block.text or " ".join(block.items)
        if block.kind == "layout-table":
            continue
        chrome = is_chrome_line(text) or _READ_ALSO.match(text) or _SHARE.match(text)
        if block.kind in ("heading", "paragraph") and chrome:
            in_link_list = opens_link_list(text)
            continue
        if in_link_list and (block.kind == "list" or not is_sentence(text)):
            continue
        in_link_list = False
        if block.kind == "list":
            items = tuple(i for i in block.items if not is_chrome_line(i) and not _SHARE.match(i))
            if not items or (len(items) > 1 and all(i in linked_items for i in items)):
                continue  # share buttons, or a list of links to other pages: "related", a menu
            block = Block("list", items=items, ordered=block.ordered)
        if block.kind in ("heading", "paragraph") and text.casefold() in header:
            continue
        if block.kind == "paragraph" and not started and (_is_byline(text, meta) or not is_sentence(text)):
            continue  # a byline, a dateline, a section label above the headline
        if block.kind == "paragraph" and _COOKIES.search(text) and len(text) < 300:
            continue
        if block.kind == "paragraph" and kept and _is_caption_of(kept[-1], text):
            caption, credit = split_credit(text)
            kept[-1] = Block("figure", src=kept[-1].src, caption=caption, credit=credit)
            continue
        started = started or block.kind == "figure" or (block.kind == "paragraph" and is_sentence(text))
        kept.append(block)
    return kept


def _is_byline(text: str, meta: ArticleMeta) -> bool:
    if is_sentence(text) and len(text) > 60:
        return False
    return bool(
        is_metadata_line(text)
        or _BYLINE_START.match(text)
        or (meta.author and meta.author.split(",")[0] in text and len(text) < 100)
    )


def _is_caption_of(figure: Block, text: str) -> bool:
    """Whether ``text`` is the caption of the photo just above it, set as a paragraph: short, and
    either repeating the photo's alt text or ending with a photo credit."""
    if figure.kind != "figure" or figure.credit or len(text) > _MAX_CAPTION_CHARS:
        return False
    repeats_alt = bool(figure.caption) and text.startswith(figure.caption)
    return repeats_alt or bool(split_credit(text)[1])


def linked_list_items(tree) -> frozenset[str]:
    """The items of the page's lists whose every item is a link and nothing more (menus,
    "related" headlines): a list the article writes holds text of its own."""
    found: set[str] = set()
    for listing in tree.iter("ul", "ol"):
        items = [li for li in listing if isinstance(li.tag, str) and li.tag == "li"]
        texts = [text_of(li) for li in items]
        linked = [sum(len(text_of(a)) for a in li.iter("a")) for li in items]
        if len(items) > 1 and all(t and n >= 0.9 * len(t) for t, n in zip(texts, linked, strict=True)):
            found.update(texts)
    return frozenset(found)


def densest_container(tree):
    """The element holding the most running text of its own (its text, its paragraphs' text,
    not its links'): where a page without markup for its article keeps it."""
    for element in list(tree.iter(*_NOT_ARTICLE)):
        if element.getparent() is not None:
            element.drop_tree()
    best, best_score = tree, -1
    for element in tree.iter(*_SCORED):
        score = _own_text(element)
        if score > best_score:
            best, best_score = element, score
    return best


def _own_text(element) -> int:
    pieces = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("p", "blockquote", "h2", "h3", "font", "span", "b", "strong"):
            links = sum(len(text_of(a)) for a in child.iter("a"))
            text = text_of(child)
            if links < len(text) / 2:
                pieces.append(text)
        pieces.append(child.tail or "")
    return sum(len(p.strip()) for p in pieces)
