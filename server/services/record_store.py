"""Writing a new version of a record on the server: row, history, change feed, side indexes.

Why one place: a pushed change, a resolved conflict and a merge of two clients all produce new
versions, and each must reach every device through the same change feed.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import Connection, Row, bindparam, delete, insert, select, update

from server.db import bulk
from server.db.schema import client_key, record, record_history
from server.services import feed, sharing
from server.services.client_keys import client_keys
from server.services.feed import writing

__all__ = [
    "NEW",
    "NewRecord",
    "Provenance",
    "current",
    "flush",
    "flush_if_held",
    "held_back",
    "history_body",
    "write",
    "write_new",
    "writing",
]


class _Looked(enum.Enum):
    """A sentinel of its own type (not a bare ``object()``), so ``row is NEW`` narrows ``write``'s row."""

    NEW = "new"


#: ``write(row=NEW)``: the caller looked, locked, and found no such record.
NEW: Final = _Looked.NEW


# Built once: a push runs these for every record it writes, and building a statement (and its
# cache key) cost more of the server's time than sending it. Names of the form w_* are bound in
# the WHERE clause; the other parameters are the columns set.
_BY_KEY = (record.c.kind == bindparam("w_kind"), record.c.id == bindparam("w_id"))
_CURRENT = select(record).where(*_BY_KEY)
_CURRENT_LOCKED = _CURRENT.with_for_update()
_HISTORY_BODY = select(record_history.c.body).where(
    record_history.c.kind == bindparam("w_kind"),
    record_history.c.id == bindparam("w_id"),
    record_history.c.version == bindparam("w_version"),
)
_INSERT_RECORD = insert(record)
_UPDATE_RECORD = update(record).where(*_BY_KEY)
_INSERT_HISTORY = insert(record_history)
_INSERT_KEYS = insert(client_key)
_DELETE_KEYS = delete(client_key).where(client_key.c.client_id == bindparam("w_id"))


def current(conn: Connection, kind: str, record_id: str, *, lock: bool = False) -> Row[Any] | None:
    """The record's row; ``lock`` holds it (PostgreSQL FOR UPDATE) so two writers take turns."""
    return conn.execute(_CURRENT_LOCKED if lock else _CURRENT, {"w_kind": kind, "w_id": record_id}).first()


def history_body(conn: Connection, kind: str, record_id: str, version: int) -> dict | None:
    body = conn.execute(_HISTORY_BODY, {"w_kind": kind, "w_id": record_id, "w_version": version}).scalar()
    return json.loads(body) if body is not None else None


def _links(kind: str, body: dict) -> dict:
    return {
        "personal_id": body["id"] if kind == "client" else body.get("personal_id"),
        "enrollment_id": body.get("enrollment_id"),
        "household_id": body.get("household_id"),
        "project_id": body.get("project_id"),
    }


@dataclass(frozen=True)
class Provenance:
    """Who made and last changed a record, and when, as another system's export says. An import
    keeps it on the row so an export gives it back; the history still names who imported it."""

    user_id: str
    created_ms: int
    updated_ms: int
    deleted_ms: int | None = None


def _json(value: dict) -> str:
    return json.dumps(value, sort_keys=True)


def _row(
    kind: str,
    body: dict,
    clocks: str,
    *,
    version: int,
    seq: int,
    now_ms: int,
    user_id: str,
    deleted: bool,
    deleted_before: int | None,
    provenance: Provenance | None,
) -> dict:
    """The record row's values but its key, agency and creation time (*clocks* as stored)."""
    if provenance is not None:
        now_ms, user_id = provenance.updated_ms, provenance.user_id
        deleted_before = provenance.deleted_ms if deleted else None
    return dict(
        body=_json(body),
        clocks=clocks,
        version=version,
        feed_seq=seq,
        date_updated_ms=now_ms,
        user_id=user_id,
        date_deleted_ms=(deleted_before or now_ms) if deleted else None,
        **_links(kind, body),
    )


