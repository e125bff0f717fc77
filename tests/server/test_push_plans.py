"""At 50,000 clients every look-up a push makes is an index look-up on PostgreSQL.

Why: the duplicate search's look-up read every client's keys (a parallel scan of the whole
table, 10 times the push's time at 50,000 clients as at 1,000). The clients are written as an
import writes them, row counts for the planner included.
"""

from __future__ import annotations

import random

import pytest

from bench.synthetic import synthetic_client
from server.db import bulk
from server.db.schema import shared_client
from server.services import record_store
from tests.server import push_plans

pytestmark = pytest.mark.slow

CLIENTS = 50_000
#: Tables that grow with the clients; the agencies stay few, and are read whole.
GROWING = ("record", "client_key", "applied_op", "shared_client", "record_history", "conflict", "duplicate")


def test_a_push_reads_only_by_index_at_fifty_thousand_clients(pg):
    world, _ = pg
    staff = world.staff("case_manager", "Plan Shelter")
    agency_id, now, rng = world.agencies["Plan Shelter"], world.live.clock.now_ms(), random.Random(12)
    items = [
        record_store.NewRecord("client", synthetic_client(rng).to_dict(), {}, agency_id, staff.id)
        for _ in range(CLIENTS)
    ]
    engine = world.live.ctx.engine
    with record_store.writing(engine) as conn:
        record_store.write_new(conn, now, items)
        # A release for every fifth client, from an agency of its own (rows as sharing keeps them).
        bulk.insert_many(
            conn,
            shared_client,
            [{"personal_id": item.body["id"], "agency_id": agency_id, "expires": None} for item in items[::5]],
        )
    bulk.count_rows(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE shared_client")  # as autovacuum has, long before releases number 10,000
    probe = synthetic_client(rng).to_dict() | {"first_name": "John", "last_name": "Smith"}
    with world.live.ctx.engine.connect() as conn:
        plans = push_plans.explain(conn, probe)
    assert set(plans) == {"applied_op", "record_lock", "sharing_keys", "visible_clients"}
    for name, plan in plans.items():
        text = "\n".join(plan)
        whole = [t for t in GROWING if f"Seq Scan on {t} " in text]
        assert not whole, f"{name} reads every row of {whole}:\n{text}"
        assert "Index" in text, f"{name} uses no index:\n{text}"
