"""The coordinator screens against a real loopback server: users, laptops and remote wipe, audit, quality.

The coordinator's laptop is a real enrolled, signed-in vault; every server call the screens make
runs on a worker thread with its own connection to that vault (the factory below gives each one a
transport on the test server's clock). Failure cases come first in each group.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from app.storage.errors import VaultMissing
from app.storage.vault import Vault
from app.sync import admin_api, identity
from app.sync.admin_api import AdminApi
from app.sync.engine import SyncEngine
from app.sync.errors import BadResponse, Refused
from app.ui.admin import AuditScreen, DevicesScreen, QualityScreen, UsersScreen
from app.ui.admin.common import ApiFactory, ConfirmDialog, InfoDialog
from app.ui.admin.user_dialogs import NewUserDialog, TrainingDialog
from server.db.schema import user as user_table
from server.db.schema import wipe as wipe_table
from server.services import accounts
from tests.server.conftest import live, world  # noqa: F401
from tests.server.harness import PASSWORD, ApiError, World, totp_secret
from tests.services.test_quality_report import AS_OF, HARBOR, _fixture
from tests.sync.laptops import FAST_FLOOR, Laptop, laptop, new_client
from tests.ui.conftest import shoot

on_server = pytest.mark.parametrize("live", ["sqlite"], indirect=True)
AGENCY = "Admin Screens Shelter"
WAIT = 30_000


def _factory(device: Laptop) -> ApiFactory:
    return lambda twin: AdminApi(twin, device.transport())


def _server_user(world, username: str):
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(user_table).where(user_table.c.username == username)).first()


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _loaded(qtbot, screen) -> None:
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)


def _vault(device: Laptop) -> Vault:
    assert device.vault is not None, "the laptop is signed in"
    return device.vault


def _device_id(device: Laptop) -> str:
    """The enrolled laptop's id, as the server lists it."""
    device_id = _vault(device).device_id
    assert device_id is not None, "the laptop is enrolled"
    return device_id


def _row_of(screen, item_id: str) -> int:
    return [i.id for i in screen.model.items].index(item_id)


def _cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.fixture
def coordinator(world: World, tmp_path: Path) -> Laptop:
    return laptop(world, tmp_path, AGENCY, "security_coordinator")


def _users_screen(qtbot, coordinator: Laptop) -> UsersScreen:
    screen = UsersScreen(_vault(coordinator), _factory(coordinator))
    qtbot.addWidget(screen)
    _loaded(qtbot, screen)
    return screen


def _fill(qtbot, dialog: NewUserDialog, username: str, password: str, again: str | None = None) -> None:
    for field, text in (
        (dialog.username, username),
        (dialog.first_name, "Dana"),
        (dialog.last_name, "Okafor"),
        (dialog.password, password),
        (dialog.again, password if again is None else again),
    ):
        field.clear()
        field.setFocus()
        qtbot.keyClicks(field, text)
    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Qt.Key.Key_Home)  # Case Manager, the first


def _open_new_user(qtbot, screen) -> NewUserDialog:
    _press(qtbot, screen.new)
    assert isinstance(screen.dialog, NewUserDialog) and screen.dialog.isVisible()
    return screen.dialog


# -- users --------------------------------------------------------------------------------------


@on_server
def test_a_weak_password_is_refused_with_the_rule_in_words_and_nothing_is_created(qtbot, world, coordinator):
    screen = _users_screen(qtbot, coordinator)
    dialog = _open_new_user(qtbot, screen)
    for password, rule in (
        ("short one", "at least 12 characters"),
        ("password1234", "common or breached"),
        ("weakpwweakpw", "too easy to guess"),
    ):
        _fill(qtbot, dialog, "weakpw", password)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert rule in dialog.error.text(), dialog.error.text()
        assert dialog.isVisible() and dialog.focusWidget() is dialog.password  # the field to fix
        assert not screen.busy  # nothing was sent
    _fill(qtbot, dialog, "weakpw", "plum tractor quietly sings", again="plum tractor quietly sang")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.error.text() == "The two passwords are not the same."
    assert not screen.busy and _server_user(world, "weakpw") is None


