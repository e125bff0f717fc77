"""What a person settles: field conflicts and possible duplicate clients.

A resolution is itself a new version of the record, so it reaches every device through the
change feed like any other change. Merging two clients moves every record of the one onto the
other and retires it; the step is audited and cannot silently happen during sync.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, update

from app.domain import hlc
from server.auth import roles
from server.db.schema import conflict, duplicate, record
from server.services import audit_log, record_store, sharing
from server.services.errors import BadRequest, Conflict, Forbidden, NotFound
from server.services.sync import Rejected, _validated

SERVER_NODE = "server"


def _scope(query, table, user_row):
    """An agency settles its own queue; the HMIS Admin every queue but a victim service provider's."""
    if user_row.role == roles.SYSTEM_ADMIN:
        return query.where(table.c.agency_id.not_in(sharing.vsp_agencies()))
    return query.where(table.c.agency_id == user_row.agency_id)


def list_conflicts(conn: Connection, user_row, status: str = "open") -> list[dict]:
    rows = conn.execute(
        _scope(select(conflict).where(conflict.c.status == status), conflict, user_row).order_by(conflict.c.raised_ms)
    ).all()
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "record_id": r.record_id,
            "field": r.field,
            "status": r.status,
            "base": json.loads(r.base_value),
            "server": json.loads(r.server_value),
            "client": json.loads(r.client_value),
            "raised_ms": r.raised_ms,
        }
        for r in rows
    ]


def _stamp(now_ms: int) -> str:
    return hlc.Stamp(now_ms, 0, SERVER_NODE).encode()


def resolve_conflict(conn: Connection, now_ms: int, user_row, conflict_id: str, value: object) -> dict:
    """Set the field to the chosen value (either side's, or an edited one) as a new version."""
    row = conn.execute(_scope(select(conflict).where(conflict.c.id == conflict_id), conflict, user_row)).first()
    if row is None:
        raise NotFound("That conflict does not exist.")
    if row.status != "open":
        raise Conflict("That conflict was already resolved.")
    if row.kind == "consent" and user_row.role == roles.SYSTEM_ADMIN:
        raise Forbidden("A release of information is changed only by the agency that collected it.")
    # The record's lock first, as a push takes it (then the conflict row), so the two never deadlock.
    current = record_store.current(conn, row.kind, row.record_id, lock=True)
    assert current is not None  # a conflict names a stored record, and a record row is never removed
    _settle(conn, conflict, conflict_id, "resolved", user_row, now_ms, "That conflict was already resolved.")
    body = json.loads(current.body)
    body[row.field] = value
    try:
        body = _validated(row.kind, body, now_ms)
    except Rejected as error:
        raise BadRequest(error.message) from None
    clocks = json.loads(current.clocks)
    clocks[row.field] = max(_stamp(now_ms), clocks.get(row.field, ""))
    version = record_store.write(
        conn,
        now_ms,
        kind=row.kind,
        body=body,
        clocks=clocks,
        agency_id=current.agency_id,
        user_id=user_row.id,
        op_id=None,
        row=current,
    )
    audit_log.record(
        conn,
        now_ms,
        "conflict_resolved",
        actor=user_row.id,
        agency_id=current.agency_id,
        kind=row.kind,
        record_id=row.record_id,
        detail={"field": row.field, "version": version},
    )
    return {"id": conflict_id, "status": "resolved", "version": version}


def list_duplicates(conn: Connection, user_row, status: str = "open") -> list[dict]:
    rows = conn.execute(
        _scope(select(duplicate).where(duplicate.c.status == status), duplicate, user_row).order_by(
            duplicate.c.score.desc()
        )
    ).all()
    return [
        {
            "id": r.id,
            "client_id": r.client_id,
            "other_id": r.other_id,
            "score": r.score / 1000,
            "status": r.status,
            "raised_ms": r.raised_ms,
        }
        for r in rows
    ]


def dismiss_duplicate(conn: Connection, now_ms: int, user_row, duplicate_id: str) -> dict:
    row = _open_duplicate(conn, user_row, duplicate_id)
    _settle(conn, duplicate, row.id, "dismissed", user_row, now_ms, ALREADY_SETTLED)
    audit_log.record(
        conn,
        now_ms,
        "duplicate_dismissed",
        actor=user_row.id,
        agency_id=row.agency_id,
        kind="client",
        record_id=row.client_id,
    )
    return {"id": row.id, "status": "dismissed"}


