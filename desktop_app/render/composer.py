"""Choose a paragraph's line breaks all at once (Knuth and Plass), as TeX and InDesign's
Paragraph Composer do, instead of one line at a time as a browser does.

The paragraph comes as a row of pieces of text, each with its natural width and the space
after it; the composer knows nothing of fonts or HTML (``render/composed_html.py`` measures
and emits). Word spaces stretch and shrink; a line's looseness is its ratio: the share of
its spaces' stretch (or shrink) that filling the measure takes, 0 at natural width, 1 when
every space is 1.5 times its natural width, -1 when spaces are at 0.8 of it.

Where the measure is narrow two more tools take part of a loose line's slack (or of a tight
line's excess) off its word spaces, as microtype's font expansion does for TeX: the line's
type is set up to 2 % larger or smaller (in steps, so that few sizes are used), and then a
very small letter spacing. Letter spacing never goes on a line with a ligature, which it
would break apart; a larger or smaller size keeps ligatures whole.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

STRETCH = 0.5  # a space may grow by half its width per unit of ratio: 1.5x at ratio 1
SHRINK = 0.2  # and shrink to 0.8 of its width, never less
LINE_PENALTY = 10
HYPHEN_PENALTY = 50
CONSECUTIVE_HYPHEN_DEMERITS = 3000
FINAL_HYPHEN_DEMERITS = 5000  # the line before the last ends in a hyphen
SHORT_LAST_LINE_DEMERITS = 4000  # the last line is one short word
SHORT_LAST_WORD = 1 / 6  # of the measure: "short" for a lone last word
MAX_HYPHENS_IN_A_ROW = 2
TOLERANCE = 2.0  # loosest ratio tried first: spaces at twice their width
# A line whose spaces pass 1.5x their width reads as loose: worth a hyphen or a tighter
# neighbour several times over. Aimed at 1.4x, since what WeasyPrint adds when it justifies
# and a tracked line's gaps are only estimated here.
LOOSE_RATIO = 0.8
LOOSE_DEMERITS = 100_000
# And past 1.45x (ratio 0.9) a line is counted loose by the eye and by the benchmark, whose
# natural space, taken from the PDF's ragged last lines, is about 3 % narrower than the
# width measured here: each such line costs more than any set of good lines around it.
VERY_LOOSE_RATIO = 0.9
VERY_LOOSE_DEMERITS = 1_000_000
# A line's type is expanded, then tracked, only when its spaces alone would pass this ratio,
# and only as far as it takes to bring them back to it.
TRACK_FROM = 0.8
TRACK_LEAST = 0.25  # of its limit: a line is tracked by no less, which would not show


@dataclass(frozen=True)
class Tracking:
    """How far letters may be spaced apart (``stretch``) or closed up (``shrink``), in points
    per letter; a space between words counts as two letters (a space and the word joiner
    after it, ``render/composed_html.py``), and its gap widens by three letters' tracking.

    ``expansion`` is how much larger or smaller a line's type may be set, as a share of its
    size, in steps of ``step``; expanding widens the glyphs by that share of their width
    (and the spaces too, which the gap's measure counts from their natural width)."""

    stretch: float = 0.0
    shrink: float = 0.0
    expansion: float = 0.0
    step: float = 0.005


@dataclass(frozen=True)
class Piece:
    """A piece of text between two places where a line may (or may not) end.

    ``space`` is the width of the space after it (0 inside a word); ``breakable`` says a line
    may end after it; ``hyphen`` is the width a line ending there gains (the inserted hyphen)
    and ``hyphenated`` says such a line ends with a hyphen, inserted or the word's own.
    """

    width: float
    space: float = 0.0
    breakable: bool = True
    hyphen: float = 0.0
    hyphenated: bool = False
    letters: int = 0
    ligature: bool = False  # its word holds a ligature: a line with it is never tracked


@dataclass(frozen=True)
class Measure:
    """The widths lines are set to: the first line's (after its indent) and the others'."""

    width: float
    first: float | None = None

    def of_line(self, number: int) -> float:
        return self.first if number == 0 and self.first is not None else self.width


@dataclass(frozen=True)
class Line:
    """One composed line: pieces ``start`` to ``end`` (exclusive), its ratio and demerits."""

    start: int
    end: int
    ratio: float
    hyphenated: bool
    tracking: float = 0.0  # points of letter spacing
    expansion: float = 0.0  # share of the type size the line is set larger (or smaller)


@dataclass
class _Sums:
    """Prefix sums over the pieces, so that any line's widths cost O(1)."""

    width: list[float] = field(default_factory=lambda: [0.0])
    space: list[float] = field(default_factory=lambda: [0.0])
    spaces: list[int] = field(default_factory=lambda: [0])
    letters: list[int] = field(default_factory=lambda: [0])
    ligatures: list[int] = field(default_factory=lambda: [0])


def _sums(pieces: list[Piece]) -> _Sums:
    sums = _Sums()
    for piece in pieces:
        sums.width.append(sums.width[-1] + piece.width + piece.space)
        sums.space.append(sums.space[-1] + piece.space)
        sums.spaces.append(sums.spaces[-1] + (piece.space > 0))
        sums.letters.append(sums.letters[-1] + piece.letters)
        sums.ligatures.append(sums.ligatures[-1] + piece.ligature)
    return sums


@dataclass(frozen=True)
class _Fit:
    """What a line's pieces are: natural width, total space, spaces, letters, and whether
    it may be tracked."""

    natural: float
    glue: float
    spaces: int
    letters: int
    trackable: bool

    @property
    def glyphs(self) -> float:
        return self.natural - self.glue


def _fit(sums: _Sums, pieces: list[Piece], start: int, end: int) -> _Fit:
    piece = pieces[end - 1]
    glue = sums.space[end] - sums.space[start] - piece.space
    spaces = sums.spaces[end] - sums.spaces[start] - (piece.space > 0)
    return _Fit(
        natural=sums.width[end] - sums.width[start] - piece.space + piece.hyphen,
        glue=glue,
        spaces=spaces,
        letters=sums.letters[end] - sums.letters[start] + 2 * spaces,
        trackable=sums.ligatures[end] == sums.ligatures[start],
    )


def line_ratio(
    pieces: list[Piece], start: int, end: int, measure: float, last: bool, tracking: Tracking | None = None
) -> tuple[float, float, float]:
    """The ratio of the line of pieces ``start`` to ``end`` (exclusive) at ``measure``, its
    letter spacing and its expansion: ``math.inf`` when it cannot stretch that far (no
    spaces), ``-math.inf`` when it overflows.

    The last line of a paragraph is not stretched (ratio 0) but may shrink to fit."""
    fit = _fit(_sums(pieces[start:end]), pieces[start:end], 0, end - start)
    return _ratio(fit, measure, last, tracking or Tracking())


def _ratio(fit: _Fit, measure: float, last: bool, tracking: Tracking) -> tuple[float, float, float]:
    slack = measure - fit.natural
    glue = fit.glue
    if slack >= 0:
        if last:
            return 0.0, 0.0, 0.0
        if glue <= 0:
            return (0.0 if slack < 1e-6 else math.inf), 0.0, 0.0
        ratio = slack / (glue * STRETCH)
        if ratio <= TRACK_FROM:
            return ratio, 0.0, 0.0
        # Larger type first, in whole steps and never past what brings the spaces to
        # TRACK_FROM: the gap, counted from the natural space, loses what the glyphs gain.
        expand = 0.0
        if tracking.expansion:
            wanted = (slack - TRACK_FROM * glue * STRETCH) / fit.glyphs
            expand = min(tracking.expansion, math.ceil(wanted / tracking.step - 1e-9) * tracking.step)
            slack -= expand * fit.glyphs
            ratio = slack / (glue * STRETCH)
        if ratio <= TRACK_FROM or not fit.trackable or not tracking.stretch:
            return ratio, 0.0, expand
        wanted = (slack - TRACK_FROM * glue * STRETCH) / fit.letters
        track = min(tracking.stretch, max(wanted, TRACK_LEAST * tracking.stretch))
        # Each gap between words widens by the tracking of the letter before it, of the
        # space and of the joiner after it.
        return (slack - track * fit.letters + 3 * track * fit.spaces) / (glue * STRETCH), track, expand
    if glue > 0 and -slack <= glue * SHRINK + 1e-9:
        return slack / (glue * SHRINK), 0.0, 0.0
    if glue <= 0:
        return -math.inf, 0.0, 0.0
    # Smaller type, in whole steps, as little as brings the spaces within their shrink
    # (or all of it), then closer letters.
    expand = 0.0
    if tracking.expansion:
        wanted = min(tracking.expansion, -(slack + glue * SHRINK) / fit.glyphs)
        expand = -math.ceil(wanted / tracking.step - 1e-9) * tracking.step
        expand = max(expand, -tracking.expansion)
        slack -= expand * fit.glyphs
        if -slack <= glue * SHRINK + 1e-9:
            return slack / (glue * SHRINK), 0.0, expand
    if fit.trackable and tracking.shrink:
        track = (slack + glue * SHRINK) / fit.letters
        if track >= -tracking.shrink:
            return (slack - track * fit.letters + 3 * track * fit.spaces) / (glue * SHRINK), track, expand
    return -math.inf, 0.0, 0.0


def line_demerits(pieces: list[Piece], line: Line, measure: float, last: bool, hyphens_before: int) -> float:
    """What TeX calls a line's demerits: its badness, its hyphen and the rules on hyphens
    in a row, the last word and a lone short last line. ``hyphens_before`` is how many lines
    in a row before it end in a hyphen."""
    badness = 100 * abs(line.ratio) ** 3 if math.isfinite(line.ratio) else 1e6
    demerits = (LINE_PENALTY + badness) ** 2
    if line.ratio > LOOSE_RATIO:
        demerits += LOOSE_DEMERITS
    if line.ratio > VERY_LOOSE_RATIO:
        demerits += VERY_LOOSE_DEMERITS
    if line.hyphenated:
        demerits += HYPHEN_PENALTY**2
        if hyphens_before:
            demerits += CONSECUTIVE_HYPHEN_DEMERITS
    if last:
        if hyphens_before:
            demerits += FINAL_HYPHEN_DEMERITS
        words = pieces[line.start : line.end]
        one_word = line.start > 0 and all(p.space == 0 for p in words[:-1])
        if one_word and sum(p.width for p in words) < measure * SHORT_LAST_WORD:
            demerits += SHORT_LAST_LINE_DEMERITS
    return demerits


_Key = tuple[int, int, int]  # where a line ends, the hyphens in a row there, and lines so far


def compose(
    pieces: list[Piece],
    measure: Measure,
    tolerance: float = TOLERANCE,
    tracking: Tracking | None = None,
    unhyphenated: frozenset[int] = frozenset(),
    count: int | None = None,
) -> list[Line] | None:
    """The breaks of least total demerits over the whole paragraph, as its lines; ``None``
    when no set of breaks keeps every line within ``tolerance`` and unshrunk past its limit.

    A line ends only after a breakable piece, and the paragraph's last piece ends the last
    line. No more than ``MAX_HYPHENS_IN_A_ROW`` lines in a row end in a hyphen. The lines
    numbered in ``unhyphenated`` (from 0) never end in one, and with ``count`` the paragraph
    has exactly that many lines: a line that ends a column is set again without its hyphen,
    and the column still ends after it.
    """
    if not pieces:
        return []
    n = len(pieces)
    sums = _sums(pieces)
    ends = [i + 1 for i, p in enumerate(pieces) if p.breakable or i == n - 1]
    if ends[-1] != n:
        ends.append(n)
    widest = max(measure.width, measure.of_line(0))
    tracking = tracking or Tracking()
    counted = bool(unhyphenated) or count is not None  # lines are counted only when asked
    # best[(end, hyphens in a row, lines so far or 0)] = (total demerits, previous key, the line)
    best: dict[_Key, tuple[float, _Key | None, Line | None]] = {(0, 0, 0): (0.0, None, None)}
    reached: dict[int, list[tuple[int, int]]] = {0: [(0, 0)]}  # position: its (run, number)s
    starts: list[int] = [0]
    for end in ends:
        last = end == n
        hyphenated = pieces[end - 1].hyphenated and not last
        found: dict[tuple[int, int], tuple[float, _Key, Line]] = {}
        for start in reversed(starts):
            fit = _fit(sums, pieces, start, end)
            least = fit.natural - fit.glue * SHRINK - tracking.shrink * fit.letters
            if least - tracking.expansion * fit.glyphs > widest + 1e-9:
                break  # earlier starts make longer lines, which overflow too
            width = measure.of_line(0 if start == 0 else 1)
            ratio, track, expand = _ratio(fit, width, last, tracking)
            if ratio == -math.inf or ratio > tolerance:
                continue
            line = Line(start, end, ratio, hyphenated, track, expand)
            for run, number in reached[start]:
                new_run = run + 1 if hyphenated else 0
                if new_run > MAX_HYPHENS_IN_A_ROW or (hyphenated and number in unhyphenated):
                    continue
                new_number = number + 1 if counted else 0
                if count is not None and new_number > count:
                    continue
                total = best[(start, run, number)][0] + line_demerits(pieces, line, width, last, run)
                if (new_run, new_number) not in found or total < found[(new_run, new_number)][0]:
                    found[(new_run, new_number)] = (total, (start, run, number), line)
        for (run, number), value in found.items():
            best[(end, run, number)] = value
        if found:
            starts.append(end)
            reached[end] = sorted(found)
    finals = [
        (best[(n, run, number)][0], run, number)
        for run, number in reached.get(n, [])
        if count is None or number == count
    ]
    if not finals:
        return None
    _least, run, number = min(finals)
    key: _Key | None = (n, run, number)
    lines: list[Line] = []
    while key is not None and key[0] > 0:
        _total, key, found_line = best[key]
        assert found_line is not None
        lines.append(found_line)
    return lines[::-1]


def total_demerits(pieces: list[Piece], lines: list[Line], measure: Measure) -> float:
    """The demerits ``compose`` minimises, added up over ``lines``."""
    total, run = 0.0, 0
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        total += line_demerits(pieces, line, measure.of_line(number), last, run)
        run = run + 1 if line.hyphenated else 0
    return total