@on_server
def test_a_user_is_created_by_keyboard_and_the_server_lists_them(qtbot, world, coordinator, shots):
    screen = _users_screen(qtbot, coordinator)
    assert coordinator.staff.username in [u.username for u in screen.model.items]
    dialog = _open_new_user(qtbot, screen)
    _fill(qtbot, dialog, "dokafor", "lantern orchard velvet nine")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "dokafor was added" in screen.status.text(), timeout=WAIT)
    assert not dialog.isVisible()
    shown = screen.dialog
    row = _server_user(world, "dokafor")
    secret = totp_secret(world.live, row.id)
    # A one-time set-up code to hand over, never the authenticator's secret itself.
    assert isinstance(shown, InfoDialog) and accounts.setup_code_hash(shown.detail.text()) == row.setup_code_hash
    assert all(secret not in label.text() for label in shown.findChildren(QLabel))
    assert secret not in shown.detail.text() and "72 hours" in shown.findChildren(QLabel)[0].text()
    assert row is not None and row.role == "case_manager" and row.agency_id == coordinator.staff.agency_id
    assert _cells(screen.model, _row_of(screen, row.id))[:3] == ["dokafor", "Dana Okafor", "Case Manager"]
    shown.reject()
    shoot(screen, shots, "admin-users")

    # The same username again: the server's refusal is shown in the dialog, in words.
    dialog = _open_new_user(qtbot, screen)
    _fill(qtbot, dialog, "dokafor", "lantern orchard velvet nine")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    assert dialog.isVisible() and dialog.error.text() == "That username is taken."
    # the dialog's Create button: its name shadows the method QWidget.create, so mypy sees that method
    create: object = dialog.create
    assert isinstance(create, QPushButton) and create.isEnabled()


@on_server
def test_disable_enable_and_unlock_reach_the_server(qtbot, world, coordinator):
    person = world.staff("case_manager", AGENCY)
    other = world.device(AGENCY)
    for _ in range(3):  # three wrong passwords: locked for a while
        with pytest.raises(ApiError):
            other.call("POST", "/v1/auth/login", {"username": person.username, "password": "wrong " * 3, "code": ""})
    screen = _users_screen(qtbot, coordinator)
    screen.table.setFocus()
    screen.table.selectRow(_row_of(screen, person.id))
    assert _cells(screen.model, _row_of(screen, person.id))[4] == "active, locked, authenticator not set up"
    assert screen.unlock.isEnabled() and not screen.enable.isEnabled()

    _press(qtbot, screen.unlock)
    qtbot.waitUntil(lambda: "is unlocked" in screen.status.text(), timeout=WAIT)
    assert _server_user(world, person.username).failed_logins == 0
    _press(qtbot, screen.disable)
    qtbot.waitUntil(lambda: "is disabled" in screen.status.text(), timeout=WAIT)
    assert _server_user(world, person.username).disabled
    assert _cells(screen.model, _row_of(screen, person.id))[4] == "disabled, authenticator not set up"
    assert screen.enable.isEnabled() and not screen.disable.isEnabled()
    _press(qtbot, screen.enable)
    qtbot.waitUntil(lambda: "may sign in again" in screen.status.text(), timeout=WAIT)
    assert not _server_user(world, person.username).disabled


@on_server
def test_a_role_that_may_not_manage_users_gets_a_sentence(qtbot, world, tmp_path):
    worker = laptop(world, tmp_path, AGENCY, "case_manager")
    for screen in (
        UsersScreen(_vault(worker), _factory(worker)),
        DevicesScreen(_vault(worker), _factory(worker)),
        AuditScreen(_vault(worker), _factory(worker)),
    ):
        qtbot.addWidget(screen)
        _loaded(qtbot, screen)
        assert screen.status.text() == "Your role (Case Manager) cannot do this."
        assert screen.model.rowCount() == 0


def test_answers_of_the_wrong_shape_are_refused():
    with pytest.raises(BadResponse):
        admin_api._wipe({"id": "a" * 32, "device_id": "b" * 32, "status": "gone", "issued_ms": 1})
    with pytest.raises(BadResponse):
        admin_api._device({"id": "not an id", "name": "x", "enrolled_ms": 1})
    with pytest.raises(BadResponse):
        admin_api._rows({"detail": "a page from a hotel's Wi-Fi"})


# -- laptops and remote wipe --------------------------------------------------------------------


def _devices_screen(qtbot, coordinator: Laptop, **kw: Any) -> DevicesScreen:
    screen = DevicesScreen(_vault(coordinator), _factory(coordinator), **kw)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen)
    return screen


@on_server
def test_the_list_shows_last_check_in_and_unsynced_changes(qtbot, world, tmp_path, coordinator):
    target = laptop(world, tmp_path, AGENCY)
    quiet = laptop(world, tmp_path, AGENCY)
    target.records.save_all([new_client() for _ in range(3)])
    target.engine().check_in()
    screen = _devices_screen(qtbot, coordinator)
    name, enrolled, last, unsynced, state = _cells(screen.model, _row_of(screen, _device_id(target)))
    assert (name, unsynced, state) == ("Test laptop", "3", "active")
    assert last not in ("never", "") and enrolled != "never"
    assert _cells(screen.model, _row_of(screen, _device_id(quiet)))[2:4] == ["never", "unknown"]


