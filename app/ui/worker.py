"""Run slow work (key derivation, database opening) off the UI thread.

Why: Argon2id takes about half a second on purpose; the window must keep painting meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 (handed to the UI, which shows its message in words)
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


# Jobs still running, held here until their answer is delivered: a screen closed meanwhile must
# not take the job's signal object down with it while the worker thread is about to emit.
_RUNNING: set[_Job] = set()


def run_in_background(
    work: Callable[[], object], on_done: Callable[[object], None], on_failed: Callable[[Exception], None]
) -> _Job:
    job = _Job(work)
    job.setAutoDelete(False)
    _RUNNING.add(job)
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    job.signals.done.connect(lambda _result: _RUNNING.discard(job))
    job.signals.failed.connect(lambda _error: _RUNNING.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
