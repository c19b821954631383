"""Export benchmark: Imprint's export against a bare WeasyPrint render of the same HTML.

Run from the checkout:  .venv/bin/python bench/export_bench.py  [--quick]
Prints timings only; the goals are in the README, not in the test suite.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.font_config import font_config as _font_config  # noqa: E402
from desktop_app.render.html import render_html  # noqa: E402
from desktop_app.render.pdf import quiet_weasyprint, render  # noqa: E402
from desktop_app.resources import seed_articles, templates_dir  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def best_of(function, runs: int) -> float:
    """Median seconds of ``runs`` calls (after one warm-up call)."""
    function()
    return statistics.median(timed(function) for _ in range(runs))


def paired(ours, theirs, runs: int) -> tuple[float, float]:
    """Median seconds of both, run alternately so that load from other jobs hits both alike."""
    ours(), theirs()
    pairs = [(timed(ours), timed(theirs)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def bare(html: str, base: str):
    from weasyprint import HTML

    return lambda: HTML(string=html, base_url=base).write_pdf(font_config=_font_config())


def article_of(paragraphs: int, folder: Path) -> Path:
    seed = read_document(seed_articles()[0]).article
    body = [seed.paragraphs[i % len(seed.paragraphs)] for i in range(paragraphs)]
    path = folder / f"article-{paragraphs}.txt"
    path.write_text(f"{seed.title}\n\nUpdated : 2021-03-30Source : CCFAO\n\n" + "\n\n".join(body), "utf-8")
    return path


def compare(label: str, path: Path, runs: int) -> None:
    document = read_document(path)
    document = document.with_changes(options=document.options.with_changes(locale=document.article.language))
    html = render_html(document)
    base = f"{(document.asset_folder or templates_dir()).as_uri()}/"
    ours, theirs = paired(lambda: render(document), bare(html, base), runs)
    print(f"{label:<34} imprint {ours:7.3f} s   bare {theirs:7.3f} s   ratio {ours / theirs:5.2f}")


def cold(path: Path, folder: Path, runs: int) -> None:
    document = read_document(path)
    html_file = folder / "seed.html"
    html_file.write_text(render_html(document), "utf-8")
    ours_cmd = [sys.executable, "-m", "desktop_app", "export", str(path), "-o", str(folder / "c.pdf"), "-q"]
    base = document.asset_folder.as_uri() + "/"
    bare_code = (
        "import sys; from weasyprint import HTML; "
        "HTML(sys.argv[1], base_url=sys.argv[3]).write_pdf(sys.argv[2])"
    )
    bare_cmd = [sys.executable, "-c", bare_code, str(html_file), str(folder / "b.pdf"), base]

    def run(cmd):
        return lambda: subprocess.run(cmd, env=ENV, check=True, capture_output=True)

    ours, theirs = paired(run(ours_cmd), run(bare_cmd), runs)
    label = "seed export, cold (new process)"
    print(f"{label:<34} imprint {ours:7.3f} s   bare {theirs:7.3f} s   ratio {ours / theirs:5.2f}")


def linearity(folder: Path, sizes: list[int], runs: int) -> None:
    print("\nexport time against article length")
    for size in sizes:
        document = read_document(article_of(size, folder))
        seconds = best_of(lambda d=document: render(d), runs)
        print(f"  {size:4d} paragraphs  {seconds:7.3f} s   {1000 * seconds / size:6.2f} ms/paragraph")


def batch(folder: Path, count: int, rounds: int) -> None:
    seed = seed_articles()[0]
    sources = folder / "batch"
    sources.mkdir()
    text = seed.read_text("utf-8")
    for n in range(count):
        title, rest = text.split("\n", 1)
        (sources / f"a{n:03d}.txt").write_text(f"{title} {n}\n{rest}", "utf-8")
    files = sorted(str(p) for p in sources.iterdir())
    timings: dict[int, list[float]] = {1: [], 2: []}
    busy: dict[int, list[float]] = {1: [], 2: []}
    # Taken in turns, so that a burst of other work on the machine weighs on both.
    for round_ in range(rounds):
        for jobs in (1, 2):
            seconds, cpus = _batch_once(files, folder / f"out{jobs}-{round_}", jobs)
            timings[jobs].append(seconds)
            busy[jobs].append(cpus)
    median = statistics.median
    print(f"\nbatch of {count} seed-sized articles, median of {rounds} runs each, taken in turns")
    print("(whole command, cold; CPUs busy = CPU time / wall time)")
    one, two = median(timings[1]), median(timings[2])
    print(f"  --jobs 1  {one:7.2f} s   CPUs busy {median(busy[1]):4.2f}")
    print(f"  --jobs 2  {two:7.2f} s   CPUs busy {median(busy[2]):4.2f}   speed-up {one / two:4.2f}x")
    each = ", ".join(f"{a / b:.2f}" for a, b in zip(timings[1], timings[2], strict=True))
    print(f"  speed-up of each round: {each}")
    load = os.getloadavg()[0]
    print(f"  load average {load:.2f} on {os.cpu_count()} CPUs; other jobs on the machine slow the batch")


def _batch_once(files: list[str], out: Path, jobs: int) -> tuple[float, float]:
    """Wall time of one ``imprint export --jobs N`` over ``files``, and the CPUs it kept busy."""
    cmd = [sys.executable, "-m", "desktop_app", "export", *files, "-o", f"{out}/", "-q", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = timed(lambda: subprocess.run(cmd, env=ENV, check=True))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and a smaller batch")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    quiet_weasyprint()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed = seed_articles()[0]
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
        compare("seed export, warm", seed, runs)
        cold(seed, folder, 3)
        compare("300-paragraph article, warm", article_of(300, folder), max(3, runs // 2))
        linearity(folder, [50, 100, 200, 400], 3)
        batch(folder, 20 if args.quick else 100, 1 if args.quick else 3)


if __name__ == "__main__":
    main()
