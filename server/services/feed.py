"""The change feed's numbers: given out at the end of each writing transaction, in commit order.

Why one place: a new record version and the end of a share (which tells other agencies' devices
to drop records) are both feed entries that a device reads past with one cursor, so both must be
numbered from the same counter under the same lock, or a cursor could pass one of them unread.
"""
from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, insert, select, update

from server.db import bulk
from server.db.schema import feed_counter, record, share_end

_PENDING = "feed_pending"


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that may write feed entries; their numbers are given out at its end.

    Updating the single counter row holds a lock until commit, so numbers follow commit order and
    a reader never skips a change still in flight. Taking them last keeps that lock short.
    """
    with engine.begin() as conn:
        conn.info[_PENDING] = []
        try:
            yield conn
            publish(conn)
        finally:
            conn.info.pop(_PENDING, None)


def require(conn: Connection) -> None:
    if _PENDING not in conn.info:
        raise RuntimeError("feed entries are written only inside feed.writing()")


def mark(conn: Connection) -> int:
    """Where the pending list stands, to forget what a rolled-back savepoint wrote (see ``forget``)."""
    return len(conn.info[_PENDING])


def forget(conn: Connection, position: int) -> None:
    del conn.info[_PENDING][position:]


def record_written(conn: Connection, kind: str, record_id: str) -> None:
    """The record (a new version, or sent again to those who may now see it) goes into the feed."""
    require(conn)
    conn.info[_PENDING].append(("record", kind, record_id))


def share_ended(conn: Connection, personal_id: str, agency_id: str, now_ms: int) -> None:
    """The agency's records of the client are no longer shared: other agencies' devices drop them."""
    require(conn)
    conn.info[_PENDING].append(("share_end", personal_id, agency_id, now_ms))


#: Where a block's rows wait for their numbers: a temporary table of the transaction's own, with
#: the record table's columns and none of its indexes.
PENDING_RECORDS = bulk.scratch("record_pending", record)


def block_written(conn: Connection, count: int) -> int:
    """Many new records at once: the caller puts them in ``PENDING_RECORDS`` (made here) with the
    stand-in numbers ``-base - j`` (j = 0..count-1), ``base`` returned here, and publish moves
    the whole block into the record table with its numbers in one statement.

    Why: an import writes hundreds of thousands of records. Numbering each with its own statement
    held the counter's lock for most of a minute; writing them into the record table and then
    renumbering them there wrote every row and all its index entries twice (on PostgreSQL the
    update alone took longer than the insert, and left the table twice its size)."""
    require(conn)
    bulk.make_scratch(conn, PENDING_RECORDS, record)
    pending = conn.info[_PENDING]
    if pending and pending[-1][0] == "block":  # the block goes on where the last one ends: one move for both
        _, base, before = pending[-1]
        pending[-1] = ("block", base, before + count)
        return base + before
    base = BLOCK_FLOOR + secrets.randbelow(2**61)
    pending.append(("block", base, count))
    return base


#: Blocks' bases are drawn from [2**61, 2**62). A block's rows wait in the transaction's own
#: temporary table, where no other transaction's stand-ins can meet them. A block written right
#: after another goes on from its end, so a whole import moves in one statement; should a savepoint
#: roll part of it back (``forget``), the numbers it held go unused: a gap, which no cursor minds.
BLOCK_FLOOR = 2**61


def publish(conn: Connection) -> None:
    pending = list(dict.fromkeys(conn.info[_PENDING]))  # each entry once, in the order first written
    conn.info[_PENDING] = []
    if not pending:
        return
    size = sum(e[2] if e[0] == "block" else 1 for e in pending)
    conn.execute(update(feed_counter).where(feed_counter.c.id == 1).values(value=feed_counter.c.value + size))
    number = int(conn.execute(select(feed_counter.c.value).where(feed_counter.c.id == 1)).scalar_one()) - size + 1
    for entry in pending:
        if entry[0] == "record":
            conn.execute(update(record).where(record.c.kind == entry[1], record.c.id == entry[2])
                         .values(feed_seq=number))
            number += 1
        elif entry[0] == "block":
            _move_block(conn, entry[1], entry[2], number)
            number += entry[2]
        else:
            conn.execute(insert(share_end).values(feed_seq=number, personal_id=entry[1], agency_id=entry[2],
                                                  at_ms=entry[3]))
            number += 1
    if any(entry[0] == "block" for entry in pending):
        bulk.drop_scratch(conn, PENDING_RECORDS)


def _move_block(conn: Connection, base: int, count: int, number: int) -> None:
    """The block's rows into the record table, ``-base - j`` numbered ``number + j``."""
    waiting = PENDING_RECORDS.c
    names = [c.name for c in record.c]
    numbered = [((number - base) - waiting.feed_seq).label(n) if n == "feed_seq" else waiting[n] for n in names]
    conn.execute(insert(record).from_select(names, select(*numbered).where(
        waiting.feed_seq <= -base, waiting.feed_seq > -base - count)))
