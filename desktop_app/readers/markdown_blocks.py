"""Write read blocks (paragraphs, headings, quotes, list items, tables, figures) as the Markdown
body the model holds, escaping the text so that a ``*`` or ``#`` in an article prints as typed."""

from __future__ import annotations

import re
from urllib.parse import quote

# Characters Python-Markdown (with ``extra``) reads as markup anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]{}|])")
# Characters that are markup only at the start of a line: headings, quotes, list items.
_LINE_START = re.compile(r"^(\s*)([#>+\-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)]\s)")
# Text that reads as an HTML entity ("&copy;") would print as the character it names.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def clean(text: str) -> str:
    """``text`` on one line, runs of white space made one space."""
    return _SPACES.sub(" ", text).strip()


def escape(text: str) -> str:
    """``text`` as Markdown that prints exactly ``text``."""
    text = _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", clean(text)))
    return _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", text))


def paragraph(text: str) -> str:
    return escape(text)


def heading(text: str, level: int) -> str:
    """A subheading: ``##`` or ``###`` (the title is the article's own field)."""
    return f"{'#' * min(3, max(2, level))} {escape(text)}"


def quotation(paragraphs: list[str]) -> str:
    return "\n>\n".join(f"> {escape(p)}" for p in paragraphs if clean(p))


def list_items(items: list[str], ordered: bool) -> str:
    lines = [f"{n}. {escape(t)}" if ordered else f"- {escape(t)}" for n, t in enumerate(items, 1)]
    return "\n".join(lines)


def table(rows: list[list[str]]) -> str:
    """A Markdown table; the first row is its head (Markdown tables always have one)."""
    width = max(len(r) for r in rows)
    rows = [[escape(c) for c in r] + [""] * (width - len(r)) for r in rows]
    lines = [_row(rows[0]), _row(["---"] * width), *(_row(r) for r in rows[1:])]
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def figure(name: str, caption: str, credit: str = "", size: str = "column") -> str:
    """A figure block, as model/pictures.py describes it."""
    target = quote(name, safe=":/?&=#%~+,;@!$'*")
    title = f' "{clean(credit).replace(chr(34), chr(8221))}"' if clean(credit) else ""
    width = f"{{.{size}}}" if size in ("half", "wide") else ""
    return f"![{escape(caption)}]({target}{title}){width}"
