"""Imprint's export against other tools that make PDFs: LibreOffice and Chromium.

Run from the checkout:  .venv/bin/python bench/compare_bench.py  [--rounds N] [--only batch|cold]
- a batch of 20 different articles (bench/corpus.py), `imprint export --jobs 2` against
  `soffice --headless --convert-to pdf` of the same .txt files;
- one cold export of the seed against Chromium's `--print-to-pdf` of the same page (the HTML
  Imprint lays out) and against a bare WeasyPrint render of that HTML in a new process.
Every command is a new process. The tools run in turns, round after round, so that other load
on the machine weighs on all alike; the figures are medians. A tool that is not installed is
skipped with a line saying so. Prints figures only; the goals are in the README.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from desktop_app.readers import read_document  # noqa: E402
from desktop_app.render.html import render_html  # noqa: E402
from desktop_app.resources import seed_articles  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
IMPRINT = [sys.executable, "-m", "desktop_app", "export"]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BARE_WEASYPRINT = "import sys; from weasyprint import HTML; HTML(sys.argv[1]).write_pdf(sys.argv[2])"


def find_tool(*names: str) -> str | None:
    for name in names:
        if found := shutil.which(name):
            return found
    return None


def run(cmd: list[str], fresh: Path | None = None, root: Path = ROOT) -> Callable[[], tuple[float, float]]:
    """A callable running ``cmd`` once (Imprint from ``root``), ``fresh`` emptied first.

    It gives the wall and CPU seconds of the run.
    """
    env = {**ENV, "PYTHONPATH": str(root)}

    def once() -> tuple[float, float]:
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
            fresh.mkdir(parents=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        # From inside ``root``: ``python -m`` puts the working folder first on the path.
        subprocess.run(
            cmd, env=env, cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    return once


def in_turns(contenders: dict[str, Callable[[], tuple[float, float]]], rounds: int) -> dict[str, list[float]]:
    """Wall seconds of each contender per round, after one untimed run of each."""
    for once in contenders.values():
        once()  # byte-compiles, creates LibreOffice's and Chromium's profiles, fills disk caches
    walls: dict[str, list[float]] = {name: [] for name in contenders}
    cpus: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, once in contenders.items():
            wall, cpu = once()
            walls[name].append(wall)
            cpus[name].append(cpu)
    for name in contenders:
        print(
            f"  {name:<28} {statistics.median(walls[name]):6.2f} s"
            f"   CPU {statistics.median(cpus[name]):5.2f} s"
            f"   rounds: {' '.join(f'{w:.2f}' for w in walls[name])}"
        )
    return walls


def ratio(walls: dict[str, list[float]], ours: str, theirs: str, goal: str) -> None:
    median = statistics.median
    each = " ".join(f"{a / b:.2f}" for a, b in zip(walls[ours], walls[theirs], strict=True))
    overall = median(walls[ours]) / median(walls[theirs])
    print(f"  {ours} / {theirs}: {overall:.2f}  (goal {goal}; each round {each})")


def batch(folder: Path, rounds: int, before: Path | None) -> None:
    files = [str(p) for p in write_corpus(folder / "corpus", 20)]
    print(f"\n20 different articles (en, zh, ru; 3-15 paragraphs), median of {rounds} rounds in turns")
    ours = [*IMPRINT, *files, "-q", "--jobs", "2", "-o"]
    contenders = {"imprint export --jobs 2": run([*ours, f"{folder}/imprint/"])}
    if before is not None:
        contenders["before: imprint --jobs 2"] = run([*ours, f"{folder}/before/"], root=before)
    soffice = find_tool("soffice", "libreoffice")
    if soffice is None:
        print("  soffice: skipped, LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    else:
        profile = (folder / "lo-profile").as_uri()
        out = folder / "soffice"
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
        ]
        contenders["soffice --convert-to pdf"] = run([*cmd, *files], fresh=out)
    walls = in_turns(contenders, rounds)
    if soffice is not None:
        ratio(walls, "imprint export --jobs 2", "soffice --convert-to pdf", "at most 0.70")
        if before is not None:
            ratio(walls, "before: imprint --jobs 2", "soffice --convert-to pdf", "-")


def cold(folder: Path, rounds: int, before: Path | None) -> None:
    seed = seed_articles()[0]
    html_file = folder / "seed.html"
    html_file.write_text(render_html(read_document(seed)), "utf-8")
    print(f"\none cold export of the seed (a new process each), median of {rounds} rounds in turns")
    contenders = {"imprint export": run([*IMPRINT, str(seed), "-o", str(folder / "imprint.pdf"), "-q"])}
    if before is not None:
        before_cmd = [*IMPRINT, str(seed), "-o", str(folder / "before.pdf"), "-q"]
        contenders["before: imprint export"] = run(before_cmd, root=before)
    bare_cmd = [sys.executable, "-c", BARE_WEASYPRINT, str(html_file), str(folder / "bare.pdf")]
    contenders["bare WeasyPrint"] = run(bare_cmd)
    chromium = find_tool("chromium", "chromium-browser", "google-chrome")
    if chromium is None:
        print("  chromium: skipped, Chromium is not installed (apt-get install chromium)")
    else:
        profile = f"--user-data-dir={folder / 'chromium-profile'}"
        pdf = f"--print-to-pdf={folder / 'chromium.pdf'}"
        contenders["chromium --print-to-pdf"] = run(
            [chromium, *CHROMIUM_FLAGS, profile, pdf, html_file.as_uri()]
        )
    walls = in_turns(contenders, rounds)
    ratio(walls, "imprint export", "bare WeasyPrint", "about 1")
    if chromium is not None:
        ratio(walls, "imprint export", "chromium --print-to-pdf", "at most 1.00")
    if before is not None:
        ratio(walls, "before: imprint export", "bare WeasyPrint", "-")
        if chromium is not None:
            ratio(walls, "before: imprint export", "chromium --print-to-pdf", "-")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each tool (default 5)")
    parser.add_argument(
        "--before",
        type=Path,
        metavar="CHECKOUT",
        help="also time the Imprint of another checkout, in the same turns",
    )
    parser.add_argument("--only", choices=["batch", "cold"], help="run one of the two comparisons")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.2f} at the start")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "cold":
            batch(Path(tmp), args.rounds, args.before)
        if args.only != "batch":
            cold(Path(tmp), args.rounds, args.before)
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end; other jobs on the machine slow every tool")


if __name__ == "__main__":
    main()
