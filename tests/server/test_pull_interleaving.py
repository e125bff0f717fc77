"""Pushes committed between the pull's own statements, at points hypothesis picks: no cursor skips.

Why deterministic: the concurrent test (test_pull_concurrency.py) finds a lost change only when
the threads happen to line up. Here the pull runs on its own engine, and just before its k-th
statement a listener commits pushes on the server's engine (another connection), so every gap
between two of the pull's statements is tried on purpose. After any such plan, pulling on from
the returned cursors must bring each change exactly once and end at every record's newest version.

PostgreSQL only: on SQLite the pull's transaction is BEGIN IMMEDIATE and holds the one write lock,
so no push can commit between its statements (the listener's push would wait on the lock held by
the very pull it interrupts).
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from app.domain import hlc
from app.domain.ids import new_id
from server.db.engine import make_engine
from server.db.schema import device, user
from server.services import sync
from tests.domain import factories
from tests.server.harness import World, postgres_server

pytestmark = pytest.mark.slow

PULL_STATEMENTS = 4  # the head, the records, the shares that ended, the audit entry


class Rig:
    """The server's engine for pushes, a second engine for pulls, and a laptop's op numbering."""

    def __init__(self, world: World, url: str) -> None:
        self.live = world.live
        staff = world.staff("case_manager", "Interleaved Shelter")
        laptop = world.device("Interleaved Shelter")
        with self.live.ctx.engine.connect() as conn:
            self.user_row = conn.execute(select(user).where(user.c.id == staff.id)).one()
            self.device_row = conn.execute(select(device).where(device.c.id == laptop.id)).one()
        self.pull_engine = make_engine(url)
        self.seq = itertools.count(1)
        self.stamp: hlc.Stamp | None = None
        self.before_statement = None  # called with the statement's number within the current pull
        self.statement = 0

        @event.listens_for(self.pull_engine, "before_cursor_execute")
        def _between(conn, cursor, statement, parameters, context, executemany) -> None:
            if self.before_statement is not None:
                self.before_statement(self.statement)
            self.statement += 1

    def push(self, ops: list[tuple[str, str, dict, int | None]]) -> list[dict]:
        now = self.live.clock.now_ms()
        operations = []
        for kind, record_id, fields, base in ops:
            self.stamp = hlc.tick(self.stamp, now, self.device_row.id)
            operations.append(
                {
                    "op_id": f"{self.device_row.id}:{next(self.seq)}",
                    "kind": kind,
                    "record_id": record_id,
                    "op": "upsert",
                    "base_version": base,
                    "fields": fields,
                    "hlc": self.stamp.encode(),
                }
            )
        return sync.push(
            self.live.ctx.engine, now, user_row=self.user_row, device_row=self.device_row, operations=operations
        )

    def pull(self, cursor: int, limit: int, between=None) -> dict:
        self.before_statement, self.statement = between, 0
        try:
            with self.pull_engine.begin() as conn:
                return sync.pull(
                    conn,
                    self.live.clock.now_ms(),
                    user_row=self.user_row,
                    device_id=self.device_row.id,
                    cursor=cursor,
                    limit=limit,
                    device_agency=self.device_row.agency_id,
                ).as_dict()
        finally:
            self.before_statement = None


@pytest.fixture(scope="module")
def rig(tmp_path_factory):
    with postgres_server(tmp_path_factory.mktemp("pg-server")) as (server, url):
        made = Rig(World(server), url)
        try:
            yield made
        finally:
            made.pull_engine.dispose()


# A change: a new client, or an edit of the n-th client this example made (if there is one).
change = st.one_of(st.just(("new", 0)), st.tuples(st.just("edit"), st.integers(0, 20)))
# A pull of `limit` changes, with pushes committed just before its k-th statement (or none).
pull_step = st.tuples(
    st.just("pull"),
    st.integers(1, 4),
    st.one_of(st.none(), st.integers(0, PULL_STATEMENTS - 1)),
    st.lists(change, min_size=1, max_size=3),
)
push_step = st.tuples(st.just("push"), st.just(0), st.none(), st.lists(change, min_size=1, max_size=3))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(st.one_of(pull_step, pull_step, push_step), min_size=1, max_size=6))
def test_no_interleaving_of_commits_makes_the_cursor_skip_a_change(rig, steps):
    versions: dict[str, int] = {}  # what the server holds of this example's clients

    def apply(changes) -> None:
        ops: list[tuple[str, str, dict, int | None]] = []
        made = list(versions)  # an edit is of a client an earlier push made
        for what, n in changes:
            if what == "edit" and made:
                record_id = made.pop(n % len(made))  # once per push: one op per record in a batch
                ops.append(("client", record_id, {"alias": f"a{next(rig.seq)}"}, versions[record_id]))
            else:
                body = replace(
                    factories.client(id=new_id(), ssn=None, ssn_data_quality=99), first_name="Ines" + new_id()[:6]
                ).to_dict()
                ops.append(("client", body["id"], body, None))
        for (_, record_id, _, _), result in zip(ops, rig.push(ops)):
            assert result["status"] in ("applied", "merged"), result
            versions[record_id] = result["version"]

    cursor = rig.pull(0, 2000)["cursor"]
    while (page := rig.pull(cursor, 2000))["more"]:
        cursor = page["cursor"]
    cursor = page["cursor"]  # start this example where the device already stands
    received: list[tuple[str, int]] = []
    for kind, limit, at, changes in steps:
        if kind == "push":
            apply(changes)
            continue

        def between(number: int, at=at, changes=changes) -> None:
            if number == at:
                apply(changes)

        page = rig.pull(cursor, limit, between if at is not None else None)
        note(
            f"pull from {cursor} limit {limit}, pushes before statement {at}: {len(page['changes'])} "
            f"changes, cursor {page['cursor']}, more {page['more']}"
        )
        assert page["cursor"] >= cursor
        received += [(c["id"], c["version"]) for c in page["changes"]]
        cursor = page["cursor"]
    while True:  # nothing interrupts now: the device catches up from where it was left
        page = rig.pull(cursor, 3)
        received += [(c["id"], c["version"]) for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    ours = [change for change in received if change[0] in versions]
    assert len(ours) == len(set(ours)), "a change came twice"
    newest = {record_id: max(v for r, v in ours if r == record_id) for record_id, _ in ours}
    assert newest == versions, "the cursor passed a change this device never received"
