"""Issue 14's sign-in findings: no answer tells a right password from a wrong one until both
factors are right, every attempt counts whatever the device, and an authenticator's secret is
released once, to whoever brings the one-time set-up code."""

from __future__ import annotations

import re
import secrets
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from server.db.schema import user
from tests.server.harness import PASSWORD, ApiError, totp_secret

WRONG = (401, "The username, password or code is not right.")


def _answer(device, username: str, password: str, code: str | None) -> tuple[int, str]:
    response = device.raw("POST", "/v1/auth/login", {"username": username, "password": password, "code": code})
    return response.status_code, response.json().get("detail", "")


def _counts(world, person) -> tuple[int, int]:
    with world.live.ctx.engine.begin() as conn:
        row = conn.execute(select(user.c.failed_logins, user.c.locked_until_ms).where(user.c.id == person.id)).one()
    return row.failed_logins, row.locked_until_ms


def test_another_agencys_device_cannot_tell_a_right_password_from_a_wrong_one(world):
    person = world.staff("case_manager", "Hope Shelter")
    world.device("Hope Shelter").login(person)
    foreign = world.device("Street Team")
    answers = {
        "wrong password": _answer(foreign, person.username, "not the password at all", foreign.totp(person)),
        "right password, wrong code": _answer(foreign, person.username, PASSWORD, "000000"),
        "right password, no code": _answer(foreign, person.username, PASSWORD, None),
        "unknown user": _answer(foreign, "nobody-at-all", PASSWORD, "000000"),
    }
    assert set(answers.values()) == {WRONG}, answers
    # Only with both factors right may the answer say why it is still no.
    foreign.live.clock.advance(31)
    assert _answer(foreign, person.username, PASSWORD, foreign.totp(person, later=False)) == (
        403,
        "This device belongs to another agency.",
    )


def test_a_set_up_code_on_another_agencys_device_gets_the_same_answer_and_is_not_spent(world):
    person = world.staff("case_manager", "Hope Shelter")
    foreign = world.device("Street Team")
    assert _answer(foreign, person.username, "not the password at all", person.setup_code) == WRONG
    assert _answer(foreign, person.username, PASSWORD, "0000 0000 0000") == WRONG
    assert _answer(foreign, person.username, PASSWORD, person.setup_code)[0] == 403
    world.device("Hope Shelter").login(person)  # the code still works on the agency's own device


def test_wrong_attempts_from_a_foreign_device_count_toward_the_lockout(world):
    person = world.staff("case_manager", "Hope Shelter")
    own = world.device("Hope Shelter")
    own.login(person)
    foreign = world.device("Street Team")
    for tried in range(1, 11):
        foreign.live.clock.advance(16 * 60)  # wait out each growing delay
        password = PASSWORD if tried % 2 else "not the password at all"
        assert _answer(foreign, person.username, password, "000000") == WRONG
        assert _counts(world, person)[0] == tried
    foreign.live.clock.advance(3600)
    with pytest.raises(ApiError) as locked:
        own.login(person)
    assert locked.value.status == 429 and "Security Coordinator" in locked.value.detail


