"""The outbox: every local change, queued for the server in the transaction that made it.

Why: a change that is committed locally but never queued would be lost to the rest of the HMIS;
writing both in one transaction means a crash keeps both or neither. Sync drains it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3


@dataclass(frozen=True)
class Operation:
    seq: int
    kind: str
    record_id: str
    op: str
    base_version: int | None
    fields: dict[str, Any]
    hlc: str
    state: str

    def op_id(self, device_id: str) -> str:
        """The idempotency key on the wire: unique per device, never reused."""
        return f"{device_id}:{self.seq}"


def append(
    conn: sqlcipher3.Connection,
    *,
    kind: str,
    record_id: str,
    op: str,
    base_version: int | None,
    fields: dict[str, Any],
    hlc: str,
) -> int:
    cur = conn.execute(
        "INSERT INTO outbox (kind, record_id, op, base_version, fields, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            kind,
            record_id,
            op,
            base_version,
            json.dumps(fields, sort_keys=True, separators=(",", ":")),
            hlc,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    row_id = cur.lastrowid
    assert row_id is not None  # an INSERT always sets it
    return row_id


def pending(conn: sqlcipher3.Connection, *, limit: int = 100, after: int = 0) -> list[Operation]:
    rows = conn.execute(
        "SELECT seq, kind, record_id, op, base_version, fields, hlc, state FROM outbox"
        " WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?",
        (after, limit),
    ).fetchall()
    return [Operation(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


def pending_count(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0])


def pending_for(conn: sqlcipher3.Connection, kind: str, record_id: str) -> list[tuple[str, int | None, dict[str, Any]]]:
    """One record's unanswered changes, oldest first: (op, base_version, fields)."""
    rows = conn.execute(
        "SELECT op, base_version, fields FROM outbox WHERE kind = ? AND record_id = ?"
        " AND state = 'pending' ORDER BY seq",
        (kind, record_id),
    ).fetchall()
    return [(op, base, json.loads(fields)) for op, base, fields in rows]
