"""Sign in with password and authenticator code; set the authenticator up; unlock after idle.

Why one page with three modes: the person sees the same place every time; only what is asked
changes. Every slow step (key derivation, the server) runs off the UI thread, and a lockout counts
down in words instead of leaving a dead button.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.sign_in_codes import looks_like_code, looks_like_setup_code
from app.security.gate import Gate, MfaSetupNeeded, SignedIn, SignInFailed
from app.ui.column import centred_column
from app.ui.qr import qr_pixmap
from app.ui.refusals import in_words
from app.ui.worker import run_in_background

SIGN_IN, MFA, UNLOCK = "sign_in", "mfa", "unlock"


class SignInPage(QWidget):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in")
        self.gate = gate
        self.mode = SIGN_IN
        self.pending: MfaSetupNeeded | None = None
        self.locked: SignedIn | None = None
        self._job: QRunnable | None = None  # the check running off the UI thread
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.uri = QLabel()
        self.uri.setWordWrap(True)
        self.uri.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setMaxLength(16)  # a set-up code is twelve digits, maybe with spaces
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.first_time = QLabel(
            self.tr("First time on this laptop? A colleague who is signed in here can add you with “Add a colleague”.")
        )
        self.first_time.setWordWrap(True)
        self.other_user = QPushButton(self.tr("Sign in as &someone else"))
        self.other_user.clicked.connect(lambda: self.show_sign_in())
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Username"), self.username)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("Authenticator &code"), self.code)
        for field in (self.username, self.password, self.code):
            field.returnPressed.connect(self.submit)
        layout = centred_column(self)
        layout.addStretch(1)
        for widget in (self.heading, self.explain, self.qr, self.uri):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.button)
        layout.addWidget(self.other_user)
        layout.addWidget(self.first_time)
        layout.addWidget(self.status)
        layout.addStretch(2)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.show_sign_in()

    # -- modes -----------------------------------------------------------------------------
    def _arrange(self, mode: str, heading: str, explain: str, button: str) -> None:
        self.mode = mode
        self.heading.setText(heading)
        self.explain.setText(explain)
        self.explain.setVisible(bool(explain))
        self.button.setText(button)
        self.form.setRowVisible(self.username, mode == SIGN_IN)
        self.form.setRowVisible(self.password, mode in (SIGN_IN, UNLOCK))
        self.form.setRowVisible(self.code, mode in (SIGN_IN, MFA))
        self.qr.setVisible(mode == MFA)
        self.uri.setVisible(mode == MFA)
        self.other_user.setVisible(mode == UNLOCK)
        self.first_time.setVisible(mode == SIGN_IN)
        self.code.clear()
        self.code.setPlaceholderText(
            self.tr("6 digits, or the first time the set-up code you were given")
            if mode == SIGN_IN
            else self.tr("6 digits")
        )
        self._tick()

    def show_sign_in(self, message: str = "", *, username: str = "", password: str = "") -> None:
        self.locked, self.pending = None, None
        self._arrange(SIGN_IN, self.tr("Sign in"), "", self.tr("Sign &in"))
        self.username.setText(username)
        self.password.setText(password)
        self.status.setText(message)
        (self.code if username and password else self.username if not username else self.password).setFocus()

    def show_unlock(self, locked: SignedIn, message: str = "") -> None:
        self.locked, self.pending = locked, None
        self._arrange(
            UNLOCK,
            self.tr("Locked"),
            self.tr(
                "The window was locked after a while without use. Your work is kept. Enter your password to go on."
            ),
            self.tr("&Unlock"),
        )
        self.password.clear()
        self.status.setText(message)
        self.password.setFocus()

    def _show_mfa(self, pending: MfaSetupNeeded) -> None:
        self.pending = pending
        self._arrange(
            MFA,
            self.tr("Set up your authenticator"),
            self.tr(
                "Scan this code with your authenticator app (or type the key below into it), "
                "then enter the 6-digit code it shows."
            ),
            self.tr("&Confirm"),
        )
        self.qr.setPixmap(qr_pixmap(pending.otpauth_uri))
        secret = pending.otpauth_uri.split("secret=", 1)[-1].split("&", 1)[0]
        self.uri.setText(
            self.tr("Key: %1").replace("%1", " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)))
        )
        self.status.clear()
        self.code.setFocus()

    # -- submitting ------------------------------------------------------------------------
    def problem(self) -> str | None:
        if self.mode == SIGN_IN and not self.username.text().strip():
            return self.tr("Enter your username.")
        if self.mode in (SIGN_IN, UNLOCK) and not self.password.text():
            return self.tr("Enter your password.")
        code = self.code.text().strip()
        if self.mode == SIGN_IN and not (looks_like_code(code) or looks_like_setup_code(code)):
            return self.tr(
                "Enter the 6-digit code from your authenticator app. The first time, enter the "
                "set-up code your Security Coordinator gave you."
            )
        if self.mode == MFA and not looks_like_code(code):
            return self.tr("Enter the 6-digit code from your authenticator app.")
        return None

    def submit(self) -> None:
        if self._job is not None or self.gate.lockout_wait_s() > 0:
            self._tick()
            return
        issue = self.problem()
        if issue:
            self.status.setText(issue)
            return
        gate, code, password = self.gate, self.code.text().strip(), self.password.text()
        if self.mode == SIGN_IN:
            username = self.username.text().strip()
            work = lambda: gate.sign_in(username, password, code)  # noqa: E731
        elif self.mode == MFA:
            pending = self.pending
            assert pending is not None  # the MFA step is shown only with a set-up pending
            work = lambda: gate.confirm_mfa(pending, code)  # noqa: E731
        else:
            locked = self.locked
            assert locked is not None  # the unlock step is shown only over a locked session
            work = lambda: gate.unlock(locked, password)  # noqa: E731
        self.button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        self._job = run_in_background(work, self._done, self._failed)

    def _done(self, result: object) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.code.clear()
        if isinstance(result, MfaSetupNeeded):
            self._show_mfa(result)
            return
        self.password.clear()
        self.status.clear()
        self.signed_in.emit(result)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.code.clear()
        if isinstance(error, SignInFailed):
            self.status.setText(in_words(error))
            if error.status == "session_over":
                self.show_sign_in(in_words(error))
        else:
            self.status.setText(self.tr("Signing in did not work; nothing was changed. Try again."))
        if self.mode != MFA:
            self.password.clear()
        (self.code if self.mode == MFA else self.password).setFocus()
        self._tick()

    def _tick(self) -> None:
        """While locked out, the button waits and says how long; then it comes back by itself."""
        wait = self.gate.lockout_wait_s()
        if wait > 0:
            clock = f"{wait // 60}:{wait % 60:02d}"
            self.status.setText(self.tr("Too many failed sign-ins. You can try again in %1.").replace("%1", clock))
            if not self.countdown.isActive():
                self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.status.setText(self.tr("You can try again now."))
        self.button.setEnabled(wait <= 0 and self._job is None)
