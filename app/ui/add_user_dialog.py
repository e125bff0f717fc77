"""Add a colleague to this laptop: the server checks their password and code, then they get their
own key slot here and can sign in on it, offline too.

Why from inside a signed-in session: the vault's key is only in memory while someone is signed
in, so a shift handing a shared shelter laptop over adds the next worker this way.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.domain.sign_in_codes import looks_like_code, looks_like_setup_code
from app.security.gate import Gate, MfaSetupNeeded, SignedIn, SignInFailed
from app.ui.qr import qr_pixmap
from app.ui.refusals import in_words
from app.ui.worker import run_in_background


class AddUserDialog(QDialog):
    def __init__(self, gate: Gate, current: SignedIn, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a colleague to this laptop"))
        self.gate, self.current = gate, current
        self.pending: MfaSetupNeeded | None = None
        self._job: QRunnable | None = None  # the check running off the UI thread
        self.explain = QLabel(
            self.tr(
                "Your colleague types their own HMIS username, password and the code from "
                "their authenticator app (or, if they have none yet, the set-up code "
                "their Security Coordinator gave them). This needs a connection to the "
                "server."
            )
        )
        self.explain.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.button = QPushButton(self.tr("&Add"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Username"), self.username)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("Authenticator &code"), self.code)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.qr):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.button)
        layout.addWidget(self.status)

    def submit(self) -> None:
        if self._job is not None:
            return
        code = self.code.text().strip()
        if self.pending is None and (not self.username.text().strip() or not self.password.text()):
            self.status.setText(self.tr("Enter your colleague's username and password."))
            return
        if not (looks_like_code(code) or (self.pending is None and looks_like_setup_code(code))):
            self.status.setText(
                self.tr("Enter the 6-digit code from the authenticator app.")
                if self.pending
                else self.tr(
                    "Enter the 6-digit code from the authenticator app, or the set-up code "
                    "from the Security Coordinator."
                )
            )
            return
        gate, current, pending = self.gate, self.current, self.pending
        username, password = self.username.text().strip(), self.password.text()
        work = (
            (lambda: gate.confirm_mfa(pending, code))
            if pending is not None
            else (lambda: gate.add_user(current, username, password, code))
        )
        self.button.setEnabled(False)
        self.status.setText(self.tr("Checking with the server…"))
        self._job = run_in_background(work, self._done, self._failed)

    def _done(self, result: object) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.code.clear()
        if isinstance(result, MfaSetupNeeded):
            self.pending = result
            self.qr.setPixmap(qr_pixmap(result.otpauth_uri))
            self.qr.show()
            self.form.setRowVisible(self.username, False)
            self.form.setRowVisible(self.password, False)
            self.explain.setText(
                self.tr(
                    "Your colleague scans this code with their authenticator app, then types the 6-digit code it shows."
                )
            )
            self.status.clear()
            self.code.setFocus()
            return
        self.password.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.code.clear()
        self.status.setText(
            in_words(error)
            if isinstance(error, SignInFailed)
            else self.tr("Your colleague could not be added; nothing was changed. Try again.")
        )

    def reject(self) -> None:
        if self.pending is not None:
            self.gate.cancel_mfa(self.pending)
            self.pending = None
        super().reject()