def _open_duplicate(conn: Connection, user_row, duplicate_id: str):
    """The duplicate if it is in this user's queue and open (the answer to most requests; ``_settle``
    decides the race between two coordinators)."""
    row = conn.execute(_scope(select(duplicate).where(duplicate.c.id == duplicate_id), duplicate, user_row)).first()
    if row is None:
        raise NotFound("That possible duplicate does not exist.")
    if row.status != "open":
        raise Conflict(ALREADY_SETTLED)
    return row


ALREADY_SETTLED = "That possible duplicate was already settled."


def _settle(conn: Connection, table, item_id: str, status: str, user_row, now_ms: int, refusal: str) -> None:
    """Close an open conflict or duplicate, or refuse if someone else closed it first.

    Why an UPDATE ... WHERE status = 'open' and its row count, not the status read earlier: two
    coordinators who both read it open would both settle it (two resolutions, two merges). Of two
    such UPDATEs PostgreSQL makes the second wait for the first and then re-check the condition, so
    exactly one matches; the loser's transaction, refused here, rolls back whatever it did.
    """
    done = conn.execute(
        update(table)
        .where(table.c.id == item_id, table.c.status == "open")
        .values(status=status, resolved_by=user_row.id, resolved_ms=now_ms)
    )
    if done.rowcount != 1:
        raise Conflict(refusal)


def merge_clients(conn: Connection, now_ms: int, user_row, duplicate_id: str, keep: str) -> dict:
    """Keep one client; move every record of the other onto it; retire the other."""
    row = _open_duplicate(conn, user_row, duplicate_id)
    if keep not in (row.client_id, row.other_id):
        raise BadRequest("The client to keep must be one of the pair.")
    retire = row.other_id if keep == row.client_id else row.client_id
    _settle(conn, duplicate, row.id, "merged", user_row, now_ms, ALREADY_SETTLED)
    # Both clients locked (in id order, so two merges never deadlock) before they are checked: a
    # merge of another pair that retires one of them waits, or has committed and is seen here.
    locked = {
        client_id: record_store.current(conn, "client", client_id, lock=True) for client_id in sorted((keep, retire))
    }
    clients = {client_id: locked[client_id] for client_id in (keep, retire)}
    for found in clients.values():
        if found is None or found.date_deleted_ms is not None:
            raise Conflict("One of the two clients no longer exists.")
        if user_row.role != roles.SYSTEM_ADMIN and found.agency_id != user_row.agency_id:
            raise Forbidden("Only the agency that holds both clients (or an HMIS Admin) can merge them.")
    children = conn.execute(
        select(record).where(
            record.c.personal_id == retire, record.c.kind != "client", record.c.date_deleted_ms.is_(None)
        )
    ).all()
    stamp = _stamp(now_ms)
    for child in children:
        body = json.loads(child.body)
        body["personal_id"] = keep
        clocks = dict(json.loads(child.clocks), personal_id=stamp)
        record_store.write(
            conn,
            now_ms,
            kind=child.kind,
            body=body,
            clocks=clocks,
            agency_id=child.agency_id,
            user_id=user_row.id,
            op_id=None,
        )
    # Every record of the person follows them (a victim service provider's too, or it would point at
    # a retired client), but the answer and the audit count only what the merger may see: a count
    # must not tell that a victim service provider holds records of this person.
    seen = {
        (r.kind, r.id)
        for r in conn.execute(
            select(record.c.kind, record.c.id).where(record.c.personal_id == keep, sharing.visible(user_row, now_ms))
        )
    }
    moved = sum((child.kind, child.id) in seen for child in children)
    old = clients[retire]
    assert old is not None  # refused in the loop above when missing
    record_store.write(
        conn,
        now_ms,
        kind="client",
        body=json.loads(old.body),
        clocks=json.loads(old.clocks),
        agency_id=old.agency_id,
        user_id=user_row.id,
        op_id=None,
        deleted=True,
        row=old,
    )
    audit_log.record(
        conn,
        now_ms,
        "clients_merged",
        actor=user_row.id,
        agency_id=row.agency_id,
        kind="client",
        record_id=keep,
        detail={"retired": retire, "records_moved": moved},
    )
    return {"id": row.id, "status": "merged", "kept": keep, "retired": retire, "records_moved": moved}
