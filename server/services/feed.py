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


def block_written(conn: Connection, count: int) -> int:
    """Many new records at once: they carry the stand-in numbers ``-base - j`` (j = 0..count-1),
    returned here as ``base``, so one statement renumbers the whole block at publish time. Why:
    an import writes hundreds of thousands of records, and numbering each with its own statement
    held the counter's lock for most of a minute."""
    require(conn)
    base = BLOCK_FLOOR + secrets.randbelow(2**61)
    conn.info[_PENDING].append(("block", base, count))
    return base


#: Blocks' bases are drawn from [2**61, 2**62): stand-ins are random so that two transactions in
#: flight do not collide. Should two ever meet, the unique index on feed_seq refuses one of them
#: (it is retried or refused whole), so numbers are never mixed up.
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
            _, base, count = entry  # -base - j becomes number + j
            conn.execute(update(record).where(record.c.feed_seq <= -base, record.c.feed_seq > -base - count)
                         .values(feed_seq=(number - base) - record.c.feed_seq))
            number += count
        else:
            conn.execute(insert(share_end).values(feed_seq=number, personal_id=entry[1], agency_id=entry[2],
                                                  at_ms=entry[3]))
            number += 1
