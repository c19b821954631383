"""The body as the Text panel shows it, where each figure is one line, ``[Photo: name] caption``,
and the body that text stands for once typed in (figures as ``model/figures.py`` reads them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.model.article import block_spans
from desktop_app.model.figures import Figure, parse_figure

_PANEL_FIGURE = re.compile(r"^\[Photo: (?P<image>[^\]\s]+)\][ \t]*(?P<caption>.*)$", re.DOTALL)


def figures_of(body: str) -> list[Figure]:
    """The body's figures in reading order."""
    found = (parse_figure(body[s:e]) for s, e in block_spans(body, markdown=True))
    return [f for f in found if f is not None]


def panel_text(body: str) -> str:
    """The body as the Text panel shows it: each figure as ``[Photo: name] caption``."""
    return _replace_blocks(body, lambda block: _panel_line(parse_figure(block)))


def body_from_panel(text: str, body: str) -> str:
    """The body for ``text`` typed in the Text panel, ``body`` being the one it showed: a figure
    line keeps its figure's credit and width (the first figure of that picture not yet used)."""
    figures = figures_of(body)

    def figure_of(block: str) -> str | None:
        match = _PANEL_FIGURE.match(block)
        if match is None:
            return None
        caption = " ".join(match["caption"].split())
        kept = next((f for f in figures if f.image == match["image"]), None)
        if kept is None:
            return Figure(match["image"], caption).markdown()
        figures.remove(kept)
        return kept.with_changes(caption=caption).markdown()

    return _replace_blocks(text, figure_of)


def _panel_line(figure: Figure | None) -> str | None:
    if figure is None:
        return None
    return f"[Photo: {figure.image}] {figure.caption}".rstrip()


def _replace_blocks(body: str, change: Callable[[str], str | None]) -> str:
    """``body`` with each block that ``change`` returns a text for replaced by that text."""
    out, last = [], 0
    for start, end in block_spans(body, markdown=True):
        new = change(body[start:end])
        if new is not None:
            out += [body[last:start], new]
            last = end
    return "".join(out) + body[last:]
