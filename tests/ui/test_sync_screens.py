"""The sync status area and the review screens, on the offscreen platform against a real server.

Laptops are real enrolled, signed-in vaults (tests/sync/laptops.py); the server is the SQLite
backend on loopback. Screenshots at 1366x768 go to $HMIS_SCREENSHOTS (default: a tmp folder).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from app.storage.vault import Vault
from app.sync import review
from app.sync.engine import SyncEngine, SyncEvent
from app.sync.errors import Offline
from app.sync.transport import Transport
from app.ui.review_screens import ConflictScreen, DuplicateScreen
from app.ui.sync_status import SyncStatus
from server.db.schema import conflict, duplicate
from tests.server.conftest import live, world  # noqa: F401
from tests.sync.laptops import Laptop, conflicting_names, duplicate_pair, laptop, new_client
from tests.ui.conftest import shoot

pytestmark = pytest.mark.parametrize("live", ["sqlite"], indirect=True)
AGENCY = "Screens Shelter"


def _vault(device: Laptop) -> Vault:
    assert device.vault is not None, "the laptop is signed in"
    return device.vault


def _factory(device, base_url: str | None = None):
    """SyncEngines for the widget, talking to the loopback server (or to ``base_url``)."""

    def make(vault, on_event):
        transport = Transport(base_url, now_ms=device.live.clock.now_ms, attempts=1) if base_url else device.transport()
        return SyncEngine(
            device.profile, vault, transport=transport, now_ms=device.live.clock.now_ms, on_event=on_event
        )

    return make


def _sync_by_keyboard(qtbot, status: SyncStatus, shortcut: bool = False):
    status.button.setFocus()
    if shortcut:
        status.show()
        status.activateWindow()
        qtbot.waitUntil(status.isActiveWindow)
    with qtbot.waitSignal(status.finished, timeout=30_000) as blocker:
        if shortcut:
            qtbot.keyClick(status, Qt.Key.Key_F5)
        else:
            qtbot.keyClick(status.button, Qt.Key.Key_Space)
        assert not status.button.isEnabled()  # disabled while the sync runs
    assert status.button.isEnabled()
    return blocker.args[0]


def test_the_status_area_syncs_in_the_background_and_says_offline_in_words(qtbot, world, tmp_path, shots):
    device = laptop(world, tmp_path, AGENCY, "case_manager")
    device.records.save_all([new_client() for _ in range(3)])
    status = SyncStatus(device.profile, _vault(device), _factory(device))
    qtbot.addWidget(status)
    assert "3" in status.waiting.text() and status.link.text() == "Not synced yet"

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    events: list[SyncEvent] = []
    status.progress.connect(events.append)
    report = _sync_by_keyboard(qtbot, status)
    timer.stop()
    assert report.ok, report.message
    assert status.waiting.text() == "Changes waiting: 0"
    assert (
        status.message.text() == "Sync complete. Changes sent: 3; received: 3." and "Sent 3 changes" in report.message
    )
    assert status.link.text() == "Online" and "never" not in status.last_sync.text()
    assert len(ticks) > 0  # the window's event loop kept running during the sync
    assert {e.stage for e in events} >= {"check_in", "push", "done"}
    shoot(status, shots, "sync-status")

    # The server goes out of reach: the area says so in words and keeps the count.
    device.records.save(new_client())
    away = SyncStatus(device.profile, _vault(device), _factory(device, "http://127.0.0.1:9"))
    qtbot.addWidget(away)
    assert away.waiting.text() == "Changes waiting: 1"
    report = _sync_by_keyboard(qtbot, away, shortcut=True)  # F5
    assert report.status == "offline"
    assert away.link.text() == "Offline" and away.message.text() == Offline.message
    assert away.waiting.text() == "Changes waiting: 1"
    assert "Traceback" not in away.message.text()


def test_a_conflict_is_settled_from_the_screen_by_keyboard(qtbot, world, tmp_path, shots):
    coordinator, worker, client = conflicting_names(world, tmp_path, AGENCY, "Maria", "Mariah", "Marie")

    screen = ConflictScreen(coordinator.vault)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 1
    [item] = screen.model.items
    assert [screen.model.index(0, c).data() for c in range(4)] == ["Client", "First name", "Mariah", "Marie"]
    assert (screen.ours.text(), screen.theirs.text()) == ("Mariah", "Marie")
    shoot(screen, shots, "conflicts")
    screen.use_device.setFocus()
    qtbot.keyClick(screen.use_device, Qt.Key.Key_Space)
    assert "Saved on this device" in screen.message.text()
    assert coordinator.records.get("client", client.id).first_name == "Mariah"
    assert screen.model.rowCount() == 0 and review.items(coordinator.vault, "conflict") == []

    status = SyncStatus(coordinator.profile, coordinator.vault, _factory(coordinator))
    qtbot.addWidget(status)
    report = _sync_by_keyboard(qtbot, status)
    assert report.ok and report.decisions_sent == 1, report.message
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(select(conflict.c.status).where(conflict.c.id == item["id"])).scalar() == "resolved"
    assert worker.sync().ok and worker.records.get("client", client.id).first_name == "Mariah"


def test_an_edited_value_that_does_not_fit_is_refused_in_words(qtbot, world, tmp_path):
    coordinator, _worker, client = conflicting_names(world, tmp_path, AGENCY, "Ana", "Annie", "Anna")
    screen = ConflictScreen(coordinator.vault)
    qtbot.addWidget(screen)
    screen.table.selectRow([i["record_id"] for i in screen.model.items].index(client.id))
    before = coordinator.records.get("client", client.id)
    screen.edited.setFocus()
    screen.edited.selectAll()
    qtbot.keyClicks(screen.edited, "A" * 60)  # longer than HUD allows for a first name
    qtbot.keyClick(screen.edited, Qt.Key.Key_Return)
    assert screen.message.text().startswith("That could not be saved:")
    assert "Traceback" not in screen.message.text() and "first_name" not in screen.message.text()
    assert coordinator.records.get("client", client.id) == before
    assert client.id in [i["record_id"] for i in screen.model.items]


def test_a_possible_duplicate_is_dismissed_from_the_screen(qtbot, world, tmp_path, shots):
    coordinator, _worker, first, second = duplicate_pair(world, tmp_path, AGENCY, "Oluwaseun", "Vasquez-Lindqvist")

    screen = DuplicateScreen(coordinator.vault)
    qtbot.addWidget(screen)
    rows = [n for n, i in enumerate(screen.model.items) if {i["client_id"], i["other_id"]} == {first.id, second.id}]
    assert len(rows) == 1
    item = screen.model.items[rows[0]]
    screen.table.setFocus()
    screen.table.selectRow(rows[0])
    cells = [screen.model.index(rows[0], c).data() for c in range(5)]
    assert cells[0] == cells[2] == "Oluwaseun Vasquez-Lindqvist" and cells[4].endswith("%")
    shoot(screen, shots, "duplicates")
    screen.dismiss.setFocus()
    qtbot.keyClick(screen.dismiss, Qt.Key.Key_Space)
    assert "Saved on this device" in screen.message.text()
    assert item["id"] not in [i["id"] for i in screen.model.items]

    assert coordinator.sync().decisions_sent == 1
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(select(duplicate.c.status).where(duplicate.c.id == item["id"])).scalar() == "dismissed"
    assert coordinator.records.get("client", first.id) and coordinator.records.get("client", second.id)


def test_a_client_missing_here_is_shown_as_not_on_this_device(qtbot, world, tmp_path):
    coordinator = laptop(world, tmp_path, AGENCY, "data_coordinator")
    screen = DuplicateScreen(_vault(coordinator))
    qtbot.addWidget(screen)
    assert screen._person("0" * 32) == ("not on this device", "")


def test_signing_out_while_a_sync_runs_leaves_its_end_nothing_to_read(qtbot, world, tmp_path):
    device = laptop(world, tmp_path, AGENCY, "case_manager")
    device.records.save_all([new_client() for _ in range(2)])
    vault = _vault(device)
    status = SyncStatus(device.profile, vault, _factory(device))
    qtbot.addWidget(status)
    status.sync_now()
    vault.close()  # what signing out or locking does, while the sync is still on its thread
    device.vault = None
    # pytest-qt fails the test on any exception raised in the event loop (the report arriving used
    # to read the closed vault for its counts).
    qtbot.waitUntil(lambda: not status.running, timeout=30_000)
    assert status.report is not None and not vault.is_open
