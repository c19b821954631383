"""Where a batch export's time goes: `imprint export --jobs 2` of the 20 benchmark articles,
with the moment each phase ends.

Run from the checkout:  .venv/bin/python bench/batch_timeline.py  [--jobs N]
On Linux, where the workers are forked and report through a queue they inherit. Prints one
JSON object, in seconds from the script's first line (the interpreter starts some 20 ms
before): the command line imported, WeasyPrint imported and the fonts read, the first article
exported in the parent, the workers' first article begun, all done, and the workers' articles.
Not a test: the figures depend on the machine. bench/compare_bench.py times the same batch
against LibreOffice.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import queue  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from multiprocessing import Queue  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app import cli  # noqa: E402
from desktop_app.output import export  # noqa: E402

CLI_IMPORTED = time.perf_counter()

import desktop_app.render.pdf as render_pdf  # noqa: E402
from bench.corpus import write_corpus  # noqa: E402

# Each export's (pid, article, start, end), from the parent and the forked workers alike.
EVENTS: Queue = Queue()


def _timed_export(job, customise):
    start = time.perf_counter()
    outcome = _export_one(job, customise)
    EVENTS.put((os.getpid(), job.source.name, start - STARTED, time.perf_counter() - STARTED))
    return outcome


def _timed_warm_up() -> None:
    _warm_up()
    EVENTS.put((os.getpid(), "warm_up", 0.0, time.perf_counter() - STARTED))


_export_one, _warm_up = export._export_one, render_pdf.warm_up
export._export_one, render_pdf.warm_up = _timed_export, _timed_warm_up


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="imprint-timeline-"))
    sources = write_corpus(folder / "in")
    sys.argv = [
        "imprint",
        "export",
        "--jobs",
        str(args.jobs),
        "-q",
        "-o",
        f"{folder}/out/",
        *map(str, sources),
    ]
    code = cli.main()
    done = time.perf_counter() - STARTED
    events = []
    while True:
        try:
            events.append(EVENTS.get(timeout=1))
        except queue.Empty:
            break
    # The workers warm up too (desktop_app.output.export._init_worker): the parent's is the one before them.
    warm = next(e for e in events if e[1] == "warm_up" and e[0] == os.getpid())
    articles = sorted((e for e in events if e[1] != "warm_up"), key=lambda e: e[2])
    parent = [e for e in articles if e[0] == os.getpid()]
    workers = [e for e in articles if e[0] != os.getpid()]
    print(
        json.dumps(
            {
                "exit_code": code,
                "articles": len(articles),
                "cli_imported_s": round(CLI_IMPORTED - STARTED, 3),
                "weasyprint_and_fonts_ready_s": round(warm[3], 3),
                "first_article_in_parent_s": [round(e[3] - e[2], 3) for e in parent],
                "workers_start_s": round(min(e[2] for e in workers), 3) if workers else None,
                "all_done_s": round(done, 3),
                "worker_article_median_s": round(statistics.median(e[3] - e[2] for e in workers), 3)
                if workers
                else None,
                "worker_article_sum_s": round(sum(e[3] - e[2] for e in workers), 3),
            },
            indent=2,
        )
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
