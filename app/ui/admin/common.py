"""What the admin screens share: server calls off the UI thread, a status line, a table, dialogs.

Why a twin per call: a call may refresh the session token (a write to the vault) and always waits
on the network, so it runs on a worker thread with its own connection to the vault and its own
transport (neither is shared between threads), while the window keeps painting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.storage.errors import VaultError
from app.storage.vault import Vault
from app.sync import identity
from app.sync.admin_api import AdminApi
from app.sync.errors import SyncError
from app.ui.table_model import list_view
from app.ui.worker import run_in_background

ApiFactory = Callable[[Vault], AdminApi]
_RUNNING: set = set()  # every call until it ends, even if its screen is closed meanwhile


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("AdminScreens", text, disambiguation, n)


def default_api(vault: Vault) -> AdminApi:
    """The API of the server this laptop is enrolled with."""
    return AdminApi(vault, identity.transport_for(identity.device_file(vault)))


def when(ms: int | None) -> str:
    """A server time as local date and time, or "never"."""
    if ms is None:
        return tr("never")
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(ms)), QLocale.FormatType.ShortFormat)


def sentence(error: Exception) -> str:
    """An error as words for the status line: the server's or the vault's sentence, never a traceback."""
    if isinstance(error, (SyncError, VaultError)) and str(error):
        return str(error)
    return tr("That did not work, and nothing was changed. Try again; if it keeps happening, tell your HMIS Admin.")


def table() -> QTableView:
    view = list_view()
    view.verticalHeader().hide()
    return view


class AdminScreen(QWidget):
    """A screen whose work is server calls; ``status`` says in words what is happening."""

    def __init__(self, vault: Vault, api_factory: ApiFactory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.api_factory = api_factory or default_api
        self.jobs: list = []  # running calls; kept so they are not collected mid-flight
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def call(
        self,
        work: Callable[[AdminApi], object],
        busy: str,
        done: Callable[[object], None],
        failed: Callable[[Exception], None] | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        """Run ``work(api)`` on a worker thread; ``done(result)`` back on this thread."""
        vault, factory = self.vault, self.api_factory

        def run() -> object:
            twin = vault.twin()
            try:
                api = factory(twin)
                try:
                    return work(api)
                finally:
                    api.transport.close()
            finally:
                twin.close()

        if not quiet:
            self.status.setText(busy)
        job = None

        def finish(result: object) -> None:
            _RUNNING.discard(job)
            if isValid(self):  # the screen may have been closed while the call ran
                self.jobs.remove(job)
                done(result)

        def fail(error: Exception) -> None:
            _RUNNING.discard(job)
            if not isValid(self):
                return
            self.jobs.remove(job)
            self.status.setText(sentence(error))
            if failed is not None:
                failed(error)

        job = run_in_background(run, finish, fail)
        self.jobs.append(job)
        _RUNNING.add(job)


class ConfirmDialog(QDialog):
    """A question with consequences; with ``typed`` the person must type that text to go on."""

    def __init__(
        self, title: str, text: str, action: str, typed: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.typed = typed
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.entry = QLineEdit()
        if typed is not None:
            prompt = QLabel(tr("&Type the device name to confirm: %1").replace("%1", typed))
            prompt.setBuddy(self.entry)
            prompt.setWordWrap(True)
            layout.addWidget(prompt)
            layout.addWidget(self.entry)
            self.entry.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.setAutoDefault(False)  # Enter never confirms something that cannot be undone
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self._check()

    def _check(self) -> None:
        self.confirm.setEnabled(self.typed is None or self.entry.text().strip() == self.typed.strip())


class InfoDialog(QDialog):
    """Something to read out or copy (an enrollment code, an authenticator set-up): selectable text."""

    def __init__(
        self, title: str, text: str, detail: str = "", parent: QWidget | None = None, extra: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # an authenticator secret does not linger
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        if extra is not None:
            layout.addWidget(extra, 0, Qt.AlignmentFlag.AlignHCenter)
        self.detail = QLineEdit(detail)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(title)
        self.detail.setVisible(bool(detail))
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
