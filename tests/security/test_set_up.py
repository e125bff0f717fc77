"""Setting a device up: a refused form makes nothing; a failed enrollment can be retried."""

from __future__ import annotations

import pytest

from app.security.errors import SignInFailed
from app.storage.key_slots import KeySlots
from app.storage.vault import SLOTS_DIR, Vault
from app.sync.device_file import DeviceFile
from tests.security.conftest import Link, closed_port_url, gate_for
from tests.server.harness import PASSWORD

GOOD = {"device_name": "Front desk 1", "password": PASSWORD}


@pytest.mark.parametrize(
    "change, words",
    [
        ({"server_url": "hmis.example.org"}, "starting with https://"),
        ({"code": "  "}, "enrollment code"),
        ({"device_name": ""}, "name of 1 to 100"),
        ({"username": "two words"}, "username"),
        ({"password": "short"}, "at least 12 characters"),
        ({"password": "password1234"}, "common or breached"),
    ],
    ids=["url", "code", "device-name", "username", "short-password", "common-password"],
)
def test_a_refused_form_makes_nothing(world, tmp_path, change, words):
    person = world.staff("case_manager", "Gate Shelter")
    profile = tmp_path / "profile"
    gate = gate_for(world.live, profile)
    form = (
        {"server_url": world.live.base_url, "code": world.code("Gate Shelter"), "username": person.username}
        | GOOD
        | change
    )
    with pytest.raises(SignInFailed) as refused:
        gate.set_up(**form)
    assert refused.value.status == "refused" and words in str(refused.value)
    assert not profile.exists() or not any(profile.iterdir())
    assert gate.needs_set_up()


def test_a_spent_code_is_refused_and_the_same_vault_enrolls_with_a_good_one(world, tmp_path):
    person = world.staff("case_manager", "Gate Shelter")
    gate = gate_for(world.live, tmp_path / "p")
    with pytest.raises(SignInFailed) as refused:
        gate.set_up(server_url=world.live.base_url, code="NOT-A-REAL-CODE", username=person.username, **GOOD)
    assert refused.value.status == "refused" and "enrollment code" in str(refused.value)
    assert gate.needs_set_up() and Vault.exists(tmp_path / "p")
    with pytest.raises(SignInFailed) as partly:  # another password does not take over the vault
        gate.set_up(
            server_url=world.live.base_url,
            code=world.code("Gate Shelter"),
            username=person.username,
            device_name="Front desk 1",
            password="some other long passphrase",
        )
    assert partly.value.status == "wrong" and "same ones" in str(partly.value)
    gate.set_up(server_url=world.live.base_url, code=world.code("Gate Shelter"), username=person.username, **GOOD)
    assert not gate.needs_set_up()
    kept = DeviceFile.load(tmp_path / "p")
    assert kept is not None and kept.device_id
    assert KeySlots(tmp_path / "p" / SLOTS_DIR).count() == 1
    with pytest.raises(SignInFailed) as again:
        gate.set_up(server_url=world.live.base_url, code=world.code("Gate Shelter"), username=person.username, **GOOD)
    assert again.value.status == "refused" and "already set up" in str(again.value)


def test_set_up_without_a_link_says_offline_and_can_be_retried(world, tmp_path):
    person = world.staff("case_manager", "Gate Shelter")
    link = Link(world.live)
    link.up = False
    gate = gate_for(world.live, tmp_path / "p", link)
    code = world.code("Gate Shelter")
    with pytest.raises(SignInFailed) as offline:
        gate.set_up(server_url=world.live.base_url, code=code, username=person.username, **GOOD)
    assert offline.value.status == "offline" and "can't be reached" in str(offline.value)
    link.up = True
    gate.set_up(server_url=world.live.base_url, code=code, username=person.username, **GOOD)
    assert not gate.needs_set_up()


def test_sign_in_before_set_up_says_so(world, tmp_path):
    gate = gate_for(world.live, tmp_path / "p")
    with pytest.raises(SignInFailed) as refused:
        gate.sign_in("anyone", PASSWORD, "123456")
    assert refused.value.status == "not_set_up" and gate.needs_set_up()
    assert closed_port_url().startswith("http://127.0.0.1:")
