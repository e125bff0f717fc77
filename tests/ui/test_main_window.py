"""The signed-in window as a whole, against a real server on loopback, by keyboard: a household
intake from the search box to the saved enrollment, the pages each role sees, and a laptop wiped
from a coordinator's Devices screen going back to set-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.storage.records import Records
from app.storage.vault import Vault
from app.sync.device_file import DeviceFile
from tests.server.conftest import live, world  # noqa: F401
from tests.server.harness import PASSWORD
from tests.ui.conftest import shoot
from tests.ui.shells import signed_in_shell, type_into
from tests.ui.test_intake_wizard import alt, back_to, ctrl_s, keys

pytestmark = pytest.mark.parametrize("live", ["sqlite"], indirect=True)


def test_a_household_is_taken_in_from_the_search_box_to_the_saved_enrollment(qtbot, live, world, tmp_path, shots):
    window, _staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    qtbot.waitUntil(lambda: not window.workspace.sync.running, timeout=30_000)  # the sign-in sync brings projects
    clients = window.workspace.built["clients"]
    type_into(qtbot, clients.search.box, "Maria Lopez")
    qtbot.waitUntil(lambda: not clients.search.searching, timeout=10_000)
    shoot(window, shots, "clients-search-empty")
    back_to(qtbot, window)
    clients.search.box.setFocus()
    qtbot.keyClick(clients.search.box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.workspace.built["intake"]
    assert window.workspace.stack.currentWidget() is wizard
    assert wizard.state["members"][0]["client"]["first_name"] == "Maria"
    back_to(qtbot, window)
    wizard.project_page.project.setFocus()
    alt(qtbot, "n")
    assert wizard.step == ("person", 0)
    person = wizard.person_page.person
    assert person.values()["first_name"] == "Maria" and person.values()["last_name"] == "Lopez"
    person.widget_for("name_data_quality").setFocus()
    keys(qtbot, "Full", "\t", "\t", "03/14/1985", "\t", "Full", "\t", "\t", "", "\t", "F", "\t", "No")
    alt(qtbot, "n")
    assert wizard.step == ("household", 0), (wizard.status.text(), person.problems_shown())
    alt(qtbot, "n")
    assert wizard.step == ("enrollment", 0)
    keys(qtbot, "CT-505", "\t", "Pla")
    alt(qtbot, "n")
    assert wizard.step == ("review", 0), wizard.status.text()
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: "intake" not in window.workspace.built, timeout=10_000)
    page = window.workspace.built["clients"]
    assert window.workspace.stack.currentWidget() is page and page.profile is not None
    records = Records(window.current.vault)
    head = records.get("client", page.profile.client_id)
    assert head.first_name == "Maria" and head.last_name == "Lopez"
    stays = records.children("enrollment", personal_id=head.id)
    assert len(stays) == 1 and stays[0].project_id == world.projects["Shell Shelter"]
    assert "Changes waiting: 0" not in window.workspace.sync.waiting.text()  # the new work is counted
    assert page.contact.isVisible()  # the profile offers an outreach contact
    shoot(window, shots, "client-profile-after-intake")


def test_each_role_sees_its_own_pages(qtbot, live, world, tmp_path, shots):
    worker, _, _ = signed_in_shell(qtbot, live, world, tmp_path, "case_manager")
    assert worker.workspace.page_keys() == ["clients", "intake", "prioritization"]
    worker.close()
    coordinator, _, _ = signed_in_shell(qtbot, live, world, tmp_path, "security_coordinator")
    assert coordinator.workspace.page_keys() == ["clients", "users", "devices", "audit"]
    with qtbot.waitSignal(coordinator.workspace.sync.finished, timeout=30_000) as synced:
        coordinator.workspace.sync.sync_now()  # a role that holds no records only checks in
    assert synced.args[0].ok and coordinator.workspace.sync.link.text() == "Online"
    for key in ("users", "devices", "audit"):
        coordinator.workspace.open(key)
        shoot(coordinator, shots, f"main-{key}")
    coordinator.close()
    data, _, _ = signed_in_shell(qtbot, live, world, tmp_path, "data_coordinator")
    assert data.workspace.page_keys() == ["clients", "intake", "conflicts", "duplicates", "quality", "prioritization"]
    data.workspace.open("quality")
    shoot(data, shots, "main-quality")


def test_a_laptop_wiped_from_the_devices_screen_returns_to_set_up(qtbot, live, world, tmp_path, shots):
    target, _staff, target_profile = signed_in_shell(qtbot, live, world, tmp_path, "case_manager")
    qtbot.waitUntil(lambda: not target.workspace.sync.running, timeout=30_000)
    coordinator, _, _ = signed_in_shell(qtbot, live, world, tmp_path, "security_coordinator")
    screen = coordinator.workspace.open("devices")
    target_device = DeviceFile.load(target_profile)
    assert target_device is not None  # set up above
    target_id = target_device.device_id
    qtbot.waitUntil(lambda: target_id in [d.id for d in screen.model.items], timeout=20_000)
    screen.table.setFocus()
    screen.table.selectRow([d.id for d in screen.model.items].index(target_id))
    wipe_and_confirm(qtbot, screen, "Front desk laptop")
    qtbot.waitUntil(lambda: "waiting for the laptop" in screen.live.text(), timeout=20_000)
    target.activateWindow()
    qtbot.waitUntil(target.isActiveWindow)
    with qtbot.waitSignal(target.workspace.sync.finished, timeout=30_000):
        qtbot.keyClick(target.workspace.sync, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: target.page() == "set_up", timeout=20_000)
    assert "wiped" in target.set_up.notice.text() and not Vault.exists(target_profile)
    shoot(target, shots, "wiped-back-to-set-up")
    coordinator.activateWindow()
    qtbot.waitUntil(lambda: "completed" in screen.live.text(), timeout=30_000)  # no click: it polls
    shoot(coordinator, shots, "main-devices-wipe-completed")


def wipe_and_confirm(qtbot, screen, device_name):
    """The screen's own keyboard path: the wipe action, the device's name typed, confirmed."""
    screen.wipe.setFocus()
    qtbot.keyClick(screen.wipe, Qt.Key.Key_Space)
    dialog = screen.dialog
    dialog.entry.setFocus()
    qtbot.keyClicks(dialog.entry, device_name)
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)


def test_an_intake_interrupted_by_the_idle_lock_is_offered_back_after_unlocking(qtbot, live, world, tmp_path, shots):
    window, _staff, _profile = signed_in_shell(qtbot, live, world, tmp_path)
    qtbot.waitUntil(lambda: not window.workspace.sync.running, timeout=30_000)
    wizard = window.workspace.open("intake")
    back_to(qtbot, window)
    wizard.project_page.project.setFocus()
    alt(qtbot, "n")
    keys(qtbot, "Rosa", "\t", "\t", "Quinones")
    window.idle.timer.setInterval(200)  # the policy's minutes, shortened
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.page() == "sign_in", timeout=5_000)
    type_into(qtbot, window.sign_in.password, PASSWORD)
    qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page() == "workspace", timeout=10_000)
    again = window.workspace.open("intake")
    assert again is not wizard and not again.banner.isHidden()
    shoot(window, shots, "intake-draft-offered-after-lock")
    again.banner.resume.setFocus()
    qtbot.keyClick(again.banner.resume, Qt.Key.Key_Space)
    assert again.step == ("person", 0)
    assert again.person_page.person.values()["first_name"] == "Rosa"
    assert again.person_page.person.values()["last_name"] == "Quinones"
