"""The window's render process: same pages as a render in the caller, ended on cancel, replaced
when it has grown."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desktop_app.app.opening import open_document
from desktop_app.errors import ImprintError
from desktop_app.render.pdf import render
from desktop_app.render.render_process import RenderCancelled, RenderProcess
from tests.conftest import long_text_article


@pytest.fixture
def process():
    started = RenderProcess()
    yield started
    started.stop()


def test_the_process_gives_the_very_bytes_and_map(process: RenderProcess, seed_path: Path) -> None:
    document = open_document(seed_path)
    here = render(document)
    there = process.call("render", document)
    assert there.pdf == here.pdf
    assert there.page_map == here.page_map


def test_errors_come_back_as_errors(process: RenderProcess, seed_path: Path) -> None:
    document = open_document(seed_path)
    broken = document.with_changes(options=document.options.with_changes(layout="no-such-layout"))
    with pytest.raises(ImprintError, match="no-such-layout"):
        process.call("render", broken)
    assert process.call("render", document).page_count == 1  # and the process goes on


def test_cancel_ends_a_long_render_at_once(process: RenderProcess, tmp_path: Path, seed_path: Path) -> None:
    process.start()
    first_pid = process.pid
    long_document = open_document(long_text_article(tmp_path))
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(process.call("render", long_document))
        except RenderCancelled as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.5)
    cancelled_at = time.perf_counter()
    process.cancel()
    worker.join(timeout=10)
    assert isinstance(outcome[0], RenderCancelled)
    assert time.perf_counter() - cancelled_at < 5
    # The next job gets a fresh process, warm from the fork server.
    assert process.call("render", open_document(seed_path)).page_count == 1
    assert process.pid != first_pid


def test_a_grown_process_is_replaced(seed_path: Path) -> None:
    small = RenderProcess(max_mb=1)
    try:
        document = open_document(seed_path)
        small.call("render", document)
        small.call("render", document)
        assert small.started == 2
    finally:
        small.stop()


class _CannotStart(RenderProcess):
    def _ensure_started(self) -> None:
        raise RuntimeError("no processes here")


class _DiesAtOnce(RenderProcess):
    def _ensure_started(self) -> None:
        super()._ensure_started()
        self._process.kill()
        self._process.join()


@pytest.mark.parametrize("kind", [_CannotStart, _DiesAtOnce])
def test_where_processes_cannot_run_jobs_run_in_the_thread(kind, seed_path: Path) -> None:
    process = kind()
    try:
        document = open_document(seed_path)
        assert process.call("render", document).pdf == render(document).pdf
        assert process.in_thread
    finally:
        process.stop()
