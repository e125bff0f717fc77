"""The agency's laptops, for its Security Coordinator: enroll, revoke, and wipe a lost one.

Why a live wipe status: a coordinator who marks a stolen laptop wants to know when its data is
really gone. While any wipe shown here is not final (completed or expired), the screen asks the
server every few seconds, off the UI thread, and says where the wipe is, without a click.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.storage.vault import Vault
from app.sync.admin_api import WIPE_REPORTED, Device, Wipe
from app.ui.admin.common import AdminScreen, ApiFactory, ConfirmDialog, InfoDialog, table, tr, when
from app.ui.table_model import ItemsModel

POLL_MS = 4000
STATES = {
    "active": "active",
    "revoked": "revoked",
    "wipe_pending": "wipe pending",
    "wipe_received": "wipe received",
    "wiped": "wiped",
    "wipe_unproven": "wipe reported, unproven",
    "wipe_expired": "wipe expired",
}
_WIPE_WORDS = {
    "pending": "waiting for the laptop to make contact",
    "received": "the laptop received the order and is destroying its data",
    "completed": "completed: the laptop destroyed its data",
    "unproven": (
        "reported, unproven: the report was signed only by the laptop's check-in key, which a copy of its "
        "files also holds; treat the laptop as lost"
    ),
    "expired": "expired: the laptop did not make contact in time; it is still a risk",
}


def _state_of(device: Device, wipe: Wipe | None) -> str:
    if wipe is not None:
        return "wiped" if wipe.status == "completed" else f"wipe_{wipe.status}"
    return device.state


class DevicesScreen(AdminScreen):
    def __init__(
        self, vault: Vault, api_factory: ApiFactory | None = None, parent: QWidget | None = None, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(vault, api_factory, parent)
        self.wipes: dict[str, Wipe] = {}  # device id -> the latest known wipe of it
        self.dialog: QWidget | None = None
        self._polling = False
        heading = QLabel(self.tr("Laptops of your agency"))
        heading.setObjectName("heading")
        self.model = ItemsModel(
            [tr("Name"), tr("Enrolled"), tr("Last check-in"), tr("Unsynced changes"), tr("State")], self._cells
        )
        self.table = table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Laptops"))
        self.live = QLabel()  # the wipe's live status, in words
        self.live.setWordWrap(True)
        self.wipe = QPushButton(self.tr("&Wipe this device…"))
        self.revoke = QPushButton(self.tr("Re&voke"))
        self.code = QPushButton(self.tr("New &enrollment code"))
        self.reload = QPushButton(self.tr("&Refresh"))
        self.wipe.clicked.connect(self.confirm_wipe)
        self.revoke.clicked.connect(self.confirm_revoke)
        self.code.clicked.connect(self.new_code)
        self.reload.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.wipe, self.revoke, self.code, self.reload):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.live)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def _cells(self, d: Device) -> tuple[str, ...]:
        pending = tr("unknown") if d.pending_changes is None else str(d.pending_changes)
        return (
            d.name,
            when(d.enrolled_ms),
            when(d.last_checkin_ms),
            pending,
            tr(STATES[_state_of(d, self.wipes.get(d.id))]),
        )

    def selected(self) -> Device | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _selection_changed(self) -> None:
        device = self.selected()
        state = _state_of(device, self.wipes.get(device.id)) if device else None
        self.wipe.setEnabled(state in ("active", "wipe_expired"))
        self.revoke.setEnabled(state in ("active", "wipe_pending", "wipe_expired"))
        self._say_wipe()

    def _say_wipe(self) -> None:
        device = self.selected()
        wipe = self.wipes.get(device.id) if device else None
        if wipe is None or device is None:  # (no device means no wipe)
            self.live.clear()
            return
        text = self.tr("Wipe of “%1”: %2.").replace("%1", device.name).replace("%2", tr(_WIPE_WORDS[wipe.status]))
        if wipe.status in WIPE_REPORTED and wipe.unsynced_changes is not None:
            text += " " + self.tr("Changes that had not been synced, now lost: %n.", "", wipe.unsynced_changes)
        self.live.setText(text)

    def _show(self, devices: list[Device]) -> None:
        selected = self.selected()
        keep = selected.id if selected else None
        self.model.reset(devices)
        ids = [d.id for d in devices]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._selection_changed()
        self._keep_polling()

    def refresh(self, then: str | None = None) -> None:
        def shown(answer: object) -> None:
            devices = cast("list[Device]", answer)  # what api.devices() returns
            for d in devices:
                known = self.wipes.get(d.id)
                if d.wipe_id and (
                    known is None or known.id != d.wipe_id or (not known.final and known.status != d.wipe_status)
                ):
                    assert d.wipe_status is not None  # admin_api._device gives a wipe's id and status together
                    self.wipes[d.id] = Wipe(d.wipe_id, d.id, d.wipe_status, 0, None, None, None)
            self._show(list(devices))
            self.status.setText(then or self.tr("Laptops: %n.", "", len(self.model.items)))

        self.call(lambda api: api.devices(), self.tr("Loading the laptops…"), shown)

    # -- wipe ---------------------------------------------------------------------------------
    def confirm_wipe(self) -> None:
        device = self.selected()
        if device is None:
            self.status.setText(self.tr("Choose a laptop in the list first."))
            return
        text = self.tr(
            "Wipe “%1”? The next time this laptop contacts the server it destroys everything it "
            "holds: its key slots, its database and its files. Changes made on it that were not "
            "synced are lost. Nobody can use it until it is enrolled again. This cannot be undone."
        ).replace("%1", device.name)
        dialog = ConfirmDialog(self.tr("Wipe a laptop"), text, self.tr("&Wipe it"), typed=device.name, parent=self)
        dialog.accepted.connect(lambda: self.order_wipe(device))
        self.dialog = dialog
        dialog.open()

    def order_wipe(self, device: Device) -> None:
        def ordered(wipe: object) -> None:
            assert isinstance(wipe, Wipe)
            self.wipes[device.id] = wipe
            self.status.setText(self.tr("The wipe of “%1” is ordered.").replace("%1", device.name))
            self._show(self.model.items)

        self.call(lambda api: api.order_wipe(device.id), self.tr("Ordering the wipe…"), ordered)

    def _keep_polling(self) -> None:
        if any(not w.final for w in self.wipes.values()):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def poll(self) -> None:
        """Ask the server where each open wipe is (one call at a time)."""
        open_ids = [w.id for w in self.wipes.values() if not w.final]
        if self._polling or not open_ids:
            self._keep_polling()
            return
        self._polling = True

        def heard(answer: object) -> None:
            self._polling = False
            finished = False
            for wipe in cast("list[Wipe]", answer):  # what the work below returns
                finished |= wipe.final
                self.wipes[wipe.device_id] = wipe
            self._show(self.model.items)
            if finished:
                self.refresh(self.status.text())  # a completed wipe also revoked the laptop

        def lost(_error: Exception) -> None:
            self._polling = False  # the status line says why; the timer tries again

        self.call(lambda api: [api.wipe_status(i) for i in open_ids], "", heard, lost, quiet=True)

    # -- revoke and enroll --------------------------------------------------------------------
    def confirm_revoke(self) -> None:
        device = self.selected()
        if device is None:
            self.status.setText(self.tr("Choose a laptop in the list first."))
            return
        text = self.tr(
            "Revoke “%1”? The server will refuse it from now on. Its data stays on the laptop "
            "(to destroy it, wipe the laptop instead), and changes not yet synced will never "
            "arrive."
        ).replace("%1", device.name)
        dialog = ConfirmDialog(self.tr("Revoke a laptop"), text, self.tr("Re&voke it"), parent=self)
        dialog.accepted.connect(
            lambda: self.call(
                lambda api: api.revoke(device.id),
                self.tr("Revoking…"),
                lambda _: self.refresh(self.tr("“%1” is revoked.").replace("%1", device.name)),
            )
        )
        self.dialog = dialog
        dialog.open()

    def new_code(self) -> None:
        def made(answer: object) -> None:
            code, hours = cast("tuple[str, int]", answer)  # what api.new_enrollment_code() returns
            self.status.setText(self.tr("A new enrollment code was made."))
            self.dialog = InfoDialog(
                self.tr("Enrollment code"),
                self.tr(
                    "Read this code out to the person setting up the laptop. It works once and expires after %1 hours."
                ).replace("%1", str(hours)),
                code,
                self,
            )
            font = self.dialog.detail.font()
            font.setPointSize(font.pointSize() + 6)
            self.dialog.detail.setFont(font)
            self.dialog.open()

        self.call(lambda api: api.new_enrollment_code(), self.tr("Making a code…"), made)
