"""Figure blocks of a Markdown body, read and written: ``![Caption](name "Credit"){.wide}``.

The grammar is the one ``model/pictures.py`` describes. Reading and writing live together so
that an edited caption or credit is written back in exactly the form it is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from desktop_app.model.pictures import FIGURE_SIZES

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

    def with_changes(self, **changes: object) -> Figure:
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
