"""The signed-in window's contents: the screens a role may use, and the sync status area.

Why pages are made on first use: sign-in to a working window must be quick, and a case manager
never pays for building the admin screens. The list of pages is one table, read by the
navigation, the shortcuts and the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.security.gate import SignedIn
from app.security.permissions import can
from app.services import prioritization
from app.ui import pages
from app.ui.sync_status import EngineFactory, SyncStatus
from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.workspace_page import Page

COUNTS_EVERY_MS = 20_000


def _prioritization(ws):
    from app.ui.prioritization_screen import PrioritizationScreen

    screen = PrioritizationScreen(ws.vault, ws.signed_in.role)
    screen.refresh()
    return screen


# The CAN's list is for a role set rather than one permission of the server's table (it reads only
# the laptop), so it joins the pages here, after the coordinator's own review screens.
PRIORITIZATION = Page("prioritization", QT_TRANSLATE_NOOP("Workspace", "Prioritization list"), None, _prioritization)
_BEFORE_IT = ("clients", "intake", "conflicts", "duplicates", "quality")


def _pages_for(role: str | None) -> list[Page]:
    shown = [p for p in pages.ALL if p.permission is None or can(role, p.permission)]
    if role in prioritization.ALLOWED:
        at = max((i + 1 for i, p in enumerate(shown) if p.key in _BEFORE_IT), default=len(shown))
        shown.insert(at, PRIORITIZATION)
    return shown


class Workspace(QWidget):
    lock_requested = Signal()
    sign_out_requested = Signal()
    add_user_requested = Signal()

    def __init__(
        self,
        profile: Path,
        signed_in: SignedIn,
        engine_factory: EngineFactory | None = None,
        transport_factory: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.profile, self.signed_in = profile, signed_in
        self.vault = signed_in.vault
        self.transport_factory = transport_factory
        self.pages = _pages_for(signed_in.role)
        self.built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(200)
        for page in self.pages:
            self.nav.addItem(QListWidgetItem(self.tr(page.title)))
        self.stack = QStackedWidget()
        self.user = QLabel(
            self.tr("Signed in as %1").replace("%1", signed_in.username)
            + ("" if signed_in.online else " · " + self.tr("offline"))
        )
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock the window (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.add_user_button = QPushButton(self.tr("Add a &colleague…"))
        self.add_user_button.setToolTip(self.tr("Let another worker sign in on this laptop"))
        self.add_user_button.clicked.connect(self.add_user_requested)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock_requested.emit)
        self.sync = SyncStatus(profile, self.vault, engine_factory, records=can(signed_in.role, "records.sync"))
        top = QHBoxLayout()
        top.addWidget(self.user, 1)
        top.addWidget(self.add_user_button)
        top.addWidget(self.lock_button)
        top.addWidget(self.sign_out_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.sync)
        for number, _page in enumerate(self.pages[:9], start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self).activated.connect(
                lambda row=number - 1: self.nav.setCurrentRow(row)
            )
        self.counts = QTimer(self)
        self.counts.setInterval(COUNTS_EVERY_MS)
        self.counts.timeout.connect(self.sync.refresh)
        self.counts.start()  # "changes waiting" follows the work done here, not only the syncs
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

    def page_keys(self) -> list[str]:
        return [p.key for p in self.pages]

    def open(self, key: str) -> QWidget:
        """Show a page (made now if this is its first use) and return its widget."""
        self.nav.setCurrentRow(self.page_keys().index(key))
        return self.built[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[row]
        if page.key not in self.built:
            widget = page.make(self)
            self.built[page.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(self.built[page.key])
        self.window().setWindowTitle(self.tr("HMIS Intake") + " — " + self.tr(page.title))
        self.built[page.key].setFocus(Qt.FocusReason.OtherFocusReason)

    def start_intake(self, search_text: str = "") -> None:
        """From the search: a new intake starts with what was typed, unless one is under way."""
        if "intake" not in self.page_keys():
            return
        if "intake" not in self.built:
            widget = pages.make_intake(self, search_text)
            self.built["intake"] = widget
            self.stack.addWidget(widget)
        self.open("intake")

    def intake_saved(self, client_ids: list) -> None:
        """The household is saved: a fresh wizard next time, and the head's profile now."""
        self._drop("intake")
        self.sync.refresh()
        from app.ui.clients_page import ClientsPage  # loaded already: the clients page is open

        clients = self.open("clients")
        assert isinstance(clients, ClientsPage)  # what pages.ALL makes for "clients"
        if client_ids:
            clients.show_client(client_ids[0])

    def intake_cancelled(self) -> None:
        self._drop("intake")
        self.open("clients")

    def _drop(self, key: str) -> None:
        widget = self.built.pop(key, None)
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def save_drafts(self) -> None:
        """Before a lock or a close: every page holding unsaved typing keeps it as a draft."""
        for widget in self.built.values():
            keep = getattr(widget, "save_draft", None)
            if callable(keep):
                keep()

    def dispose(self) -> None:
        """Drop the pages (they hold the vault); the caller closes the vault."""
        self.counts.stop()
        for widget in self.built.values():
            stop = getattr(widget, "stop", None)
            if callable(stop):
                stop()
        self.built.clear()
