"""The server's audit trail: every sign-in, read, change, export, wipe and policy change.

Details name record kinds, ids, counts and reasons; never a client's name, SSN or birth date.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert, select

from server.db.schema import audit


def entry(
    now_ms: int,
    action: str,
    *,
    outcome: str = "ok",
    actor: str | None = None,
    device_id: str | None = None,
    agency_id: str | None = None,
    kind: str | None = None,
    record_id: str | None = None,
    detail: dict | None = None,
) -> dict:
    """One audit row's values, for ``record_many``."""
    return dict(
        at_ms=now_ms,
        actor=actor,
        device_id=device_id,
        agency_id=agency_id,
        action=action,
        kind=kind,
        record_id=record_id,
        outcome=outcome,
        detail=json.dumps(detail or {}, sort_keys=True),
    )


_INSERT = insert(audit)  # built once: every synced request writes an entry


def record(conn: Connection, now_ms: int, action: str, **fields) -> None:
    """Write one entry (the keywords of ``entry``)."""
    conn.execute(_INSERT, entry(now_ms, action, **fields))


def record_many(conn: Connection, entries: list[dict]) -> None:
    """Write many entries (from ``entry``) with one statement: a push's batch writes one per change."""
    if entries:
        conn.execute(_INSERT, entries)


def entries(
    conn: Connection, *, agency_id: str | None, after: int = 0, limit: int = 200, before: int | None = None
) -> list[dict]:
    """Oldest first after ``after``; or, with ``before``, newest first below it (a screen's
    first page is the latest events, and each "load more" reads further back)."""
    if before is not None:
        query = select(audit).where(audit.c.seq > after, audit.c.seq < before).order_by(audit.c.seq.desc())
    else:
        query = select(audit).where(audit.c.seq > after).order_by(audit.c.seq)
    query = query.limit(limit)
    if agency_id is not None:
        query = query.where(audit.c.agency_id == agency_id)
    return [dict(row._mapping) | {"detail": json.loads(row.detail)} for row in conn.execute(query)]
