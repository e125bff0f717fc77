"""The lease with an injected clock: warn, lock and shred at the policy's days; a clock turned
back does not extend it; a check-in renews it."""

from __future__ import annotations

import pytest

from app.sync import lease
from app.sync.device_file import DeviceFile
from app.sync.engine import SyncEngine
from tests.sync.laptops import laptop

DAY = lease.DAY_MS
POLICY = {"lease_warn_days": 3, "lease_lock_days": 5, "lease_shred_days": 9}


@pytest.mark.parametrize(
    "days, level",
    [(0, "ok"), (2.99, "ok"), (3, "warn"), (4.5, "warn"), (5, "lock"), (8.9, "lock"), (9, "shred"), (400, "shred")],
)
def test_levels_follow_the_policy_days(days, level):
    assert lease.evaluate(0, 0, int(days * DAY), POLICY).level == level


def test_defaults_are_seven_fourteen_thirty():
    assert [lease.evaluate(0, 0, d * DAY).level for d in (6, 7, 13, 14, 29, 30)] == [
        "ok",
        "warn",
        "warn",
        "lock",
        "lock",
        "shred",
    ]


def test_a_clock_turned_back_counts_from_the_latest_time_seen():
    state = lease.evaluate(0, last_seen_ms=6 * DAY, now_ms=1 * DAY, policy=POLICY)
    assert state.level == "lock" and state.days_since_check_in == 6


class Offline:
    """The laptop's view of time, set by the test, and a link to nowhere."""

    def __init__(self, device) -> None:
        self.device = device
        self.now = device.live.clock.now_ms()

    def engine(self) -> SyncEngine:
        transport = self.device.transport(attempts=1, now_ms=lambda: self.now)
        transport.base_url = "http://127.0.0.1:9"
        return SyncEngine(self.device.profile, self.device.vault, transport=transport, now_ms=lambda: self.now)


@pytest.fixture
def policy(world):
    admin = world.signed_in("system_admin", None)
    admin.call("PUT", "/v1/policy", POLICY)
    yield POLICY
    admin.call("PUT", "/v1/policy", {"lease_warn_days": 7, "lease_lock_days": 14, "lease_shred_days": 30})


def test_offline_laptop_warns_locks_and_shreds(world, tmp_path, policy):
    device = laptop(world, tmp_path, "Lease Shelter")
    assert device.sync().ok  # the check-in brings the policy and renews the lease
    clock = Offline(device)
    start = clock.now
    seen = []
    for day in (1, 3.5, 6):
        clock.now = start + int(day * DAY)
        report = clock.engine().sync()
        assert report.status == "offline"
        seen.append(report.lease)
    assert seen == ["ok", "warn", "lock"]
    # Turning the clock back to day 1 does not unlock it: the latest time seen was day 6.
    clock.now = start + DAY
    assert clock.engine().sync().lease == "lock"
    assert lease.observe(device.profile, device.vault, clock.now).level == "lock"
    # Nor does editing the device file: the vault's marks win once someone is signed in.
    kept = DeviceFile.load(device.profile)
    assert kept is not None
    kept.last_seen_ms, kept.lease_renewed_ms = start, clock.now
    kept.save(device.profile)
    assert lease.observe(device.profile, device.vault, clock.now).level == "lock"
    clock.now = start + 9 * DAY
    report = clock.engine().sync()
    assert report.status == "wiped"
    device.vault = None
    assert not (device.profile / "vault.db").exists()
    assert not list(device.profile.rglob("*.slot"))


def test_a_locked_laptop_that_checks_in_is_unlocked(world, tmp_path, policy):
    device = laptop(world, tmp_path, "Lease Shelter")
    assert device.sync().ok
    clock = Offline(device)
    clock.now += 6 * DAY
    assert clock.engine().sync().lease == "lock"
    # Back in coverage (the server's clock and the laptop's agree on the date).
    device.live.clock.advance(6 * 86400)
    try:
        report = device.sync()
        assert report.lease == "ok"
        assert report.status in ("ok", "sign_in_required")  # six days on, the session has ended
    finally:
        device.live.clock.advance(-6 * 86400)


def test_a_laptop_nobody_signs_in_to_still_shreds(world, tmp_path, policy):
    device = laptop(world, tmp_path, "Lease Shelter")
    assert device.sync().ok
    start = device.live.clock.now_ms()
    device.close()
    transport = device.transport(attempts=1, now_ms=lambda: start + 10 * DAY)
    transport.base_url = "http://127.0.0.1:9"
    report = SyncEngine(device.profile, None, transport=transport, now_ms=lambda: start + 10 * DAY).start()
    assert report.status == "wiped"
    assert not (device.profile / "vault.db").exists()


def test_a_vault_never_enrolled_has_no_lease_to_run_out(tmp_path):
    from app.storage.vault import Vault
    from tests.conftest import FAST_KDF

    vault = Vault.create(tmp_path / "new", "dana", "a long enough passphrase", kdf=FAST_KDF)
    try:
        for engine in (SyncEngine(vault.profile, vault), SyncEngine(vault.profile, None)):
            for report in (engine.start(), engine.sync()):
                assert report.status in ("not_enrolled", "sign_in_required") and report.lease == "ok"
        assert (vault.profile / "vault.db").exists()
        assert lease.observe(vault.profile, vault, 10**13).level == "ok"
    finally:
        vault.close()
