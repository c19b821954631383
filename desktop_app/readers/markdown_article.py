"""Markdown articles with YAML front matter (title, subtitle, author, source, date, language, keywords)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from desktop_app.errors import ArticleError
from desktop_app.model.article import ArticleMeta
from desktop_app.readers.dates import parse_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def parse_markdown(path: Path, text: str) -> tuple[ArticleMeta, str]:
    """The front matter's metadata and the Markdown body that follows it."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        return ArticleMeta(), text.strip()
    # Imported here: a text article has no front matter to read, and exports it without waiting.
    import yaml

    try:
        data = yaml.safe_load(match.group("yaml")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ArticleError(path, f"front matter is not valid YAML{where}") from exc
    if not isinstance(data, dict):
        raise ArticleError(path, "front matter must be a list of 'key: value' lines")
    meta = ArticleMeta(
        title=_text(data.get("title")),
        subtitle=_text(data.get("subtitle")),
        author=_author(data.get("author")),
        source=_text(data.get("source")),
        date=_date(path, data.get("date")),
        language=_text(data.get("language") or data.get("lang")),
        keywords=_keywords(data.get("keywords")),
    )
    return meta, text[match.end() :].strip()


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _author(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return _text(value)


def _keywords(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(k for k in (_text(v) for v in items) if k)


def _date(path: Path, value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        raise ArticleError(path, f"front matter date {value!r} is not a date")
    return parsed
