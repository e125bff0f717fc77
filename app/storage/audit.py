"""The device's audit trail: append-only rows, each hashing the one before it.

Why: HMIS access must be accountable. Triggers refuse UPDATE and DELETE; the hash chain makes any
edit, removal, reordering or insertion visible to ``verify``; the head is anchored on the server
at each sync so even a rewrite of the whole chain is caught there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

GENESIS = "0" * 64
_COLUMNS = "seq, at, actor, action, kind, record_id, detail, prev_hash, hash"


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    kind: str | None
    record_id: str | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    head: str
    first_bad: int | None = None
    reason: str | None = None


def entry_hash(
    seq: int, at: str, actor: str, action: str, kind: str | None, record_id: str | None, detail: str, prev_hash: str
) -> str:
    payload = json.dumps(
        [seq, at, actor, action, kind, record_id, detail, prev_hash], separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head(conn: sqlcipher3.Connection) -> tuple[int, str]:
    """The last entry's number and hash (0 and the genesis hash when empty)."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(
    conn: sqlcipher3.Connection,
    *,
    actor: str,
    action: str,
    kind: str | None = None,
    record_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> Entry:
    """Add one entry; call inside the transaction of the change it records.

    ``detail`` must hold no personal data: field names and counts, never values.
    """
    seq, prev = head(conn)
    seq += 1
    stamp = (at or datetime.now(UTC)).isoformat(timespec="microseconds")
    text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    digest = entry_hash(seq, stamp, actor, action, kind, record_id, text, prev)
    conn.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608 (column list is a constant; values are bound)
        (seq, stamp, actor, action, kind, record_id, text, prev, digest),
    )
    return Entry(seq, stamp, actor, action, kind, record_id, text, prev, digest)


def entries(conn: sqlcipher3.Connection, *, after: int = 0, limit: int = 500) -> list[Entry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",  # noqa: S608 (column list is a constant; values are bound)
        (after, limit),
    ).fetchall()
    return [Entry(*row) for row in rows]


def verify(conn: sqlcipher3.Connection, expected_head: str | None = None) -> Verification:
    """Walk the chain from the start; report the first entry that does not follow from the last.

    ``expected_head`` is a hash the server anchored earlier: the chain must still contain it.
    """
    expected_seq, prev = 1, GENESIS
    seen_anchor = expected_head is None or expected_head == GENESIS
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608 (column list is a constant; values are bound)
    for row in cursor:
        e = Entry(*row)
        reason = None
        if e.seq != expected_seq:
            reason = "an entry is missing or out of order"
        elif e.prev_hash != prev:
            reason = "the entry does not follow the one before it"
        elif entry_hash(e.seq, e.at, e.actor, e.action, e.kind, e.record_id, e.detail, e.prev_hash) != e.hash:
            reason = "the entry was altered"
        if reason:
            return Verification(False, expected_seq - 1, prev, expected_seq, reason)
        seen_anchor = seen_anchor or e.hash == expected_head
        expected_seq, prev = e.seq + 1, e.hash
    if not seen_anchor:
        return Verification(False, expected_seq - 1, prev, expected_seq, "entries the server already saw are gone")
    return Verification(True, expected_seq - 1, prev)
