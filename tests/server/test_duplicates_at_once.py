"""Two intakes of the same new person pushed at the same moment: one of them is flagged.

Why deterministic and on PostgreSQL: each push looked for duplicates before it committed, so if
the second push searched before the first committed and the first searched before the second
existed, neither saw the other. Here push B runs on its own engine; just before B queues its new
client for the search (its last step before commit), push A runs to its end on the server's
engine: its commit and its own search, which cannot see B. No threads, no timing. SQLite's BEGIN
IMMEDIATE lets only one push run at a time.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from app.domain import hlc
from app.domain.ids import new_id
from server.db.schema import device, duplicate, user
from server.services import sync
from tests.domain import factories
from tests.server.harness import World

pytestmark = pytest.mark.slow


class Desk:
    """One worker at one laptop, pushing through the sync service on a given engine."""

    def __init__(self, world: World, agency: str, engine) -> None:
        staff, laptop = world.staff("case_manager", agency), world.device(agency)
        with world.live.ctx.engine.connect() as conn:
            self.user_row = conn.execute(select(user).where(user.c.id == staff.id)).one()
            self.device_row = conn.execute(select(device).where(device.c.id == laptop.id)).one()
        self.live, self.engine, self.seq = world.live, engine, itertools.count(1)

    def push_client(self, body: dict) -> list[dict]:
        now = self.live.clock.now_ms()
        stamp = hlc.tick(None, now, self.device_row.id)
        op = {
            "op_id": f"{self.device_row.id}:{next(self.seq)}",
            "kind": "client",
            "record_id": body["id"],
            "op": "upsert",
            "base_version": None,
            "fields": body,
            "hlc": stamp.encode(),
        }
        return sync.push(self.engine, now, user_row=self.user_row, device_row=self.device_row, operations=[op])


def test_the_later_of_two_simultaneous_intakes_of_one_person_is_flagged(pg):
    world, second = pg
    first_desk = Desk(world, "Both Doors Shelter", world.live.ctx.engine)
    second_desk = Desk(world, "Both Doors Shelter", second)
    person = factories.client(id=new_id())
    a, b = replace(person, id=new_id()).to_dict(), replace(person, id=new_id()).to_dict()
    ran: list[list[dict]] = []

    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        if not ran and statement.lstrip().upper().startswith("INSERT INTO CLIENT_UNMATCHED"):
            ran.append(first_desk.push_client(a))  # A searches (B not committed) and commits

    event.listen(second, "before_cursor_execute", before)
    try:
        [result] = second_desk.push_client(b)
    finally:
        event.remove(second, "before_cursor_execute", before)
    assert ran and ran[0][0]["status"] == "applied" and result["status"] == "applied"
    with world.live.ctx.engine.connect() as conn:
        pairs = conn.execute(
            select(duplicate.c.client_id, duplicate.c.other_id).where(duplicate.c.client_id.in_([a["id"], b["id"]]))
        ).all()
    assert [tuple(p) for p in pairs] == [(b["id"], a["id"])]
