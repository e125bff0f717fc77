"""Sign-in over HTTP: MFA set-up, TOTP replay, lockout, disabled users, lapsed training, revoked devices."""

from __future__ import annotations

from datetime import date, timedelta

import pyotp
import pytest

from tests.server.harness import PASSWORD, ApiError


def test_first_sign_in_sets_up_the_authenticator_then_signs_in(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    first = device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": person.setup_code}
    )
    assert first["mfa_setup_required"] and first["otpauth_uri"].startswith("otpauth://totp/")
    assert pyotp.parse_uri(first["otpauth_uri"]).secret == person.secret
    done = device.call(
        "POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": device.totp(person)}
    )
    assert done["user"]["role"] == "case_manager" and done["access_token"]
    # From now on the code is required, and the set-up code is spent.
    for code in (None, person.setup_code):
        with pytest.raises(ApiError) as refused:
            device.call("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code})
        assert refused.value.status == 401


def test_a_totp_code_is_accepted_once(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    device.login(person)
    code = device.totp(person)
    device.call("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code})
    with pytest.raises(ApiError) as replay:
        device.call("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code})
    assert replay.value.status == 401 and "not right" in replay.value.detail


def test_wrong_password_and_unknown_user_get_the_same_answer(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    answers = set()
    for username in (person.username, "nobody-here"):
        with pytest.raises(ApiError) as refused:
            device.call(
                "POST", "/v1/auth/login", {"username": username, "password": "wrong password here", "code": "123456"}
            )
        answers.add((refused.value.status, refused.value.detail))
    assert answers == {(401, "The username, password or code is not right.")}


def test_lockout_grows_and_the_right_password_waits(world):
    person = world.staff("outreach_worker", "Street Team")
    device = world.device("Street Team")
    device.login(person)
    for _ in range(3):
        with pytest.raises(ApiError):
            device.call(
                "POST",
                "/v1/auth/login",
                {"username": person.username, "password": "not my password!", "code": "000000"},
            )
    with pytest.raises(ApiError) as locked:
        device.call(
            "POST",
            "/v1/auth/login",
            {"username": person.username, "password": PASSWORD, "code": device.totp(person, later=False)},
        )
    assert locked.value.status == 429 and "Try again in" in locked.value.detail
    device.live.clock.advance(40)  # past the first delay (30 s)
    device.login(person)


def test_too_many_failures_lock_until_a_coordinator_unlocks(world):
    person = world.staff("outreach_worker", "Street Team")
    coordinator = world.signed_in("security_coordinator", "Street Team")
    device = world.device("Street Team")
    for _ in range(10):
        device.live.clock.advance(16 * 60)  # wait out each growing delay
        with pytest.raises(ApiError):
            device.call(
                "POST",
                "/v1/auth/login",
                {"username": person.username, "password": "not my password!", "code": "000000"},
            )
    device.live.clock.advance(3600)
    with pytest.raises(ApiError) as locked:
        device.login(person)
    assert locked.value.status == 429 and "Security Coordinator" in locked.value.detail
    coordinator.login(coordinator.user)  # its own access token may have expired while time moved on
    coordinator.call("POST", f"/v1/users/{person.id}/unlock")
    device.login(person)


def test_disabled_users_token_is_refused_at_once(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    assert worker.call("GET", "/v1/sync/pull?cursor=0")["changes"] is not None
    coordinator.call("POST", f"/v1/users/{worker.user.id}/disable")
    with pytest.raises(ApiError) as refused:
        worker.call("GET", "/v1/sync/pull?cursor=0")
    assert refused.value.status == 401
    with pytest.raises(ApiError) as again:
        worker.login(worker.user)
    assert again.value.status == 403 and "disabled" in again.value.detail


def test_lapsed_training_cannot_sign_in(world):
    person = world.staff("case_manager", "Hope Shelter", training=date.today() - timedelta(days=1))
    device = world.device("Hope Shelter")
    with pytest.raises(ApiError) as refused:
        device.login(person)
    assert refused.value.status == 403 and "training has lapsed" in refused.value.detail


def test_revoked_device_is_refused(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    coordinator.call("POST", f"/v1/devices/{worker.id}/revoke")
    with pytest.raises(ApiError) as refused:
        worker.call("GET", "/v1/sync/pull?cursor=0")
    assert refused.value.status == 401 and "revoked" in refused.value.detail


def test_a_token_works_only_from_its_own_device(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    other = world.device("Hope Shelter")
    other.token = worker.token
    with pytest.raises(ApiError) as refused:
        other.call("GET", "/v1/sync/pull?cursor=0")
    assert refused.value.status == 401


def test_refresh_rotates_and_logout_ends_the_session(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    old_refresh = worker.refresh_token
    fresh = worker.call("POST", "/v1/auth/refresh", {"refresh_token": old_refresh})
    worker.token = fresh["access_token"]
    # An answer lost on the way: the used token asked again within a short grace gets the same
    # successor (test_refresh_family has what happens to a copy used later).
    again = worker.call("POST", "/v1/auth/refresh", {"refresh_token": old_refresh})
    assert again["refresh_token"] == fresh["refresh_token"]
    assert again["session_expires_ms"] == fresh["session_expires_ms"]
    still = worker.call("POST", "/v1/auth/refresh", {"refresh_token": again["refresh_token"]})
    assert still["refresh_token"] != again["refresh_token"]
    worker.call("POST", "/v1/auth/logout", headers={"Authorization": f"Bearer {still['access_token']}"})
    with pytest.raises(ApiError):
        worker.call("POST", "/v1/auth/refresh", {"refresh_token": still["refresh_token"]})
    with pytest.raises(ApiError) as refused:
        worker.call("GET", "/v1/sync/pull?cursor=0")
    assert refused.value.status == 401


def test_staff_cannot_sign_in_on_another_agencys_device(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Street Team")
    with pytest.raises(ApiError) as refused:
        device.login(person)
    assert refused.value.status == 403


def test_unsigned_replayed_and_stale_requests_are_refused(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    assert worker.raw("GET", "/v1/sync/pull?cursor=0", sign=False).status_code == 401
    nonce = "a" * 32
    assert worker.raw("GET", "/v1/sync/pull?cursor=0", nonce=nonce).status_code == 200
    replay = worker.raw("GET", "/v1/sync/pull?cursor=0", nonce=nonce)
    assert replay.status_code == 401 and "replay" in replay.json()["detail"]
    stale = worker.raw("GET", "/v1/sync/pull?cursor=0", now_ms=worker.live.clock.now_ms() - 3600_000)
    assert stale.status_code == 401 and "clock" in stale.json()["detail"]
    tampered = worker.raw("GET", "/v1/sync/pull?cursor=0", headers={"X-HMIS-Signature": "AAAA"})
    assert tampered.status_code == 401
