"""Failed sign-ins on the device: growing waits with the seconds left, then the slots are shredded."""

from __future__ import annotations

import json

import pytest

from app.security.errors import SHREDDED, SignInFailed
from app.security.lockout import NAME, Lockout, delay_s
from app.storage.key_slots import KeySlots
from app.storage.vault import SLOTS_DIR
from tests.server.harness import PASSWORD

T0 = 1_700_000_000_000


def test_delays_start_at_the_third_failure_double_and_stop_at_fifteen_minutes():
    assert [delay_s(n) for n in range(1, 10)] == [0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert delay_s(500) == 900


def test_the_wait_counts_down_and_a_success_resets(tmp_path):
    lock = Lockout(tmp_path)
    assert lock.wait_s(T0) == 0
    for _ in range(3):
        lock.failed(T0)
    assert lock.wait_s(T0) == 30 and lock.wait_s(T0 + 20_000) == 10 and lock.wait_s(T0 + 30_000) == 0
    lock.failed(T0 + 30_000)
    assert lock.wait_s(T0 + 30_000) == 60
    lock.succeeded(T0 + 90_000)
    assert lock.failures() == 0 and lock.wait_s(T0 + 90_000) == 0


def test_a_clock_turned_back_does_not_shorten_the_wait(tmp_path):
    lock = Lockout(tmp_path)
    for _ in range(4):
        lock.failed(T0)
    assert lock.wait_s(T0 - 3600_000) == 60  # an hour back: still the whole wait
    assert lock.wait_s(T0 + 10_000) == 50


def test_the_file_holds_counts_and_times_only(tmp_path):
    lock = Lockout(tmp_path)
    lock.failed(T0)
    data = json.loads((tmp_path / NAME).read_text())
    assert data == {"failures": 1, "last_failure_ms": T0, "last_seen_ms": T0}


def test_a_damaged_file_does_not_wipe_the_count(tmp_path):
    (tmp_path / NAME).write_text('{"failures": "none"}')
    assert Lockout(tmp_path).failures() >= 3


def _fail(desk, password="a wrong password here"):
    with pytest.raises(SignInFailed) as refused:
        desk.gate.sign_in(desk.staff.username, password, desk.code(advance=0))
    return refused.value


def test_growing_waits_at_the_gate_with_seconds_left(desk):
    desk.gate.sign_out(desk.first_sign_in())
    assert _fail(desk).status == "wrong" and _fail(desk).status == "wrong"
    third = _fail(desk)
    assert third.status == "wrong" and third.retry_after_s == 30 and "Try again in 30 seconds." in str(third)
    desk.live.clock.advance(10)
    waiting = _fail(desk, PASSWORD)  # even the right password waits
    assert waiting.status == "locked_out" and str(waiting) == "Too many failed sign-ins. Try again in 20 seconds."
    assert waiting.retry_after_s == 20 and desk.gate.lockout_wait_s() == 20
    desk.live.clock.advance(20)
    assert desk.gate.lockout_wait_s() == 0
    assert _fail(desk).retry_after_s == 60
    desk.live.clock.advance(60)
    signed = desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code())
    assert signed.online and desk.gate.lockout.failures() == 0
    desk.gate.sign_out(signed)


def test_too_many_failures_shred_the_key_slots(desk):
    desk.gate.sign_out(desk.first_sign_in())  # the policy arrives: max_failed_logins 10
    desk.link.up = False  # a thief offline
    results = []
    for _ in range(10):
        desk.live.clock.advance(16 * 60)  # wait out each growing delay
        results.append(_fail(desk).status)
    assert results == ["wrong"] * 9 + ["shredded"]
    assert KeySlots(desk.profile / SLOTS_DIR).count() == 0
    desk.link.up = True
    after = _fail(desk, PASSWORD)
    assert after.status == "shredded" and str(after) == SHREDDED and "Security Coordinator" in SHREDDED


def test_the_policy_limit_is_the_servers(world, desk):
    from server.services import policy

    with world.live.ctx.engine.begin() as conn:
        policy.change(conn, {"max_failed_logins": 3})
    try:
        desk.gate.sign_out(desk.first_sign_in())
    finally:
        with world.live.ctx.engine.begin() as conn:
            policy.change(conn, {"max_failed_logins": 10})
    desk.link.up = False
    assert [_fail(desk).status for _ in range(2)] == ["wrong", "wrong"]
    assert _fail(desk).status == "shredded"