@on_server
def test_a_laptop_is_wiped_from_the_screen_and_the_status_follows_live(qtbot, world, tmp_path, coordinator, shots):
    target = laptop(world, tmp_path, AGENCY)
    target.records.save_all([new_client() for _ in range(2)])
    screen = _devices_screen(qtbot, coordinator, poll_ms=100)
    screen.table.setFocus()
    screen.table.selectRow(_row_of(screen, _device_id(target)))

    _press(qtbot, screen.wipe)
    dialog = screen.dialog
    assert isinstance(dialog, ConfirmDialog)
    label = dialog.findChild(type(screen.live))
    assert label is not None and "Test laptop" in label.text()
    assert not dialog.confirm.isEnabled()  # not before the name is typed
    dialog.entry.setFocus()
    qtbot.keyClicks(dialog.entry, "Test lap")
    assert not dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.entry, "top")
    _press(qtbot, dialog.confirm)
    qtbot.waitUntil(lambda: "waiting for the laptop" in screen.live.text(), timeout=WAIT)
    row = _row_of(screen, _device_id(target))
    assert _cells(screen.model, row)[4] == "wipe pending" and screen.timer.isActive()
    assert not screen.wipe.isEnabled()
    shoot(screen, shots, "admin-devices-wipe-pending")

    assert target.sync().status == "wiped"  # the laptop's next contact
    qtbot.waitUntil(lambda: "completed" in screen.live.text(), timeout=WAIT)  # no click
    assert "Changes that had not been synced, now lost: 2." in screen.live.text()
    qtbot.waitUntil(lambda: not screen.timer.isActive() and not screen.busy, timeout=WAIT)
    assert _cells(screen.model, _row_of(screen, _device_id(target)))[4] == "wiped"
    assert not (target.profile / "vault.db").exists()
    with pytest.raises(VaultMissing):
        Vault.open(target.profile, target.staff.username, PASSWORD, floor=FAST_FLOOR)
    target.vault = None


@on_server
def test_a_wipe_reported_by_a_locked_laptop_shows_as_unproven(qtbot, world, tmp_path, coordinator):
    target = laptop(world, tmp_path, AGENCY)
    device_id = _device_id(target)
    target.close()  # nobody signs in: at its next start it has only its check-in key
    AdminApi(_vault(coordinator), coordinator.transport()).order_wipe(device_id)
    started = SyncEngine(target.profile, None, transport=target.transport(), now_ms=target.live.clock.now_ms).start()
    assert started.status == "wiped"
    screen = _devices_screen(qtbot, coordinator)
    screen.table.selectRow(_row_of(screen, device_id))
    assert _cells(screen.model, _row_of(screen, device_id))[4] == "wipe reported, unproven"
    qtbot.waitUntil(lambda: "unproven" in screen.live.text(), timeout=WAIT)
    assert "treat the laptop as lost" in screen.live.text() and "completed" not in screen.live.text()


@on_server
def test_a_wipe_is_not_sent_when_the_dialog_is_cancelled(qtbot, world, tmp_path, coordinator):
    target = laptop(world, tmp_path, AGENCY)
    screen = _devices_screen(qtbot, coordinator)
    screen.table.selectRow(_row_of(screen, _device_id(target)))
    _press(qtbot, screen.wipe)
    qtbot.keyClick(screen.dialog, Qt.Key.Key_Escape)
    assert screen.dialog is not None  # the confirmation, cancelled
    assert not screen.dialog.isVisible() and not screen.busy
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(select(wipe_table.c.id).where(wipe_table.c.device_id == _device_id(target))).first() is None
    assert target.sync().ok


@on_server
def test_revoke_and_a_new_enrollment_code(qtbot, world, tmp_path, coordinator):
    target = laptop(world, tmp_path, AGENCY)
    screen = _devices_screen(qtbot, coordinator)
    screen.table.selectRow(_row_of(screen, _device_id(target)))
    _press(qtbot, screen.revoke)
    assert isinstance(screen.dialog, ConfirmDialog)
    _press(qtbot, screen.dialog.confirm)
    qtbot.waitUntil(lambda: "is revoked" in screen.status.text(), timeout=WAIT)
    assert _cells(screen.model, _row_of(screen, _device_id(target)))[4] == "revoked"
    assert target.sync().status == "device_refused"

    _press(qtbot, screen.code)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, InfoDialog), timeout=WAIT)
    assert isinstance(screen.dialog, InfoDialog)  # for mypy: the wait above proved it
    code = screen.dialog.detail.text()
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code)
    fresh = Vault.create(tmp_path / "fresh", "newcomer", PASSWORD, kdf=FAST_FLOOR)
    assert identity.enroll(fresh, coordinator.transport(), code=code, name="Spare laptop").device_id
    fresh.close()


# -- audit ----------------------------------------------------------------------------------------


