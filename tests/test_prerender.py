"""A start forks a child that renders the first article into the page cache (Linux, 2+ cores)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app.opening import first_to_open, open_document, start_candidates
from desktop_app.app.settings import Settings
from desktop_app.resources import seed_articles

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the child is forked on Linux only"
)

WAIT_FOR_CHILD = """
import os, sys
from pathlib import Path
{before}
from desktop_app.render.prerender import prerender_first
child = prerender_first([Path(p) for p in sys.argv[1:]])
print(child is not None)
if child is not None:
    while os.read(child.fileno(), 1):
        pass
    child.finish()
"""


def _run(args: list[str], before: str = "") -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    code = WAIT_FOR_CHILD.format(before=before)
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env, timeout=120
    ).stdout.strip()


def test_the_child_leaves_the_exact_pages_of_the_first_article(private_dirs: Path, seed_path: Path) -> None:
    from desktop_app.render.page_cache import cached_pages
    from desktop_app.render.pdf import render

    assert _run([str(seed_path)]) == "True"
    document = open_document(seed_path)
    assert cached_pages(document) == render(document).pdf


def test_the_child_renders_the_last_session_when_no_path_is_given(private_dirs: Path, tmp_path: Path) -> None:
    from desktop_app.app.settings import save_settings
    from desktop_app.render.page_cache import cached_pages

    article = tmp_path / "kept.md"
    article.write_text("---\ntitle: Kept from last time\n---\n\nA paragraph.\n", "utf-8")
    save_settings(Settings(session_articles=[str(article)]))
    assert _run([]) == "True"
    assert cached_pages(open_document(article)).startswith(b"%PDF")
    assert cached_pages(open_document(seed_articles()[0])) is None


def test_no_child_once_qt_is_loaded(private_dirs: Path, seed_path: Path) -> None:
    # Forking a process whose GUI toolkit already runs could hang the child.
    assert _run([str(seed_path)], before="import PySide6.QtWidgets") == "False"


def test_a_start_opens_the_paths_given_else_the_session_else_the_seeds(tmp_path: Path) -> None:
    named, kept = tmp_path / "named.md", tmp_path / "kept.md"
    kept.write_text("---\ntitle: Kept\n---\n\nText.\n", "utf-8")
    settings = Settings(session_articles=[str(kept), str(tmp_path / "gone.md")])
    assert start_candidates([named], settings) == [named]
    assert first_to_open([named], settings) is None  # named but missing: nothing to render early
    assert start_candidates([], settings) == [kept]
    assert first_to_open([], Settings()) == seed_articles()[0]
