"""A figure block of a Markdown body read into its parts and written back (the syntax is in
``model/pictures.py``), and the Text panel's view of a body, where each figure is one line."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop_app.model.article import block_spans
from desktop_app.model.pictures import FIGURE_SIZES

_FIGURE = re.compile(
    r"""^!\[(?P<caption>(?:[^\]\\]|\\.)*)\]
    \(\s*(?P<name>[^\s()"]+)(?:\s+"(?P<credit>.*)")?\s*\)
    (?:\{:?\s*(?P<attrs>[^}]*)\})?$""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPED = re.compile(r"\\(.)")
# How the Text panel shows a figure: its picture's name, then its caption.
_PANEL_FIGURE = re.compile(r"^\[Photo: (?P<name>[^\]\s]+)\][ \t]*(?P<caption>.*)$", re.DOTALL)


@dataclass(frozen=True)
class FigureBlock:
    """One figure: the picture it shows, its caption and credit, and its placed width."""

    name: str
    caption: str = ""
    credit: str = ""
    size: str = "column"  # one of FIGURE_SIZES

    def markdown(self) -> str:
        """The block as written in the body."""
        caption = re.sub(r"([\\\[\]])", r"\\\1", _one_line(self.caption))
        credit = _one_line(self.credit)
        title = f' "{credit}"' if credit else ""
        size = f"{{.{self.size}}}" if self.size in FIGURE_SIZES and self.size != "column" else ""
        return f"![{caption}]({self.name}{title}){size}"

    def with_changes(self, **changes: object) -> FigureBlock:
        return replace(self, **changes)


def parse_figure(block: str) -> FigureBlock | None:
    """The figure ``block`` is, or None when it is any other kind of block."""
    match = _FIGURE.match(block.strip())
    if match is None:
        return None
    classes = (match["attrs"] or "").split()
    size = next((c[1:] for c in classes if c[1:] in FIGURE_SIZES), "column")
    return FigureBlock(
        name=match["name"],
        caption=_ESCAPED.sub(r"\1", match["caption"]),
        credit=match["credit"] or "",
        size=size,
    )


def figure_names(body: str) -> list[str]:
    """The picture names the body's figures show, in reading order (repeats kept)."""
    found = (parse_figure(body[s:e]) for s, e in block_spans(body, markdown=True))
    return [f.name for f in found if f is not None]


def panel_text(body: str) -> str:
    """The body as the Text panel shows it: each figure as ``[Photo: name] caption``."""
    return _replace_blocks(body, lambda block: _panel_line(parse_figure(block)))


def body_from_panel(text: str, body: str) -> str:
    """The body for ``text`` typed in the Text panel, ``body`` being the one it showed: a figure
    line keeps its figure's credit and width (the first figure of that picture not yet used)."""
    figures = [f for f in (parse_figure(body[s:e]) for s, e in block_spans(body, True)) if f]

    def figure_of(block: str) -> str | None:
        match = _PANEL_FIGURE.match(block)
        if match is None:
            return None
        caption = _one_line(match["caption"])
        kept = next((f for f in figures if f.name == match["name"]), None)
        if kept is None:
            return FigureBlock(match["name"], caption).markdown()
        figures.remove(kept)
        return kept.with_changes(caption=caption).markdown()

    return _replace_blocks(text, figure_of)


def _panel_line(figure: FigureBlock | None) -> str | None:
    if figure is None:
        return None
    return f"[Photo: {figure.name}] {figure.caption}".rstrip()


def _replace_blocks(body: str, change) -> str:
    """``body`` with each block that ``change`` returns a text for replaced by that text."""
    out, last = [], 0
    for start, end in block_spans(body, markdown=True):
        new = change(body[start:end])
        if new is not None:
            out += [body[last:start], new]
            last = end
    return "".join(out) + body[last:]


def _one_line(text: str) -> str:
    return " ".join(text.split())
