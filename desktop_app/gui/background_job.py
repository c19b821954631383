"""One way off the window's thread for printing and editions: a job in a render process of its
own, with its stages, a cancel that ends it at once, and one outcome.

A job names work in ``render.render_jobs`` (laying out, imposing, sending to a queue): it runs in
a fresh render process, so the window's interpreter only waits on a pipe, and cancelling ends
the process. The one step that must stay in the window's process, painting onto a Qt printer,
is given as a function instead and runs on the job's thread; cancelling stops it between pages.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import ImprintError
from desktop_app.render.render_process import RenderCancelled, RenderProcess, starts_warm

# The progress dialog only appears when the job takes longer than this.
PROGRESS_DELAY_MS = 400
# A job's process runs at the same lower priority as the preview's whole renders.
JOB_NICENESS = 5

Progress = Callable[[str], None]
# Work done in the window's process: it reports stages and raises RenderCancelled when told to stop.
LocalWork = Callable[[Progress], object]


# Where a process starts cold, the last job's process waits for the next job instead of ending.
_spare: list[RenderProcess] = []
_spare_lock = threading.Lock()


def _take_process() -> RenderProcess:
    with _spare_lock:
        if _spare:
            return _spare.pop()
    # At the whole renders' lower priority: the window's scrolling and typing go first.
    return RenderProcess(niceness=JOB_NICENESS)


def _give_back(process: RenderProcess) -> None:
    """End a job's process, or keep it for the next job where a new one would start cold."""
    if process.pid is not None and not starts_warm():
        with _spare_lock:
            if not _spare:
                _spare.append(process)
                return
    process.stop()


class BackgroundJob(QObject):
    """One job off the window's thread. ``start`` it; it ends with one of ``done`` (its result),
    ``failed`` (a reason a person can read) or ``cancelled``, and ``outcome`` says which.

    ``then``, if given, runs on the job's thread with the process's answer and its return value
    becomes the result: writing the file there keeps the window free and, the process being
    done, a cancelled job never leaves half a file.
    """

    progress = Signal(str)  # a stage: "layout", "write N", "send", "page N", "save"
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    # From the job's thread to this object's: queued, so the public signals come on the window's.
    _ended = Signal(str, object)
    _staged = Signal(str)

    def __init__(
        self,
        parent: QObject,
        work: str | LocalWork,
        *args: object,
        then: Callable[[object], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.args = args
        self.then = then
        self.outcome: str | None = None  # "done", "failed" or "cancelled" once it has ended
        self.process = _take_process() if isinstance(work, str) else None
        self._cancelled = False
        self._committed = False
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)
        self._staged.connect(self.progress, Qt.ConnectionType.QueuedConnection)

    def start(self) -> BackgroundJob:
        self._thread = threading.Thread(target=self._run, name="imprint-job", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """End the job now; ``cancelled`` follows unless its work was already done."""
        with self._lock:
            if self._committed:
                return  # too late: the work is done and its result on the way
            self._cancelled = True
        if self.process is not None:
            self.process.cancel()

    def _stage(self, stage: str) -> None:
        if self._cancelled and self.process is None:
            raise RenderCancelled(stage)
        self._send(self._staged, stage)

    def _run(self) -> None:
        try:
            if self._cancelled:
                raise RenderCancelled("cancelled before it began")
            if isinstance(self.work, str):
                assert self.process is not None
                result = self.process.call(self.work, *self.args, on_progress=self._stage)
            else:
                result = self.work(self._stage)
            with self._lock:
                if self._cancelled:
                    raise RenderCancelled("cancelled")
                # From here the job finishes: a file being written is written whole.
                self._committed = True
            if self.then is not None:
                self._send(self._staged, "save")
                result = self.then(result)
        except RenderCancelled:
            self._send(self._ended, "cancelled", None)
        except ImprintError as exc:
            self._send(self._ended, "failed", str(exc))
        except OSError as exc:
            self._send(self._ended, "failed", f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        except Exception as exc:  # a failure must become a message, never a dead window
            self._send(self._ended, "failed", f"{type(exc).__name__}: {exc}")
        else:
            self._send(self._ended, "done", result)
        finally:
            if self.process is not None:
                _give_back(self.process)

    @staticmethod
    def _send(signal: SignalInstance, *values: object) -> None:
        # RuntimeError: the window that asked was closed meanwhile; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)

    @Slot(str, object)
    def _end(self, outcome: str, value: object) -> None:
        self.outcome = outcome
        if outcome == "done":
            self.done.emit(value)
        elif outcome == "failed":
            self.failed.emit(str(value))
        else:
            self.cancelled.emit()


def stage_text(stage: str, name: str) -> str:
    """What the progress dialog says for a job's ``stage`` of the thing called ``name``."""
    kind, _, number = stage.partition(" ")
    count = int(number) if number.isdigit() else 0
    texts = {
        "layout": QCoreApplication.translate("BackgroundJob", "Laying out %1…"),
        "write": QCoreApplication.translate("BackgroundJob", "Writing %n page(s) of %1…", "", count),
        "send": QCoreApplication.translate("BackgroundJob", "Sending %1 to the printer…"),
        "page": QCoreApplication.translate("BackgroundJob", "Printing page %n of %1…", "", count),
        "save": QCoreApplication.translate("BackgroundJob", "Saving %1…"),
    }
    return texts.get(kind, QCoreApplication.translate("BackgroundJob", "Preparing %1…")).replace("%1", name)


class JobProgress(QObject):
    """A job's progress dialog: it appears once the job has taken ``PROGRESS_DELAY_MS``, names
    each stage, and its Cancel ends the job. It closes itself when the job ends."""

    def __init__(self, parent: QWidget, job: BackgroundJob, title: str, name: str, maximum: int = 0) -> None:
        super().__init__(parent)
        self.job = job
        self.name = name
        # Whether the person cancelled, by the button or the dialog's own cancel(), which does
        # not emit ``canceled``: read when the job ends, so a result that came anyway is dropped.
        self.was_cancelled = False
        # Every job begins by laying out or by starting the process that will: said from the start.
        self.dialog: QProgressDialog | None = QProgressDialog(
            stage_text("layout", name),
            QCoreApplication.translate("BackgroundJob", "Cancel"),
            0,
            maximum,
            parent,
        )
        self.dialog.setObjectName("job_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(job.cancel)
        self.dialog.setValue(0)
        job.progress.connect(self._stage)
        for signal in (job.done, job.failed, job.cancelled):
            signal.connect(self.close)

    def _stage(self, stage: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setLabelText(stage_text(stage, self.name))
        kind, _, number = stage.partition(" ")
        if kind == "page" and number.isdigit() and self.dialog.maximum():
            self.dialog.setValue(int(number))

    def close(self, *_args: object) -> None:
        if self.dialog is not None:
            self.was_cancelled = self.dialog.wasCanceled()
            self.dialog.canceled.disconnect(self.job.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
