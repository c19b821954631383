"""A render process whose window has gone (killed, crashed, logged out) ends at once and
quietly: no traceback of a broken pipe on the terminal the window was started from."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.readers import read_document
from desktop_app.resources import seed_articles

ROOT = Path(__file__).resolve().parents[1]

# A stand-in for the window: it starts a real render process, asks for a long render, and is
# gone (as after `kill -9`) once the layout is under way. Its stderr is the terminal's.
WINDOW = """
import os, sys
from desktop_app.readers import read_document
from desktop_app.render.render_process import RenderProcess

document = read_document(sys.argv[1])
process = RenderProcess()
process.start()
connection = process._connection
connection.send(("render", (document,)))
kind, stage = connection.recv()
assert (kind, stage) == ("progress", "layout"), (kind, stage)
print(process.pid, flush=True)
os._exit(0)
"""


def long_article(folder: Path, paragraphs: int) -> Path:
    seed = read_document(seed_articles()[0]).article
    body = [seed.paragraphs[i % len(seed.paragraphs)] for i in range(paragraphs)]
    path = folder / "long.txt"
    path.write_text(f"{seed.title}\n\n" + "\n\n".join(body), "utf-8")
    return path


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_render_process_whose_window_is_gone_ends_quietly_and_at_once(tmp_path: Path) -> None:
    article = long_article(tmp_path, 600)  # a layout of several seconds
    stderr = tmp_path / "stderr.txt"
    with stderr.open("wb") as terminal:
        window = subprocess.Popen(
            [sys.executable, "-c", WINDOW, str(article)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=terminal,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert window.stdout is not None
        pid = int(window.stdout.readline())
        gone = time.monotonic()
        assert window.wait(timeout=30) == 0
        # The render process (and the fork server) hold the window's stdout: it reads as closed
        # once they have all ended.
        assert window.stdout.read() == b""
        ended = time.monotonic() - gone
        window.stdout.close()
    assert stderr.read_text() == ""
    assert not _alive(pid)
    assert ended < 2.0, f"the render process went on for {ended:.1f} s"


def test_where_hang_ups_are_not_told_the_first_message_that_fails_ends_the_job(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Without Linux's POLLRDHUP the process learns of it from its next message: then it ends
    the job there, quietly, instead of reporting the broken pipe down the same broken pipe."""
    import select
    from multiprocessing import Pipe

    from desktop_app.render import render_jobs

    monkeypatch.delattr(select, "POLLRDHUP", raising=False)
    window, process = Pipe()
    stages: list[str] = []

    def job(progress) -> str:
        window.close()  # the window goes in the middle of the job
        progress("layout")
        stages.append("went on")  # never reached: the job ends with the failed message
        return "pages"

    monkeypatch.setitem(render_jobs.JOBS, "slow", job)
    ours = Pipe()  # the job travels through a connection of its own, as the window sends it
    ours[0].send(("slow", ()))
    monkeypatch.setattr(process, "recv", ours[1].recv)
    render_jobs.serve(process)
    assert stages == []
    assert capfd.readouterr().err == ""
