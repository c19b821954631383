"""The body's paragraphs set in the lines the composer (``render/composer.py``) chose.

Each paragraph's words are measured as the PDF sets them (``render/text_widths.py``) and
broken over the whole paragraph; the lines are then written so that WeasyPrint, breaking
greedily as always, breaks exactly there and justifies each line as it does any other
(``_Paragraph.html`` says how). The words stay real text, in order, each once; only the
spaces at the breaks go, as they do when any line wraps.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html import escape
from html.parser import HTMLParser

import pyphen
from markupsafe import Markup

from desktop_app.render.composer import Measure, Piece, Tracking, compose
from desktop_app.render.engine import load_weasyprint
from desktop_app.render.text_widths import Font, forget_widths, text_widths

# Inline elements a composed paragraph may hold: none changes the type size or line height.
_INLINE = {"em", "i", "strong", "b", "a", "abbr", "u", "s", "del", "ins", "mark", "span", "q", "cite"}
_ITALIC = {"em", "i", "cite"}
_BOLD = {"strong", "b"}
_SPACES = re.compile(r"[ \t\n\r\f]+")
# Words of five letters or more, two before a break and two after: more places to break than
# WeasyPrint's own (hyphenate-limit-chars: 6 3 2 in common.css), since the composer weighs each.
MIN_WORD, LEFT, RIGHT = 5, 2, 2
GLUE_MARGIN = 3.0  # points: a line's first words are kept together until this much wider than the room
FILL_SLACK = 0.3  # points a composed line is left short of the measure, which justifying fills
LAST_LINE_SLACK = 0.05  # and the last line, whose few spaces would show it
# Of the type size: how much less than the paragraph's line height an expanded line's span
# is, more than its 2 % larger glyphs could push past the line's own box.
EXPANDED_LINE_INSET = 0.05
_LETTERS = re.compile(r"\w+", re.UNICODE)
_TOP_PARAGRAPH = re.compile(
    r'(<p\s+data-edit="(?P<id>b\d+)" data-field="body" data-role="body">)(.*?)</p>'
    r'|(?P<figure><figure [^>]*style="width: (?P<width>[0-9.]+)pt" data-beside="(?P<height>[0-9.]+)")',
    re.DOTALL,
)
# The classes of a composed line's span: its type size and line height, tracking, word spacing.
_LINE_CLASS = re.compile(r"\b(cl-f\d+-\d+|cl-t-?\d+|cl-w-?\d+)\b")
FLOAT_GAP_EM = 1.2  # common.css: a half figure's margin on the text's side


@dataclass(frozen=True)
class Setting:
    """How a document's body paragraphs are composed: their face, measure and hyphenation."""

    families: tuple[str, ...]
    size: float  # points
    lang: str
    rtl: bool
    measure: float  # points: the column's width
    indent: float  # points: the first line's indent of a paragraph that follows another
    hyphenate: str | None  # Pyphen's dictionary name, or None
    tracking: Tracking = field(default_factory=Tracking)  # how far a line may be tracked or expanded
    line_height: float = 0.0  # points: the paragraph's line height, which an expanded line keeps
    ligatures: str = "f[fijl]"  # letters the face joins into ligatures, which tracking would part


