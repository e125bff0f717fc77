"""A change committed but never numbered (its process stopped in between) still reaches devices.

On PostgreSQL a push commits its changes under stand-in numbers and numbers them right after
(server.services.feed). A process that stops in between leaves them waiting. Three things number
them: a pull once they are older than ``feed.LEFT_BEHIND_MS`` (a younger one belongs to a writer
about to number it, so a pull does not queue for it), the retry of the push that wrote them, and
a server process starting. Here the stopped process is made by hand: a committed change is given
back a stand-in number, as that process would have left it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.domain.ids import new_id
from server.db.schema import record
from server.services import feed
from tests.domain import factories
from tests.server.harness import World, postgres_server, start_server

_STAND_IN = -(2**60) - 7


@pytest.fixture(scope="module")
def rig(tmp_path_factory):
    with postgres_server(tmp_path_factory.mktemp("left-behind")) as (server, url):
        world = World(server)
        yield world, world.signed_in("case_manager", "Left Behind Shelter"), url, tmp_path_factory


def _leave_behind(world: World, record_id: str) -> None:
    """The state a process that stopped between its commit and its numbering leaves."""
    with world.live.ctx.engine.begin() as conn:
        conn.execute(update(record).where(record.c.id == record_id).values(feed_seq=_STAND_IN))


def _number(world: World, record_id: str) -> int:
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(record.c.feed_seq).where(record.c.id == record_id)).scalar_one()


def _pushed_and_left_behind(world: World, device) -> tuple[int, dict, list[dict], str]:
    """The feed's head before, and a new client pushed (its op, the answers) then left behind."""
    _, cursor = device.pull_all()
    fields = factories.client(id=new_id()).to_dict()
    record_id = fields.pop("id")
    op = device.op("client", record_id, fields)
    answers = device.push(op)
    assert answers[0]["status"] == "applied"
    _leave_behind(world, record_id)
    return cursor, op, answers, record_id


def test_a_pull_numbers_a_change_left_behind_once_it_is_older_than_a_writer_takes(rig):
    world, device, _, _ = rig
    cursor, _, _, record_id = _pushed_and_left_behind(world, device)

    changes, _ = device.pull_all(cursor)
    assert record_id not in {c["id"] for c in changes}, "a stand-in is never read"
    assert _number(world, record_id) == _STAND_IN, "a young stand-in is left to the writer about to number it"

    world.live.clock.advance(feed.LEFT_BEHIND_MS // 1000 + 1)
    changes, after = device.pull_all(cursor)
    assert [c["id"] for c in changes if c["id"] == record_id] == [record_id]
    assert cursor < _number(world, record_id) <= after


def test_the_retried_push_numbers_what_its_first_attempt_left_behind(rig):
    world, device, _, _ = rig
    cursor, op, first, record_id = _pushed_and_left_behind(world, device)

    assert device.push(op) == first, "the retry is answered as the first attempt was"
    assert _number(world, record_id) > cursor
    changes, _ = device.pull_all(cursor)
    assert [c["id"] for c in changes] == [record_id]


def test_a_server_process_starting_numbers_what_a_stopped_one_left_behind(rig):
    world, device, url, tmp_path_factory = rig
    cursor, _, _, record_id = _pushed_and_left_behind(world, device)

    second = start_server(
        tmp_path_factory.mktemp("second-process"), url, signing_key_file=world.live.ctx.settings.signing_key_path
    )
    try:
        assert _number(world, record_id) > cursor
    finally:
        second.stop()
