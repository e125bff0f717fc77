"""The one top-level window and the path through it: set up, sign in, work, lock, and back.

Why one window with pages: the window keeps its place and size whatever happens; a lock, the
end of a session or a remote wipe swaps what it shows, and every swap drops the vault first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRunnable, QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget

from app.security.gate import Gate, SignedIn
from app.sync.engine import SyncEngine, SyncReport
from app.sync.wire import wall_ms
from app.ui.set_up_page import SetUpPage
from app.ui.sign_in_page import SignInPage
from app.ui.sync_status import EngineFactory
from app.ui.worker import run_in_background

if TYPE_CHECKING:  # imported where used at run time, so the window appears sooner
    from app.ui.idle import IdleWatch
    from app.ui.workspace import Workspace

STYLE = "QLabel#heading { font-size: 16pt; font-weight: 600; margin-bottom: 6px; }"
CHECK_IN_EVERY_MS = 10 * 60_000  # before sign-in: a lost laptop hears of its wipe order this often
SYNC_EVERY_MS = 10 * 60_000  # signed in: changes go out without anyone pressing a key


class Shell(QMainWindow):
    def __init__(
        self,
        profile: Path,
        gate: Gate | None = None,
        *,
        engine_factory: EngineFactory | None = None,
        start_engine: Callable[[], SyncEngine | None] | None = None,
        transport_factory: Callable[[], object] | None = None,
        now_ms: Callable[[], int] = wall_ms,
    ) -> None:
        super().__init__()
        self.setObjectName("shell")
        self.setWindowTitle(self.tr("HMIS Intake"))  # never a person's name: it shows in task bars
        self.setStyleSheet(STYLE)
        self.profile = profile
        self.gate = gate or Gate(profile)
        self.engine_factory = engine_factory
        self.start_engine = start_engine or (lambda: SyncEngine(profile, None))
        self.transport_factory = transport_factory
        self.now_ms = now_ms
        self.current: SignedIn | None = None
        self.workspace: Workspace | None = None
        self.idle: IdleWatch | None = None
        self._check_in_job: QRunnable | None = None
        self._sign_out_job: QRunnable | None = None
        self.dialog: QDialog | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.set_up = SetUpPage(self.gate)
        self.sign_in = SignInPage(self.gate)
        self.stack.addWidget(self.set_up)
        self.stack.addWidget(self.sign_in)
        self.set_up.done.connect(lambda user, password: self._show_sign_in(username=user, password=password))
        self.sign_in.signed_in.connect(self._enter)
        self.session_timer = QTimer(self)
        self.session_timer.setSingleShot(True)
        self.session_timer.timeout.connect(self._session_over)
        self.check_in_timer = QTimer(self)
        self.check_in_timer.setInterval(CHECK_IN_EVERY_MS)
        self.check_in_timer.timeout.connect(self.check_in)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(self._sync_quietly)
        self._restore_geometry()
        if self.gate.needs_set_up():
            self._show_set_up()
        else:
            self._show_sign_in()

    # -- pages -----------------------------------------------------------------------------
    def page(self) -> str:
        shown = self.stack.currentWidget()
        assert shown is not None  # the set-up and sign-in pages never leave the stack
        return shown.objectName()

    def _show_set_up(self, message: str = "") -> None:
        self.check_in_timer.stop()
        self.set_up.tell(message)
        self.stack.setCurrentWidget(self.set_up)
        self.setWindowTitle(self.tr("HMIS Intake"))
        self.set_up.server.setFocus()

    def _show_sign_in(self, message: str = "", *, username: str = "", password: str = "") -> None:
        self.stack.setCurrentWidget(self.sign_in)
        self.setWindowTitle(self.tr("HMIS Intake"))
        self.sign_in.show_sign_in(message, username=username, password=password)
        self.check_in_timer.start()
        if not password:
            self.check_in()

    def check_in(self) -> None:
        """Before anyone signs in: the lease and the server's word (a wipe order) with the
        check-in key; a wiped device goes back to set-up."""
        if self._check_in_job is not None or self.current is not None:
            return

        def work() -> SyncReport | None:
            engine = self.start_engine()
            return engine.start() if engine is not None else None  # no engine: no check-in, nothing to say

        self._check_in_job = run_in_background(
            work, self._checked_in, lambda _error: setattr(self, "_check_in_job", None)
        )

    def _checked_in(self, report: object) -> None:
        self._check_in_job = None
        if isinstance(report, SyncReport) and report.status == "wiped" and self.current is None:
            self._show_set_up(self.tr("This device was wiped by your agency. Set it up again to use it."))

    # -- signed in -------------------------------------------------------------------------
    def _enter(self, signed_in: SignedIn) -> None:
        from app.ui.idle import IdleWatch
        from app.ui.workspace import Workspace

        self.current = signed_in
        self.check_in_timer.stop()
        self.workspace = Workspace(self.profile, signed_in, self.engine_factory, self.transport_factory)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.sign_out_requested.connect(self.sign_out)
        self.workspace.add_user_requested.connect(self.add_user)
        self.workspace.sync.finished.connect(self._synced)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.idle = IdleWatch(signed_in.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.session_timer.start(max(0, signed_in.session_ends_ms - self.now_ms()))
        self.sync_timer.start()
        if signed_in.online:
            self.workspace.sync.sync_now()

    def _leave(self, *, keep_drafts: bool = True, close_vault: bool = True) -> None:
        """Drop the workspace and the key: drafts saved first, then the vault closed."""
        self.sync_timer.stop()
        self.session_timer.stop()
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.workspace is not None:
            if keep_drafts:
                self.workspace.save_drafts()
            self.workspace.dispose()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if close_vault and self.current is not None and self.current.vault.conn is not None:
            self.current.vault.close()

    def lock(self) -> None:
        if self.current is None:
            return
        locked = self.current
        self._leave()
        self.current = None
        self.stack.setCurrentWidget(self.sign_in)
        self.setWindowTitle(self.tr("HMIS Intake"))
        self.sign_in.show_unlock(locked)
        self.check_in_timer.start()  # a locked laptop left on a table still hears of its wipe order

    def sign_out(self) -> None:
        if self.current is None:
            return
        leaving = self.current
        self._leave(close_vault=False)  # the gate ends the server session, forgets the tokens, closes the vault
        self.current = None
        self._sign_out_job = run_in_background(
            lambda: self.gate.sign_out(leaving), lambda _r: None, lambda _e: leaving.vault.close()
        )
        self._show_sign_in(self.tr("You are signed out."))

    def add_user(self) -> None:
        from app.ui.add_user_dialog import AddUserDialog

        if self.current is not None:
            self.dialog = AddUserDialog(self.gate, self.current, self)
            self.dialog.open()

    def _session_over(self) -> None:
        if self.current is None:
            return
        self._leave()
        self.current = None
        self._show_sign_in(
            self.tr("Your session has ended after the hours your agency allows. Sign in again; your work is kept.")
        )

    def _sync_quietly(self) -> None:
        if self.workspace is not None and not self.workspace.sync.running:
            self.workspace.sync.sync_now()

    def _synced(self, report: SyncReport) -> None:
        if report.status == "wiped":
            self.wiped()

    def wiped(self) -> None:
        """The sync carried out a wipe order: nothing is left to save, and nothing to sign in to."""
        self._leave(keep_drafts=False)
        self.current = None
        self._show_set_up(self.tr("This device was wiped by your agency. Set it up again to use it."))

    # -- the window itself -----------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings("HMIS Intake", "HMIS Intake")  # the window's size and place only

    def _restore_geometry(self) -> None:
        saved = self._settings().value("window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._settings().setValue("window/geometry", self.saveGeometry())
        self._leave()
        self.current = None
        super().closeEvent(event)


def ready_line(window: QMainWindow, started_s: float, now_s: float) -> str:
    """What the start check and the start benchmark read: time to the first window."""
    stack = window.centralWidget()
    assert isinstance(stack, QStackedWidget)  # the Shell's pages
    shown = stack.currentWidget()
    assert shown is not None  # the Shell always shows one
    return json.dumps({"ready_ms": round((now_s - started_s) * 1000, 1), "window": shown.objectName()})
