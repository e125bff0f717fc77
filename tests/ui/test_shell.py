"""The window's path on the offscreen platform against a real server on loopback: set-up and the
first sign-in with authenticator set-up, sign-in failures in words, the idle lock, the session
limit, and a wiped laptop returning to set-up. Everything is driven with the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.storage.vault import Vault
from app.ui.shell import Shell
from server.db.schema import user as hmis_user
from server.services import devices as device_service
from tests.server.conftest import live, world  # noqa: F401
from tests.server.harness import PASSWORD
from tests.ui.conftest import shoot
from tests.ui.shells import (
    AGENCY,
    first_sign_in,
    fresh_code,
    open_shell,
    set_up_device,
    sign_in_with,
    signed_in_shell,
    type_into,
)

pytestmark = pytest.mark.parametrize("live", ["sqlite"], indirect=True)


def test_a_new_device_is_set_up_enrolled_and_signed_in_by_keyboard(
    qtbot, live, world, tmp_path, shots, settings_folder
):
    staff = world.staff("case_manager", AGENCY)
    profile = tmp_path / "profile"
    shell = open_shell(qtbot, live, profile)
    assert shell.page() == "set_up" and shell.windowTitle() == "HMIS Intake"
    shoot(shell, shots, "set-up")
    qtbot.keyClick(shell.set_up.server, Qt.Key.Key_Return)
    assert "https://" in shell.set_up.status.text() and not Vault.exists(profile)  # refused, nothing made
    set_up_device(qtbot, live, world, shell, staff)
    assert Vault.exists(profile)
    first_sign_in(qtbot, live, shell, staff, shots)
    assert shell.current.username == staff.username and shell.current.online
    assert staff.username not in shell.windowTitle()
    shoot(shell, shots, "main-window")
    shell.close()  # the window keeps its size in the settings, and nothing about anyone
    saved = b"".join(p.read_bytes() for p in settings_folder.rglob("*") if p.is_file())
    assert b"geometry" in saved and staff.username.encode() not in saved


def test_the_window_comes_back_at_the_size_it_was_left(qtbot, live, world, tmp_path):
    first = open_shell(qtbot, live, tmp_path / "one")
    first.resize(720, 540)  # inside the offscreen platform's 800x600 screen
    first.close()
    again = open_shell(qtbot, live, tmp_path / "two", screen_size=False)
    assert (again.width(), again.height()) == (720, 540)


def test_sign_in_failures_are_sentences_and_a_lockout_counts_down(qtbot, live, world, tmp_path, shots):
    shell, staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    shell.sign_out()
    assert shell.page() == "sign_in" and shell.current is None
    page = shell.sign_in
    sign_in_with(qtbot, shell, staff.username, "not the password at all", fresh_code(live, staff.secret))
    assert page.status.text() == "The username, password or code is not right."
    sign_in_with(qtbot, shell, "nobody-here", PASSWORD, fresh_code(live, staff.secret))
    assert page.status.text() == "The username, password or code is not right."  # the same words
    sign_in_with(qtbot, shell, staff.username, PASSWORD, "123")
    assert "6-digit" in page.status.text()
    for _ in range(3):
        sign_in_with(qtbot, shell, staff.username, "still not the password", fresh_code(live, staff.secret))
    assert shell.gate.lockout_wait_s() > 0
    assert "try again in 0:" in page.status.text() and not page.button.isEnabled()
    shoot(shell, shots, "sign-in-locked-out")
    qtbot.keyClick(page.code, Qt.Key.Key_Return)  # nothing happens while the wait runs
    assert shell.current is None


def test_lapsed_training_and_a_revoked_device_are_told_in_words(qtbot, live, world, tmp_path):
    shell, staff, profile = signed_in_shell(qtbot, live, world, tmp_path)
    shell.sign_out()
    with live.ctx.engine.begin() as conn:
        conn.execute(
            update(hmis_user)
            .where(hmis_user.c.id == staff.id)
            .values(training_expires=(date.today() - timedelta(days=1)).isoformat())
        )
    sign_in_with(qtbot, shell, staff.username, PASSWORD, fresh_code(live, staff.secret))
    assert "training has lapsed" in shell.sign_in.status.text() and shell.current is None
    with live.ctx.engine.begin() as conn:
        conn.execute(
            update(hmis_user)
            .where(hmis_user.c.id == staff.id)
            .values(training_expires=(date.today() + timedelta(days=100)).isoformat())
        )
    with live.ctx.engine.begin() as conn:
        device_service.revoke(conn, live.clock.now_ms(), _device_id(profile), actor=staff.id)
    sign_in_with(qtbot, shell, staff.username, PASSWORD, fresh_code(live, staff.secret))
    assert "revoked" in shell.sign_in.status.text().lower() and shell.current is None


def _device_id(profile: Path) -> str:
    from app.sync.device_file import DeviceFile

    device = DeviceFile.load(profile)
    assert device is not None, "the profile is set up"
    return device.device_id


def _session_vault(shell: Shell) -> Vault:
    """The vault of the session signed in now."""
    assert shell.current is not None, "nobody is signed in"
    return shell.current.vault


def test_the_idle_lock_covers_the_window_drops_the_key_and_the_password_unlocks(qtbot, live, world, tmp_path, shots):
    shell, _staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    assert shell.idle.timer.interval() == shell.current.idle_lock_minutes * 60_000
    vault = shell.current.vault
    shell.idle.timer.setInterval(300)
    shell.idle.timer.start()
    qtbot.waitUntil(lambda: shell.page() == "sign_in", timeout=5_000)
    assert vault.conn is None and shell.workspace is None and shell.current is None
    assert shell.sign_in.mode == "unlock" and shell.sign_in.password.hasFocus()
    shoot(shell, shots, "locked")
    type_into(qtbot, shell.sign_in.password, "wrong password here")
    qtbot.keyClick(shell.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.sign_in._job is None, timeout=10_000)
    assert shell.page() == "sign_in" and shell.sign_in.status.text()
    type_into(qtbot, shell.sign_in.password, PASSWORD)
    qtbot.keyClick(shell.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.page() == "workspace", timeout=10_000)
    assert _session_vault(shell).conn is not None  # (a call: mypy still holds shell.current as None from above)


def test_keyboard_activity_keeps_the_window_open(qtbot, live, world, tmp_path):
    shell, _staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    shell.idle.timer.setInterval(600)
    shell.idle.timer.start()
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(shell.workspace.nav, Qt.Key.Key_Down)
    assert shell.page() == "workspace"


def test_the_session_ends_after_its_hours(qtbot, live, world, tmp_path):
    shell, _staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    assert shell.current.session_ends_ms - shell.current.signed_in_ms <= 12 * 3600_000
    locked = shell.current
    shell.lock()
    live.clock.advance(12 * 3600 + 60)
    type_into(qtbot, shell.sign_in.password, PASSWORD)
    qtbot.keyClick(shell.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.sign_in._job is None, timeout=10_000)
    assert shell.current is None and shell.sign_in.mode == "sign_in"  # a full sign-in is needed
    assert locked.vault.conn is None


def test_a_wipe_order_heard_before_sign_in_returns_the_laptop_to_set_up(qtbot, live, world, tmp_path):
    shell, _staff, profile = signed_in_shell(qtbot, live, world, tmp_path)
    shell.sign_out()
    qtbot.waitUntil(lambda: shell._check_in_job is None, timeout=20_000)  # the sign-in page's own check-in
    coordinator = world.signed_in("security_coordinator", AGENCY)
    coordinator.call("POST", f"/v1/devices/{_device_id(profile)}/wipe")
    shell.check_in()
    qtbot.waitUntil(lambda: shell.page() == "set_up", timeout=20_000)
    assert "wiped" in shell.set_up.notice.text() and not Vault.exists(profile)


def test_a_colleague_is_added_to_the_laptop_and_then_signs_in_on_it(qtbot, live, world, tmp_path, shots):
    shell, staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    colleague = world.staff("outreach_worker", AGENCY)
    shell.workspace.add_user_button.setFocus()
    qtbot.keyClick(shell.workspace.add_user_button, Qt.Key.Key_Space)
    dialog = shell.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert "username and password" in dialog.status.text()  # nothing sent
    type_into(qtbot, dialog.username, colleague.username)
    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "set-up code" in dialog.status.text() and dialog.pending is None  # nothing sent without a code
    type_into(qtbot, dialog.code, colleague.setup_code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pending is not None, timeout=20_000)
    assert not dialog.qr.pixmap().isNull()  # their authenticator is set up here
    shoot(dialog, shots, "add-a-colleague-authenticator")
    type_into(qtbot, dialog.code, fresh_code(live, colleague.secret))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert shell.current.username == staff.username  # still the first worker's session
    shell.sign_out()
    sign_in_with(qtbot, shell, colleague.username, PASSWORD, fresh_code(live, colleague.secret))
    assert shell.page() == "workspace" and shell.current.username == colleague.username


def test_a_locked_laptop_still_hears_its_wipe_order(qtbot, live, world, tmp_path):
    shell, _staff, profile = signed_in_shell(qtbot, live, world, tmp_path)
    qtbot.waitUntil(lambda: not shell.workspace.sync.running, timeout=30_000)
    shell.lock()
    assert shell.check_in_timer.isActive()
    coordinator = world.signed_in("security_coordinator", AGENCY)
    coordinator.call("POST", f"/v1/devices/{_device_id(profile)}/wipe")
    shell.check_in()  # what the timer does every few minutes
    qtbot.waitUntil(lambda: shell.page() == "set_up", timeout=20_000)
    assert not Vault.exists(profile)
