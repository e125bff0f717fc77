"""The login answer carries the user's TOTP seed, for offline code checks on that device; a refusal never does."""

from __future__ import annotations

import pytest

from tests.server.harness import PASSWORD, ApiError


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


def test_a_successful_login_carries_the_seed_and_the_rest_of_the_answer(world):
    person = world.staff("outreach_worker", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    answer = device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": device.totp(person)}
    )
    assert answer["totp_seed"] == person.secret
    assert answer["user"]["role"] == "outreach_worker" and answer["access_token"] and answer["policy"]
    refreshed = device.call("POST", "/v1/auth/refresh", {"refresh_token": answer["refresh_token"]})
    assert "totp_seed" not in refreshed


def test_a_revoked_device_gets_no_seed(world):
    person = world.staff("case_manager", "Seed Shelter")
    coordinator = world.signed_in("security_coordinator", "Seed Shelter")
    device = world.device("Seed Shelter")
    device.login(person)
    coordinator.call("POST", f"/v1/devices/{device.id}/revoke")
    with pytest.raises(ApiError) as refused:
        device.call(
            "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": device.totp(person)}
        )
    assert refused.value.status == 401 and person.secret not in refused.value.detail
