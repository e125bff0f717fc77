"""Push and pull: devices' changes applied exactly once, merged field by field; the change feed.

Why each operation is checked in full before it writes: a batch may hold a hundred intakes from
a week offline; one invalid record must not hold back the rest, and none may be half applied. The
batch then commits as one transaction (see ``push``). The operation id is the idempotency key, so
a retried batch (after a dropped link or a crash) returns the same answers and changes nothing
twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Row, Select, insert, select, tuple_, update

from app.domain import hlc
from app.domain.errors import ValidationError
from app.domain.ids import is_valid_id, new_id
from app.domain.merge import merge
from app.domain.merge_policy import UnknownField
from app.domain.registry import RECORD_TYPES
from server.auth import roles
from server.db.schema import applied_op, conflict, project, record
from server.services import audit_log, duplicate_search, feed, record_store, sharing
from server.services.clock import utc_date
from server.services.errors import ServiceError

FUTURE_SLACK_MS = 3600_000
_NEW_CLIENT = "_new_client"  # carried from _apply to push, never answered
_UNREAD = object()  # a batch's row that a write in this batch changed: read it again


class Rejected(ServiceError):
    status = 422


class BadBatch(ServiceError):
    """A batch the server takes none of: the device must send it again, put right."""

    status = 422


def _check_created(operations: list[dict], now_ms: int) -> None:
    """Refuse the whole batch if an operation's ``created_ms`` (when the device made the record)
    cannot be a creation time: not a whole number, negative, or later than the server's now plus
    ``FUTURE_SLACK_MS``, the allowance the change's own clock stamp gets (both come from the same
    laptop clock at the same moment, so one is not refused where the other passes).

    Why a time before the device's enrollment is taken: a vault may hold work done before it was
    enrolled (the device tool enrolls a vault already in use; ``identity._adopt_node`` re-labels
    those changes' stamps), and the server takes those stamps too. Refusing would strand the batch
    for a record that is real; the device's clock is trusted as far as its stamps are.

    Why the whole batch and not the one operation: like a malformed field caught by the request's
    schema, a bad time is the device's fault, not the record's. Nothing is applied and the device
    keeps its outbox; a time from a clock that ran ahead passes once the server's time reaches it
    (less the allowance), as that clock's stamps on its later changes do.
    """
    for number, op in enumerate(operations):
        created = op.get("created_ms")
        if created is None:
            continue
        if not isinstance(created, int) or isinstance(created, bool) or created < 0:
            raise BadBatch(
                f"The request is not valid: operations.{number}.created_ms: the record's creation "
                "time must be a whole number of milliseconds, not negative; nothing in this batch was "
                "applied."
            )
        if created > now_ms + FUTURE_SLACK_MS:
            raise BadBatch(
                f"The request is not valid: operations.{number}.created_ms: the record is dated later "
                "than the server's time (the device's clock was ahead when it was made); nothing in this "
                "batch was applied."
            )


def _check_shape(op: dict, device_id: str, now_ms: int) -> hlc.Stamp:
    prefix, _, number = str(op.get("op_id", "")).partition(":")
    if prefix != device_id or not number.isdigit() or int(number) < 1:
        raise Rejected("The operation id must be this device's id and a sequence number.")
    if op["kind"] not in RECORD_TYPES:
        raise Rejected("That kind of record is not known.")
    if not is_valid_id(op["record_id"]):
        raise Rejected("The record id is not a valid id.")
    try:
        stamp = hlc.Stamp.decode(op["hlc"])
    except ValueError:
        raise Rejected("The change's clock stamp is not valid.") from None
    if stamp.node != device_id:
        raise Rejected("The change's clock stamp was not made by this device.")
    if stamp.ms > now_ms + FUTURE_SLACK_MS:
        raise Rejected("This change is dated in the future; the device's clock was wrong when it was made.")
    return stamp


def _check_links(conn: Connection, user_row, now_ms: int, kind: str, body: dict, owner: str) -> None:
    personal_id = body.get("personal_id")
    enrollment_id = body.get("enrollment_id")
    record_store.flush_if_held(conn, ("client", personal_id), ("enrollment", enrollment_id))
    if kind != "client" and personal_id and not sharing.may_see(conn, user_row, now_ms, "client", personal_id):
        raise Rejected("The client this record belongs to is not known to the server.")
    if enrollment_id:
        found = record_store.current(conn, "enrollment", enrollment_id)
        if found is None or not sharing.may_see(conn, user_row, now_ms, "enrollment", enrollment_id):
            raise Rejected("The enrollment this record belongs to is not known to the server.")
        if found.agency_id != owner and not roles.is_admin(user_row.role):
            raise Rejected(
                "That enrollment belongs to another agency: add records only to your agency's own enrollments."
            )
    project_id = body.get("project_id")
    if project_id:
        row = conn.execute(select(project.c.agency_id).where(project.c.id == project_id)).first()
        if row is None or (user_row.role != roles.SYSTEM_ADMIN and row.agency_id != user_row.agency_id):
            raise Rejected("That project is not one of this agency's projects.")
    if kind == "consent":
        if roles.is_admin(user_row.role):
            raise Rejected("A release of information is recorded and changed only by the agency that collected it.")
        if body.get("agency_id") != owner:
            raise Rejected("A release of information names the agency that collected it: it must name your agency.")


def _validated(kind: str, body: dict, now_ms: int) -> dict:
    try:
        obj = RECORD_TYPES[kind].from_dict(body)
        obj.validate(today=utc_date(now_ms))
    except ValidationError as error:
        raise Rejected("; ".join(f"{e.field}: {e.message}" for e in error.errors)) from None
    return obj.to_dict()


def _apply(conn: Connection, now_ms: int, user_row, device_row, op: dict, rows: dict) -> dict:
    """Check, merge and write one operation. Every refusal (Rejected) comes before the first
    write, so a refused operation leaves nothing behind without a savepoint of its own."""
    stamp = _check_shape(op, device_row.id, now_ms)
    kind, record_id = op["kind"], op["record_id"]
    row = rows.get((kind, record_id), _UNREAD)
    if row is _UNREAD:
        record_store.flush_if_held(conn, (kind, record_id))
        row = record_store.current(conn, kind, record_id, lock=True)
    rows[(kind, record_id)] = _UNREAD  # written below (or refused): a later operation reads it anew
    stored = row if row is not None else record_store.NEW
    # A record is changed only by its owner (or the HMIS Admin): an agency a client is shared with
    # reads the record, and its change is refused here rather than raised as the owner's conflict.
    if row is not None and not sharing.may_change(conn, user_row, now_ms, row):
        raise Rejected(sharing.NOT_YOURS)
    if op["op"] == "delete":
        if row is None or row.date_deleted_ms is not None:
            raise Rejected("There is no such record to delete.")
        version = record_store.write(
            conn,
            now_ms,
            kind=kind,
            body=json.loads(row.body),
            clocks=json.loads(row.clocks),
            agency_id=row.agency_id,
            user_id=user_row.id,
            op_id=op["op_id"],
            deleted=True,
            row=stored,
        )
        return {"status": "applied", "version": version, "conflicts": []}
    if row is not None and row.date_deleted_ms is not None:
        raise Rejected("This record was deleted on the server.")
    base = None
    if op.get("base_version") is not None:
        if row is None:
            raise Rejected("The record this change was based on is not on the server.")
        base = record_store.history_body(conn, kind, record_id, op["base_version"])
        if base is None:
            raise Rejected("The version this change was based on is not known.")
    changes = dict(op["fields"])
    changes.pop("id", None)
    try:
        result = merge(
            kind,
            base,
            json.loads(row.body) if row else None,
            json.loads(row.clocks) if row else {},
            changes,
            stamp.encode(),
        )
    except UnknownField as error:
        raise Rejected(str(error)) from None
    body = _validated(kind, dict(result.body, id=record_id), now_ms)
    agency_id = row.agency_id if row else device_row.agency_id  # a record stays with the agency that made it
    _check_links(conn, user_row, now_ms, kind, body, agency_id)
    lost = (
        {"kept_server": {f: changes[f] for f in result.kept_server}, "overwritten": dict(result.overwritten)}
        if (result.kept_server or result.overwritten)
        else None
    )
    version = record_store.write(
        conn,
        now_ms,
        kind=kind,
        body=body,
        clocks=dict(result.clocks),
        agency_id=agency_id,
        user_id=user_row.id,
        op_id=op["op_id"],
        lost=lost,
        created_ms=op.get("created_ms"),
        row=stored,
    )
    for item in result.conflicts:
        _raise_conflict(conn, now_ms, op["op_id"], device_row.id, kind, record_id, agency_id, item)
    answer = {"status": result.status, "version": version, "conflicts": [c.field for c in result.conflicts]}
    if kind == "client" and row is None:
        answer[_NEW_CLIENT] = (record_id, agency_id)
    return answer


def _raise_conflict(
    conn: Connection, now_ms: int, op_id: str, device_id: str, kind: str, record_id: str, agency_id: str, item
) -> None:
    """One open conflict per field and device: a device that changed a disputed field again
    before it heard of the dispute has replaced its own earlier value, so the open conflict
    takes the new value instead of a second, stale one being raised."""
    values = {
        "base_value": json.dumps(item.base),
        "server_value": json.dumps(item.server),
        "client_value": json.dumps(item.client),
        "op_id": op_id,
        "raised_ms": now_ms,
    }
    earlier = conn.execute(
        select(conflict.c.id).where(
            conflict.c.kind == kind,
            conflict.c.record_id == record_id,
            conflict.c.field == item.field,
            conflict.c.status == "open",
            conflict.c.op_id.like(f"{device_id}:%"),
        )
    ).scalar()
    if earlier is not None:
        conn.execute(update(conflict).where(conflict.c.id == earlier).values(**values))
    else:
        conn.execute(
            insert(conflict).values(
                id=new_id(),
                kind=kind,
                record_id=record_id,
                agency_id=agency_id,
                field=item.field,
                status="open",
                **values,
            )
        )


def _locked_rows(conn: Connection, operations: list[dict]) -> dict:
    """Every record the batch touches, read and locked in one statement, in one order (kind, id)
    for every push, so that two batches editing the same records never wait for each other in a
    circle. Absent records map to None."""
    keys = sorted(
        {
            (op["kind"], op["record_id"])
            for op in operations
            if op["kind"] in RECORD_TYPES and is_valid_id(op["record_id"])
        }
    )
    if not keys:
        return {}
    found = {(r.kind, r.id): r for r in conn.execute(locking(keys))}
    return {key: found.get(key) for key in keys}


def locking(keys: list[tuple[str, str]]) -> Select:
    """Read and lock these records (kind, id), in that order."""
    return (
        select(record)
        .where(tuple_(record.c.kind, record.c.id).in_(keys))
        .order_by(record.c.kind, record.c.id)
        .with_for_update()
    )


def applied_before(op_ids: list[str]) -> Select:
    """What was answered for those of these operations already applied: a retried batch's."""
    return select(applied_op.c.op_id, applied_op.c.result).where(applied_op.c.op_id.in_(op_ids))


def push(engine: Engine, now_ms: int, *, user_row, device_row, operations: list[dict]) -> list[dict]:
    """Apply each operation once and answer for each.

    The batch commits as one transaction (one flush to disk); an operation is checked in full
    before it writes anything, so a rejected one leaves no trace while the others apply. If the
    commit itself fails nothing is applied and the device, retrying, gets the same answers.

    An operation's ``created_ms`` (when the device made the record) becomes the record's creation
    time if, and only if, that operation creates it here; a batch with an impossible one is refused
    whole (``_check_created``). Without it (an older device) the record is dated by this push.

    Clients new to the server are searched for duplicates after the commit
    (``duplicate_search``), so the search holds none of this batch's locks.
    """
    _check_created(operations, now_ms)
    results: list[dict] = []
    fresh: list[tuple[str, str]] = []
    with record_store.writing(engine) as conn, record_store.held_back(conn):
        done = {
            op_id: json.loads(result)
            for op_id, result in conn.execute(applied_before(sorted({str(op["op_id"]) for op in operations})))
        }
        rows = _locked_rows(conn, operations)
        applied, audits = [], []
        for op in operations:
            if op["op_id"] in done:
                results.append(done[op["op_id"]])
                continue
            try:
                outcome = _apply(conn, now_ms, user_row, device_row, op, rows)
                if _NEW_CLIENT in outcome:
                    fresh.append(outcome.pop(_NEW_CLIENT))
            except Rejected as error:
                outcome = {"status": "rejected", "reason": error.message, "conflicts": []}
            outcome = done[op["op_id"]] = {"op_id": op["op_id"], **outcome}
            applied.append(
                {"op_id": op["op_id"], "device_id": device_row.id, "result": json.dumps(outcome), "at_ms": now_ms}
            )
            audits.append(
                audit_log.entry(
                    now_ms,
                    "change",
                    outcome=outcome["status"],
                    actor=user_row.id,
                    device_id=device_row.id,
                    agency_id=user_row.agency_id,
                    kind=op["kind"],
                    record_id=op["record_id"],
                    detail={"fields": sorted(op["fields"])[:50]},
                )
            )
            results.append(outcome)
        if applied:
            conn.execute(insert(applied_op), applied)
            audit_log.record_many(conn, audits)
        duplicate_search.queue(conn, now_ms, fresh)
    if len(applied) < len(operations):
        # A retry: the process that took the first attempt may have stopped between its commit
        # and its numbering, and this device pulls next; it must not wait for LEFT_BEHIND_MS.
        feed.settle(engine)
    if fresh:
        duplicate_search.search(engine, now_ms, [client_id for client_id, _ in fresh])
    return results


_KIND_JSON = {kind: json.dumps(kind) for kind in RECORD_TYPES}
_TRUTH = {True: "true", False: "false"}


@dataclass(frozen=True)
class Page:
    """One page of the change feed, kept as the stored rows: ``to_json`` writes the answer with
    each body and clock map as stored (JSON already), never parsed and written again."""

    rows: Sequence[Row[Any]]
    dropped: list[dict]
    cursor: int
    more: bool
    device_agency: str | None

    def _other(self, row: Row[Any]) -> bool:
        # other_agency: the device shows another agency's record read-only (only its owner may change it).
        return self.device_agency is not None and row.agency_id != self.device_agency

    def as_dict(self) -> dict:
        """The answer as Python values: ``to_json`` read back, so there is one way to write it."""
        return json.loads(self.to_json())

    def to_json(self) -> bytes:
        # created_ms: when the record was made (on the device that pushed it, or an import's own
        # DateCreated), for the device's timeliness report. Kinds and truth values are written
        # from tables: a page holds hundreds of rows and json.dumps per value was most of it.
        say, kinds = json.dumps, _KIND_JSON
        changes = ",".join(
            f'{{"kind":{kinds.get(r.kind) or say(r.kind)},"id":{say(r.id)},"version":{int(r.version)},'
            f'"feed_seq":{int(r.feed_seq)},"deleted":{_TRUTH[r.date_deleted_ms is not None]},"body":{r.body},'
            f'"clocks":{r.clocks},"other_agency":{_TRUTH[self._other(r)]},"created_ms":{int(r.date_created_ms)}}}'
            for r in self.rows
        )
        return (
            f'{{"changes":[{changes}],"dropped":{say(self.dropped)},"cursor":{int(self.cursor)},'
            f'"more":{say(self.more)}}}'
        ).encode()


def pull(
    conn: Connection,
    now_ms: int,
    *,
    user_row,
    device_id: str,
    cursor: int,
    limit: int,
    device_agency: str | None = None,
    head: int | None = None,
) -> Page:
    """Changes after ``cursor`` that this user may see, oldest first, and where to continue.

    The feed's head is read first: every number up to it has committed (``feed``: the visible
    numbers are always a prefix), so reading only up to it in the next statement misses none,
    whatever commits between the two (READ COMMITTED on PostgreSQL gives each statement its own
    snapshot). Reading the head last would let a push that commits in between move the cursor past
    changes this page never held. A change still in flight carries a negative stand-in number,
    which no cursor reaches. A record rewritten after the head was read moves above the head and
    comes in a later pull. On SQLite this transaction is BEGIN IMMEDIATE, so no writer commits
    during it at all. Tests: tests/server/test_pull_concurrency.py and test_pull_interleaving.py.

    ``head``: the feed's head as read by an earlier statement of this transaction, if one did.
    """
    if head is None:
        head = feed.head(conn)
    rows = conn.execute(*sharing.visible_page(user_row, now_ms, after=cursor, upto=head, limit=limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    # Nothing visible beyond the page up to the head: skip past invisible changes too, so the next
    # pull starts there.
    next_cursor = rows[-1].feed_seq if more else max(cursor, head)
    dropped = sharing.dropped(conn, user_row, now_ms, cursor, next_cursor)
    audit_log.record(
        conn,
        now_ms,
        "pull",
        actor=user_row.id,
        device_id=device_id,
        agency_id=user_row.agency_id,
        detail={"records": len(rows), "cursor": cursor},
    )
    if dropped:
        audit_log.record(
            conn,
            now_ms,
            "access_dropped",
            actor=user_row.id,
            device_id=device_id,
            agency_id=user_row.agency_id,
            detail={"records": len(dropped)},
        )
    return Page(rows, dropped, next_cursor, more, device_agency)
