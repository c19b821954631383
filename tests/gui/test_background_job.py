"""BackgroundJob, the one way off the window's thread: a render process per job, its stages,
one outcome, a cancel that ends the process, and a warm process kept where new ones start cold."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

import desktop_app.gui.background_job as background_job
from desktop_app.gui.background_job import BackgroundJob
from desktop_app.model.overrides import Overrides
from desktop_app.readers import read_document
from desktop_app.resources import seed_articles
from tests.conftest import long_text_article

TIMEOUT_MS = 60_000


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _run(qtbot, job: BackgroundJob) -> BackgroundJob:
    job.start()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=TIMEOUT_MS)
    return job


def test_a_job_renders_in_a_process_of_its_own_and_reports_its_stages(qtbot, parent) -> None:
    document = Overrides()(read_document(seed_articles()[0]))
    job = BackgroundJob(parent, "render", document)
    stages: list[str] = []
    results: list[object] = []
    job.progress.connect(stages.append)
    job.done.connect(results.append)
    _run(qtbot, job)
    assert job.outcome == "done"
    assert stages[0] == "layout" and stages[1].startswith("write ")
    assert results[0].pdf.startswith(b"%PDF") and results[0].page_count >= 1
    assert job.process is not None and job.process.answered == 1
    assert job.process.pid is None  # ended: a new job forks a warm one in milliseconds


def test_cancel_ends_the_process_and_nothing_else_follows(qtbot, parent, tmp_path) -> None:
    document = Overrides()(read_document(long_text_article(tmp_path)))
    job = BackgroundJob(parent, "render", document, then=lambda _result: pytest.fail("ran after a cancel"))
    job.progress.connect(lambda stage: stage == "layout" and job.cancel())
    ended: list[str] = []
    for signal, name in ((job.done, "done"), (job.failed, "failed"), (job.cancelled, "cancelled")):
        signal.connect(lambda *_args, name=name: ended.append(name))
    _run(qtbot, job)
    qtbot.wait(100)
    assert ended == ["cancelled"] and job.outcome == "cancelled"
    assert job.process.pid is None


def test_work_in_the_window_process_stops_between_steps(qtbot, parent) -> None:
    steps: list[int] = []

    def work(progress) -> str:
        for n in range(1, 200):
            progress(f"page {n}")
            steps.append(n)
            if n == 3:
                job.cancel()
        return "all pages"

    job = BackgroundJob(parent, work)
    _run(qtbot, job)
    assert job.outcome == "cancelled" and steps == [1, 2, 3]
    assert job.process is None


def test_where_processes_start_cold_the_next_job_takes_the_last_ones(qtbot, parent, monkeypatch) -> None:
    monkeypatch.setattr(background_job, "starts_warm", lambda: False)
    monkeypatch.setattr(background_job, "_spare", [])
    document = Overrides()(read_document(seed_articles()[0]))
    first = _run(qtbot, BackgroundJob(parent, "check", document, None))
    kept = first.process.pid
    assert kept is not None and background_job._spare == [first.process]
    second = _run(qtbot, BackgroundJob(parent, "check", document, None))
    assert second.outcome == "done" and second.process is first.process and second.process.pid == kept
    assert second.process.started == 1  # one process for both jobs
    background_job._spare.pop().stop()
