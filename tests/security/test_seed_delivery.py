"""The laptop says when it holds a user's TOTP seed, so later sign-ins stop carrying it; if that is
not heard, the next sign-in sends the seed again, and offline sign-in works throughout."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyotp
import pytest
import requests
from sqlalchemy import select

from app.security.errors import SignInFailed
from app.security.outcomes import SignedIn
from app.storage.key_slots import KeySlots
from app.storage.vault import SLOTS_DIR
from app.sync.device_file import DeviceFile
from app.sync.session import SEED_HELD
from server.db.schema import audit, totp_seed_delivery
from tests.security.conftest import Desk
from tests.server.harness import PASSWORD, Staff, World, totp_secret


class _Front:
    """A door to the live server that passes every request on, untouched, except those to one
    path, which it answers 503 as an overloaded proxy would: a link that loses one request."""

    def __init__(self, upstream: str, lose: str) -> None:
        self.lost = 0
        front = self

        class Handler(BaseHTTPRequestHandler):
            def _pass(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path == lose:
                    front.lost += 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                answer = requests.request(
                    self.command, upstream + self.path, data=body, headers=headers, stream=True, timeout=30
                )
                data = answer.raw.read()
                self.send_response(answer.status_code)
                for name in ("Content-Type", "Content-Encoding", "WWW-Authenticate", "Retry-After"):
                    if name in answer.headers:
                        self.send_header(name, answer.headers[name])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._pass()

            def do_POST(self) -> None:
                self._pass()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    @contextmanager
    def open(self) -> Iterator[_Front]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


def _seed(desk: Desk, staff: Staff | None = None) -> str | None:
    username = (staff or desk.staff).username
    return KeySlots(desk.profile / SLOTS_DIR).unlock_with_secret(username, PASSWORD, desk.gate.floor)[1]


def _delivery(desk: Desk, staff: Staff | None = None) -> Any:
    """The server's note of the seed it sent this laptop for ``staff``, and whether it is held."""
    device = DeviceFile.load(desk.profile)
    assert device is not None
    with desk.live.ctx.engine.connect() as conn:
        return conn.execute(
            select(totp_seed_delivery).where(
                totp_seed_delivery.c.user_id == (staff or desk.staff).id,
                totp_seed_delivery.c.device_id == device.device_id,
            )
        ).first()


def _sendings(desk: Desk) -> int:
    with desk.live.ctx.engine.connect() as conn:
        rows = conn.execute(
            select(audit.c.seq).where(audit.c.action == "totp_seed_sent", audit.c.actor == desk.staff.id)
        ).all()
    return len(rows)


def _offline(desk: Desk, code: str) -> None:
    desk.link.up = False
    signed = desk.gate.sign_in(desk.staff.username, PASSWORD, code)
    assert isinstance(signed, SignedIn) and not signed.online
    desk.gate.sign_out(signed)
    desk.link.up = True


def test_the_first_sign_in_says_the_seed_is_held_and_later_ones_are_sent_none(desk):
    desk.gate.sign_out(desk.first_sign_in())
    first = _delivery(desk)
    assert first is not None and first.confirmed_ms is not None and _seed(desk) == desk.staff.secret
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code()))
    assert _delivery(desk).sent_ms == first.sent_ms  # not sent again
    assert _sendings(desk) == 1 and _seed(desk) == desk.staff.secret
    _offline(desk, desk.code())


def test_a_confirmation_that_is_lost_is_not_fatal_and_the_next_sign_in_sends_the_seed_again(desk):
    dead = desk.link.dead
    with _Front(desk.live.base_url, lose=SEED_HELD).open() as front:
        desk.link.up, desk.link.dead = False, front.url  # every request goes through the front
        signed = desk.first_sign_in()
        assert signed.online and front.lost == 1
        desk.gate.sign_out(signed)
    desk.link.up, desk.link.dead = True, dead
    assert _seed(desk) == desk.staff.secret and _delivery(desk).confirmed_ms is None
    _offline(desk, desk.code())  # the seed is sealed here all the same
    desk.gate.sign_out(desk.gate.sign_in(desk.staff.username, PASSWORD, desk.code()))
    assert _delivery(desk).confirmed_ms is not None and _seed(desk) == desk.staff.secret


def test_after_a_reset_of_mfa_the_laptop_gets_keeps_and_holds_the_new_seed(world: World, desk):
    coordinator = world.signed_in("security_coordinator", desk.agency)
    desk.gate.sign_out(desk.first_sign_in())
    old = desk.staff.secret
    handed = coordinator.call("POST", f"/v1/users/{desk.staff.id}/reset-mfa")
    desk.staff.setup_code, desk.staff.confirmed = handed["setup_code"], False
    desk.staff.secret = totp_secret(world.live, desk.staff.id)
    desk.gate.sign_out(desk.first_sign_in())  # the set-up code, then the new authenticator
    assert _seed(desk) == desk.staff.secret != old
    assert _delivery(desk).confirmed_ms is not None and _delivery(desk).seed_generation == 1
    desk.link.up = False
    desk.live.clock.advance(31)
    with pytest.raises(SignInFailed) as refused:  # the old authenticator opens nothing offline
        desk.gate.sign_in(desk.staff.username, PASSWORD, pyotp.TOTP(old).at(desk.live.clock.now_ms() / 1000))
    assert refused.value.status == "wrong"
    desk.link.up = True
    _offline(desk, desk.code())


def test_a_colleague_added_to_the_laptop_is_held_there_and_signs_in_offline(world: World, desk):
    colleague = world.staff("case_manager", desk.agency)
    world.device(desk.agency).login(colleague)  # their authenticator is already set up elsewhere
    current = desk.first_sign_in()
    assert desk.gate.add_user(current, colleague.username, PASSWORD, desk.code(colleague)) is None
    desk.gate.sign_out(current)
    held = _delivery(desk, colleague)
    assert held is not None and held.confirmed_ms is not None and _seed(desk, colleague) == colleague.secret
    theirs = desk.gate.sign_in(colleague.username, PASSWORD, desk.code(colleague))
    assert theirs.online and _delivery(desk, colleague).sent_ms == held.sent_ms  # nothing sent again
    desk.gate.sign_out(theirs)
    desk.link.up = False
    offline = desk.gate.sign_in(colleague.username, PASSWORD, desk.code(colleague))
    assert not offline.online
    desk.gate.sign_out(offline)