def test_a_locked_account_answers_the_same_whatever_the_password(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    device.login(person)
    for _ in range(3):
        assert _answer(device, person.username, "not the password at all", "000000") == WRONG
    wrong = _answer(device, person.username, "not the password at all", "000000")
    right = _answer(device, person.username, PASSWORD, device.totp(person, later=False))
    assert wrong == right and wrong[0] == 429
    assert _counts(world, person)[0] == 3  # a refused-as-locked attempt checks nothing, so counts nothing


def test_an_unknown_username_locks_exactly_like_a_real_one(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    device.login(person)
    real = [_answer(device, person.username, "not the password at all", "000000") for _ in range(5)]
    nobody = f"nobody-{secrets.token_hex(4)}"
    made_up = [_answer(device, nobody, "not the password at all", "000000") for _ in range(5)]
    # The wait counts down on the real clock: on a loaded machine a second may pass between the two
    # runs, which says nothing about the username. Everything else must match word for word.
    assert [_without_wait(a) for a in real] == [_without_wait(a) for a in made_up]
    waits = [w for w in map(_wait, real + made_up) if w is not None]
    assert waits and all(25 <= w <= 30 for w in waits)
    assert real[0] == WRONG and real[-1][0] == 429


def _wait(answer: tuple[int, str]) -> int | None:
    found = re.search(r"Try again in (\d+) seconds", answer[1])
    return int(found.group(1)) if found else None


def _without_wait(answer: tuple[int, str]) -> tuple[int, str]:
    return answer[0], re.sub(r"Try again in \d+ seconds", "Try again in N seconds", answer[1])


def test_a_burst_of_parallel_guesses_cannot_beat_the_counter(world):
    person = world.staff("case_manager", "Hope Shelter")
    world.device("Hope Shelter").login(person)
    foreign = [world.device("Street Team") for _ in range(4)]
    guesses = [(foreign[i % 4], f"guess number {i} is wrong") for i in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda g: _answer(g[0], person.username, g[1], "000000"), guesses))
    checked = sum(1 for a in answers if a == WRONG)
    assert all(a == WRONG or a[0] == 429 for a in answers), answers
    failures, locked_until = _counts(world, person)
    assert failures == checked and failures >= 3 and locked_until > world.live.clock.now_ms()


def test_the_authenticator_secret_is_given_once_and_never_from_a_password_alone(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    for code in (None, "", "000000"):
        response = device.raw(
            "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code}
        )
        assert (response.status_code, response.json()["detail"]) == WRONG
        assert person.secret not in response.text and "otpauth" not in response.text
    device.live.clock.advance(31)  # past the delay three failures earn
    first = device.call(
        "POST",
        "/v1/auth/login",
        {"username": person.username, "password": PASSWORD, "code": person.setup_code.replace(" ", "-")},
    )
    assert first["mfa_setup_required"] and person.secret in first["otpauth_uri"]
    again = device.raw(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": person.setup_code}
    )
    assert (again.status_code, again.json()["detail"]) == WRONG and person.secret not in again.text
    device.call("POST", "/v1/auth/mfa/confirm", {"setup_token": first["setup_token"], "code": device.totp(person)})


def test_two_requests_racing_with_one_set_up_code_get_the_secret_once(world):
    person = world.staff("case_manager", "Hope Shelter")
    devices = [world.device("Hope Shelter") for _ in range(6)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(
            pool.map(
                lambda d: d.raw(
                    "POST",
                    "/v1/auth/login",
                    {"username": person.username, "password": PASSWORD, "code": person.setup_code},
                ),
                devices,
            )
        )
    released = [a for a in answers if a.status_code == 200]
    assert len(released) == 1 and released[0].json()["mfa_setup_required"]
    assert all(person.secret not in a.text for a in answers if a.status_code != 200)


def test_an_unconfirmed_set_up_expires_and_only_a_new_code_from_the_coordinator_helps(world):
    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    first = device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": person.setup_code}
    )
    device.live.clock.advance(world.live.ctx.settings.setup_token_minutes * 60 + 1)
    with pytest.raises(ApiError) as late:
        device.call(
            "POST",
            "/v1/auth/mfa/confirm",
            {"setup_token": first["setup_token"], "code": device.totp(person, later=False)},
        )
    assert late.value.status == 401 and "new set-up code" in late.value.detail
    assert _answer(device, person.username, PASSWORD, person.setup_code) == WRONG
    assert _answer(device, person.username, PASSWORD, device.totp(person)) == WRONG
    coordinator.login(coordinator.user)
    handed = coordinator.call("POST", f"/v1/users/{person.id}/reset-mfa")
    assert "setup_code" in handed and "otpauth_uri" not in handed
    person.setup_code = handed["setup_code"]
    person.secret = totp_secret(world.live, person.id)
    device.login(person)


def test_a_set_up_code_works_only_within_its_hours(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    device.live.clock.advance(72 * 3600 + 1)
    assert _answer(device, person.username, PASSWORD, person.setup_code) == WRONG


def test_adding_a_user_hands_the_coordinator_a_set_up_code_not_the_secret(world):
    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    made = coordinator.call(
        "POST",
        "/v1/users",
        {
            "username": "newcomer1",
            "first_name": "New",
            "last_name": "Comer",
            "role": "case_manager",
            "password": "a long and unusual passphrase",
            "training_expires": "2030-01-01",
        },
    )
    assert set(made) == {"id", "setup_code", "setup_code_hours"}
    secret = totp_secret(world.live, made["id"])
    assert secret not in str(made) and len(made["setup_code"].replace(" ", "")) == 12


def test_within_the_set_up_window_a_code_from_the_released_secret_confirms_it(world):
    person = world.staff("case_manager", "Hope Shelter")
    device = world.device("Hope Shelter")
    device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": person.setup_code}
    )
    # The link dropped before the confirmation: the phone has the secret, the laptop lost the step.
    signed = device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": device.totp(person)}
    )
    assert signed["access_token"] and signed["totp_seed"] == person.secret
    with world.live.ctx.engine.begin() as conn:
        assert conn.execute(select(user.c.totp_confirmed).where(user.c.id == person.id)).scalar_one()
