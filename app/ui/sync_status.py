"""The sync status area: always visible, and the place to start a sync by hand.

Why a twin connection and a signal for progress: the sync runs on a worker thread with its own
database connection (the window keeps using its own for intake meanwhile), and its progress
callback fires on that thread, so it is handed to the window through a queued Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QRunnable, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.storage.vault import Vault
from app.sync.engine import SyncEngine, SyncEvent, SyncReport
from app.sync.engine import status as sync_status
from app.ui.sync_words import event_words, report_words
from app.ui.worker import run_in_background

EngineFactory = Callable[[Vault, Callable[[SyncEvent], None]], SyncEngine]
SHORTCUT = "F5"


class SyncStatus(QWidget):
    finished = Signal(object)  # the SyncReport
    progress = Signal(object)  # a SyncEvent, emitted from the worker thread

    def __init__(
        self,
        profile: Path,
        vault: Vault,
        engine_factory: EngineFactory | None = None,
        parent: QWidget | None = None,
        *,
        records: bool = True,
    ) -> None:
        """``records``: whether this user's role exchanges records; a Security Coordinator's laptop
        only checks in (lease, wipe orders), since the server refuses it records."""
        super().__init__(parent)
        self.profile, self.vault, self.records = profile, vault, records
        self.engine_factory = engine_factory or (lambda twin, on_event: SyncEngine(profile, twin, on_event=on_event))
        self.report: SyncReport | None = None
        self._job: QRunnable | None = None  # the sync running off the UI thread
        self.link = QLabel()
        self.last_sync = QLabel()
        self.waiting = QLabel()
        self.review = QLabel()
        self.lease = QLabel()
        self.message = QLabel()
        for label in (self.lease, self.message):
            label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.button = QPushButton(self.tr("&Sync now"))
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), self)  # anywhere in the window
        self.shortcut.activated.connect(self.sync_now)
        self.button.setToolTip(self.tr("Send and receive changes (%1)").replace("%1", SHORTCUT))
        self.button.clicked.connect(self.sync_now)
        self.progress.connect(self._on_progress)
        grid = QGridLayout(self)
        grid.addWidget(self.link, 0, 0)
        grid.addWidget(self.last_sync, 0, 1)
        grid.addWidget(self.waiting, 0, 2)
        grid.addWidget(self.review, 0, 3)
        grid.addWidget(self.button, 0, 4)
        grid.addWidget(self.bar, 1, 0, 1, 5)
        grid.addWidget(self.message, 2, 0, 1, 5)
        grid.addWidget(self.lease, 3, 0, 1, 5)
        grid.setRowStretch(4, 1)
        self.refresh()

    @property
    def running(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Read the counts from the vault (through the sync service) and show them."""
        status = sync_status(self.profile, self.vault)
        if self.report is None:
            self.link.setText(self.tr("Not synced yet"))
        elif self.report.ok:
            self.link.setText(self.tr("Online"))
        elif self.report.status == "offline":
            self.link.setText(self.tr("Offline"))
        else:
            self.link.setText(self.tr("Sync problem"))
        when = status.get("last_check_in_ms")
        text = (
            QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(when)), QLocale.FormatType.ShortFormat)
            if when
            else self.tr("never")
        )
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", text))
        self.waiting.setText(self.tr("Changes waiting: %n", "", int(status.get("pending_changes", 0))))
        self.review.setText(self.tr("To review: %n", "", int(status.get("review_items", 0))))
        if status.get("rejected"):
            self.review.setText(self.review.text() + " · " + self.tr("Refused: %n", "", int(status["rejected"])))
        if status.get("lease", "ok") != "ok":
            self.lease.setText(self.tr(status.get("lease_message", "")))
            self.lease.show()
        else:
            self.lease.clear()
            self.lease.hide()

    def sync_now(self) -> None:
        if self.running:
            return
        self.button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setText(self.tr("Syncing…"))
        vault, factory, emit, records = self.vault, self.engine_factory, self.progress.emit, self.records

        def work() -> SyncReport:
            twin = vault.twin()
            try:
                engine = factory(twin, emit)
                return engine.sync() if records else engine.start()
            finally:
                twin.close()

        self._job = run_in_background(work, self._done, self._failed)

    def _on_progress(self, event: SyncEvent) -> None:
        if event.total:
            self.bar.setRange(0, event.total)
            self.bar.setValue(min(event.done, event.total))
        else:
            self.bar.setRange(0, 0)
        if event.message:
            self.message.setText(event_words(event))

    def _finish(self, report: SyncReport) -> None:
        self._job = None
        self.report = report
        if not self.vault.is_open:  # signed out (or locked) while the sync ran: nothing left to show
            return
        self.bar.hide()
        self.button.setEnabled(True)
        self.refresh()
        self.message.setText(report_words(report))
        self.finished.emit(report)

    def _done(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        self._finish(report)

    def _failed(self, error: Exception) -> None:
        # The engine turns sync failures into a report; anything else (the vault could not be
        # opened a second time, say) is shown in words, never as a traceback.
        message = (
            str(error)
            if hasattr(error, "message")
            else self.tr("The sync did not finish. Your changes are kept on this laptop and will be sent next time.")
        )
        self._finish(SyncReport(status="failed", message=message))
