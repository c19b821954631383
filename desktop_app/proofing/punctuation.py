"""Typographic punctuation in the article's language: straight quotes curled the way the
language writes them, ``--`` as a dash, ``...`` as an ellipsis, double spaces single.

Code-like text (URLs, e-mail addresses, Markdown code) is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.model.article import Article
from desktop_app.model.figures import parse_figure
from desktop_app.proofing.words import code_spans


@dataclass(frozen=True)
class Quotes:
    """A language's quotation marks: the outer pair, the inner pair, and the space a mark
    keeps from the words it encloses (French sets a no-break space inside « »)."""

    open: str
    close: str
    inner_open: str
    inner_close: str
    inside: str = ""


NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
# As each language's style guides and CLDR write them.
QUOTES: dict[str, Quotes] = {
    "en": Quotes("“", "”", "‘", "’"),
    "ru": Quotes("«", "»", "„", "“"),
    "uk": Quotes("«", "»", "„", "“"),
    "de": Quotes("„", "“", "‚", "‘"),
    "fr": Quotes("«", "»", "“", "”", inside=NBSP),
    "es": Quotes("«", "»", "“", "”"),
    "it": Quotes("«", "»", "“", "”"),
    "pt": Quotes("“", "”", "‘", "’"),
    "pl": Quotes("„", "”", "«", "»"),
    "zh": Quotes("“", "”", "‘", "’"),
    "ja": Quotes("「", "」", "『", "』"),
}
# Characters after which a quotation mark opens rather than closes.
_OPENING_CONTEXT = set(" \t\n\u00a0\u202f([{<—–-/") | {
    mark for q in QUOTES.values() for mark in (q.open, q.inner_open)
}
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_DOUBLE_HYPHEN = re.compile(r"(?<=[\w\s\"'.,!?])--(?=[\w\s\"'])")
_RULE_LINE = re.compile(r"^[ \t]*[-|:+ \t]*-{2,}[-|:+ \t]*$", re.MULTILINE)  # Markdown rules, tables
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACED_DASH = re.compile(r" —")
_FRENCH_BEFORE = re.compile(r"(?<=[^\W\d_]|[»”)])[ \u00a0\u202f]?([;!?])")
_FRENCH_COLON = re.compile(r"(?<=[^\W\d_]|[»”)])[ \u00a0\u202f]?:(?=\s|$)")


def quotes_for(language: str) -> Quotes:
    """The quotation marks of the BCP 47 ``language`` (English ones for one not listed)."""
    return QUOTES.get(language.replace("_", "-").split("-")[0].lower(), QUOTES["en"])


def fix_text(text: str, language: str) -> str:
    """``text`` with typographic punctuation for ``language``; code-like stretches untouched."""
    out: list[str] = []
    position = 0
    for start, end in code_spans(text):
        out.append(_fix_prose(text[position:start], language))
        out.append(text[start:end])
        position = end
    out.append(_fix_prose(text[position:], language))
    return "".join(out)


def fix_article(article: Article) -> Article:
    """``article`` with typographic punctuation in its title, text fields and body."""
    language = article.language or "en"
    changes = {
        name: fix_text(getattr(article, name), language) for name in ("title", "subtitle", "author", "source")
    }
    changes["body"] = _fixed_body(article, language)
    changed = {k: v for k, v in changes.items() if v != getattr(article, k)}
    return article.with_changes(**changed) if changed else article


def _fixed_body(article: Article, language: str) -> str:
    """The body with typographic punctuation, block by block: a figure's caption and credit are
    prose, but its Markdown (the image's name, the quotes around the credit) is not."""
    if article.body_format != "markdown":
        return fix_text(article.body, language)
    blocks = []
    for block in article.blocks:
        figure = parse_figure(block)
        if figure is None:
            blocks.append(fix_text(block, language))
        else:
            caption, credit = fix_text(figure.caption, language), fix_text(figure.credit, language)
            blocks.append(figure.with_changes(caption=caption, credit=credit).markdown())
    fixed = "\n\n".join(blocks)
    # Nothing changed: the body keeps its own spacing between blocks, byte for byte.
    return article.body if fixed == "\n\n".join(article.blocks) else fixed


def _fix_prose(text: str, language: str) -> str:
    if not text:
        return text
    primary = language.replace("_", "-").split("-")[0].lower()
    text = _ELLIPSIS.sub("…", text)
    rules = {m.span() for m in _RULE_LINE.finditer(text)}
    text = _DOUBLE_HYPHEN.sub(lambda m: m.group() if _inside(m.start(), rules) else "—", text)
    text = _DOUBLE_SPACE.sub(" ", text)
    text = _curl(text, quotes_for(language))
    if primary in ("ru", "uk"):
        text = _SPACED_DASH.sub(NBSP + "—", text)  # the dash never starts a line
    if primary == "fr":
        text = _FRENCH_BEFORE.sub(lambda m: NARROW_NBSP + m.group(1), text)
        text = _FRENCH_COLON.sub(NBSP + ":", text)
    return text


def _inside(position: int, spans: set[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _opens(text: str, index: int, inside: bool) -> bool:
    """Whether the straight quote at ``index`` opens a quotation (else it closes one);
    ``inside`` tells whether a quotation of its kind is open already."""
    before = index - 1
    while before >= 0 and text[before] in "*_":  # Markdown emphasis around the quotation
        before -= 1
    following = text[index + 1] if index + 1 < len(text) else " "
    if following.isspace():
        return False
    if before < 0 or text[before] in _OPENING_CONTEXT:
        return True
    if ord(text[before]) >= 0x2E80:
        # Chinese and Japanese set quotation marks right after a character or a full-width
        # colon with no space: only the pairing can tell an opening mark from a closing one.
        return not inside
    return False


def _curl(text: str, quotes: Quotes) -> str:
    chars = list(text)
    depth = 0  # open double quotation marks, for nested quotations in the inner marks
    single_open = False  # an inner mark opened with a straight single quote
    for index, char in enumerate(text):
        previous = text[index - 1] if index else " "
        following = text[index + 1] if index + 1 < len(text) else " "
        if char == '"':
            if previous.isdigit():
                continue  # inches: 12"
            if _opens(text, index, depth > 0):
                chars[index] = (quotes.open if depth == 0 else quotes.inner_open) + quotes.inside
                depth += 1
            else:
                depth = max(0, depth - 1)
                chars[index] = quotes.inside + (quotes.close if depth == 0 else quotes.inner_close)
        elif char == "'":
            if previous.isalpha() and following.isalpha():
                chars[index] = "’"  # an apostrophe inside a word: don't, l'homme
            elif previous.isdigit():
                continue  # feet: 6'
            elif following.isdigit() and not previous.isalnum():
                chars[index] = "’"  # a year cut short: the '90s
            elif _opens(text, index, single_open):
                chars[index] = quotes.inner_open
                single_open = True
            elif single_open:
                chars[index] = quotes.inner_close
                single_open = False
            else:
                chars[index] = "’"  # an apostrophe ending a word: the students' books
    result = "".join(chars)
    if quotes.inside:
        # Marks typed with a space inside keep one space: « mot », not «  mot  ».
        result = re.sub(f"{re.escape(quotes.open)}[ {NBSP}]*", quotes.open + quotes.inside, result)
        result = re.sub(f"[ {NBSP}]*{re.escape(quotes.close)}", quotes.inside + quotes.close, result)
    return result