def _history(
    kind: str,
    record_id: str,
    values: dict,
    *,
    deleted: bool,
    op_id: str | None,
    user_id: str,
    now_ms: int,
    lost: dict | None,
) -> dict:
    return dict(
        kind=kind,
        id=record_id,
        version=values["version"],
        body=values["body"],
        deleted=deleted,
        op_id=op_id,
        user_id=user_id,
        at_ms=now_ms,
        lost=json.dumps(lost, sort_keys=True) if lost else None,
    )


def write(
    conn: Connection,
    now_ms: int,
    *,
    kind: str,
    body: dict,
    clocks: dict,
    agency_id: str,
    user_id: str,
    op_id: str | None,
    deleted: bool = False,
    lost: dict | None = None,
    provenance: Provenance | None = None,
    created_ms: int | None = None,
    row: Row[Any] | Literal[_Looked.NEW] | None = None,
) -> int:
    """Store ``body`` as the record's next version; returns that version number.

    ``created_ms``: when the device made the record, kept only if this write creates it (a
    record's creation time never changes after); an import's ``provenance`` comes first, and
    without either the record is dated ``now_ms``.

    ``row``: the record's current row, already read locked in this transaction (a push reads
    every row of its batch at once); ``NEW`` when that read found none. Left out, it is read here."""
    feed.require(conn)
    if row is None:
        flush_if_held(conn, (kind, body["id"]))
        row = current(conn, kind, body["id"], lock=True)
    elif row is NEW:
        row = None
    version = (row.version if row else 0) + 1
    seq = feed.stand_in(conn)  # until the feed gives the real number
    feed.record_written(conn, kind, body["id"], stand_in_set=True)
    values = _row(
        kind,
        body,
        _json(clocks),
        version=version,
        seq=seq,
        now_ms=now_ms,
        user_id=user_id,
        deleted=deleted,
        deleted_before=row.date_deleted_ms if row else None,
        provenance=provenance,
    )
    held = conn.info.get(_HELD)
    if held is not None and kind == "consent":
        flush(conn)  # a release updates sharing from the releases stored: they must all be there
        held = None
    out = held if held is not None else _Held()  # not held back: sent at the end of this write
    if row is None:
        created = provenance.created_ms if provenance else (now_ms if created_ms is None else created_ms)
        out.add(_INSERT_RECORD, dict(kind=kind, id=body["id"], agency_id=agency_id, date_created_ms=created, **values))
    else:
        out.add(_UPDATE_RECORD, dict(w_kind=kind, w_id=body["id"], **values))
    out.add(
        _INSERT_HISTORY,
        _history(kind, body["id"], values, deleted=deleted, op_id=op_id, user_id=user_id, now_ms=now_ms, lost=lost),
    )
    out.written.add((kind, body["id"]))
    if kind == "client":
        _index_client(
            out, body, deleted, json.loads(row.body) if row is not None and row.date_deleted_ms is None else None
        )
    if out is not held:
        out.send(conn)
    if kind == "consent":
        # A release moved to another client (a merge) stops sharing the client it left.
        for personal_id in dict.fromkeys([body["personal_id"], row.personal_id if row else None]):
            if personal_id:
                sharing.refresh(conn, now_ms, personal_id)
    return version


@dataclass(frozen=True)
class NewRecord:
    kind: str
    body: dict
    clocks: dict
    agency_id: str
    user_id: str
    deleted: bool = False
    provenance: Provenance | None = None