@on_server
def test_the_audit_trail_reads_newest_first_pages_back_and_filters(qtbot, world, tmp_path, coordinator, shots):
    # Something to see: enrollments and sign-ins, more than two pages of four.
    newest = [laptop(world, tmp_path, AGENCY) for _ in range(2)][-1]
    screen = AuditScreen(coordinator.vault, _factory(coordinator), page=4)
    qtbot.addWidget(screen)
    _loaded(qtbot, screen)
    first = [e.seq for e in screen.model.items]
    assert len(first) == 4 and first == sorted(first, reverse=True)
    # The newest laptop's sign-in ends with the user's TOTP seed sent to it (the entry holds no seed).
    assert _cells(screen.model, 0)[1:4] == ["totp seed sent", "ok", newest.staff.username]
    assert _cells(screen.model, 1)[1:4] == ["mfa confirmed", "ok", newest.staff.username]
    assert _cells(screen.model, 0)[4] == "Test laptop"  # names, not ids
    _press(qtbot, screen.more)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 4, timeout=WAIT)
    seqs = [e.seq for e in screen.model.items]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs) == 8 and seqs[:4] == first
    screen.filter.setFocus()
    qtbot.keyClicks(screen.filter, "LOGIN")
    shown = [screen.filtered.index(r, 1).data() for r in range(screen.filtered.rowCount())]
    assert shown and all("login" in a for a in shown)
    assert screen.filtered.rowCount() < screen.model.rowCount()
    shoot(screen, shots, "admin-audit")


@on_server
def test_a_data_coordinator_may_not_read_the_audit_trail(qtbot, world, tmp_path):
    data = laptop(world, tmp_path, AGENCY, "data_coordinator")
    with pytest.raises(Refused):
        AdminApi(_vault(data), data.transport()).audit()


# -- data quality ---------------------------------------------------------------------------------


def test_the_quality_screen_counts_per_project_and_lists_who_to_fix(qtbot, vault, shots):
    people = _fixture(vault)
    screen = QualityScreen(vault, as_of=AS_OF)
    qtbot.addWidget(screen)
    _press(qtbot, screen.reload)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)
    assert screen.project.count() == 4  # all, two projects, and clients with no stay
    screen.project.setFocus()
    qtbot.keyClick(screen.project, Qt.Key.Key_End)
    qtbot.keyClick(screen.project, Qt.Key.Key_Up)
    assert screen.project.currentData() == HARBOR
    rows = {tuple(_cells(screen.model, r)[1:3]): _cells(screen.model, r)[3:] for r in range(screen.model.rowCount())}
    assert rows == {
        ("Client", "Date of birth (3.03)"): ["0", "1", "0", "1"],
        ("Client", "Social Security Number (3.02)"): ["1", "0", "0", "1"],
        ("Client", "Name (3.01)"): ["0", "0", "1", "1"],
        ("Enrollment", "Disabling condition"): ["1", "0", "0", "1"],
        ("Exit", "Destination"): ["0", "1", "0", "1"],
    }
    listed = screen.clients.stringList()
    assert len(listed) == 4 and all(people["a2"].first_name in n for n in listed)
    assert "Clients with at least one issue: 4." in screen.summary.text()
    shoot(screen, shots, "admin-quality")


@on_server
def test_reset_mfa_shows_a_new_authenticator_and_the_training_date_is_saved(qtbot, world, coordinator):
    person = world.staff("outreach_worker", AGENCY)
    screen = _users_screen(qtbot, coordinator)
    screen.table.selectRow(_row_of(screen, person.id))
    _press(qtbot, screen.reset_mfa)
    qtbot.waitUntil(lambda: "was reset" in screen.status.text(), timeout=WAIT)
    assert isinstance(screen.dialog, InfoDialog)  # the new set-up code
    handed, row = screen.dialog.detail.text(), _server_user(world, person.username)
    secret = totp_secret(world.live, person.id)
    assert accounts.setup_code_hash(handed) == row.setup_code_hash and secret != person.secret
    assert secret not in handed and person.secret not in handed
    screen.dialog.reject()

    _press(qtbot, screen.training)
    dialog = screen.dialog
    assert isinstance(dialog, TrainingDialog)
    dialog.date.setFocus()
    dialog.date.setDate(QDate(2031, 2, 3))
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "training date" in screen.status.text(), timeout=WAIT)
    assert _server_user(world, person.username).training_expires == "2031-02-03"
    assert _cells(screen.model, _row_of(screen, person.id))[3] == "2031-02-03"


@on_server
def test_a_screen_closed_while_its_call_runs_is_left_alone(qtbot, world, coordinator):
    from app.ui.admin import common

    screen = UsersScreen(coordinator.vault, _factory(coordinator))
    screen.refresh()
    assert screen.busy
    screen.deleteLater()
    qtbot.waitUntil(lambda: not common._RUNNING, timeout=WAIT)  # the call ended; nothing touched the dead screen
