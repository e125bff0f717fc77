"""When the server says no, the answer is final; the device remembers it for offline days."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.security.errors import SignInFailed
from app.security.outcomes import SignedIn
from app.sync.device_file import DeviceFile
from server.services.clock import utc_date
from tests.security.conftest import new_desk
from tests.server.harness import PASSWORD, ApiError


def _refused(desk, code=None, password=PASSWORD) -> SignInFailed:
    with pytest.raises(SignInFailed) as refused:
        desk.gate.sign_in(desk.staff.username, password, code or desk.code())
    return refused.value


def test_lapsed_training_is_refused_online_and_then_offline(world, tmp_path):
    tomorrow = utc_date(world.live.clock.now_ms()) + timedelta(days=1)
    desk = new_desk(world, tmp_path, training=tomorrow)
    desk.gate.sign_out(desk.first_sign_in())
    world.live.clock.advance(2 * 86400)  # two days later the training has lapsed
    online = _refused(desk)
    assert online.status == "training_lapsed" and "training has lapsed" in str(online)
    desk.link.up = False
    offline = _refused(desk)
    assert offline.status == "training_lapsed" and "training has lapsed" in str(offline)


def test_lapsed_training_is_refused_offline_from_the_date_kept_at_the_last_sign_in(world, tmp_path):
    tomorrow = utc_date(world.live.clock.now_ms()) + timedelta(days=1)
    desk = new_desk(world, tmp_path, training=tomorrow)
    desk.gate.sign_out(desk.first_sign_in())
    desk.link.up = False
    again = desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code())
    assert isinstance(again, SignedIn)  # still trained today
    desk.gate.sign_out(again)
    world.live.clock.advance(2 * 86400)
    refused = _refused(desk)
    assert refused.status == "training_lapsed"


def test_a_disabled_user_is_refused_online_and_then_offline(world, tmp_path):
    desk = new_desk(world, tmp_path)
    desk.gate.sign_out(desk.first_sign_in())
    coordinator = world.signed_in("security_coordinator", desk.agency)
    coordinator.call("POST", f"/v1/users/{desk.staff.id}/disable")
    online = _refused(desk)
    assert online.status == "disabled" and "disabled" in str(online)
    desk.link.up = False
    assert _refused(desk).status == "disabled"


def test_a_revoked_device_is_refused_and_never_falls_back_offline(world, tmp_path):
    desk = new_desk(world, tmp_path)
    desk.gate.sign_out(desk.first_sign_in())
    coordinator = world.signed_in("security_coordinator", desk.agency)
    kept = DeviceFile.load(desk.profile)
    assert kept is not None
    coordinator.call("POST", f"/v1/devices/{kept.device_id}/revoke")
    refused = _refused(desk)
    assert refused.status == "device_revoked" and "Security Coordinator" in str(refused)
    assert desk.gate.lockout.failures() == 0  # the device's no, not the person's


def test_the_servers_lockout_is_final_with_its_wait(world, tmp_path):
    desk = new_desk(world, tmp_path)
    desk.gate.sign_out(desk.first_sign_in())
    other = world.device(desk.agency)  # failures from elsewhere lock the account on the server
    for _ in range(3):
        with pytest.raises(ApiError):
            other.call(
                "POST",
                "/v1/auth/login",
                {"username": desk.staff.username, "password": "wrong one here", "code": "000000"},
            )
    refused = _refused(desk, code=desk.code(advance=1))
    assert refused.status == "locked_out" and "Try again in" in str(refused)
    assert refused.retry_after_s and 0 < refused.retry_after_s <= 30


def test_another_agencys_user_is_refused(world, tmp_path):
    desk = new_desk(world, tmp_path)
    stranger = world.staff("case_manager", "Other Agency")
    world.device("Other Agency").login(stranger)  # their authenticator is set up: both factors can be right
    desk.gate.sign_out(desk.first_sign_in())
    signed = desk.first_sign_in()
    signed.vault.add_user(stranger.username, PASSWORD, kdf=desk.gate.kdf)  # a slot made by hand
    desk.gate.sign_out(signed)
    with pytest.raises(SignInFailed) as refused:
        desk.gate.sign_in(stranger.username, PASSWORD, desk.code(stranger))
    assert refused.value.status == "refused" and "another agency" in str(refused.value)
