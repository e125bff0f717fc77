"""Issue 16's review of check-in: two check-ins of one device at once never move its audit anchor
back (the second used a device row read before the first committed)."""

from __future__ import annotations

from sqlalchemy import select

from server.db.schema import device as device_table
from server.services import devices
from tests.server.test_wipe import _links


def _check_in(world, row, links) -> dict:
    with world.live.ctx.engine.begin() as conn:
        return devices.check_in(
            conn, world.live.clock.now_ms(), row, pending_changes=0, device_clock_ms=1, audit_links=links
        )


def test_a_check_in_that_read_the_device_before_another_committed_does_not_move_the_anchor_back(world):
    laptop = world.device("Hope Shelter")
    with world.live.ctx.engine.begin() as conn:
        before = devices.get(conn, laptop.id)  # both requests passed the signature check with this row
    chain = _links(8)
    assert _check_in(world, before, chain)["audit"]["seq"] == 8
    late = _check_in(world, before, chain[:5])  # sent a moment earlier, applied a moment later
    with world.live.ctx.engine.begin() as conn:
        anchored = conn.execute(
            select(device_table.c.audit_seq, device_table.c.audit_hash).where(device_table.c.id == laptop.id)
        ).one()
    assert (anchored.audit_seq, anchored.audit_hash) == (8, chain[-1][2])
    assert late["audit"]["seq"] == 8