class _Runs(HTMLParser):
    """A paragraph's inline HTML as characters, each with the inline elements it is inside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: list[str] = []
        self.marks: list[int] = []
        self.kinds: list[tuple[tuple[str, str], ...]] = [()]
        self.open: list[tuple[str, str]] = []
        self.plain = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE or any(name == "id" for name, _v in attrs):
            self.plain = False
            return
        text = "".join(f' {n}="{escape(v or "", quote=True)}"' for n, v in attrs)
        self.open.append((tag, text))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            self.plain = False
            return
        self.open.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.plain = False

    def handle_data(self, data: str) -> None:
        marks = tuple(self.open)
        if marks not in self.kinds:
            self.kinds.append(marks)
        mark = self.kinds.index(marks)
        for char in _SPACES.sub(" ", data.replace("\u00ad", "")):
            if char == " " and (not self.chars or self.chars[-1] == " "):
                continue
            self.chars.append(char)
            self.marks.append(mark)


def compose_body(
    body: Markup, setting: Setting, unhyphenated: Mapping[str, frozenset[int]] | None = None
) -> Markup:
    """``body`` with each of its top-level paragraphs composed at ``setting``; a paragraph
    that holds anything but text and simple inline elements is left to WeasyPrint, and so
    are those that run beside a half-width figure, whose lines are narrower than the column.

    ``unhyphenated``: per paragraph id, its lines that end a column and may not end in a
    hyphen (``render/column_ends.py``)."""
    unhyphenated = unhyphenated or {}
    beside = 0.0  # points of a floated figure's height still beside the text
    width = 0.0  # and its width

    def one(match: re.Match[str]) -> str:
        nonlocal beside, width
        if match.group("figure"):
            width = float(match.group("width"))
            beside = float(match.group("height"))
            return match.group(0)
        if beside > 0:
            # Set greedily by WeasyPrint beside the figure: its height goes down by the
            # paragraph's lines at the narrower measure, counted from its natural width.
            narrow = max(1.0, setting.measure - width - FLOAT_GAP_EM * setting.size)
            lines = math.ceil(_natural_width(match.group(3), setting) / narrow)
            beside -= lines * setting.line_height + setting.size
            return match.group(0)
        # Only a paragraph that follows another is indented (common.css: p + p).
        before = body[max(0, match.start() - 64) : match.start()]
        indent = setting.indent if before.rstrip().endswith("</p>") else 0.0
        avoid = unhyphenated.get(match.group("id"), frozenset())
        composed = composed_paragraph(match.group(3), setting, indent, avoid)
        if composed is None:
            return match.group(0)
        return f'{match.group(1)[:-1]} class="composed">{composed}</p>'

    return Markup(_TOP_PARAGRAPH.sub(one, str(body)))


def _natural_width(inner: str, setting: Setting) -> float:
    runs = _Runs()
    runs.feed(inner)
    runs.close()
    font = Font(setting.families, setting.size, lang=setting.lang, rtl=setting.rtl)
    return text_widths(font, ["".join(runs.chars)])[0]


@lru_cache(maxsize=8192)
def composed_paragraph(
    inner: str, setting: Setting, indent: float, unhyphenated: frozenset[int] = frozenset()
) -> str | None:
    """A paragraph's inline HTML as composed lines, or None to leave it as it is; the lines
    numbered in ``unhyphenated`` end a column or page, and are set without a hyphen at their
    end where the paragraph allows it in as many lines.

    Kept per paragraph, style and measure: an edit composes again only what it changed."""
    composition = _composition(inner, setting, indent, unhyphenated)
    return None if composition is None else composition[0].html(*composition[1:])


def composed_lines(inner: str, setting: Setting, indent: float = 0.0) -> list[str] | None:
    """The text of each line the composer chooses for a paragraph's inline HTML, an inserted
    hyphen included; None for a paragraph it leaves as it is."""
    composition = _composition(inner, setting, indent)
    if composition is None:
        return None
    paragraph, lines, _measure = composition
    return ["".join(paragraph.chars[start:end]) + "-" * hyphen for start, end, hyphen, _t, _e in lines]


def _composition(inner: str, setting: Setting, indent: float, unhyphenated: frozenset[int] = frozenset()):
    runs = _Runs()
    runs.feed(inner)
    runs.close()
    if not runs.plain or runs.open:
        return None
    while runs.chars and runs.chars[-1] == " ":
        runs.chars.pop()
        runs.marks.pop()
    if not runs.chars:
        return None
    paragraph = _Paragraph(runs, setting)
    pieces = paragraph.pieces()
    measure = Measure(setting.measure, setting.measure - indent)
    lines = compose(pieces, measure, tracking=setting.tracking) or compose(
        pieces, measure, math.inf, setting.tracking
    )
    if lines is not None and unhyphenated:
        lines = (
            compose(pieces, measure, tracking=setting.tracking, unhyphenated=unhyphenated, count=len(lines))
            or lines
        )
    if lines is None or (len(lines) < 2 and lines[0].ratio >= 0):
        # None that fits, or one line at its natural spacing: nothing to compose. One line
        # that fits only with its spaces shrunk is set so, where WeasyPrint would break it.
        return None
    breaks = []
    for number, line in enumerate(lines):
        start, end = paragraph.cuts[line.start][0], paragraph.cuts[line.end - 1][1]
        last = number == len(lines) - 1
        hyphen = pieces[line.end - 1].hyphen > 0 and not last
        breaks.append((start, end, hyphen, line.tracking, line.expansion))
    return paragraph, breaks, measure


class _Paragraph:
    """One paragraph's characters cut into the composer's pieces, and its lines as HTML."""

    def __init__(self, runs: _Runs, setting: Setting) -> None:
        self.chars = runs.chars
        self.marks = runs.marks
        self.kinds = runs.kinds
        self.setting = setting
        self.cuts: list[tuple[int, int]] = []  # each piece's characters, start and end
        self._fonts: dict[tuple[int, float], Font] = {}
        self.plain = all(mark == 0 for mark in self.marks)  # no inline elements at all

    def font(self, mark: int, scale: float = 1.0) -> Font:
        font = self._fonts.get((mark, scale))
        if font is None:
            tags = {tag for tag, _attrs in self.kinds[mark]}
            s = self.setting
            size = round(s.size * scale, 3)
            font = Font(s.families, size, bool(tags & _ITALIC), bool(tags & _BOLD), s.lang, s.rtl)
            self._fonts[(mark, scale)] = font
        return font

    def segments(self, start: int, end: int, glued: set[int] | None = None) -> list[tuple[int, str]]:
        """The characters ``start`` to ``end`` in runs of one set of inline elements: the
        text boxes WeasyPrint shapes one by one; WORD JOINER after the spaces ``glued``."""
        if not glued and self.plain:
            return [(0, "".join(self.chars[start:end]))] if end > start else []
        out: list[tuple[int, str]] = []
        for i in range(start, end):
            char = self.chars[i] + ("\u2060" if glued and i in glued else "")
            if out and out[-1][0] == self.marks[i]:
                out[-1] = (out[-1][0], out[-1][1] + char)
            else:
                out.append((self.marks[i], char))
        return out

    def width(self, start: int, end: int, hyphen: bool = False, scale: float = 1.0) -> float:
        """The width WeasyPrint gives characters ``start`` to ``end``, and the hyphen if asked,
        with the type ``scale`` times its size.

        Word spacing is a letter-spacing attribute on each space, at which Pango parts its
        shaping: each word between spaces is shaped alone, so it is measured alone."""
        total = 0.0
        segments = self.segments(start, end)
        if hyphen and segments:
            segments[-1] = (segments[-1][0], segments[-1][1] + "-")
        for mark, text in segments:
            font = self.font(mark, scale)
            words = [w for w in text.split(" ") if w]
            total += sum(text_widths(font, words)) + text.count(" ") * self.space_of(font)
        return total

    def space_of(self, font: Font) -> float:
        pair, tight = text_widths(font, ["n n", "nn"])
        return pair - tight

    def words(self) -> list[tuple[int, int]]:
        out, start = [], None
        for i, char in enumerate([*self.chars, " "]):
            if char == " ":
                if start is not None:
                    out.append((start, i))
                start = None
            elif start is None:
                start = i
        return out

    def pieces(self) -> list[Piece]:
        words = self.words()
        breaks = [[] if n == len(words) - 1 else self.breaks(*word) for n, word in enumerate(words)]
        self._measure_in_batches(words, breaks)
        pieces: list[Piece] = []
        for number, (start, end) in enumerate(words):
            ligature = _ligatures(self.setting.ligatures).search("".join(self.chars[start:end])) is not None
            edges = [start, *[b for b, _kind in breaks[number]], end]
            whole = [self.width(start, b) for b in edges[1:]]
            for k in range(len(edges) - 1):
                width = whole[k] - (whole[k - 1] if k else 0.0)
                self.cuts.append((edges[k], edges[k + 1]))
                if k < len(breaks[number]):
                    explicit = breaks[number][k][1] == "explicit"
                    hyphen = 0.0 if explicit else self.width(start, edges[k + 1], True) - whole[k]
                    letters = edges[k + 1] - edges[k] + (not explicit)  # and the hyphen
                    pieces.append(Piece(width, 0.0, True, hyphen, True, letters, ligature))
                else:
                    space = self.space_width(end) if number < len(words) - 1 else 0.0
                    pieces.append(
                        Piece(width, space, True, letters=edges[k + 1] - edges[k], ligature=ligature)
                    )
        return pieces

    def space_width(self, at: int) -> float:
        return self.space_of(self.font(self.marks[at]))

    def breaks(self, start: int, end: int) -> list[tuple[int, str]]:
        """Where a line may end inside the word ``start``–``end``: after its own hyphens and
        at the hyphenation points of its language's patterns."""
        word = "".join(self.chars[start:end])
        found: dict[int, str] = {}
        for i, char in enumerate(word[:-1]):
            if char == "-" and i > 0 and word[i - 1].isalpha() and word[i + 1].isalpha():
                found[start + i + 1] = "explicit"
        dictionary = _dictionary(self.setting.hyphenate)
        if dictionary is not None:
            for letters in _LETTERS.finditer(word):
                text = letters.group()
                if len(text) < MIN_WORD or not text.isalpha():
                    continue
                for position in dictionary.positions(text):
                    if LEFT <= position <= len(text) - RIGHT:
                        found.setdefault(start + letters.start() + position, "pattern")
        return sorted(found.items())

    def _measure_in_batches(self, words: list[tuple[int, int]], breaks: list[list[tuple[int, str]]]) -> None:
        # Every text the pieces need (each word, and each of its beginnings up to a break,
        # with and without the hyphen), measured per face in one Pango layout each.
        wanted: dict[Font, list[str]] = {}
        for (start, end), inside in zip(words, breaks, strict=True):
            for b, _kind in inside:
                for mark, text in self.segments(start, b):
                    wanted.setdefault(self.font(mark), []).append(text)
                mark = self.marks[b - 1]
                wanted.setdefault(self.font(mark), []).append(self.segments(start, b)[-1][1] + "-")
            for mark, text in self.segments(start, end):
                wanted.setdefault(self.font(mark), []).append(text)
        for font, texts in wanted.items():
            text_widths(font, [*texts, "n n", "nn"])

    def html(self, lines: list[tuple[int, int, bool, float, float]], measure: Measure) -> str:
        """The paragraph's inline HTML for ``lines`` (each its first and end character,
        whether it ends in an inserted hyphen, its letter spacing and its expansion).

        Only the spaces between lines are taken as breaks. A line that fills the measure
        leaves no room for the next one, so WeasyPrint, breaking greedily, ends it there and
        justifies it by stretching its spaces, as it does any line. So that the next line's
        first words are not drawn up into the little room left, the spaces between them are
        followed by WORD JOINER, which forbids a break, adds no width and is not part of the
        text the PDF gives out (a joiner costs layout time, so only as many as it takes). A
        line set tighter than its natural spacing is a span with its own (negative) word
        spacing, a tracked line a span with its letter spacing, and an expanded line a span
        with its own type size; so is the line before a last line short enough to fit beside
        it, with the spacing that fills the measure. No other element is added: each costs
        WeasyPrint a style of its own, and word spacing on the whole paragraph costs every
        line it tries.
        """
        out = []
        fits: list[tuple[float, int]] = []
        for start, end, hyphen, track, expand in lines:
            spaces = sum(1 for c in self.chars[start:end] if c in " \u00a0")
            # Tracking spaces out every character WeasyPrint sets: the letters, the spaces,
            # the joiners and the hyphen.
            letters = end - start + self.chars[start:end].count(" ") + hyphen
            fits.append((self.width(start, end, hyphen, 1 + expand) + track * letters, spaces))
        spacings = []
        for number, (_start, end, _hyphen, _track, _expand) in enumerate(lines):
            natural, spaces = fits[number]
            room = measure.of_line(number) - FILL_SLACK
            spacing = (room - natural) / spaces if spaces and natural > room else 0.0
            if number == len(lines) - 2 and spaces:
                following = fits[-1][0] + self.space_of(self.font(self.marks[end - 1]))
                if natural + following <= measure.of_line(number) + FILL_SLACK:
                    spacing = (room - natural) / spaces
            spacings.append(spacing)
        styled = [bool(spacing or line[3] or line[4]) for spacing, line in zip(spacings, lines, strict=True)]
        leftover = -math.inf  # room the line before leaves: none before the first
        for number, (start, end, hyphen, track, expand) in enumerate(lines):
            natural, spaces = fits[number]
            spacing = spacings[number]
            # A line followed by a span keeps every space joined: WeasyPrint, finding no room
            # for the span, would break the text before it at its first free space.
            followed = number + 1 < len(lines) and styled[number + 1]
            after_tracked = number > 0 and bool(lines[number - 1][3] or lines[number - 1][4])
            glued = self._glued(
                start, end, math.inf if track or expand or followed else leftover, after_tracked
            )
            segments = self.segments(start, end, glued)
            if hyphen:
                segments[-1] = (segments[-1][0], segments[-1][1] + "-")
            text = _segments_html(segments, self.kinds)
            classes = []
            if expand:
                # The line box keeps the paragraph's height: the span's own is a little less
                # than the line's, so that its larger or smaller type never pushes it apart.
                size = self.setting.size * (1 + expand)
                height = self.setting.line_height - EXPANDED_LINE_INSET * self.setting.size
                classes.append(f"cl-f{round(size * 1000)}-{round(height * 1000)}")
            classes += [f"cl-t{round(track * 1000)}"] if track else []
            classes += [f"cl-w{round(spacing * 1000)}"] if spacing else []
            text = f'<span class="{" ".join(classes)}">{text}</span>' if classes else text
            if number and glued is None:
                text = "<br>" + text  # the whole line would fit beside the one before
            elif number:
                text = " " + text
            out.append(text)
            leftover = measure.of_line(number) - natural - spacing * spaces
        return "".join(out)

    def _glued(self, start: int, end: int, leftover: float, after_tracked: bool = False) -> set[int] | None:
        """The spaces of a line after which WORD JOINER forbids a break: enough of its first
        words that they cannot fit in ``leftover``, the room the line before leaves, and so
        are not drawn up onto it, and at least the first two after a tracked or expanded
        line, whose width is only estimated; every space when ``leftover`` is infinite (a
        tracked or expanded line, which was measured with all of them). None when the whole
        line would fit there."""
        spaces = [i for i in range(start, end) if self.chars[i] == " "]
        if leftover == math.inf:
            return set(spaces)
        glued: set[int] = set()
        for space in spaces:
            if (glued or not after_tracked) and self.width(start, space) > leftover + GLUE_MARGIN:
                return glued
            glued.add(space)
        return glued if self.width(start, end) > leftover + GLUE_MARGIN else None