def write_new(conn: Connection, now_ms: int, items: list[NewRecord], *, chunk: int = 5000) -> None:
    """Store records the server has never held, as version 1, many rows per statement.

    Why apart from ``write``: an import brings hundreds of thousands of records at once, and one
    statement per row per table is most of its time. The caller has checked that none exists (a
    second copy would fail on the primary key, rolling back the whole import); releases of
    information, which change sharing, go through ``write``.
    """
    feed.require(conn)
    clocks_text: dict[int, str] = {}  # by the dict's id: an import passes one clocks dict per kind
    for start in range(0, len(items), chunk):
        part = items[start : start + chunk]
        base = feed.block_written(conn, len(part))
        rows, history, keys = [], [], []
        for j, item in enumerate(part):
            if item.kind == "consent":
                raise ValueError("a release of information is written with write(), which updates sharing")
            clocks = clocks_text.get(id(item.clocks))
            if clocks is None:
                clocks = clocks_text[id(item.clocks)] = _json(item.clocks)
            values = _row(
                item.kind,
                item.body,
                clocks,
                version=1,
                seq=-base - j,
                now_ms=now_ms,
                user_id=item.user_id,
                deleted=item.deleted,
                deleted_before=None,
                provenance=item.provenance,
            )
            created = item.provenance.created_ms if item.provenance else now_ms
            rows.append(
                dict(kind=item.kind, id=item.body["id"], agency_id=item.agency_id, date_created_ms=created, **values)
            )
            history.append(
                _history(
                    item.kind,
                    item.body["id"],
                    values,
                    deleted=item.deleted,
                    op_id=None,
                    user_id=item.user_id,
                    now_ms=now_ms,
                    lost=None,
                )
            )
            if item.kind == "client" and not item.deleted:
                keys += [{"key": k, "client_id": item.body["id"]} for k in sorted(client_keys(item.body))]
        for table, batch in ((feed.PENDING_RECORDS, rows), (record_history, history), (client_key, keys)):
            bulk.insert_many(conn, table, batch)


def _index_client(out: _Held, body: dict, deleted: bool, before: dict | None) -> None:
    """``before``: the body the keys were made from; None for a new or deleted client, which has none."""
    keys = set() if deleted else client_keys(body)
    held = client_keys(before) if before is not None else set()
    if held == keys:
        return  # most edits touch no name, birth date or SSN: the keys stay as they are
    if held:
        out.add(_DELETE_KEYS, {"w_id": body["id"]})
    for k in sorted(keys):
        out.add(_INSERT_KEYS, {"key": k, "client_id": body["id"]})


_HELD = "record_store_held"
#: The order held rows go out in: a row before its history; a client's old keys before its new.
_ORDER = (_INSERT_RECORD, _UPDATE_RECORD, _INSERT_HISTORY, _DELETE_KEYS, _INSERT_KEYS)


class _Held:
    """The rows of one or more writes, each statement's rows sent at once (``send``)."""

    def __init__(self) -> None:
        self.rows: dict[object, list[dict]] = {}
        self.written: set[tuple[str, str]] = set()

    def add(self, statement, values: dict) -> None:
        self.rows.setdefault(statement, []).append(values)

    def send(self, conn: Connection) -> None:
        for statement in _ORDER:
            rows = self.rows.pop(statement, None)
            if rows:
                conn.execute(statement, rows)
        self.written.clear()


@contextmanager
def held_back(conn: Connection) -> Iterator[None]:
    """Within, ``write`` holds its rows back and sends them at the end, many per statement.

    Why: a push writes a row, a history row and keys for each record of its batch, and one
    statement per row was a third of its statements. A read that may need a held row must call
    ``flush_if_held`` first; a release of information (which updates sharing from the releases
    stored) flushes what is held before it is written, and is written at once."""
    conn.info[_HELD] = _Held()
    try:
        yield
        flush(conn)
    finally:
        conn.info.pop(_HELD, None)


def flush(conn: Connection) -> None:
    """Send every row held back (``held_back``); nothing when none is."""
    held = conn.info.get(_HELD)
    if held is not None:
        held.send(conn)


def flush_if_held(conn: Connection, *keys: tuple[str, str | None]) -> None:
    """Before reading any of these records (kind, id): send what is held back if one of them was
    written in it, so the read finds it."""
    held = conn.info.get(_HELD)
    if held is not None and any(key in held.written for key in keys):
        flush(conn)
