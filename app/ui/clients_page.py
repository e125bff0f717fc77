"""The Clients page: search, then the person's profile, then what to record for them.

Why a stack: the search box keeps what was typed while a profile or an outreach contact is open,
and Escape always goes one step back towards it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.services.clients import ClientDirectory
from app.storage.vault import Vault
from app.ui.client_profile import ClientProfileView
from app.ui.clients_screen import ClientsScreen

if TYPE_CHECKING:  # imported when first used, like the form itself
    from app.ui.outreach_form import OutreachForm

_Shown = TypeVar("_Shown", bound=QWidget)


class ClientsPage(QWidget):
    new_intake_requested = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.directory = ClientDirectory(vault)
        self.search = ClientsScreen(vault)
        self.search.open_client.connect(self.show_client)
        self.search.new_intake_requested.connect(self.new_intake_requested)
        self.profile: ClientProfileView | None = None
        self.outreach: OutreachForm | None = None
        self.back = QPushButton(self.tr("← Back (Esc)"))
        self.back.clicked.connect(self.go_back)
        self.contact = QPushButton(self.tr("&Outreach contact…"))
        self.contact.clicked.connect(self.record_contact)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(self.contact)
        self.bar = QWidget()
        self.bar.setLayout(bar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence("Escape"), self).activated.connect(self.go_back)
        self._arrange()

    def _arrange(self) -> None:
        current = self.stack.currentWidget()
        self.bar.setVisible(current is not self.search)
        self.contact.setVisible(current is self.profile)

    def _replace(self, old: QWidget | None, new: _Shown) -> _Shown:
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.addWidget(new)
        self.stack.setCurrentWidget(new)
        self._arrange()
        return new

    def show_client(self, client_id: str) -> None:
        """The profile (an audited view of the record)."""
        if self.outreach is not None:
            self.stack.removeWidget(self.outreach)
            self.outreach.deleteLater()
            self.outreach = None
        self.profile = self._replace(self.profile, ClientProfileView(self.directory, client_id))
        self._arrange()
        self.profile.stays_table.setFocus()

    def record_contact(self) -> None:
        from app.ui.outreach_form import OutreachForm

        if self.profile is None:
            return
        form = OutreachForm(self.vault, self.profile.client_id)
        form.saved.connect(lambda _id: self.show_client(self.profile.client_id))
        self.outreach = self._replace(self.outreach, form)
        self._arrange()
        form.setFocus()

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if current is self.outreach and self.profile is not None:
            self.stack.setCurrentWidget(self.profile)
        elif current is not self.search:
            self.stack.setCurrentWidget(self.search)
            self.search.box.setFocus()
        self._arrange()

    def stop(self) -> None:
        """Before the vault closes: the search's own connection goes first."""
        self.search.release()
