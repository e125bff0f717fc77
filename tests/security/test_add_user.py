"""Adding a colleague to a device: online only, vouched for by the server, with their own sealed seed."""

from __future__ import annotations

import pytest

from app.security.errors import SignInFailed
from app.security.outcomes import MfaSetupNeeded
from app.storage.errors import WrongCredentials
from app.storage.key_slots import KeySlots
from app.storage.vault import SLOTS_DIR
from tests.server.harness import PASSWORD
from tests.storage._support import snapshot


def test_a_colleague_is_added_after_the_server_checks_them(world, desk):
    colleague = world.staff("outreach_worker", desk.agency)
    current = desk.first_sign_in()
    pending = desk.gate.add_user(current, colleague.username, PASSWORD, colleague.setup_code)
    assert isinstance(pending, MfaSetupNeeded) and colleague.secret in pending.otpauth_uri
    assert desk.gate.confirm_mfa(pending, desk.code(colleague)) is current
    slots = KeySlots(desk.profile / SLOTS_DIR)
    assert slots.count() == 2
    assert slots.unlock_with_secret(colleague.username, PASSWORD, desk.gate.floor)[1] == colleague.secret
    with pytest.raises(WrongCredentials):  # the first user's slot does not give up the colleague's seed
        slots.unlock_with_secret(colleague.username, "not the colleague's password", desk.gate.floor)
    desk.gate.sign_out(current)
    desk.link.up = False  # the colleague can now work offline on this device
    theirs = desk.gate.sign_in(colleague.username, PASSWORD, desk.code(colleague))
    assert not theirs.online and theirs.role == "outreach_worker"
    desk.gate.sign_out(theirs)


def test_a_colleague_with_an_authenticator_is_added_in_one_step(world, desk):
    colleague = world.staff("case_manager", desk.agency)
    world.device(desk.agency).login(colleague)  # their authenticator is already set up elsewhere
    current = desk.first_sign_in()
    assert desk.gate.add_user(current, colleague.username, PASSWORD, desk.code(colleague)) is None
    assert current.vault.conn is not None  # the current user is still signed in
    desk.gate.sign_out(current)
    theirs = desk.gate.sign_in(colleague.username, PASSWORD, desk.code(colleague))
    assert theirs.online and theirs.role == "case_manager"
    desk.gate.sign_out(theirs)


def test_a_refused_colleague_gets_no_slot(world, desk):
    colleague = world.staff("case_manager", desk.agency)
    world.device(desk.agency).login(colleague)
    current = desk.first_sign_in()
    before = snapshot(desk.profile / SLOTS_DIR)
    for password, code, status in (
        ("not their password", desk.code(colleague), "wrong"),
        (PASSWORD, "000000", "wrong"),
    ):
        with pytest.raises(SignInFailed) as refused:
            desk.gate.add_user(current, colleague.username, password, code)
        assert refused.value.status == status
    with pytest.raises(SignInFailed) as already:
        desk.gate.add_user(current, desk.staff.username, PASSWORD, desk.code())
    assert already.value.status == "refused" and "already" in str(already.value)
    desk.link.up = False
    with pytest.raises(SignInFailed) as offline:
        desk.gate.add_user(current, colleague.username, PASSWORD, desk.code(colleague))
    assert offline.value.status == "offline" and "needs a connection" in str(offline.value)
    assert snapshot(desk.profile / SLOTS_DIR) == before
    desk.gate.sign_out(current)


def test_another_agencys_person_cannot_be_added(world, desk):
    stranger = world.staff("case_manager", "Far Away Agency")
    current = desk.first_sign_in()
    with pytest.raises(SignInFailed) as refused:
        desk.gate.add_user(current, stranger.username, PASSWORD, stranger.setup_code)
    assert refused.value.status == "refused" and "another agency" in str(refused.value)
    assert KeySlots(desk.profile / SLOTS_DIR).count() == 1
    desk.gate.sign_out(current)
