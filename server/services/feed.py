"""The change feed's numbers, given out so that no cursor ever passes a change still in flight.

Why one place: a new record version and the end of a share (which tells other agencies' devices
to drop records) are both feed entries that a device reads past with one cursor, so both must be
numbered from the same source, or a cursor could pass one of them unread.

The rule every reader relies on (``head``): the numbers visible at any moment are a prefix of all
the numbers that will ever be visible; nothing numbered lower commits later. Two ways keep it:

- **SQLite**, one writer at a time (BEGIN IMMEDIATE): each writing transaction numbers its own
  entries at its end from the ``feed_counter`` row.
- **PostgreSQL**, many writers at once over several server processes: a writing transaction
  leaves a negative stand-in number on what it wrote and commits without touching any shared row,
  so pushes never queue behind each other. Right after its commit, ``settle`` numbers every
  committed stand-in under one advisory lock, in a short transaction of its own; numberers take
  turns, so each one's numbers are above every earlier one's and commit after them. A stand-in
  left by a process that died before ``settle`` is numbered by the next one, which every pull
  runs first when any is waiting. An import, whose blocks are too big to number twice, takes the
  same lock and numbers its entries itself before its commit.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, bindparam, exists, func, insert, select, text, update

from server.db import bulk
from server.db.schema import feed_counter, record, share_end, shared_client

_PENDING = "feed_pending"
_NEXT = "feed_stand_in"
_UNSETTLED = "feed_unsettled"
#: The advisory lock numberers take turns under: "HMIS" in ASCII, then 12 for the issue.
FEED_LOCK = 0x484D4953_0012
#: Stand-ins are below 0: a transaction's own run of them starts at a random point in
#: [-2**61, -2**60) and counts up, so ordering by stand-in keeps the order it wrote in.
_STAND_IN_FLOOR = 2**60


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that may write feed entries; they are numbered at its end or right after."""
    with engine.begin() as conn:
        conn.info[_PENDING] = []
        try:
            yield conn
            publish(conn)
            unsettled = conn.info.get(_UNSETTLED, False)
        finally:
            for name in (_PENDING, _NEXT, _UNSETTLED):
                conn.info.pop(name, None)
    if unsettled:
        settle(engine)


def require(conn: Connection) -> None:
    if _PENDING not in conn.info:
        raise RuntimeError("feed entries are written only inside feed.writing()")


def stand_in(conn: Connection) -> int:
    """A number for a row written in this transaction until the feed gives it its own."""
    value = conn.info.get(_NEXT)
    if value is None:
        value = -2 * _STAND_IN_FLOOR + secrets.randbelow(_STAND_IN_FLOOR)
    conn.info[_NEXT] = value + 1
    return value


def record_written(conn: Connection, kind: str, record_id: str, *, stand_in_set: bool = False) -> None:
    """The record (a new version, or sent again to those who may now see it) goes into the feed.

    ``stand_in_set``: the caller wrote the row with a ``stand_in`` already (record_store.write)."""
    require(conn)
    conn.info[_PENDING].append(("record", kind, record_id, stand_in_set))


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
    held the feed for most of a minute; writing them into the record table and then renumbering
    them there wrote every row and all its index entries twice (on PostgreSQL the update alone took
    longer than the insert, and left the table twice its size)."""
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
#: after another goes on from its end, so a whole import moves in one statement.
BLOCK_FLOOR = 2**61


def _entries(conn: Connection) -> list[tuple]:
    """Each entry once, in the order first written (a record written twice is numbered once)."""
    seen: dict[tuple, tuple] = {}
    for entry in conn.info[_PENDING]:
        key = entry[:3] if entry[0] == "record" else entry
        seen.setdefault(key, entry)
    conn.info[_PENDING] = []
    return list(seen.values())


def publish(conn: Connection) -> None:
    """Number this transaction's entries now (SQLite, or an import on PostgreSQL), or leave
    stand-ins on them for ``settle`` after the commit (any other write on PostgreSQL)."""
    pending = _entries(conn)
    if not pending:
        return
    if conn.dialect.name == "postgresql" and not any(entry[0] == "block" for entry in pending):
        for entry in pending:
            if entry[0] == "record" and not entry[3]:
                conn.execute(
                    update(record)
                    .where(record.c.kind == entry[1], record.c.id == entry[2])
                    .values(feed_seq=stand_in(conn))
                )
            elif entry[0] == "share_end":
                conn.execute(
                    insert(share_end).values(
                        feed_seq=stand_in(conn), personal_id=entry[1], agency_id=entry[2], at_ms=entry[3]
                    )
                )
        conn.info[_UNSETTLED] = True
        return
    _lock(conn)
    number = _take(conn, sum(e[2] if e[0] == "block" else 1 for e in pending))
    for entry in pending:
        if entry[0] == "record":
            conn.execute(
                update(record).where(record.c.kind == entry[1], record.c.id == entry[2]).values(feed_seq=number)
            )
            number += 1
        elif entry[0] == "block":
            _move_block(conn, entry[1], entry[2], number)
            number += entry[2]
        else:
            conn.execute(
                insert(share_end).values(feed_seq=number, personal_id=entry[1], agency_id=entry[2], at_ms=entry[3])
            )
            number += 1
    if any(entry[0] == "block" for entry in pending):
        bulk.drop_scratch(conn, PENDING_RECORDS)


def _lock(conn: Connection) -> None:
    """PostgreSQL: the feed's advisory lock, until this transaction ends (numberers take turns)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK})


