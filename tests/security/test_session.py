"""An open session: idle lock and unlock with the password, 12 hours at most, sign-out."""

from __future__ import annotations

import pytest

from app.security.errors import SignInFailed
from app.storage.vault import Vault
from app.sync.device_file import DeviceFile
from app.sync.errors import SignInRequired
from app.sync.session import OnlineSession
from tests.conftest import FAST_KDF
from tests.server.harness import PASSWORD


def test_unlock_after_an_idle_lock_needs_only_the_password(desk):
    signed = desk.first_sign_in()
    signed.vault.close()  # the idle lock drops the connection and the key
    desk.live.clock.advance(20 * 60)
    again = desk.gate.unlock(signed, PASSWORD)
    assert again.vault.conn is not None and again.online and again.role == "case_manager"
    assert (again.signed_in_ms, again.session_ends_ms) == (signed.signed_in_ms, signed.session_ends_ms)
    desk.gate.sign_out(again)


def test_a_wrong_password_at_unlock_counts_and_changes_nothing(desk):
    signed = desk.first_sign_in()
    signed.vault.close()
    for expected in ("wrong", "wrong", "wrong", "locked_out"):
        with pytest.raises(SignInFailed) as refused:
            desk.gate.unlock(signed, "not my password at all")
        assert refused.value.status == expected
    desk.live.clock.advance(31)
    desk.gate.sign_out(desk.gate.unlock(signed, PASSWORD))


def test_the_session_is_over_after_twelve_hours(desk):
    signed = desk.first_sign_in()
    signed.vault.close()
    desk.live.clock.advance(12 * 3600 + 1)
    with pytest.raises(SignInFailed) as over:
        desk.gate.unlock(signed, PASSWORD)
    assert over.value.status == "session_over" and "Sign in again" in str(over.value)
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code()))


def test_the_policys_shorter_session_and_idle_lock_are_used(world, desk):
    from server.services import policy

    with world.live.ctx.engine.begin() as conn:
        policy.change(conn, {"session_hours": 2, "idle_lock_minutes": 5})
    try:
        signed = desk.first_sign_in()
    finally:
        with world.live.ctx.engine.begin() as conn:
            policy.change(conn, {"session_hours": 12, "idle_lock_minutes": 15})
    assert signed.session_ends_ms - signed.signed_in_ms == 2 * 3600_000 and signed.idle_lock_minutes == 5
    desk.gate.sign_out(signed)
    desk.link.up = False  # offline, the policy kept from the server still applies
    offline = desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code())
    assert offline.session_ends_ms - offline.signed_in_ms == 2 * 3600_000 and offline.idle_lock_minutes == 5
    desk.gate.sign_out(offline)


def _live_sessions(world, user_id: str) -> int:
    from sqlalchemy import select

    from server.db.schema import session

    now = world.live.clock.now_ms()
    with world.live.ctx.engine.connect() as conn:
        rows = conn.execute(select(session).where(session.c.user_id == user_id)).fetchall()
    return sum(1 for r in rows if r.kind in ("access", "refresh") and r.revoked_ms is None and r.expires_ms > now)


def test_sign_out_ends_the_server_session_and_forgets_the_tokens(world, desk):
    signed = desk.first_sign_in()
    assert _live_sessions(world, desk.staff.id) == 2
    desk.gate.sign_out(signed)
    assert signed.vault.conn is None and _live_sessions(world, desk.staff.id) == 0
    with pytest.raises(SignInFailed) as over:  # a signed-out session needs a new code, not just the password
        desk.gate.unlock(signed, PASSWORD)
    assert over.value.status == "session_over"
    vault = Vault.open(desk.profile, desk.staff.username, PASSWORD, floor=FAST_KDF)
    try:  # and the device forgot the tokens
        with pytest.raises(SignInRequired):
            OnlineSession(vault, desk.link(DeviceFile.load(desk.profile))).token()
    finally:
        vault.close()