def composed_css(html_text: str) -> str:
    """The rules of the classes composed lines carry in ``html_text`` (``_Paragraph.html``):
    one short stylesheet per render instead of a style attribute on each line, which
    WeasyPrint would parse line by line. Values are in thousandths of a point."""
    rules = []
    for name in sorted(set(_LINE_CLASS.findall(html_text))):
        kind, value = name[3], name[4:]
        if kind == "f":
            size, height = value.split("-")
            rules.append(
                f".{name} {{ font-size: {int(size) / 1000}pt; line-height: {int(height) / 1000}pt; }}"
            )
        else:
            rule = "letter-spacing" if kind == "t" else "word-spacing"
            rules.append(f".{name} {{ {rule}: {int(value) / 1000}pt; }}")
    return "\n".join(rules)


def _segments_html(segments: list[tuple[int, str]], kinds: list) -> str:
    out = []
    merged: list[tuple[int, str]] = []
    for mark, text in segments:
        if merged and merged[-1][0] == mark:
            merged[-1] = (mark, merged[-1][1] + text)
        else:
            merged.append((mark, text))
    for mark, text in merged:
        out += [f"<{tag}{attrs}>" for tag, attrs in kinds[mark]]
        out.append(escape(text, quote=False))
        out += [f"</{tag}>" for tag, _attrs in reversed(kinds[mark])]
    return "".join(out)


@cache
def _ligatures(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _dictionary(name: str | None) -> pyphen.Pyphen | None:
    # Through WeasyPrint's loading, so that the patterns are read parsed from the cache folder.
    load_weasyprint()
    return pyphen.Pyphen(lang=name) if name else None


def forget_composed() -> None:
    """Measure and compose again from now on: the fonts changed (a font was taken in)."""
    forget_widths()
    composed_paragraph.cache_clear()
