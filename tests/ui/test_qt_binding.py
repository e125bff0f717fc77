"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every signal emitted from
Python, so a long day of background jobs ended in a crash. pyproject.toml excludes it; this test
catches a binding with the same fault before a worker does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_pythons_reference_counts(qapp):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(500):
        emitter.fired.emit(n)
    assert len(seen) == 500
    assert sys.getrefcount(True) - before >= -5
