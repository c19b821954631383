"""A start that opens a file (a double-click) offers that file's unsaved changes after a crash."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app.recovery import Recovery, pending_recoveries, recovery_file, recovery_to_offer
from desktop_app.model.document import Document
from desktop_app.readers import read_document
from desktop_app.readers.imprint_file import save_document


def _crash_after_editing(window, path: Path, title: str) -> Path:
    """Edit the title, let autosave run, then leave the autosave as a dead process would."""
    assert window.open_path(path)
    window.session.edit("article.title", title)
    window.autosave()
    finished = subprocess.Popen(["true"])
    finished.wait()
    left = recovery_file(finished.pid)
    recovery_file().rename(left)
    window.undo_stack.setClean()
    return left


def _start(qtbot, monkeypatch, paths: list[Path], answer: QMessageBox.StandardButton, left: Path):
    """``imprint PATHS`` in this process; records each question and whether the autosave was there."""
    from desktop_app.gui.app import open_main_window

    asked: list[tuple[str, bool]] = []

    def question(_parent, _title, text, *_args):
        asked.append((text, left.exists()))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window = open_main_window(paths)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked))
    return window, asked


def _leave(window) -> None:
    window.undo_stack.setClean()
    window.session.state.recovered_dirty = False
    window.close()


@pytest.fixture
def article(tmp_path: Path, seed_path: Path) -> Path:
    copy = tmp_path / "press" / "article.txt"
    copy.parent.mkdir()
    shutil.copy(seed_path, copy)
    return copy


def test_opening_the_file_after_a_crash_offers_its_changes(qtbot, window, monkeypatch, article: Path) -> None:
    left = _crash_after_editing(window, article, "Title Edited Before The Crash")
    second, asked = _start(qtbot, monkeypatch, [article], QMessageBox.StandardButton.Yes, left)
    qtbot.waitUntil(lambda: second.session.document.article.title == "Title Edited Before The Crash")
    text, kept_while_asking = asked[0]
    assert "Title Edited Before The Crash" in text and "did not close properly" in text
    assert kept_while_asking
    assert second.isWindowModified()
    assert second.metadata.title.text() == "Title Edited Before The Crash"
    # The restored changes are this window's to keep now: its own autosave holds them.
    assert not left.exists()
    assert read_document(recovery_file()).article.title == "Title Edited Before The Crash"
    assert read_document(article).article.title != "Title Edited Before The Crash"
    _leave(second)


def test_declining_removes_the_autosave_and_keeps_the_file_as_on_disk(
    qtbot, window, monkeypatch, article: Path
) -> None:
    on_disk = read_document(article).article.title
    left = _crash_after_editing(window, article, "Unwanted Edit")
    second, asked = _start(qtbot, monkeypatch, [article], QMessageBox.StandardButton.No, left)
    qtbot.waitUntil(lambda: not left.exists())
    assert asked[0][1]
    assert second.session.document.article.title == on_disk
    assert not second.isWindowModified()
    assert pending_recoveries() == []
    _leave(second)


def test_a_restored_imprint_document_saves_to_its_own_file(
    qtbot, window, monkeypatch, article: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "article.imprint"
    save_document(read_document(article), saved)
    left = _crash_after_editing(window, saved, "Edited In The Imprint File")
    second, _asked = _start(qtbot, monkeypatch, [saved], QMessageBox.StandardButton.Yes, left)
    qtbot.waitUntil(lambda: second.session.document.article.title == "Edited In The Imprint File")
    assert second.save()
    assert read_document(saved).article.title == "Edited In The Imprint File"
    _leave(second)


def test_the_opened_documents_autosave_is_offered_before_a_newer_one(tmp_path: Path, seed_path: Path) -> None:
    opened = read_document(seed_path)
    other = Document(opened.article, origin=tmp_path / "other.txt")
    newer, mine = Recovery(tmp_path / "a", other), Recovery(tmp_path / "b", opened)
    assert recovery_to_offer([newer, mine], opened) is mine
    assert recovery_to_offer([newer, mine], None) is newer
    assert recovery_to_offer([], opened) is None
