"""Writing a new version of a record on the server: row, history, change feed, side indexes.

Why one place: a pushed change, a resolved conflict and a merge of two clients all produce new
versions, and each must reach every device through the same change feed.
"""
from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Connection, Engine, delete, insert, select, update

from app.domain.matching import name_keys
from app.domain.registry import RECORD_TYPES
from server.db.schema import client_key, feed_counter, record, record_history, shared_client


_PENDING = "feed_pending"


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that may write records; their change-feed numbers are given out at its end.

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


def mark(conn: Connection) -> int:
    """Where the pending list stands, to forget what a rolled-back savepoint wrote (see ``forget``)."""
    return len(conn.info[_PENDING])


def forget(conn: Connection, position: int) -> None:
    del conn.info[_PENDING][position:]


def publish(conn: Connection) -> None:
    pending = list(dict.fromkeys(conn.info[_PENDING]))  # each record once, in the order last written
    conn.info[_PENDING] = []
    if not pending:
        return
    conn.execute(update(feed_counter).where(feed_counter.c.id == 1)
                 .values(value=feed_counter.c.value + len(pending)))
    top = int(conn.execute(select(feed_counter.c.value).where(feed_counter.c.id == 1)).scalar_one())
    for number, (kind, record_id) in enumerate(pending, start=top - len(pending) + 1):
        conn.execute(update(record).where(record.c.kind == kind, record.c.id == record_id).values(feed_seq=number))


def current(conn: Connection, kind: str, record_id: str, *, lock: bool = False):
    """The record's row; ``lock`` holds it (PostgreSQL FOR UPDATE) so two writers take turns."""
    query = select(record).where(record.c.kind == kind, record.c.id == record_id)
    return conn.execute(query.with_for_update() if lock else query).first()


def history_body(conn: Connection, kind: str, record_id: str, version: int) -> dict | None:
    body = conn.execute(select(record_history.c.body).where(
        record_history.c.kind == kind, record_history.c.id == record_id,
        record_history.c.version == version)).scalar()
    return json.loads(body) if body is not None else None


def _links(kind: str, body: dict) -> dict:
    return {"personal_id": body["id"] if kind == "client" else body.get("personal_id"),
            "enrollment_id": body.get("enrollment_id"), "household_id": body.get("household_id"),
            "project_id": body.get("project_id")}


def write(conn: Connection, now_ms: int, *, kind: str, body: dict, clocks: dict, agency_id: str, user_id: str,
          op_id: str | None, deleted: bool = False, lost: dict | None = None) -> int:
    """Store ``body`` as the record's next version; returns that version number."""
    if _PENDING not in conn.info:
        raise RuntimeError("records are written only inside record_store.writing()")
    row = current(conn, kind, body["id"], lock=True)
    version = (row.version if row else 0) + 1
    seq = -1 - secrets.randbits(62)  # a unique stand-in until publish() gives the real number
    conn.info[_PENDING].append((kind, body["id"]))
    values = dict(body=json.dumps(body, sort_keys=True), clocks=json.dumps(clocks, sort_keys=True),
                  version=version, feed_seq=seq, date_updated_ms=now_ms, user_id=user_id,
                  date_deleted_ms=(row.date_deleted_ms or now_ms) if deleted and row else (now_ms if deleted else None),
                  **_links(kind, body))
    if row is None:
        conn.execute(insert(record).values(kind=kind, id=body["id"], agency_id=agency_id, date_created_ms=now_ms,
                                           **values))
    else:
        conn.execute(update(record).where(record.c.kind == kind, record.c.id == body["id"]).values(**values))
    conn.execute(insert(record_history).values(kind=kind, id=body["id"], version=version, body=values["body"],
                                               deleted=deleted, op_id=op_id, user_id=user_id, at_ms=now_ms,
                                               lost=json.dumps(lost, sort_keys=True) if lost else None))
    if kind == "client":
        _index_client(conn, body, deleted)
    elif kind == "consent":
        refresh_sharing(conn, body["personal_id"])
    return version


def _index_client(conn: Connection, body: dict, deleted: bool) -> None:
    conn.execute(delete(client_key).where(client_key.c.client_id == body["id"]))
    if deleted:
        return
    keys = set(name_keys(body.get("first_name"))) | set(name_keys(body.get("last_name")))
    if body.get("dob"):
        keys.add("dob:" + body["dob"])
    ssn = body.get("ssn") or ""
    if len(ssn) == 9 and ssn[5:].isdigit():
        keys.add("ssn4:" + ssn[5:])
    if keys:
        conn.execute(insert(client_key), [{"key": k, "client_id": body["id"]} for k in sorted(keys)])


def refresh_sharing(conn: Connection, personal_id: str) -> None:
    """A client is shared beyond their agency while any full release of information is in force."""
    conn.execute(delete(shared_client).where(shared_client.c.personal_id == personal_id))
    expiries = []
    consent_type = RECORD_TYPES["consent"]
    for (text,) in conn.execute(select(record.c.body).where(record.c.kind == "consent",
                                                            record.c.personal_id == personal_id,
                                                            record.c.date_deleted_ms.is_(None))):
        consent = consent_type.from_dict(json.loads(text))
        if consent.granted and consent.scope == "full" and consent.revoked_date is None:
            expiries.append(consent.expires_date)
    if expiries:
        latest = None if any(e is None for e in expiries) else max(expiries)
        conn.execute(insert(shared_client).values(personal_id=personal_id,
                                                  expires=latest.isoformat() if isinstance(latest, date) else None))
