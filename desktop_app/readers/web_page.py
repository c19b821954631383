"""Saved web pages: the article's text found by trafilatura, then a pass of our own for what it
leaves out or gets wrong (figure captions and credits, the lead photo outside the body, bylines,
dates and languages), with the page's chrome dropped.

Scripts never run and nothing is fetched: lxml parses without network access, images come only
through the lookup the caller gives (the page's own folder, the archive's own parts), and the
page's CSS is never kept: the article is rebuilt from its blocks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from desktop_app.errors import ArticleError
from desktop_app.model.article import ArticleMeta
from desktop_app.readers.extraction_pass import densest_container, linked_list_items, tidied
from desktop_app.readers.figures import Figures, ImageLookup, ImageRefused, ReadArticle, is_remote
from desktop_app.readers.html_blocks import Block, blocks_of, markdown_of
from desktop_app.readers.page_figures import figure_captions_of, with_caption, with_figures_restored
from desktop_app.readers.page_metadata import page_metadata

# Less text than this (CJK characters count three) is not an article: a home page, a 404 page.
MIN_ARTICLE_CHARS = 200
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def read_web_page(path: Path, markup: str, lookup: ImageLookup) -> ReadArticle:
    """The article of a saved page; ArticleError "no article found" when it holds none."""
    tree = _parse(path, markup)
    meta = page_metadata(tree)
    captions = figure_captions_of(tree)
    blocks = _extract(markup)
    if _text_length(blocks) < MIN_ARTICLE_CHARS or _is_layout_table(blocks):
        # The extractor took a whole page set in a layout table, or found too little: the
        # element holding the most running text is the article (old sites, bare pages).
        blocks = list(blocks_of(densest_container(_parse(path, markup))))
    # A figure's caption or credit the extractor kept as a paragraph is not body text.
    caption_texts = {t for c, r in captions.values() for t in (c, r, f"{c} {r}") if t}
    blocks = [b for b in blocks if b.kind != "paragraph" or b.text not in caption_texts]
    blocks = tidied([with_caption(b, captions) for b in blocks], meta, linked_list_items(tree))
    if _text_length(blocks) < MIN_ARTICLE_CHARS:
        raise ArticleError(path, "no article found")
    blocks = with_figures_restored(tree, blocks, captions)
    figures = Figures(lookup)
    body = []
    for block in blocks:
        if block.kind == "figure":
            name = figures.name_for(block.src)
            if name is None:
                continue
            body.append(markdown_of(block, name))
        else:
            body.append(markdown_of(block))
    return ReadArticle(meta, "\n\n".join(body), tuple(figures.pictures.values()), tuple(figures.problems))


def page_metadata_of(path: Path, markup: str) -> ArticleMeta:
    """The page's metadata alone, without looking for its article's text."""
    return page_metadata(_parse(path, markup))


def _parse(path: Path, markup: str):
    # Encoding declarations are ignored: the text is already decoded.
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
    parser = lxml_html.HTMLParser(no_network=True, recover=True, remove_comments=True)
    try:
        return lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as exc:  # an empty document, or no markup at all
        raise ArticleError(path, f"not a web page ({exc})") from exc


def _extract(markup: str) -> list[Block]:
    # Imported here: trafilatura takes a moment to load, and text articles never need it.
    import trafilatura

    # Formatting is kept so that a line set in bold alone can be read as the subheading it is.
    options: dict[str, Any] = {"output_format": "html", "include_images": True, "include_tables": True,
               "include_formatting": True, "include_comments": False, "include_links": False,
               "deduplicate": False, "config": _config()}  # fmt: skip
    blocks = _blocks(trafilatura.extract(markup, **options))
    if _flattened(blocks):
        # On some busy pages the default mode runs the article into one blob with its chrome;
        # the precise and the fast modes keep the structure. The one with most blocks wins.
        modes: tuple[dict[str, Any], ...] = ({"favor_precision": True}, {"fast": True})
        for mode in modes:
            other = _blocks(trafilatura.extract(markup, **mode, **options))
            if len(other) > len(blocks) and _text_length(other) >= MIN_ARTICLE_CHARS:
                blocks = other
    if _text_length(blocks) < MIN_ARTICLE_CHARS:
        blocks = _blocks(trafilatura.extract(markup, favor_recall=True, **options)) or blocks
    return blocks


def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Press notices in Chinese and Japanese are short: 250 characters is a whole article there.
    # Whether the text is enough for an article is decided here (MIN_ARTICLE_CHARS).
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "80")
    return config


def _blocks(found: str | None) -> list[Block]:
    if not found:
        return []
    root = lxml_html.fromstring(found, parser=lxml_html.HTMLParser(no_network=True))
    body = root.find("body")
    body = body if body is not None else root
    blocks = list(blocks_of(body))
    if len(body) and body[0].tag == "table" and len(blocks) > 1:
        # Marked so the caller can tell: more than one block out of one table is a layout table.
        return [Block("layout-table"), *blocks]
    return blocks


def _is_layout_table(blocks: list[Block]) -> bool:
    return bool(blocks) and blocks[0].kind == "layout-table"


def _flattened(blocks: list[Block]) -> bool:
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    return len(blocks) < 4 and any(_text_length([b]) > 400 for b in paragraphs)


def _text_length(blocks: list[Block]) -> int:
    text = "".join(b.text for b in blocks if b.kind == "paragraph") + "".join(
        "".join(b.items) for b in blocks if b.kind == "quote"
    )
    return len(text) + 2 * len(_CJK.findall(text))


# A photo larger than this is not a press photo; reading it would only cost memory.
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def folder_lookup(page: Path) -> ImageLookup:
    """Images of a page saved as "Web page, complete": relative addresses inside the page's own
    folder (its ``NAME_files``). Absolute paths, ``file:`` URLs and ``../`` that lead out are
    refused; remote addresses are not saved, and never fetched."""
    folder = page.resolve().parent

    def lookup(src: str) -> bytes | None:
        if is_remote(src):
            return None
        address = unquote(src.split("#")[0].split("?")[0])
        if re.match(r"^[a-z][a-z0-9+.-]*:", address, re.I) or address.startswith(("/", "\\")):
            raise ImageRefused(f"{src}: outside the page's folder")
        target = (folder / address).resolve()
        if not target.is_relative_to(folder):
            raise ImageRefused(f"{src}: outside the page's folder")
        if not target.is_file():
            return None
        if target.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageRefused(f"{src}: larger than {MAX_IMAGE_BYTES >> 20} MiB")
        return target.read_bytes()

    return lookup
