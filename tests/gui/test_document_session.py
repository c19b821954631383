"""The document session on its own, without a window: one edit() and one size route, each an
undo step with its name, and what the model refuses reported instead of applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui.document_session import DocumentSession
from desktop_app.gui.render_worker import RenderService
from desktop_app.readers import read_document


@pytest.fixture
def session(qapp):
    renderer = RenderService()
    yield DocumentSession(renderer)
    renderer.shutdown()


def test_edits_are_named_undo_steps_and_typing_merges(session, seed_path: Path) -> None:
    applied: list[tuple[str, bool]] = []
    session.applied.connect(lambda _document, key, typed: applied.append((key, typed)))
    session.open(read_document(seed_path), None)
    assert not session.is_modified()
    for end in (1, 2, 3):
        session.edit("article.title", "New title"[: end + 3])
    assert session.document.article.title == "New ti"
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Edit title"
    assert applied == [("article.title", True)] * 3  # typed: the window waits for a pause
    session.edit("style.paper", "A5")
    assert session.undo_stack.undoText() == "Edit page style"
    assert session.is_modified()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.document == read_document(seed_path)
    assert not session.is_modified()


def test_sizes_take_one_route_and_the_model_limits_hold(session, seed_path: Path) -> None:
    refused: list[str] = []
    session.refused.connect(refused.append)
    session.open(read_document(seed_path), None)
    before = session.document.style
    session.resize_text(1, "title")
    assert session.document.style == before.resized(1, "title")
    assert session.undo_stack.undoText() == "Change text size"
    session.resize_text(1)
    assert session.document.style == before.resized(1, "title").resized(1)
    session.edit("style.body_size", 900.0)
    assert refused and "body_size must be between 6 and 72 pt" in refused[0]
    assert session.undo_stack.count() == 2
