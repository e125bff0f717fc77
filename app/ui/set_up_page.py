"""Set up this device: the server's address, the one-time enrollment code, and the first user.

Why one page: the Security Coordinator reads out an address and a code; the worker types them with
their own username and password once, and the next step asks only for the authenticator code.
"""

from __future__ import annotations

import functools
import socket

from PySide6.QtCore import QRunnable, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.password_policy import MIN_LENGTH, password_problem
from app.security.gate import Gate, SignInFailed
from app.ui.column import centred_column
from app.ui.refusals import in_words
from app.ui.worker import run_in_background


class SetUpPage(QWidget):
    done = Signal(str, str)  # username, password: the sign-in page goes on with the code

    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("set_up")
        self.gate = gate
        self._job: QRunnable | None = None  # the set-up running off the UI thread
        self.heading = QLabel(self.tr("Set up this device"))
        self.heading.setObjectName("heading")
        self.explain = QLabel(
            self.tr(
                "Your Security Coordinator gives you the server's address and a one-time "
                "enrollment code. Your username and password are your HMIS ones."
            )
        )
        self.explain.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://hmis.example.org")
        self.code = QLineEdit()
        self.device_name = QLineEdit(socket.gethostname()[:60] or "Laptop")
        self.pin = QLineEdit()
        self.pin.setPlaceholderText(self.tr("only if your agency gave you one"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.button = QPushButton(self.tr("&Set up this device"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        form = QFormLayout()
        for label, field in (
            (self.tr("Server &address"), self.server),
            (self.tr("Enrollment &code"), self.code),
            (self.tr("Device &name"), self.device_name),
            (self.tr("Server key p&in"), self.pin),
            (self.tr("&Username"), self.username),
            (self.tr("&Password"), self.password),
            (self.tr("Password a&gain"), self.confirm),
        ):
            form.addRow(label, field)
            field.returnPressed.connect(self.submit)
        layout = centred_column(self)
        layout.addStretch(1)
        for widget in (self.heading, self.notice, self.explain):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        layout.addStretch(2)

    def tell(self, sentence: str) -> None:
        """A notice above the form (why we are here again: the device was wiped, say)."""
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))

    def problem(self) -> str | None:
        if not self.server.text().strip().lower().startswith(("https://", "http://")):
            return self.tr("Enter the server's address, starting with https://")
        if not self.code.text().strip():
            return self.tr("Enter the enrollment code your Security Coordinator gave you.")
        if not self.device_name.text().strip():
            return self.tr("Give this device a name, so coordinators can tell it apart.")
        if not self.username.text().strip():
            return self.tr("Enter your username.")
        if len(self.password.text()) < MIN_LENGTH:
            return self.tr("Use a password of at least %n characters.", "", MIN_LENGTH)
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        return password_problem(self.password.text(), user_inputs=(self.username.text(),))

    def submit(self) -> None:
        if self._job is not None:
            return
        issue = self.problem()
        if issue:
            self.status.setText(issue)
            return
        set_up = functools.partial(
            self.gate.set_up,
            server_url=self.server.text().strip(),
            code=self.code.text().strip(),
            device_name=self.device_name.text().strip(),
            username=self.username.text().strip(),
            password=self.password.text(),
            pin=self.pin.text().strip() or None,
        )
        self.button.setEnabled(False)
        self.status.setText(self.tr("Setting up this device…"))
        self._job = run_in_background(set_up, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._job = None
        self.button.setEnabled(True)
        username, password = self.username.text().strip(), self.password.text()
        for field in (self.password, self.confirm, self.code):
            field.clear()
        self.status.clear()
        self.done.emit(username, password)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(
            in_words(error)
            if isinstance(error, SignInFailed)
            else self.tr("The device could not be set up; nothing was changed. Try again.")
        )
