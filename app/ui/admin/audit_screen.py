"""The server's audit trail for the agency: newest first, filtered by action, read back page by page.

Why names are looked up once: the trail stores user and device ids (never names); the screen shows
the usernames and laptop names the coordinator knows, fetched with the first page.
"""

from __future__ import annotations

import json
from typing import cast

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.storage.vault import Vault
from app.sync.admin_api import AdminApi, AuditEntry, User
from app.sync.errors import Refused
from app.ui.admin.common import AdminScreen, ApiFactory, table, tr, when
from app.ui.table_model import ItemsModel

PAGE = 200
_ACTION_COLUMN = 1
_OUTCOMES = {"ok": "ok", "refused": "refused", "mfa_setup": "authenticator set-up asked"}


def _lookups(api: AdminApi) -> dict[str, str]:
    """Usernames and laptop names by id, as far as this role may list them."""
    names: dict[str, str] = {}
    for fetch in (api.users, api.devices):
        try:
            names.update({item.id: item.username if isinstance(item, User) else item.name for item in fetch()})
        except Refused:
            pass
    return names


class AuditScreen(AdminScreen):
    def __init__(
        self, vault: Vault, api_factory: ApiFactory | None = None, parent: QWidget | None = None, page: int = PAGE
    ) -> None:
        super().__init__(vault, api_factory, parent)
        self.page = page
        self.names: dict[str, str] = {}
        self.at_end = False
        heading = QLabel(self.tr("Audit trail (newest first)"))
        heading.setObjectName("heading")
        self.model = ItemsModel(
            [tr("When"), tr("Action"), tr("Outcome"), tr("By"), tr("Laptop"), tr("Record"), tr("Detail")], self._cells
        )
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterKeyColumn(_ACTION_COLUMN)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = table()
        self.table.setModel(self.filtered)
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("for example: wipe, login, user"))
        self.filter.textChanged.connect(self.filtered.setFilterFixedString)
        label = QLabel(self.tr("&Filter by action:"))
        label.setBuddy(self.filter)
        self.more = QPushButton(self.tr("Load &more"))
        self.reload = QPushButton(self.tr("&Refresh"))
        self.more.clicked.connect(self.load_more)
        self.reload.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.more)
        bar.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.more)
        self.setTabOrder(self.more, self.reload)

    def _name(self, some_id: str | None) -> str:
        if not some_id:
            return ""
        return self.names.get(some_id) or some_id[:8]

    def _cells(self, e: AuditEntry) -> tuple[str, ...]:
        outcome = tr(_OUTCOMES[e.outcome]) if e.outcome in _OUTCOMES else e.outcome
        record = f"{e.kind} {e.record_id[:8]}" if e.kind and e.record_id else (e.kind or "")
        detail = json.dumps(e.detail, sort_keys=True, ensure_ascii=False) if e.detail else ""
        return (
            when(e.at_ms),
            e.action.replace("_", " "),
            outcome,
            self._name(e.actor),
            self._name(e.device_id),
            record,
            detail,
        )

    def refresh(self) -> None:
        """The newest page again, with fresh names."""

        def shown(answer: object) -> None:
            self.names, entries = cast("tuple[dict[str, str], list[AuditEntry]]", answer)  # what the work below returns
            self.at_end = len(entries) < self.page
            self.model.reset(entries)
            self._said()

        self.call(lambda api: (_lookups(api), api.audit(limit=self.page)), self.tr("Loading the audit trail…"), shown)

    def load_more(self) -> None:
        """The page of events just older than the oldest shown."""
        if not self.model.items:
            self.refresh()
            return
        if self.at_end:
            self.status.setText(self.tr("That is the whole trail: there are no older events."))
            return
        oldest = self.model.items[-1].seq

        def shown(entries: object) -> None:
            older = cast("list[AuditEntry]", entries)  # what api.audit() returns
            self.at_end = len(older) < self.page
            self.model.reset(self.model.items + list(older))
            self._said()

        self.call(lambda api: api.audit(before=oldest, limit=self.page), self.tr("Loading older events…"), shown)

    def _said(self) -> None:
        text = self.tr("Events shown: %n.", "", len(self.model.items))
        if self.at_end:
            text += " " + self.tr("That is the whole trail.")
        self.status.setText(text)
        self.more.setEnabled(not self.at_end)
