"""Figure blocks of a Markdown body, read and written: ``![Caption](name "Credit"){.wide}``.

The grammar is the one ``model/pictures.py`` describes. Reading and writing live together so
that an edited caption or credit is written back in exactly the form it is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from desktop_app.model.article import Article
from desktop_app.model.pictures import FIGURE_SIZES, Picture

_FIGURE = re.compile(
    r"""\A!\[(?P<caption>(?:\\.|[^\]\\])*)\]
    \(\s*(?P<image><[^>\n]*>|[^\s)]+)
    (?:\s+"(?P<credit>(?:\\.|[^"\\])*)")?\s*\)
    (?:\{\s*\.(?P<size>half|wide)\s*\})?\Z""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
REMOTE_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})


@dataclass(frozen=True)
class Figure:
    """One figure block: the image's name, its caption, its credit and its placed width class."""

    image: str
    caption: str = ""
    credit: str = ""
    size: str = "column"

    @property
    def is_remote(self) -> bool:
        """Whether the image is a web address the saved page pointed to but did not keep."""
        return urlsplit(self.image).scheme.lower() in REMOTE_SCHEMES or self.image.startswith("//")

    def markdown(self) -> str:
        """The block that reads back as this figure."""
        image = f"<{self.image}>" if any(c in self.image for c in " ()<>") else self.image
        credit = f' "{_escape(self.credit, chr(34))}"' if self.credit else ""
        size = f"{{.{self.size}}}" if self.size != "column" else ""
        return f"![{_escape(self.caption, ']')}]({image}{credit}){size}"

    def with_changes(self, **changes: Any) -> Figure:
        return replace(self, **changes)


def parse_figure(block: str) -> Figure | None:
    """The figure ``block`` is, or None when it is any other kind of block."""
    match = _FIGURE.match(block.strip())
    if match is None:
        return None
    image = match.group("image")
    if image.startswith("<"):
        image = image[1:-1]
    size = match.group("size") or "column"
    assert size in FIGURE_SIZES
    return Figure(
        image=image.strip(),
        caption=_unescape(match.group("caption")),
        credit=_unescape(match.group("credit") or ""),
        size=size,
    )


def _unescape(text: str) -> str:
    return " ".join(_ESCAPED.sub(r"\1", text).split())


def _escape(text: str, closing: str) -> str:
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace(closing, "\\" + closing)


def with_figure_picture(article: Article, block: int, picture: Picture) -> Article:
    """``article`` with figure block ``block`` showing ``picture``, which it now carries.

    For a photo chosen in place of one the saved page did not keep, or a replaced one: the
    picture's name is made unique among the article's, the figure keeps its caption, credit and
    size, and a picture no figure shows any more is no longer carried.
    """
    figure = parse_figure(article.blocks[block])
    if figure is None:
        raise ValueError(f"block {block} is not a figure")
    kept, images = carried_picture(picture, article)
    changed = article.with_block(block, figure.with_changes(image=kept.name).markdown())
    return without_unused_pictures(changed.with_changes(images=images))


def with_figure_inserted(
    article: Article, index: int, picture: Picture, figure: Figure | None = None
) -> Article:
    """``article`` with a new figure block showing ``picture`` before block ``index`` (at the end
    when ``index`` is past the last), as when a photo is dropped on the page."""
    kept, images = carried_picture(picture, article)
    shown = (figure or Figure(kept.name)).with_changes(image=kept.name)
    blocks = article.blocks
    blocks.insert(max(0, min(index, len(blocks))), shown.markdown())
    return article.with_changes(body="\n\n".join(blocks), images=images)


def carried_picture(picture: Picture, article: Article) -> tuple[Picture, tuple[Picture, ...]]:
    """The picture as ``article`` carries it, and the article's pictures with it: one it already
    carries is not added again; a new one is renamed, when it must be, so no two share a name."""
    same = next((p for p in article.images if p.data == picture.data), None)
    if same is not None:
        return same, article.images
    taken = {p.name for p in article.images}
    name, n = picture.name, 1
    stem, dot, suffix = picture.name.rpartition(".")
    while name in taken:
        n += 1
        name = f"{stem}-{n}.{suffix}" if dot else f"{picture.name}-{n}"
    kept = replace(picture, name=name)
    return kept, (*article.images, kept)


def without_unused_pictures(article: Article) -> Article:
    """``article`` carrying only the pictures its figures show (after a figure is deleted)."""
    shown = {f.image for f in (parse_figure(b) for b in article.blocks) if f is not None}
    images = tuple(p for p in article.images if p.name in shown)
    return article if images == article.images else article.with_changes(images=images)