#: The sequence moved on by ``size`` in one statement; the last number taken.
_TAKE = text("SELECT setval('feed_number', nextval('feed_number') + :size - 1)")


def _take(conn: Connection, size: int) -> int:
    """The first of ``size`` new numbers, held until this transaction ends; the caller holds ``_lock``.

    SQLite: the counter row (the writer holds the database's one write lock anyway). PostgreSQL:
    the sequence, under the feed's advisory lock, which every caller of nextval holds."""
    if conn.dialect.name == "postgresql":
        return int(conn.execute(_TAKE, {"size": size}).scalar_one()) - size + 1
    conn.execute(update(feed_counter).where(feed_counter.c.id == 1).values(value=feed_counter.c.value + size))
    return int(conn.execute(select(feed_counter.c.value).where(feed_counter.c.id == 1)).scalar_one()) - size + 1


def _move_block(conn: Connection, base: int, count: int, number: int) -> None:
    """The block's rows into the record table, ``-base - j`` numbered ``number + j``."""
    waiting = PENDING_RECORDS.c
    names = [c.name for c in record.c]
    numbered = [((number - base) - waiting.feed_seq).label(n) if n == "feed_seq" else waiting[n] for n in names]
    conn.execute(
        insert(record).from_select(
            names, select(*numbered).where(waiting.feed_seq <= -base, waiting.feed_seq > -base - count)
        )
    )


_RENUMBER_RECORD = (
    update(record).where(record.c.kind == bindparam("k"), record.c.id == bindparam("i")).values(feed_seq=bindparam("n"))
)
_RENUMBER_END = update(share_end).where(share_end.c.feed_seq == bindparam("s")).values(feed_seq=bindparam("n"))


def settle(engine: Engine) -> int:
    """Number every committed stand-in (PostgreSQL); how many. Rows another transaction is
    rewriting right now are skipped, not waited for: that writer settles them after its commit."""
    if engine.dialect.name != "postgresql":
        return 0
    with engine.begin() as conn:
        _lock(conn)
        rows = conn.execute(
            select(record.c.kind, record.c.id, record.c.date_updated_ms, record.c.feed_seq)
            .where(record.c.feed_seq < 0)
            .with_for_update(skip_locked=True)
        ).all()
        ends = conn.execute(
            select(share_end.c.feed_seq, share_end.c.at_ms)
            .where(share_end.c.feed_seq < 0)
            .with_for_update(skip_locked=True)
        ).all()
        # In the order written: by time, then by each transaction's run of stand-ins.
        entries = sorted(
            [(r.date_updated_ms, r.feed_seq, "record", r) for r in rows]
            + [(e.at_ms, e.feed_seq, "end", e) for e in ends],
            key=lambda x: (x[0], x[1]),
        )
        if not entries:
            return 0
        number = _take(conn, len(entries))
        records, endings = [], []
        for offset, (_, _, what, row) in enumerate(entries):
            if what == "record":
                records.append({"k": row.kind, "i": row.id, "n": number + offset})
            else:
                endings.append({"s": row.feed_seq, "n": number + offset})
        if records:
            conn.execute(_RENUMBER_RECORD, records)
        if endings:
            conn.execute(_RENUMBER_END, endings)
        return len(entries)


_TOPS = (
    select(func.max(record.c.feed_seq)).scalar_subquery(),
    select(func.max(share_end.c.feed_seq)).scalar_subquery(),
)
_HEAD = select(*_TOPS)
#: A committed stand-in older than this was left by a process that stopped between its commit and
#: its numbering; a younger one belongs to a writer about to number it, and a pull that numbered
#: it instead only queued behind the numberers' lock (under load, nearly every pull did).
LEFT_BEHIND_MS = 30_000
_EXPIRED = exists().where(shared_client.c.expires <= bindparam("today"))
_UNTENDED = {
    "postgresql": select(
        *_TOPS,
        _EXPIRED
        | exists().where(record.c.feed_seq < 0, record.c.date_updated_ms < bindparam("stale"))
        | exists().where(share_end.c.feed_seq < 0, share_end.c.at_ms < bindparam("stale")),
    ),
    "sqlite": select(*_TOPS, _EXPIRED),
}  # SQLite numbers every entry before its commit: no stand-ins


def head(conn: Connection) -> int:
    """The highest number given out and committed: every entry numbered up to it is visible."""
    top, end = conn.execute(_HEAD).one()
    return max(top or 0, end or 0, 0)


def head_and_untended(conn: Connection, now_ms: int, today: str) -> tuple[int, bool]:
    """``head``, and whether the feed needs tending before a pull reads it: a share whose expiry
    date (ISO ``today`` or before) has passed unrecorded, or a stand-in left behind
    (``LEFT_BEHIND_MS``). One statement: every pull asks all of it."""
    top, end, untended = conn.execute(
        _UNTENDED[conn.dialect.name], {"today": today, "stale": now_ms - LEFT_BEHIND_MS}
    ).one()
    return max(top or 0, end or 0, 0), bool(untended)
