"""No hyphen at the end of a column or page, where the paragraph can do without it.

The composer (``render/composer.py``) does not know where columns end: WeasyPrint finds that
out when it lays the pages out. So the laid-out pages are read for composed paragraphs that
run on into the next column or page from a line ending in a hyphen; those paragraphs are
composed again, in as many lines so that the column still ends after the same line, with that
line ending in a whole word, and the pages are laid out once more (``render/pdf.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from desktop_app.model.document import Document
from desktop_app.render.composed_body import body_setting
from desktop_app.render.composed_html import compose_body
from desktop_app.render.html import body_html

HYPHENS = ("-", "\u00ad", "\u2010")
# Laying out a second time doubles a render: done for documents up to this many pages (a press
# release, a bulletin), not for a long report, where the preview would wait twice as long.
MOST_PAGES = 24
_ARTICLE = re.compile(r'<section [^>]*data-article="(\d+)"')


Where = tuple[str | None, str]  # an edition's article (its index) or None, and a paragraph's id


def hyphenated_column_ends(pages: Iterable) -> dict[Where, frozenset[int]]:
    """Per composed paragraph (its edition article and ``data-edit`` id), the numbers of its
    lines (from 0) that end a column or page in a hyphen, in WeasyPrint's laid-out ``pages``."""
    fragments: dict[Where, list[tuple[int, str]]] = {}  # each piece: its lines, its last line's text
    for page in pages:
        for box, article in _composed_paragraphs(page._page_box, None):
            lines = [child for child in box.children if type(child).__name__ == "LineBox"]
            last = "".join(_texts(lines[-1])) if lines else ""
            fragments.setdefault((article, box.element.get("data-edit")), []).append((len(lines), last))
    ends: dict[Where, frozenset[int]] = {}
    for where, pieces in fragments.items():
        seen, hyphenated = 0, set()
        for count, last in pieces[:-1]:  # the paragraph's last piece ends the paragraph
            seen += count
            if count and last.rstrip().endswith(HYPHENS):
                hyphenated.add(seen - 1)
        if hyphenated:
            ends[where] = frozenset(hyphenated)
    return ends


def without_column_end_hyphens(
    html_text: str, documents: Sequence[Document], ends: dict[Where, frozenset[int]]
) -> str:
    """``html_text`` with the composed paragraphs of ``ends`` composed again so that the lines
    numbered there do not end in a hyphen; unchanged where no such breaks are found.

    ``documents`` are the article (one) or an edition's articles as it prints them, in order."""
    if not ends:
        return html_text
    # An edition's articles are sections marked data-article="index", each its own ids.
    starts = [(m.start(), m.group(1)) for m in _ARTICLE.finditer(html_text)] or [(0, None)]
    parts = [html_text[: starts[0][0]]]
    for number, (start, article) in enumerate(starts):
        stop = starts[number + 1][0] if number + 1 < len(starts) else len(html_text)
        index = 0 if article is None else int(article)
        wanted = {element_id: lines for (where, element_id), lines in ends.items() if where == article}
        part = html_text[start:stop]
        if wanted and index < len(documents):
            part = _recomposed(part, documents[index], wanted)
        parts.append(part)
    return "".join(parts)


def _recomposed(html_text: str, document: Document, ends: dict[str, frozenset[int]]) -> str:
    # The body composed again with those lines held back from a hyphen, its paragraphs put
    # in place of the same ones in the page.
    setting = body_setting(document)
    if setting is None:
        return html_text
    again = {
        match.group(2): match.group(0)
        for match in _composed(ends).finditer(str(compose_body(body_html(document), setting, ends)))
    }
    return _composed(ends).sub(lambda match: again.get(match.group(2), match.group(0)), html_text)


def _composed(ids: Iterable[str]) -> re.Pattern[str]:
    """The composed paragraphs of ``ids``: the opening tag, the id, and the whole element."""
    wanted = "|".join(re.escape(element_id) for element_id in ids)
    return re.compile(rf'(<p\s+data-edit="({wanted})"[^>]* class="composed">).*?</p>', re.DOTALL)


def _composed_paragraphs(box, article: str | None) -> Iterator:
    element = getattr(box, "element", None)
    if element is not None:
        article = element.get("data-article", article)
        if (
            getattr(box, "element_tag", "") == "p"
            and "composed" in (element.get("class") or "").split()
            and element.get("data-edit")
        ):
            yield box, article
            return
    for child in getattr(box, "children", ()):
        yield from _composed_paragraphs(child, article)


def _texts(box) -> Iterator[str]:
    text = getattr(box, "text", None)
    if isinstance(text, str):
        yield text
    for child in getattr(box, "children", ()):
        yield from _texts(child)
