"""The agency's users, for its Security Coordinator: add, disable, unlock, reset MFA, training.

Why every action reloads the list from the server: the server is the only truth about accounts
(another coordinator may act at the same time), and the list is short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.security.permissions import label
from app.storage.vault import Vault
from app.sync.admin_api import AdminApi, SetupCode, User
from app.ui.admin.common import AdminScreen, ApiFactory, table, tr
from app.ui.admin.user_dialogs import NewUser, NewUserDialog, TrainingDialog, setup_code_dialog
from app.ui.hud_words import hud
from app.ui.table_model import ItemsModel


def _state(user: User) -> str:
    words = [tr("disabled") if user.disabled else tr("active")]
    if user.locked:
        words.append(tr("locked"))
    if not user.mfa_confirmed:
        words.append(tr("authenticator not set up"))
    return ", ".join(words)


class UsersScreen(AdminScreen):
    def __init__(
        self,
        vault: Vault,
        api_factory: ApiFactory | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(vault, api_factory, parent)
        self.today = today
        self.dialog: QWidget | None = None  # the dialog open now, if any
        heading = QLabel(self.tr("Users of your agency"))
        heading.setObjectName("heading")
        self.model = ItemsModel(
            [tr("Username"), tr("Name"), tr("Role"), tr("Training valid until"), tr("Status")],
            lambda u: (
                u.username,
                f"{u.first_name} {u.last_name}".strip(),
                hud(label(u.role)),
                u.training_expires.isoformat(),
                _state(u),
            ),
        )
        self.table = table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.new = QPushButton(self.tr("&New user…"))
        self.disable = QPushButton(self.tr("&Disable"))
        self.enable = QPushButton(self.tr("&Enable"))
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.reset_mfa = QPushButton(self.tr("Reset &MFA"))
        self.training = QPushButton(self.tr("Set &training date…"))
        self.reload = QPushButton(self.tr("&Refresh"))
        self.new.clicked.connect(self.open_new_user)
        self.disable.clicked.connect(
            lambda: self.act(AdminApi.disable, self.tr("%1 is disabled and signed out everywhere."))
        )
        self.enable.clicked.connect(lambda: self.act(AdminApi.enable, self.tr("%1 may sign in again.")))
        self.unlock.clicked.connect(lambda: self.act(AdminApi.unlock, self.tr("%1 is unlocked.")))
        self.reset_mfa.clicked.connect(self.reset_authenticator)
        self.training.clicked.connect(self.open_training)
        self.reload.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.new, self.disable, self.enable, self.unlock, self.reset_mfa, self.training, self.reload):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_actions())
        self._enable_actions()

    def selected(self) -> User | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _enable_actions(self) -> None:
        user = self.selected()
        for button in (self.disable, self.enable, self.unlock, self.reset_mfa, self.training):
            button.setEnabled(user is not None)
        if user is not None:
            self.disable.setEnabled(not user.disabled)
            self.enable.setEnabled(user.disabled)
            self.unlock.setEnabled(user.locked)

    def refresh(self, then: str | None = None) -> None:
        """Reload the list; ``then`` is what to say once it is in (the last action's outcome)."""

        def shown(users: object) -> None:
            selected = self.selected()
            keep = selected.id if selected else None
            self.model.reset(list(cast("list[User]", users)))  # what api.users() returns
            ids = [u.id for u in self.model.items]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
            self._enable_actions()
            self.status.setText(then or self.tr("Users: %n.", "", len(ids)))

        self.call(lambda api: api.users(), self.tr("Loading the users…"), shown)

    def act(self, action: Callable[[AdminApi, str], object], done: str) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("Choose a user in the list first."))
            return
        self.call(
            lambda api: action(api, user.id),
            self.tr("Sending…"),
            lambda _: self.refresh(done.replace("%1", user.username)),
        )

    def open_new_user(self) -> None:
        dialog = NewUserDialog(self.today(), self)
        dialog.submitted.connect(lambda new: self._create(dialog, new))
        self.dialog = dialog
        dialog.open()

    def _create(self, dialog: NewUserDialog, new: NewUser) -> None:
        def created(answer: object) -> None:
            _user_id, setup = cast("tuple[str, SetupCode]", answer)  # what api.create_user() returns
            dialog.accept()
            self.show_setup_code(new.username, setup)
            self.refresh(
                self.tr("%1 was added. Give them the set-up code shown, for their first sign-in.").replace(
                    "%1", new.username
                )
            )

        self.call(
            lambda api: api.create_user(
                new.username, new.first_name, new.last_name, new.role, new.training_expires, new.password
            ),
            self.tr("Creating the user…"),
            created,
            lambda error: dialog.refused(self.status.text()),
        )

    def show_setup_code(self, username: str, setup: SetupCode) -> None:
        self.dialog = setup_code_dialog(username, setup, self)
        self.dialog.open()

    def reset_authenticator(self) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("Choose a user in the list first."))
            return

        def reset(setup: object) -> None:
            assert isinstance(setup, SetupCode)
            self.show_setup_code(user.username, setup)
            self.refresh(
                self.tr("The authenticator of %1 was reset and their sessions ended.").replace("%1", user.username)
            )

        self.call(lambda api: api.reset_mfa(user.id), self.tr("Resetting the authenticator…"), reset)

    def open_training(self) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("Choose a user in the list first."))
            return
        dialog = TrainingDialog(user.username, user.training_expires, self)
        dialog.accepted.connect(
            lambda: self.call(
                lambda api: api.set_training(user.id, dialog.chosen()),
                self.tr("Sending…"),
                lambda _: self.refresh(self.tr("The training date of %1 is saved.").replace("%1", user.username)),
            )
        )
        self.dialog = dialog
        dialog.open()
