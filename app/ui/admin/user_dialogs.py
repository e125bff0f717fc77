"""Dialogs of the users screen: a new user, a training date, and the authenticator set-up.

Why the password is checked here first: the rule is shown in words next to the field before
anything is sent, and nothing reaches the server that the server would refuse for the same reason.
The server checks it again (it is the one that must).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.password_policy import password_problem
from app.security import permissions
from app.sync.admin_api import AGENCY_ROLES, SetupCode
from app.ui.admin.common import InfoDialog, tr
from app.ui.hud_words import hud


@dataclass(frozen=True)
class NewUser:
    username: str
    first_name: str
    last_name: str
    role: str
    training_expires: date
    password: str


def _date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _picked(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)  # a QDate comes out as a date; the stub says only ``object``
    return day


class NewUserDialog(QDialog):
    """Asks for the user; ``submitted`` carries a checked NewUser; the screen sends it and reports back
    through ``refused`` (the dialog stays open, the sentence under the fields) or ``accept``."""

    submitted = Signal(object)
    # The Create button. Its name hides QWidget.create (unused here); tests use it, so it keeps the name.
    create: QPushButton  # type: ignore[assignment]

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(self.tr("New user"))
        self.username, self.first_name, self.last_name = QLineEdit(), QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in AGENCY_ROLES:
            self.role.addItem(hud(permissions.label(role)), role)
        self.training = _date_edit(today + timedelta(days=365))
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = QLabel(
            self.tr("At least 12 characters, not a common or easily guessed password; a few unrelated words work well.")
        )
        self.rule.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Username"), self.username),
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Role"), self.role),
            (self.tr("&Training valid until"), self.training),
            (self.tr("Initial &password"), self.password),
            (self.tr("Password &again"), self.again),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow("", self.rule)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create = self.buttons.addButton(self.tr("&Create user"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.create.setDefault(True)  # once inside the dialog: Enter in any field creates the user

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing wrong, in words, and the field to fix."""
        username = self.username.text().strip()
        if not username or any(c.isspace() for c in username) or len(username) > 100:
            return self.tr("A username is one word of at most 100 characters."), self.username
        for field, what in (
            (self.first_name, self.tr("Enter the first name (at most 50 characters).")),
            (self.last_name, self.tr("Enter the last name (at most 50 characters).")),
        ):
            if not field.text().strip() or len(field.text().strip()) > 50:
                return what, field
        if _picked(self.training) < self.today:
            return self.tr(
                "Security training must be valid today or later; staff cannot sign in once it has lapsed."
            ), self.training
        words = password_problem(
            self.password.text(), user_inputs=(username, self.first_name.text(), self.last_name.text())
        )
        if words:
            return self.tr(words), self.password
        if self.password.text() != self.again.text():
            return self.tr("The two passwords are not the same."), self.again
        return None

    def submit(self) -> None:
        found = self.problem()
        if found is not None:
            self.refused(found[0])
            found[1].setFocus()
            return
        self.error.setText(self.tr("Creating the user…"))
        self.create.setEnabled(False)
        self.submitted.emit(
            NewUser(
                self.username.text().strip().lower(),
                self.first_name.text().strip(),
                self.last_name.text().strip(),
                self.role.currentData(),
                _picked(self.training),
                self.password.text(),
            )
        )

    def refused(self, words: str) -> None:
        self.error.setText(words)
        self.create.setEnabled(True)


class TrainingDialog(QDialog):
    def __init__(self, username: str, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Security training"))
        self.date = _date_edit(current)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("When does the security training of %1 lapse?").replace("%1", username)))
        form.addRow(self.tr("&Valid until"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> date:
        return _picked(self.date)


def setup_code_dialog(username: str, setup: SetupCode, parent: QWidget | None = None) -> InfoDialog:
    """The one-time set-up code, shown once and never stored or logged: the authenticator's
    secret itself is released only to whoever brings this code with the password."""
    text = (
        tr(
            "Give %1 this set-up code in person or by phone, never by e-mail. It works once, for %2 hours: "
            "at their first sign-in they type it in place of the authenticator code, then scan the code "
            "their screen shows with their authenticator app."
        )
        .replace("%1", username)
        .replace("%2", str(setup.hours))
    )
    return InfoDialog(tr("Authenticator set-up code"), text, setup.code, parent)
