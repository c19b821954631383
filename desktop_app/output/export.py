"""Export documents to PDF files (or Imprint documents): output names, atomic writes, batches
over several processes."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import ImprintError
from desktop_app.files import write_atomically
from desktop_app.model.document import Document
from desktop_app.readers import read_document

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
MAX_NAME_CHARS = 80

Customise = Callable[[Document], Document]


@dataclass(frozen=True)
class ExportJob:
    source: Path
    target: Path


@dataclass(frozen=True)
class ExportOutcome:
    job: ExportJob
    error: str | None = None
    pages: int = 0


def safe_file_name(title: str, fallback: str) -> str:
    """A file name made from a title, safe on every platform, without the extension."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = _SPACES.sub(" ", name).strip(" .-")
    name = name[:MAX_NAME_CHARS].rstrip(" .-")
    return name or fallback


def plan_targets(
    sources: Sequence[Path], titles: Sequence[str | None], output: Path | None, suffix: str = ".pdf"
) -> list[Path]:
    """Where each source's PDF (or, with ``suffix`` ``.imprint``, its document) goes.

    ``output`` is a file for a single input and a folder for several (or when it is an
    existing folder). Two inputs never get the same target: later ones get ``-2``, ``-3``.
    """
    single_file = output is not None and len(sources) == 1 and not output.is_dir()
    if single_file:
        return [output]
    folder = output if output is not None else Path.cwd()
    taken: set[str] = set()
    targets = []
    for source, title in zip(sources, titles, strict=True):
        stem = safe_file_name(title or source.stem, source.stem or "article")
        candidate, n = stem, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.casefold())
        targets.append(folder / f"{candidate}{suffix}")
    return targets


def export_document(document: Document, target: Path, progress: Callable[[str], None] | None = None) -> int:
    """Render ``document`` and write it to ``target`` atomically; returns the page count.

    The format follows the target's name: an ``.imprint`` target gets the Imprint document,
    its photos inside it, and nothing is rendered (0 pages). ``progress`` hears the render's
    stages (see ``render.pdf.render``)."""
    from desktop_app.output.imprint_export import export_imprint, is_imprint_target

    if is_imprint_target(target):
        export_imprint(document, target)
        return 0
    # Imported here: WeasyPrint takes seconds to load, and `imprint --version`, `info` and
    # the window's start should not wait for it.
    from desktop_app.render.pdf import render

    result = render(document, progress)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, result.pdf)
    return result.page_count


def _export_one(job: ExportJob, customise: Customise | None) -> ExportOutcome:
    try:
        document = read_document(job.source)
        if customise is not None:
            document = customise(document)
        return ExportOutcome(job, pages=export_document(document, job.target))
    except ImprintError as exc:
        return ExportOutcome(job, error=str(exc))
    except OSError as exc:
        return ExportOutcome(job, error=f"{job.target}: {exc.strerror or exc}")


def _init_worker() -> None:
    from desktop_app.render.pdf import quiet_weasyprint, warm_up

    quiet_weasyprint()
    # A no-op in a forked worker, which has both already; a spawned one loads them here.
    warm_up()


def _worker_context() -> BaseContext:
    """Fork where it is safe, so that workers start with what the parent has loaded.

    Linux forks a single-threaded command line safely; macOS and Windows spawn fresh
    interpreters (macOS's system libraries do not survive a fork).
    """
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _size(job: ExportJob) -> int:
    try:
        return job.source.stat().st_size
    except OSError:
        return 0


def run_exports(
    jobs: Sequence[ExportJob], customise: Customise | None = None, processes: int = 1
) -> Iterator[ExportOutcome]:
    """Export every job, yielding outcomes in job order as they finish.

    With ``processes`` > 1 the work is spread over that many worker processes, each of
    which keeps its fonts loaded from one article to the next.
    """
    if processes <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _export_one(job, customise)
        return
    from concurrent.futures import ProcessPoolExecutor

    from desktop_app.render.pdf import warm_up

    warm_up()  # even if the article below fails before its render
    sizes = [_size(job) for job in jobs]
    # Longest articles first: a long one started last would leave the other workers idle
    # at the end. Outcomes still come back in job order.
    order = sorted(range(len(jobs)), key=sizes.__getitem__, reverse=True)
    # The shortest article is exported here, before the workers fork: they then start with
    # WeasyPrint imported and the fonts scanned, and with what a first render loads besides
    # (C types, templates, faces, modules imported on first use), paid once instead of once
    # per worker. It is also the shortest wait for the other cores. (An empty or missing
    # file would fail before rendering anything.)
    first = min(order, key=lambda i: (sizes[i] == 0, sizes[i]))
    order.remove(first)
    done = {first: _export_one(jobs[first], customise)}
    workers = min(processes, len(order))
    with ProcessPoolExecutor(workers, mp_context=_worker_context(), initializer=_init_worker) as pool:
        futures = {i: pool.submit(_export_one, jobs[i], customise) for i in order}
        for i in range(len(jobs)):
            yield done[i] if i in done else futures[i].result()
