"""Blocks of new records (an import's): numbered in the feed once, whole, in the order written.

``write_new`` puts a block's rows in a scratch table and publish moves them into the record table
with their numbers. What must hold on both backends: every record lands with its own number,
the numbers follow the order the records were written in (one ``write`` between two blocks
included), a rolled-back transaction leaves nothing (no record, no number), and a committed one leaves no
scratch table on its pooled connection.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.ids import new_id
from server.db.schema import record, record_history
from server.services import feed, record_store
from tests.domain import factories

AGENCY = "Block Shelter"


def _new(agency_id: str, n: int) -> list[record_store.NewRecord]:
    out = []
    for _ in range(n):
        body = factories.client(id=new_id()).to_dict()
        out.append(record_store.NewRecord("client", body, {f: "stamp" for f in body if f != "id"}, agency_id, new_id()))
    return out


def _seqs(conn, ids: list[str]) -> list[int]:
    found = dict(conn.execute(select(record.c.id, record.c.feed_seq).where(record.c.id.in_(ids))).all())
    return [found[i] for i in ids]


def _counter(engine) -> int:
    """The feed's head: the highest number given out (feed_counter on SQLite, a sequence on PostgreSQL)."""
    with engine.connect() as conn:
        return feed.head(conn)


def test_blocks_and_a_single_write_are_numbered_in_the_order_written(world):
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()
    agency_id = world.agency(AGENCY)
    first, second = _new(agency_id, 7), _new(agency_id, 5)
    single = factories.client(id=new_id()).to_dict()
    start = _counter(engine)
    with record_store.writing(engine) as conn:
        record_store.write_new(conn, now, first, chunk=3)  # three blocks, one after another
        record_store.write(
            conn, now, kind="client", body=single, clocks={}, agency_id=agency_id, user_id=new_id(), op_id=None
        )
        record_store.write_new(conn, now, second, chunk=2)
    ids = [r.body["id"] for r in first] + [single["id"]] + [r.body["id"] for r in second]
    with engine.connect() as conn:
        seqs = _seqs(conn, ids)
        assert conn.execute(
            select(func.count()).select_from(record_history).where(record_history.c.id.in_(ids))
        ).scalar_one() == len(ids)
    assert seqs == list(range(start + 1, start + 1 + len(ids)))
    assert _counter(engine) == start + len(ids)


def test_a_rolled_back_block_leaves_nothing_and_a_committed_one_no_scratch_table(world):
    engine, now = world.live.ctx.engine, world.live.clock.now_ms()
    agency_id = world.agency(AGENCY)
    lost, kept = _new(agency_id, 4), _new(agency_id, 3)
    start = _counter(engine)
    with pytest.raises(RuntimeError, match="stop"), record_store.writing(engine) as conn:
        record_store.write_new(conn, now, lost)
        raise RuntimeError("stop")
    with engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(record).where(record.c.id.in_([r.body["id"] for r in lost]))
            ).scalar_one()
            == 0
        )
    assert _counter(engine) == start
    with record_store.writing(engine) as conn:
        record_store.write_new(conn, now, kept)
        feed.publish(conn)
        assert not _scratch_table_left(conn)  # else it would outlive the transaction on this pooled connection
    with engine.connect() as conn:
        assert all(s > start for s in _seqs(conn, [r.body["id"] for r in kept]))


def _scratch_table_left(conn) -> bool:
    if conn.dialect.name == "postgresql":
        return conn.exec_driver_sql("SELECT to_regclass('pg_temp.record_pending')").scalar() is not None
    return conn.exec_driver_sql("SELECT count(*) FROM sqlite_temp_master WHERE name = 'record_pending'").scalar() > 0
