"""Edition benchmark: a 50-article edition against exporting the same 50 articles one by one.

Run from the checkout:  .venv/bin/python bench/edition_bench.py  [--quick]
Both run in this one process, warm, taken in turns (the median of each); then the edition's
time for 10, 20, 40 and 80 articles, to show it grows linearly. Prints figures only; the goals
(at most 1.1x, linear) are in the README.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.model.document import Document  # noqa: E402
from desktop_app.model.edition import Edition, make_edition  # noqa: E402
from desktop_app.model.style import ExportOptions, Style  # noqa: E402
from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.edition_html import article_document  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render, render_edition  # noqa: E402

SAMPLES = ROOT / "docs" / "samples"


def articles(count: int) -> list[Document]:
    """``count`` articles in English, Russian and Chinese by turns, each with a title of its own."""
    sources = [read_document(SAMPLES / f"{lang}-article.md") for lang in ("en", "ru", "zh")]
    out = []
    for n in range(count):
        document = sources[n % len(sources)]
        article = document.article.with_changes(title=f"{document.article.title} ({n + 1})")
        out.append(document.with_changes(article=article))
    return out


def edition_of(documents: list[Document]) -> Edition:
    return make_edition(
        documents, title="Benchmark digest", style=Style(), options=ExportOptions(locale="en")
    )


def singles(edition: Edition) -> None:
    # Each article exported as the edition sets it: same layout, locale and paper.
    for document in edition.articles:
        render(article_document(edition, document))


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one round instead of three")
    args = parser.parse_args()
    rounds = 1 if args.quick else 3
    quiet_weasyprint()
    edition = edition_of(articles(50))
    render_edition(edition_of(articles(3)))  # warm: fonts, templates, hyphenation dictionaries
    singles(edition_of(articles(3)))
    pairs = []
    for _ in range(rounds):
        pairs.append((timed(lambda: render_edition(edition)), timed(lambda: singles(edition))))
    ours = statistics.median(p[0] for p in pairs)
    theirs = statistics.median(p[1] for p in pairs)
    pages = render_edition(edition).page_count
    print(f"50-article edition ({pages} pages)   {ours:7.2f} s")
    print(f"50 single exports                 {theirs:7.2f} s   ratio {ours / theirs:5.2f}  (goal <= 1.10)")
    print(f"rounds: {', '.join(f'{a / b:.2f}' for a, b in pairs)}")
    print("edition time by size (linear growth: the time per article stays flat)")
    for count in (10, 20, 40, 80):
        part = edition_of(articles(count))
        seconds = statistics.median(timed(lambda part=part: render_edition(part)) for _ in range(rounds))
        print(f"  {count:3d} articles  {seconds:7.2f} s   {1000 * seconds / count:6.0f} ms/article")


if __name__ == "__main__":
    main()
