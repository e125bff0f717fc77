"""Each signed request's nonce works once, even when two copies arrive at the same moment, and a
device's expired nonces are forgotten as it goes, so the table does not grow with every request."""

from __future__ import annotations

import copy
import threading

import requests
from sqlalchemy import func, select

from server.db.schema import request_nonce


def on_own_session(device):
    """The same signed-in device, sending on an HTTP session of its own (one per thread)."""
    twin = copy.copy(device)
    twin.http = requests.Session()
    return twin


def test_two_copies_of_one_request_at_once_are_taken_once(world):
    worker = world.signed_in("case_manager", "Nonce Shelter")
    for round_ in range(5):
        nonce = f"race{round_:02d}" + "b" * 28
        now = worker.live.clock.now_ms()
        statuses: list[int] = []
        gate = threading.Barrier(2)

        def send(
            gate: threading.Barrier = gate, statuses: list[int] = statuses, nonce: str = nonce, now: int = now
        ) -> None:
            twin = on_own_session(worker)
            gate.wait()
            statuses.append(twin.raw("GET", "/v1/sync/pull?cursor=0", nonce=nonce, now_ms=now).status_code)

        threads = [threading.Thread(target=send) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(statuses) == [200, 401]


def test_a_devices_expired_nonces_are_forgotten_at_its_next_request(world):
    worker = world.signed_in("case_manager", "Nonce Shelter")
    for _ in range(4):
        assert worker.raw("GET", "/v1/sync/pull?cursor=0").status_code == 200
    held = select(func.count()).select_from(request_nonce).where(request_nonce.c.device_id == worker.id)
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(held).scalar_one() >= 4
    worker.live.clock.advance(2 * world.live.ctx.settings.clock_skew_seconds + 1)
    worker.login(worker.user)  # the access token has lapsed too by now
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(held).scalar_one() <= 2  # the sign-in's own (and its MFA step's)
    assert worker.raw("GET", "/v1/sync/pull?cursor=0").status_code == 200
