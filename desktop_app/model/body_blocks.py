"""An article's body as kinds of blocks in reading order: paragraphs, headings, quotes, list
items, tables and figures, each with its plain text (what ``imprint info --json`` shows)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from desktop_app.model.article import Article

_HEADING = re.compile(r"^#{1,6}\s+")
_QUOTE = re.compile(r"^>\s?", re.MULTILINE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# ![Caption](name "Credit"){.size} — see model/pictures.py.
FIGURE = re.compile(
    r'^!\[(?P<caption>(?:\\.|[^\]\\])*)\]\((?P<name>[^\s)]+)(?:\s+"(?P<credit>[^"]*)")?\)'
    r"(?:\{\.(?P<size>half|wide)\})?\s*$"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>=])")


@dataclass(frozen=True)
class BodyBlock:
    kind: str  # "paragraph", "heading", "quote", "list-item", "table", "figure"
    text: str
    caption: str = ""
    credit: str = ""
    image: str = ""
    size: str = "column"


def plain(markdown: str) -> str:
    """Markdown's backslash escapes (and ``&amp;``) undone: the text as it prints."""
    return _ESCAPE.sub(r"\1", markdown).replace("&amp;", "&")


def body_blocks(article: Article) -> list[BodyBlock]:
    """The article's blocks in reading order; a list gives one block per item."""
    if article.body_format == "text":
        return [BodyBlock("paragraph", block) for block in article.blocks]
    found: list[BodyBlock] = []
    for block in article.blocks:
        found.extend(_classify(block))
    return found


def _classify(block: str) -> list[BodyBlock]:
    lines = block.splitlines()
    figure = FIGURE.match(block.strip())
    if figure:
        caption = plain(figure["caption"])
        return [
            BodyBlock(
                "figure",
                caption,
                caption=caption,
                credit=figure["credit"] or "",
                image=unquote(figure["name"]),
                size=figure["size"] or "column",
            )
        ]
    if _HEADING.match(block):
        return [BodyBlock("heading", plain(_HEADING.sub("", block).strip()))]
    if all(line.startswith(">") for line in lines):
        text = " ".join(p.strip() for p in _QUOTE.sub("", block).splitlines() if p.strip())
        return [BodyBlock("quote", plain(text))]
    if len(lines) > 1 and _TABLE_RULE.match(lines[1]) and "|" in lines[0]:
        rows = [_cells(line) for line in lines if not _TABLE_RULE.match(line)]
        return [BodyBlock("table", "\n".join("\t".join(r) for r in rows))]
    if _LIST_ITEM.match(lines[0]):
        items: list[str] = []
        for line in lines:
            if _LIST_ITEM.match(line) or not items:
                items.append(_LIST_ITEM.sub("", line).strip())
            else:
                items[-1] += " " + line.strip()
        return [BodyBlock("list-item", plain(item)) for item in items]
    return [BodyBlock("paragraph", plain(" ".join(line.strip() for line in lines)))]


def _cells(line: str) -> list[str]:
    line = line.strip().removeprefix("|").removesuffix("|")
    return [plain(c.strip()) for c in re.split(r"(?<!\\)\|", line)]
