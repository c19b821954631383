"""News pages saved as text: a title, an ``Updated : …Source : …`` line, page chrome, paragraphs.

The chrome (share, print, previous/next, related lines…) is recognised in web_chrome.py.
"""

from __future__ import annotations

import re

from desktop_app.model.article import ArticleMeta
from desktop_app.readers.dates import DATE_PATTERN, parse_date
from desktop_app.readers.web_chrome import without_chrome

_COLON = r"\s*[:：]\s*"
_DATE_LABELS = r"Updated|Published|Date|Time|更新时间|发布时间|发布日期|时间|日期|Обновлено|Опубликовано|Дата"
_SOURCE_LABELS = r"Source|来源|稿源|Источник"
_AUTHOR_LABELS = r"Author|By|作者|编辑|Автор"

_DATE_FIELD = re.compile(
    rf"(?:{_DATE_LABELS}){_COLON}(?P<date>{DATE_PATTERN})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
)
# A source runs until the next label, since saved pages glue fields together
# ("2021-03-30Source : CCFAO").
_NEXT_LABEL = rf"(?=(?:{_DATE_LABELS}|{_SOURCE_LABELS}|{_AUTHOR_LABELS}){_COLON}|$)"
_SOURCE_FIELD = re.compile(rf"(?:{_SOURCE_LABELS}){_COLON}(?P<source>.+?)\s*{_NEXT_LABEL}")
_AUTHOR_FIELD = re.compile(rf"(?:{_AUTHOR_LABELS}){_COLON}(?P<author>.+?)\s*{_NEXT_LABEL}")

_SPACES = re.compile(r"[ \t\u00a0\u3000]{2,}")


def is_metadata_line(line: str) -> bool:
    return bool(_DATE_FIELD.search(line) or _SOURCE_FIELD.search(line))


def parse_news_text(text: str) -> tuple[ArticleMeta, list[str]]:
    """Split a saved news page into its metadata and its paragraphs, in order."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    content = [line for line in lines if line]
    if not content:
        return ArticleMeta(), []
    title = _normalise(content[0])
    date_value = None
    source = author = ""
    paragraphs: list[str] = []
    for line in without_chrome(content[1:]):
        # Only the header carries metadata; a body sentence that mentions a date stays text.
        if not paragraphs and is_metadata_line(line):
            date_match = _DATE_FIELD.search(line)
            source_match = _SOURCE_FIELD.search(line)
            author_match = _AUTHOR_FIELD.search(line)
            date_value = parse_date(date_match.group("date")) if date_match else date_value
            source = source_match.group("source").strip() if source_match else source
            author = author_match.group("author").strip() if author_match else author
            continue
        paragraphs.append(_normalise(line))
    meta = ArticleMeta(title=title, source=source, author=author, date=date_value)
    return meta, paragraphs


def _normalise(line: str) -> str:
    return _SPACES.sub(" ", line).strip()
