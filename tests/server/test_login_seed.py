"""The login answer carries the user's TOTP seed to a device until that device says it holds it
(for offline code checks there), and after that never again; a refusal never carries it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.db.schema import audit
from tests.server.harness import PASSWORD, ApiError, Device, Staff, World, totp_secret

HELD = "/v1/auth/seed-held"


def _login(device: Device, person: Staff) -> dict:
    """One more sign-in with a fresh code (the person's authenticator is set up)."""
    return device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": device.totp(person)}
    )


def _sent(world: World, person: Staff) -> list[dict]:
    with world.live.ctx.engine.begin() as conn:
        rows = conn.execute(
            select(audit.c.device_id, audit.c.detail).where(
                audit.c.action == "totp_seed_sent", audit.c.actor == person.id
            )
        ).all()
    return [{"device_id": r.device_id, "detail": r.detail} for r in rows]


def test_a_refused_login_never_carries_the_seed(world):
    person = world.staff("case_manager", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    for body in (
        {"username": person.username, "password": "not the password at all", "code": device.totp(person)},
        {"username": person.username, "password": PASSWORD, "code": "000000"},
        {"username": "nobody-at-all", "password": PASSWORD, "code": "000000"},
    ):
        response = device.raw("POST", "/v1/auth/login", body)
        assert response.status_code == 401
        assert person.secret not in response.text and "totp_seed" not in response.text


def test_the_mfa_set_up_answer_does_not_carry_the_seed_field(world):
    person = world.staff("case_manager", "Seed Shelter")
    device = world.device("Seed Shelter")
    first = device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": person.setup_code}
    )
    assert first["mfa_setup_required"] and "totp_seed" not in first
    wrong = device.raw("POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": "000000"})
    assert wrong.status_code == 401 and person.secret not in wrong.text
    done = device.call(
        "POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": device.totp(person)}
    )
    assert done["totp_seed"] == person.secret


def test_the_seed_comes_until_the_device_holds_it_then_never_again(world):
    person = world.staff("outreach_worker", "Seed Shelter")
    device = world.device("Seed Shelter")
    assert device.login(person)["totp_seed"] == person.secret  # the first sign-in of this device
    again = _login(device, person)  # that answer was lost, say: nothing confirmed, so it comes again
    assert again["totp_seed"] == person.secret
    assert again["user"]["role"] == "outreach_worker" and again["access_token"] and again["policy"]
    refreshed = device.call("POST", "/v1/auth/refresh", {"refresh_token": again["refresh_token"]})
    assert "totp_seed" not in refreshed
    device.token = refreshed["access_token"]
    assert device.call("POST", HELD) == {"held": True}
    assert device.call("POST", HELD) == {"held": True}  # said twice (a lost answer): still held
    for _ in range(2):
        later = _login(device, person)
        assert "totp_seed" not in later and later["access_token"] and later["user"]["id"] == person.id
        assert person.secret not in str(later)


def test_a_second_device_gets_the_seed_at_its_first_sign_in(world):
    person = world.staff("case_manager", "Seed Shelter")
    first, second = world.device("Seed Shelter"), world.device("Seed Shelter")
    first.login(person)
    first.call("POST", HELD)
    assert "totp_seed" not in _login(first, person)
    assert _login(second, person)["totp_seed"] == person.secret
    second.token = _login(second, person)["access_token"]  # not yet held there: sent again
    second.call("POST", HELD)
    assert "totp_seed" not in _login(second, person) and "totp_seed" not in _login(first, person)


def test_after_a_reset_of_mfa_the_device_gets_the_new_seed_once(world):
    coordinator = world.signed_in("security_coordinator", "Seed Shelter")
    person = world.staff("case_manager", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    device.call("POST", HELD)
    old = person.secret
    handed = coordinator.call("POST", f"/v1/users/{person.id}/reset-mfa")
    person.setup_code, person.confirmed = handed["setup_code"], False
    person.secret = totp_secret(world.live, person.id)
    assert person.secret != old
    answer = device.login(person)  # set-up code, then a code from the new authenticator
    assert answer["totp_seed"] == person.secret
    device.call("POST", HELD)
    assert "totp_seed" not in _login(device, person)


def test_only_the_first_sending_of_a_seed_to_a_device_is_audited_and_never_the_seed(world):
    person = world.staff("case_manager", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    _login(device, person)  # sent again, not confirmed: the same delivery
    sent = _sent(world, person)
    assert [s["device_id"] for s in sent] == [device.id]
    assert person.secret not in sent[0]["detail"] and person.secret.lower() not in sent[0]["detail"].lower()


def test_saying_the_seed_is_held_needs_a_signed_in_user_on_a_signed_device(world):
    person = world.staff("case_manager", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    assert device.raw("POST", HELD, headers={"Authorization": "Bearer not-a-token"}).status_code == 401
    assert device.raw("POST", HELD, sign=False).status_code == 401
    assert _login(device, person)["totp_seed"] == person.secret  # nothing was confirmed by those


def test_a_revoked_device_gets_no_seed(world):
    person = world.staff("case_manager", "Seed Shelter")
    coordinator = world.signed_in("security_coordinator", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    coordinator.call("POST", f"/v1/devices/{device.id}/revoke")
    with pytest.raises(ApiError) as refused:
        _login(device, person)
    assert refused.value.status == 401 and person.secret not in refused.value.detail
