"""Justification benchmark: today's line-by-line breaking against the paragraph composer.

Run from the checkout:  .venv/bin/python bench/composer_bench.py  [--layouts classic bulletin]

Each text of the corpus is exported both ways in one run, in each layout; the word boxes of
the PDF (``pdftotext -bbox-layout``) give the figures, as issue 18 defines them:
- the natural space: the median gap between words in the ragged last lines of paragraphs;
- a justified line is loose when its mean word gap exceeds 1.5x the natural space, very
  loose beyond 2x; the widest line is the largest such ratio;
- the longest run of lines in a row that end in a hyphen, and hyphens that end a column;
- the ligature glyphs drawn, which tracking or expansion must not lose.
Only lines of body text count: those whose words are as tall as most words of the page.
With ``--timing``, the render time both ways instead, taken in turns in one run (CPU time,
medians): the seed and the export benchmark's 101-page article (750 paragraphs).
Prints figures only; the goals are in the README.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from desktop_app.model.document import Document  # noqa: E402
from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.layouts import layout_info  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render  # noqa: E402
from desktop_app.render.style_css import COLUMN_GAP_MM, PT_PER_MM, measures  # noqa: E402
from desktop_app.resources import seed_articles  # noqa: E402
from tests.pdf_glyphs import ligatures_drawn  # noqa: E402

TEXTS = ROOT / "bench" / "composer_texts"
CORPUS = [
    seed_articles()[0],
    ROOT / "docs" / "samples" / "en-article.md",
    ROOT / "tests" / "saved_pages" / "en-council.txt",
    ROOT / "tests" / "saved_pages" / "en-laboratory.txt",
    ROOT / "docs" / "samples" / "ru-article.md",
    ROOT / "tests" / "saved_pages" / "ru-forum.txt",
    ROOT / "tests" / "saved_pages" / "ru-laboratory.txt",
    *sorted(TEXTS.glob("*.md")),
]
EDGE_PT = 1.0  # a line that ends this close to its column's right edge is justified
BODY_HEIGHT_SHARE = 0.025  # a line of body text: words as tall as most of the page's, within this
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass
class Figures:
    """What one set of pages measures."""

    natural: list[float] = field(default_factory=list)
    justified: list[float] = field(default_factory=list)  # mean gap of each justified line
    hyphen_runs: list[int] = field(default_factory=list)
    column_end_hyphens: int = 0
    overfull: int = 0  # lines that run more than EDGE_PT past the measure
    ligatures: int = 0  # ligature glyphs drawn (tests/pdf_glyphs.py)
    off_edge: float = 0.0  # the farthest a justified line ends from the edge, in points

    def add(self, other: Figures) -> None:
        self.natural += other.natural
        self.justified += other.justified
        self.hyphen_runs += other.hyphen_runs
        self.column_end_hyphens += other.column_end_hyphens
        self.overfull += other.overfull
        self.ligatures += other.ligatures
        self.off_edge = max(self.off_edge, other.off_edge)

    def summary(self) -> dict[str, float]:
        space = statistics.median(self.natural) if self.natural else float("nan")
        ratios = [gap / space for gap in self.justified]
        count = max(1, len(ratios))
        return {
            "lines": len(ratios),
            "loose %": 100 * sum(r > 1.5 for r in ratios) / count,
            "over 2x %": 100 * sum(r > 2 for r in ratios) / count,
            "widest": max(ratios, default=0.0),
            "hyphen run": max(self.hyphen_runs, default=0),
            "column-end hyphens": self.column_end_hyphens,
            "overfull": self.overfull,
            "ligatures": self.ligatures,
        }


def page_lines(pdf: Path) -> list[list[list[tuple[float, float, float, float, str]]]]:
    """Each page's lines, each a list of word boxes (xMin, yMin, xMax, yMax, text)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = ElementTree.fromstring(out)
    pages = []
    for page in root.iter(f"{_XHTML}page"):
        lines = []
        for line in page.iter(f"{_XHTML}line"):
            words = [
                (*(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")), w.text or "")
                for w in line.iter(f"{_XHTML}word")
            ]
            if words:
                lines.append(words)
        pages.append(lines)
    return pages


def measure(pdf: Path, document: Document) -> Figures:
    style = document.style
    width = measures(style, "en", layout_info(document.options.layout).supports_columns).column_width
    return measure_columns(pdf, style.margin_left * PT_PER_MM, width, width + COLUMN_GAP_MM * PT_PER_MM)


def measure_columns(pdf: Path, left: float, width: float, step: float) -> Figures:
    """The figures of a PDF whose columns start at ``left`` (points), are ``width`` wide and
    ``step`` apart."""
    figures = Figures()
    pages = page_lines(pdf)
    heights = [round(w[3] - w[1], 1) for lines in pages for line in lines for w in line]
    if not heights:
        return figures
    # The height most of the document's words are as tall as, within the share an expanded
    # line differs by (a last page of two lines is mostly its running head and foot).
    body_height = max(
        set(heights), key=lambda h: sum(abs(other / h - 1) <= BODY_HEIGHT_SHARE for other in heights)
    )
    for lines in pages:
        columns: dict[int, list] = {}
        for line in lines:
            # Within the 2 % a composed line's type may be set larger or smaller.
            height = statistics.median(w[3] - w[1] for w in line)
            if abs(height / body_height - 1) > BODY_HEIGHT_SHARE:
                continue
            column = int((line[0][0] - left + 2) // step)
            columns.setdefault(column, []).append(line)
        for column, col_lines in columns.items():
            right = left + column * step + width
            col_lines.sort(key=lambda line: line[0][1])
            run = 0
            for line in col_lines:
                gaps = [b[0] - a[2] for a, b in itertools.pairwise(line)]
                ends_at_edge = line[-1][2] >= right - EDGE_PT
                figures.overfull += line[-1][2] > right + EDGE_PT
                if gaps and ends_at_edge:
                    figures.justified.append(statistics.fmean(gaps))
                    figures.off_edge = max(figures.off_edge, abs(line[-1][2] - right))
                elif gaps:
                    figures.natural += gaps
                if line[-1][4].endswith("-") and ends_at_edge:
                    run += 1
                else:
                    if run:
                        figures.hyphen_runs.append(run)
                    run = 0
            if run:
                figures.hyphen_runs.append(run)
            if col_lines and col_lines[-1][-1][4].endswith("-"):
                figures.column_end_hyphens += 1
    return figures


def run(layouts: list[str], folder: Path) -> None:
    quiet_weasyprint()
    documents = [read_document(path) for path in CORPUS]
    names = [f"{p.stem} ({d.article.language})" for p, d in zip(CORPUS, documents, strict=True)]
    print(f"{len(documents)} texts: " + ", ".join(names))
    for layout in layouts:
        for breaking in ("line", "paragraph"):
            total, seconds = Figures(), 0.0
            per_language: dict[str, Figures] = {}
            for number, document in enumerate(documents):
                document = document.with_changes(
                    style=document.style.with_changes(line_breaking=breaking),
                    options=document.options.with_changes(layout=layout),
                )
                start = time.perf_counter()
                pdf = render(document).pdf
                seconds += time.perf_counter() - start
                path = folder / f"{layout}-{breaking}-{number}.pdf"
                path.write_bytes(pdf)
                figures = measure(path, document)
                figures.ligatures = ligatures_drawn(path)
                total.add(figures)
                per_language.setdefault(document.article.language.split("-")[0], Figures()).add(figures)
            report(f"{layout:<14} {breaking:<9}", total.summary(), seconds)
            if breaking == "paragraph":
                for language, figures in sorted(per_language.items()):
                    report(f"{'':<14}   {language:<6}", figures.summary(), None)
            print(f"{'':<14} justified lines end within {total.off_edge:.2f} pt of the edge")
    tex_rows(documents, folder)


def tex_rows(documents: list[Document], folder: Path) -> None:
    """TeX's figures for the texts it can set here, at the classic measure and the bulletin's,
    beside Imprint's composed figures for the same texts."""
    from tex_baseline import LEFT_MM, available, tex_pdf

    chosen = [d for d in documents if available(d.article.language)]
    if not chosen:
        print("TeX: lualatex is not installed; no baseline")
        return
    for layout in ("classic", "bulletin"):
        sample = chosen[0].with_changes(options=chosen[0].options.with_changes(layout=layout))
        width = measures(sample.style, "en", layout_info(layout).supports_columns).column_width
        variants = [("TeX", False, False), ("TeX+expansion", True, False), ("TeX+emergency", False, True)]
        for label, expansion, emergency in variants:
            total = Figures()
            for number, document in enumerate(chosen):
                name = f"tex-{layout}-{label}-{number}"
                pdf = tex_pdf(document, width / PT_PER_MM, folder, name, expansion, emergency)
                total.add(measure_columns(pdf, LEFT_MM * PT_PER_MM, width, 10_000))
            report(f"{layout:<14} {label:<14}", total.summary(), None)
    print(f"{'':<14} TeX: the {len(chosen)} English texts; +expansion: microtype's font expansion;")
    print(f"{'':<14} +emergency: \\emergencystretch 3em, which TeX needs to leave no line overfull")


def timing(runs: int) -> None:
    """CPU time of a render line by line and composed, in turns, for the seed and the long article."""
    from export_bench import article_of  # the seed's paragraphs, cycled

    quiet_weasyprint()
    seed = read_document(seed_articles()[0])
    with tempfile.TemporaryDirectory() as folder:
        long = read_document(article_of(750, Path(folder)))
    for name, document, count in (("seed", seed, 3 * runs), ("101 pages", long, runs)):
        modes = {
            m: document.with_changes(style=document.style.with_changes(line_breaking=m))
            for m in ("line", "paragraph")
        }
        for mode in modes.values():
            render(mode)  # fonts, hyphenation patterns and the composer's kept breaks
        seconds: dict[str, list[float]] = {m: [] for m in modes}
        for _ in range(count):
            for m, mode in modes.items():
                start = time.process_time()
                render(mode)
                seconds[m].append(time.process_time() - start)
        line, paragraph = (statistics.median(seconds[m]) for m in modes)
        print(
            f"{name:<10} line by line {line:6.3f} s  composed {paragraph:6.3f} s"
            f"  ratio {paragraph / line:.2f}"
        )


def report(label: str, summary: dict[str, float], seconds: float | None) -> None:
    timing = f"  {seconds:5.2f} s" if seconds is not None else ""
    print(
        f"{label} lines {summary['lines']:4d}  loose {summary['loose %']:5.1f} %"
        f"  over 2x {summary['over 2x %']:4.1f} %"
        f"  widest {summary['widest']:4.2f}x  hyphen run {summary['hyphen run']}"
        f"  column-end hyphens {summary['column-end hyphens']}"
        f"  overfull {summary['overfull']}  ligatures {summary['ligatures']}{timing}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layouts", nargs="+", default=["classic", "press-release", "bulletin"])
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--timing", type=int, metavar="RUNS", help="time renders instead (about 40 s for 3)")
    args = parser.parse_args()
    if args.timing:
        timing(args.timing)
        return
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.layouts, args.keep)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(args.layouts, Path(folder))


if __name__ == "__main__":
    main()
