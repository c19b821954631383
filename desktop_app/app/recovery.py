"""Autosaved copies of unsaved documents, offered back on the next start after a crash."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import ImprintError
from desktop_app.folders import data_dir
from desktop_app.model.document import Document
from desktop_app.readers import read_document
from desktop_app.readers.imprint_file import SUFFIX, save_document

PREFIX = "autosave-"


@dataclass(frozen=True)
class Recovery:
    """One autosaved document left behind by a session that did not close."""

    path: Path
    document: Document


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def recovery_file(pid: int | None = None) -> Path:
    """This process's autosave file: one per running window, named after the process."""
    return recovery_dir() / f"{PREFIX}{pid or os.getpid()}{SUFFIX}"


def write_recovery(document: Document, pid: int | None = None) -> Path:
    path = recovery_file(pid)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_document(document, path)
    return path


def discard_recovery(pid: int | None = None) -> None:
    recovery_file(pid).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def pending_recoveries() -> list[Recovery]:
    """Autosaves of sessions that are no longer running, newest first.

    A file of a still-running window is left alone; a damaged one is removed since there is
    nothing in it to give back.
    """
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        pid_text = path.name[len(PREFIX) : -len(SUFFIX)]
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        try:
            found.append(Recovery(path, read_document(path)))
        except ImprintError:
            path.unlink(missing_ok=True)
    found.sort(key=lambda r: r.path.stat().st_mtime, reverse=True)
    return found


def same_document(recovered: Document, current: Document | None) -> bool:
    """Whether an autosave holds edits of ``current``: both come from the same article file."""
    return (
        current is not None
        and recovered.origin is not None
        and current.origin is not None
        and recovered.origin.resolve() == current.origin.resolve()
    )


def recovery_to_offer(pending: list[Recovery], current: Document | None) -> Recovery | None:
    """The autosave a start offers: that of the document just opened if there is one, since
    reopening the file one was editing is how people come back after a crash; else the newest."""
    for recovery in pending:
        if same_document(recovery.document, current):
            return recovery
    return pending[0] if pending else None
