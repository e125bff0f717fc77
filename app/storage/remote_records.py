"""Records as the server has them, written by sync rather than typed by a person.

Why apart from ``records``: a pulled record is already valid and already on the server, so it
is not queued again; but this device's own unsent edits must stay on top of it until the server
has taken them (they are laid over the server's body here), and search must see it at once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

import sqlcipher3

from app.domain.client import Client
from app.domain.record import Record
from app.storage import client_search, outbox, prioritization_fields
from app.storage.records import body_text, links_of, now_text

SYNC_USER = "sync"


def _utc_text(ms: int) -> str:
    """A server time (ms since the epoch) as the vault writes times (see ``records.now_text``)."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


def pending_changes(conn: sqlcipher3.Connection, kind: str, record_id: str) -> tuple[dict[str, Any], bool]:
    """This device's unsent field values for one record, oldest first, and whether it deleted it."""
    fields: dict[str, Any] = {}
    deleted = False
    for op, _base, changed in outbox.pending_for(conn, kind, record_id):
        if op == "delete":
            deleted = True
        else:
            fields.update(changed)
    return fields, deleted


def accept(
    conn: sqlcipher3.Connection,
    record: Record,
    *,
    server_version: int,
    deleted: bool,
    other_agency: bool = False,
    created_ms: int | None = None,
) -> bool:
    """Store the server's version of ``record`` under this device's pending edits; False if the
    device already holds that version or a later one. ``other_agency``: the record is another
    agency's, shared with this one (read here, changed only by its owner). ``created_ms``: when
    the server made the record (an import keeps its source's DateCreated); a record new to this
    device keeps it as its date_created, so timeliness of entry is not measured from the pull."""
    row = conn.execute(
        "SELECT body, version, server_version, date_deleted FROM record WHERE kind = ? AND id = ?",
        (record.KIND, record.id),
    ).fetchone()
    if row is not None and row[2] is not None and row[2] >= server_version:
        return False
    mine, mine_deleted = pending_changes(conn, record.KIND, record.id)
    shown = type(record).from_dict(record.to_dict() | mine) if mine else record
    body = shown.to_dict()
    text = body_text(body)
    personal_id, enrollment_id, household_id = links_of(shown)
    now = now_text()
    gone = deleted or mine_deleted
    date_deleted = ((row[3] if row else None) or now) if gone else None
    if row is None:
        conn.execute(
            "INSERT INTO record (kind, id, personal_id, enrollment_id, household_id, body, version, server_version,"
            " date_created, date_updated, date_deleted, user_id, other_agency)"
            " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (
                record.KIND,
                record.id,
                personal_id,
                enrollment_id,
                household_id,
                text,
                server_version,
                now if created_ms is None else _utc_text(created_ms),
                now,
                date_deleted,
                SYNC_USER,
                int(other_agency),
            ),
        )
    else:
        changed = text != row[0] or (row[3] is None) != (date_deleted is None)
        conn.execute(
            "UPDATE record SET personal_id = ?, enrollment_id = ?, household_id = ?, body = ?, version = ?,"
            " server_version = ?, date_updated = CASE WHEN ? THEN ? ELSE date_updated END, date_deleted = ?,"
            " user_id = ?, other_agency = ? WHERE kind = ? AND id = ?",
            (
                personal_id,
                enrollment_id,
                household_id,
                text,
                row[1] + 1 if changed else row[1],
                server_version,
                changed,
                now,
                date_deleted,
                SYNC_USER,
                int(other_agency),
                record.KIND,
                record.id,
            ),
        )
    prioritization_fields.refresh(conn, record.KIND, record.id, None if gone else body, personal_id, enrollment_id)
    if record.KIND == "client":
        if gone:
            client_search.unindex(conn, record.id)
        else:
            client_search.index(conn, cast(Client, shown))  # the "client" kind is the Client type
    return True


def drop(conn: sqlcipher3.Connection, kind: str, record_id: str) -> None:
    """Remove a record this device may no longer hold (the release that shared it ended): the row,
    its search entry and every outbox entry about it (their fields are its data too; an unsent one
    the server would refuse now anyway). The vault runs with secure_delete, so the freed pages are
    overwritten."""
    conn.execute("DELETE FROM record WHERE kind = ? AND id = ?", (kind, record_id))
    prioritization_fields.refresh(conn, kind, record_id, None)
    conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", (kind, record_id))
    if kind == "client":
        client_search.unindex(conn, record_id)
