"""The open document's bookkeeping without a window: where it saves, saved or not, autosave."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.app.open_document import OpenDocument
from desktop_app.app.recovery import recovery_file
from desktop_app.readers import read_document


def test_an_edit_is_unsaved_until_saved_and_autosaved_once(
    private_dirs: Path, tmp_path: Path, seed_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    state = OpenDocument()
    assert not state.is_modified(history_clean=False)  # nothing open, nothing to save
    state.open(read_document(article), None)
    assert state.location() == article
    assert not state.is_modified(history_clean=True)
    edited = state.document.with_changes(article=state.document.article.with_changes(title="Edited"))
    state.change(edited)
    assert state.is_modified(history_clean=False)
    assert state.autosave(history_clean=False)
    assert read_document(recovery_file()).article.title == "Edited"
    assert not state.autosave(history_clean=False)  # no change since: nothing written again

    target = state.default_save_path(tmp_path / "elsewhere")
    assert target == article.with_suffix(".imprint")  # beside the article, named after it
    state.save(target)
    assert read_document(target).article.title == "Edited"
    assert state.location() == target.resolve()
    assert not recovery_file().exists()
    assert not state.is_modified(history_clean=True)


def test_a_restored_autosave_is_unsaved_with_a_clean_history(seed_path: Path) -> None:
    state = OpenDocument()
    state.open(read_document(seed_path), None, dirty=True)
    assert state.is_modified(history_clean=True)
