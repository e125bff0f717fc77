"""The first window: set up this device's profile, or unlock it.

Why: until enrollment and MFA land (the sign-in issue), a person can still create the encrypted
local store and prove it opens, without ever seeing a traceback.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.domain.password_policy import MIN_LENGTH, password_problem
from app.storage.errors import VaultError
from app.storage.vault import Vault
from app.ui.worker import run_in_background


class FirstRunWindow(QWidget):
    def __init__(self, profile: Path) -> None:
        super().__init__()
        self.profile = profile
        self.vault: Vault | None = None
        self._job = None
        self.setWindowTitle(self.tr("HMIS Intake"))
        self.creating = not Vault.exists(profile)
        self.heading = QLabel(self.tr("Set up this device") if self.creating else self.tr("Unlock this device"))
        self.heading.setObjectName("heading")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Create encrypted profile") if self.creating else self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        if self.creating:
            form.addRow(self.tr("Password again"), self.confirm)
        else:
            self.confirm.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        for field in (self.username, self.password, self.confirm):
            field.returnPressed.connect(self.submit)

    def problem(self) -> str | None:
        """What is wrong with the form, in words, or None."""
        if not self.username.text().strip():
            return self.tr("Enter your username.")
        if self.creating and len(self.password.text()) < MIN_LENGTH:
            return self.tr("Use a password of at least %n characters.", "", MIN_LENGTH)
        if self.creating and self.password.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        if self.creating:
            problem = password_problem(self.password.text(), user_inputs=(self.username.text(),))
            if problem:
                return problem
        return None

    def submit(self) -> None:
        issue = self.problem()
        if issue:
            self.status.setText(issue)
            return
        user, password = self.username.text().strip(), self.password.text()
        make = Vault.create if self.creating else Vault.open
        self.button.setEnabled(False)
        self.status.setText(self.tr("Working…"))
        self._job = run_in_background(lambda: make(self.profile, user, password), self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        assert isinstance(vault, Vault)
        self.vault = vault
        self.password.clear()
        self.confirm.clear()
        self.heading.setText(self.tr("Unlocked"))
        self.status.setText(self.tr("The encrypted local store is open. Intake screens arrive with the next release."))

    def _failed(self, error: object) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.confirm.clear()
        if isinstance(error, VaultError):
            self.status.setText(str(error))
        else:
            self.status.setText(self.tr("Something went wrong; nothing was changed. Try again."))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().closeEvent(event)
