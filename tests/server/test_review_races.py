"""Two coordinators settling the same conflict or duplicate at once: exactly one of them does.

Why deterministic and on PostgreSQL: under READ COMMITTED a coordinator who read a conflict open
could still resolve it after another coordinator's resolution committed. The second coordinator
runs here on its own engine; a listener on it lets the first run to its commit (on the server's
engine, another connection) just before the second's first write or row lock, which is the widest
window a read-then-write leaves. No threads, no timing. On SQLite every writing transaction is
BEGIN IMMEDIATE, so two cannot overlap at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import event, func, select

from app.domain.ids import new_id
from server.db.schema import audit, conflict, duplicate, record, user
from server.services import record_store, review
from server.services.errors import Conflict
from tests.domain import factories
from tests.server.harness import World

AGENCY = "Two Desks Shelter"


def _user_row(world: World, staff_id: str):
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(user).where(user.c.id == staff_id)).one()


@pytest.fixture(scope="module")
def desks(pg):
    """Two data coordinators of one agency (rows as the services take them), and two laptops."""
    world, _ = pg
    coordinators = [_user_row(world, world.staff("data_coordinator", AGENCY).id) for _ in range(2)]
    return coordinators, world.signed_in("case_manager", AGENCY), world.signed_in("outreach_worker", AGENCY)


def race(second_engine, first: Callable[[], object], second: Callable[[object], object]) -> list:
    """Run ``second`` on ``second_engine``; just before its first write or row lock, run ``first``
    to its commit. Each outcome is its answer or the Conflict it was refused with."""
    outcomes: list = []

    def run(action, *args) -> None:
        try:
            outcomes.append(action(*args))
        except Conflict as refused:
            outcomes.append(refused)

    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        writes = statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")) or "FOR UPDATE" in statement
        if writes and not outcomes:
            run(first)

    event.listen(second_engine, "before_cursor_execute", before)
    try:
        run(second, second_engine)
    finally:
        event.remove(second_engine, "before_cursor_execute", before)
    assert len(outcomes) == 2, "the first coordinator never ran: the second wrote nothing"
    return outcomes


def _client(first_name: str) -> dict:
    return replace(
        factories.client(id=new_id(), ssn=None, ssn_data_quality=99),
        first_name=first_name,
        last_name="Abernathy-" + new_id()[:8],
    ).to_dict()


def _count(world: World, query) -> int:
    with world.live.ctx.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def test_two_coordinators_resolving_one_conflict_resolve_it_once(pg, desks):
    world, second_engine = pg
    (dc1, dc2), a1, a2 = desks
    body = _client("Teodora")
    a1.push(a1.op("client", body["id"], body))
    a1.push(a1.op("client", body["id"], {"last_name": "Quinonez"}, base_version=1))
    [clash] = a2.push(a2.op("client", body["id"], {"last_name": "Quiñones"}, base_version=1))
    assert clash["status"] == "conflict"
    with world.live.ctx.engine.connect() as conn:
        conflict_id = conn.execute(select(conflict.c.id).where(conflict.c.record_id == body["id"])).scalar_one()
        before = conn.execute(select(record.c.version).where(record.c.id == body["id"])).scalar_one()
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()

    def resolve(by, value: str, on=engine):
        with record_store.writing(on) as conn:
            return review.resolve_conflict(conn, now, by, conflict_id, value)

    outcomes = race(second_engine, lambda: resolve(dc1, "Quinonez"), lambda on: resolve(dc2, "Quiñones", on))
    assert outcomes[0]["status"] == "resolved"
    assert isinstance(outcomes[1], Conflict)
    with engine.connect() as conn:
        row = conn.execute(select(conflict).where(conflict.c.id == conflict_id)).one()
        held = conn.execute(select(record.c.version, record.c.body).where(record.c.id == body["id"])).one()
    assert row.resolved_by == dc1.id
    assert held.version == before + 1 and '"Quinonez"' in held.body  # one resolution's version, the winner's value
    assert (
        _count(
            world,
            select(func.count())
            .select_from(audit)
            .where(audit.c.action == "conflict_resolved", audit.c.record_id == body["id"]),
        )
        == 1
    )


def _pair(world: World, a1, a2) -> tuple[str, str, str]:
    """Two intakes of one person by two workers: the possible duplicate raised, and both ids."""
    first = _client("Marisol")
    second = dict(first, id=new_id())
    a1.push(a1.op("client", first["id"], first))
    a2.push(a2.op("client", second["id"], second))
    with world.live.ctx.engine.connect() as conn:
        duplicate_id = conn.execute(
            select(duplicate.c.id).where(duplicate.c.client_id == second["id"], duplicate.c.other_id == first["id"])
        ).scalar_one()
    return duplicate_id, first["id"], second["id"]


@pytest.mark.parametrize("first_step", ["dismiss", "merge"])
@pytest.mark.parametrize("second_step", ["dismiss", "merge"])
def test_two_coordinators_settling_one_duplicate_settle_it_once(pg, desks, first_step, second_step):
    world, second_engine = pg
    (dc1, dc2), a1, a2 = desks
    duplicate_id, kept, other = _pair(world, a1, a2)
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()

    def settle(step: str, by, on=engine):
        with record_store.writing(on) as conn:
            if step == "dismiss":
                return review.dismiss_duplicate(conn, now, by, duplicate_id)
            return review.merge_clients(conn, now, by, duplicate_id, kept)

    outcomes = race(second_engine, lambda: settle(first_step, dc1), lambda on: settle(second_step, dc2, on))
    assert outcomes[0]["status"] == {"dismiss": "dismissed", "merge": "merged"}[first_step]
    assert isinstance(outcomes[1], Conflict)
    with engine.connect() as conn:
        row = conn.execute(select(duplicate).where(duplicate.c.id == duplicate_id)).one()
        retired = conn.execute(
            select(record.c.date_deleted_ms, record.c.version).where(record.c.kind == "client", record.c.id == other)
        ).one()
    assert row.resolved_by == dc1.id and row.status == outcomes[0]["status"]
    assert (retired.date_deleted_ms is not None) == (first_step == "merge")
    assert retired.version == (2 if first_step == "merge" else 1)  # retired once, or not at all
    settled = _count(
        world,
        select(func.count())
        .select_from(audit)
        .where(audit.c.action.in_(("duplicate_dismissed", "clients_merged")), audit.c.record_id.in_((kept, other))),
    )
    assert settled == 1


def test_a_merge_refuses_a_client_that_another_merge_retired_meanwhile(pg, desks):
    """Pairs (X, Y) and (X, Z): one coordinator retires X into Y while another keeps X and retires
    Z into it. The second must find X gone, not move Z's records onto a retired client."""
    world, second_engine = pg
    (dc1, dc2), a1, a2 = desks
    x = _client("Evangelina")
    y, z = dict(x, id=new_id()), dict(x, id=new_id())
    for laptop, body in ((a1, x), (a2, y), (a1, z)):
        laptop.push(laptop.op("client", body["id"], body))
    with world.live.ctx.engine.connect() as conn:

        def pair(one: str, two: str) -> str:
            return conn.execute(
                select(duplicate.c.id).where(
                    duplicate.c.client_id.in_((one, two)), duplicate.c.other_id.in_((one, two))
                )
            ).scalar_one()

        xy, xz = pair(x["id"], y["id"]), pair(x["id"], z["id"])
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()

    def merge(by, duplicate_id: str, keep: str, on=engine):
        with record_store.writing(on) as conn:
            return review.merge_clients(conn, now, by, duplicate_id, keep)

    outcomes = race(second_engine, lambda: merge(dc1, xy, y["id"]), lambda on: merge(dc2, xz, x["id"], on))
    assert outcomes[0]["retired"] == x["id"]
    assert isinstance(outcomes[1], Conflict)
    with engine.connect() as conn:
        z_row = conn.execute(select(record.c.date_deleted_ms).where(record.c.id == z["id"])).one()
        xz_row = conn.execute(select(duplicate.c.status).where(duplicate.c.id == xz)).one()
    assert z_row.date_deleted_ms is None and xz_row.status == "open"  # the refused merge left no trace
