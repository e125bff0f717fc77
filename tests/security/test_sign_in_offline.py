"""Offline sign-in: the password opens the slot and the code is checked against the sealed seed, once."""

from __future__ import annotations

import pyotp
import pytest

from app.security.errors import NEEDS_ONLINE, WRONG, SignInFailed
from app.security.outcomes import SignedIn
from tests.server.harness import PASSWORD


def _offline_code(desk, advance=31):
    desk.live.clock.advance(advance)
    return pyotp.TOTP(desk.staff.secret).at(desk.live.clock.now_ms() / 1000)


def test_offline_sign_in_with_the_sealed_seed(desk):
    desk.gate.sign_out(desk.first_sign_in())
    desk.link.up = False
    signed = desk.gate.sign_in(desk.staff.username, PASSWORD, _offline_code(desk))
    assert isinstance(signed, SignedIn) and not signed.online
    assert signed.role == "case_manager"  # known from the last online sign-in
    assert signed.session_ends_ms - signed.signed_in_ms == 12 * 3600_000 and signed.idle_lock_minutes == 15
    desk.gate.sign_out(signed)  # best effort: nobody to tell, and no error
    assert signed.vault.conn is None


def test_a_replayed_code_is_refused_offline(desk):
    desk.gate.sign_out(desk.first_sign_in())
    desk.link.up = False
    code = _offline_code(desk)
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, code))
    with pytest.raises(SignInFailed) as replay:
        desk.gate.sign_in(desk.staff.username, PASSWORD, code)
    assert replay.value.status == "wrong" and str(replay.value) == WRONG
    # An older code of the window is refused too; the next step's code works.
    with pytest.raises(SignInFailed):
        desk.gate.sign_in(
            desk.staff.username, PASSWORD, pyotp.TOTP(desk.staff.secret).at(desk.live.clock.now_ms() / 1000 - 30)
        )
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, _offline_code(desk)))


def test_wrong_password_unknown_user_and_wrong_code_offline_get_one_sentence(desk):
    desk.gate.sign_out(desk.first_sign_in())
    desk.link.up = False
    answers = set()
    for username, password, code in (
        (desk.staff.username, "not my password at all", _offline_code(desk)),
        ("nobody-at-all", PASSWORD, _offline_code(desk)),
    ):
        with pytest.raises(SignInFailed) as refused:
            desk.gate.sign_in(username, password, code)
        answers.add((refused.value.status, str(refused.value)))
    assert answers == {("wrong", WRONG)}
    assert desk.gate.lockout.failures() == 2


def test_first_sign_in_without_a_link_needs_the_server(desk):
    desk.link.up = False
    with pytest.raises(SignInFailed) as refused:
        desk.gate.sign_in(desk.staff.username, PASSWORD, _offline_code(desk))
    assert refused.value.status == "needs_online" and str(refused.value) == NEEDS_ONLINE
    assert desk.gate.lockout.failures() == 0
    desk.link.up = True
    assert desk.first_sign_in().online


def test_a_wrong_password_offline_never_reaches_the_code_check(desk):
    """Without the password the slot stays shut: no code, however right, opens anything."""
    desk.gate.sign_out(desk.first_sign_in())
    desk.link.up = False
    with pytest.raises(SignInFailed) as refused:
        desk.gate.sign_in(desk.staff.username, "a guess at the password", _offline_code(desk))
    assert refused.value.status == "wrong"
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, _offline_code(desk)))
    assert desk.gate.lockout.failures() == 0  # a success starts the count again


def test_a_captive_portal_intercepting_tls_leaves_the_decision_to_the_device(desk, tmp_path):
    """An answer nobody can trust is no answer: the sign-in goes on offline, as with no link."""
    from app.sync.transport import Transport
    from tests.sync.tls_server import HttpsServer, TestCA

    desk.gate.sign_out(desk.first_sign_in())
    (tmp_path / "portal").mkdir()
    portal = TestCA(tmp_path / "portal").issue("portal", ips=("127.0.0.1",))  # a CA this laptop does not trust
    with HttpsServer(portal) as intercepting:
        desk.gate._transport_factory = lambda device: Transport(
            intercepting.url, now_ms=desk.live.clock.now_ms, attempts=1
        )
        signed = desk.gate.sign_in(desk.staff.username, PASSWORD, _offline_code(desk))
    assert isinstance(signed, SignedIn) and not signed.online
    desk.gate.sign_out(signed)
