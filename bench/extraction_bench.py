"""Reader benchmark: extraction quality over the corpus (tests/corpus/) and opening speed.

Run from the checkout:  .venv/bin/python bench/extraction_bench.py
Prints figures only: word-shingle F1 of each body against its expected text, how many titles,
authors and dates are exactly right, and the time to open a 1 MB saved page (goal: 0.3 s warm)
and a Word file with ten photos.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.readers import read_document  # noqa: E402
from tests.corpus_reading import CORPUS, body_text, expected, expected_files, reading, shingle_f1  # noqa: E402


def quality() -> None:
    scores: list[float] = []
    right = {"title": 0, "author": 0, "date": 0}
    for path in expected_files():
        wanted = expected(path)
        found = reading(wanted)
        score = shingle_f1(body_text(found["body"]), body_text(wanted["body"]))
        scores.append(score)
        misses = [k for k in right if found[k] != wanted[k]]
        for key in right:
            right[key] += key not in misses
        print(f"  {path.stem:22} F1 {score:.3f}  {'  '.join(f'{k} wrong' for k in misses)}")
    total = len(scores)
    print(f"body F1: mean {statistics.mean(scores):.3f}, lowest {min(scores):.3f} over {total} files")
    print("exactly right: " + ", ".join(f"{k} {n}/{total}" for k, n in right.items()))


def baseline() -> None:
    """The same measures for trafilatura alone (saved .html pages only), to show what our pass adds."""
    import trafilatura

    from desktop_app.readers.decoding import decode_markup, read_bytes

    scores: list[float] = []
    right = {"title": 0, "author": 0, "date": 0}
    for path in expected_files():
        wanted = expected(path)
        if not wanted["file"].endswith(".html"):
            continue
        file = CORPUS / wanted["file"]
        markup, _ = decode_markup(file, read_bytes(file))
        found = trafilatura.bare_extraction(markup, with_metadata=True, include_tables=True)
        text = (found.text or "") if found else ""
        scores.append(shingle_f1(text, body_text(wanted["body"])))
        for key in right:
            value = getattr(found, key, None) if found else None
            right[key] += (value or "") == (wanted[key] or "")
    total = len(scores)
    print(
        f"trafilatura alone on the {total} .html pages: body F1 mean {statistics.mean(scores):.3f}, "
        f"lowest {min(scores):.3f}; exactly right: " + ", ".join(f"{k} {n}/{total}" for k, n in right.items())
    )


def big_page(folder: Path) -> Path:
    """A 1 MB saved page: a news article amid the scripts, styles and link lists real pages carry."""
    source = (CORPUS / "pages" / "en-storm.html").read_text(encoding="utf-8")
    paragraphs = "".join(
        f"<p>Paragraph {n}: the storm moved east through the night, and crews reported fallen lines "
        f"on the coast road, in the valley villages and along the railway to the harbour.</p>"
        for n in range(120)
    )
    scripts = "".join(
        f'<script>window.__STATE_{n}__ = {{"items": [{", ".join(str(i) for i in range(2000))}]}};</script>'
        for n in range(95)
    )
    links = "".join(
        f"<li><a href='/n/{n}'>Another headline number {n} from the site</a></li>" for n in range(1500)
    )
    page = source.replace("<article class='story-body'>", f"<article class='story-body'>{paragraphs}")
    page = page.replace("</body>", f"{scripts}<ul class='more-news'>{links}</ul></body>")
    page += " " * max(0, 1_048_576 - len(page.encode()))
    path = folder / "en-storm.html"
    path.write_text(page, encoding="utf-8")
    # Copied, not linked: a link leading out of the page's folder is refused like any such path.
    shutil.copytree(CORPUS / "pages" / "en-storm_files", folder / "en-storm_files")
    return path


def timed_open(path: Path, runs: int = 5) -> tuple[float, float]:
    """The first (cold) open and the median of ``runs`` warm ones, in seconds."""
    start = time.perf_counter()
    read_document(path)
    cold = time.perf_counter() - start
    warm = []
    for _ in range(runs):
        start = time.perf_counter()
        read_document(path)
        warm.append(time.perf_counter() - start)
    return cold, statistics.median(warm)


def new_process_open(path: Path) -> float:
    """Seconds to open ``path`` in a fresh interpreter, the readers' imports included."""
    code = (
        "import time; t = time.perf_counter(); from desktop_app.readers import read_document; "
        f"read_document({str(path)!r}); print(time.perf_counter() - t)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout)


def speed() -> None:
    word = CORPUS / "word" / "word-en-ten-photos.docx"
    with tempfile.TemporaryDirectory() as folder:
        page = big_page(Path(folder))
        cold, warm = timed_open(page)
        fresh = new_process_open(page)
        size = page.stat().st_size / 1_048_576
        print(
            f"open a {size:.2f} MB saved page: warm {warm:.3f} s (goal 0.3 s), first in this process "
            f"{cold:.3f} s, in a new process with the imports {fresh:.3f} s"
        )
    cold, warm = timed_open(word)
    print(
        f"open a Word file with ten photos: warm {warm:.3f} s, first {cold:.3f} s, "
        f"in a new process {new_process_open(word):.3f} s"
    )


if __name__ == "__main__":
    quality()
    baseline()
    speed()
