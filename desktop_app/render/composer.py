"""Choose a paragraph's line breaks all at once (Knuth and Plass), as TeX and InDesign's
Paragraph Composer do, instead of one line at a time as a browser does.

The paragraph comes as a row of pieces of text, each with its natural width and the space
after it; the composer knows nothing of fonts or HTML (``render/composed_html.py`` measures
and emits). Word spaces stretch and shrink; a line's looseness is its ratio: the share of
its spaces' stretch (or shrink) that filling the measure takes, 0 at natural width, 1 when
every space is 1.5 times its natural width, -1 when spaces are at 0.8 of it.
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
# neighbour several times over.
LOOSE_RATIO = 1.0
LOOSE_DEMERITS = 100_000


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


@dataclass
class _Sums:
    """Prefix sums over the pieces, so that any line's widths cost O(1)."""

    width: list[float] = field(default_factory=lambda: [0.0])
    space: list[float] = field(default_factory=lambda: [0.0])


def _sums(pieces: list[Piece]) -> _Sums:
    sums = _Sums()
    for piece in pieces:
        sums.width.append(sums.width[-1] + piece.width + piece.space)
        sums.space.append(sums.space[-1] + piece.space)
    return sums


def line_ratio(pieces: list[Piece], start: int, end: int, measure: float, last: bool) -> float:
    """The ratio of the line of pieces ``start`` to ``end`` (exclusive) at ``measure``:
    ``math.inf`` when it cannot stretch that far (no spaces), ``-math.inf`` when it overflows.

    The last line of a paragraph is not stretched (ratio 0) but may shrink to fit."""
    natural, glue = _natural(pieces, start, end)
    return _ratio(natural, glue, measure, last)


def _natural(pieces: list[Piece], start: int, end: int) -> tuple[float, float]:
    inner = pieces[start : end - 1]
    glue = sum(p.space for p in inner)
    natural = sum(p.width for p in pieces[start:end]) + glue + pieces[end - 1].hyphen
    return natural, glue


def _ratio(natural: float, glue: float, measure: float, last: bool) -> float:
    slack = measure - natural
    if slack >= 0:
        if last:
            return 0.0
        return slack / (glue * STRETCH) if glue > 0 else (0.0 if slack < 1e-6 else math.inf)
    if glue > 0 and -slack <= glue * SHRINK + 1e-9:
        return slack / (glue * SHRINK)
    return -math.inf


def line_demerits(pieces: list[Piece], line: Line, measure: float, last: bool, hyphens_before: int) -> float:
    """What TeX calls a line's demerits: its badness, its hyphen and the rules on hyphens
    in a row, the last word and a lone short last line. ``hyphens_before`` is how many lines
    in a row before it end in a hyphen."""
    badness = 100 * abs(line.ratio) ** 3 if math.isfinite(line.ratio) else 1e6
    demerits = (LINE_PENALTY + badness) ** 2
    if line.ratio > LOOSE_RATIO:
        demerits += LOOSE_DEMERITS
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


def compose(pieces: list[Piece], measure: Measure, tolerance: float = TOLERANCE) -> list[Line] | None:
    """The breaks of least total demerits over the whole paragraph, as its lines; ``None``
    when no set of breaks keeps every line within ``tolerance`` and unshrunk past its limit.

    A line ends only after a breakable piece, and the paragraph's last piece ends the last
    line. No more than ``MAX_HYPHENS_IN_A_ROW`` lines in a row end in a hyphen.
    """
    if not pieces:
        return []
    n = len(pieces)
    sums = _sums(pieces)
    ends = [i + 1 for i, p in enumerate(pieces) if p.breakable or i == n - 1]
    if ends[-1] != n:
        ends.append(n)
    widest = max(measure.width, measure.of_line(0))
    # best[(end, hyphens in a row)] = (total demerits, previous key, ratio)
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None, float]] = {(0, 0): (0.0, None, 0.0)}
    starts: list[int] = [0]
    for end in ends:
        last = end == n
        piece = pieces[end - 1]
        hyphenated = piece.hyphenated and not last
        found: dict[int, tuple[float, tuple[int, int], float]] = {}
        for start in reversed(starts):
            glue = sums.space[end] - sums.space[start] - piece.space
            natural = sums.width[end] - sums.width[start] - piece.space + piece.hyphen
            if natural - glue * SHRINK > widest + 1e-9:
                break  # earlier starts make longer lines, which overflow too
            width = measure.of_line(0 if start == 0 else 1)
            ratio = _ratio(natural, glue, width, last)
            if ratio == -math.inf or ratio > tolerance:
                continue
            line = Line(start, end, ratio, hyphenated)
            for run in range(MAX_HYPHENS_IN_A_ROW + 1):
                entry = best.get((start, run))
                new_run = run + 1 if hyphenated else 0
                if entry is None or new_run > MAX_HYPHENS_IN_A_ROW:
                    continue
                total = entry[0] + line_demerits(pieces, line, width, last, run)
                if new_run not in found or total < found[new_run][0]:
                    found[new_run] = (total, (start, run), ratio)
        for run, value in found.items():
            best[(end, run)] = value
        if found:
            starts.append(end)
    finals = [(best[(n, r)][0], r) for r in range(MAX_HYPHENS_IN_A_ROW + 1) if (n, r) in best]
    if not finals:
        return None
    key: tuple[int, int] | None = (n, min(finals)[1])
    lines: list[Line] = []
    while key is not None and key[0] > 0:
        _total, previous, ratio = best[key]
        assert previous is not None
        lines.append(Line(previous[0], key[0], ratio, pieces[key[0] - 1].hyphenated and key[0] != n))
        key = previous
    return lines[::-1]


def total_demerits(pieces: list[Piece], lines: list[Line], measure: Measure) -> float:
    """The demerits ``compose`` minimises, added up over ``lines``."""
    total, run = 0.0, 0
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        total += line_demerits(pieces, line, measure.of_line(number), last, run)
        run = run + 1 if line.hyphenated else 0
    return total
