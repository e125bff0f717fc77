"""Push and pull: devices' changes applied exactly once, merged field by field; the change feed.

Why each operation in its own transaction: a batch may hold a hundred intakes from a week
offline; one invalid record must not hold back the rest, and none may be half applied. The
operation id is the idempotency key, so a retried batch (after a dropped link or a crash)
returns the same answers and changes nothing twice.
"""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, Engine, func, insert, select, update

from app.domain import hlc
from app.domain.errors import ValidationError
from app.domain.ids import is_valid_id, new_id
from app.domain.matching import Identity, match_score
from app.domain.merge import merge
from app.domain.merge_policy import UnknownField
from app.domain.registry import RECORD_TYPES
from server.auth import roles
from server.db.schema import applied_op, client_key, conflict, duplicate, feed_counter, project, record
from server.services import audit_log, feed, record_store, sharing
from server.services.sharing import visible, visible_to_agency
from server.services.clock import utc_date
from server.services.errors import ServiceError

FUTURE_SLACK_MS = 3600_000
DUPLICATE_THRESHOLD = 0.85
# People scored in full per new client, after the visibility filter: those sharing the most keys
# first. Generous, since only people the agency may see compete for it; each costs one match_score.
_CANDIDATES = 200
_SLICE = 500
_NEW_CLIENT = "_new_client"  # carried from _apply to push, never answered


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
            raise BadBatch(f"The request is not valid: operations.{number}.created_ms: the record's creation "
                           "time must be a whole number of milliseconds, not negative; nothing in this batch was "
                           "applied.")
        if created > now_ms + FUTURE_SLACK_MS:
            raise BadBatch(f"The request is not valid: operations.{number}.created_ms: the record is dated later "
                           "than the server's time (the device's clock was ahead when it was made); nothing in this "
                           "batch was applied.")


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
    if kind != "client" and personal_id and not sharing.may_see(conn, user_row, now_ms, "client", personal_id):
        raise Rejected("The client this record belongs to is not known to the server.")
    enrollment_id = body.get("enrollment_id")
    if enrollment_id:
        found = record_store.current(conn, "enrollment", enrollment_id)
        if found is None or not sharing.may_see(conn, user_row, now_ms, "enrollment", enrollment_id):
            raise Rejected("The enrollment this record belongs to is not known to the server.")
        if found.agency_id != owner and not roles.is_admin(user_row.role):
            raise Rejected("That enrollment belongs to another agency: add records only to your agency's own "
                           "enrollments.")
    project_id = body.get("project_id")
    if project_id:
        row = conn.execute(select(project.c.agency_id).where(project.c.id == project_id)).first()
        if row is None or (user_row.role != roles.SYSTEM_ADMIN and row.agency_id != user_row.agency_id):
            raise Rejected("That project is not one of this agency's projects.")
    if kind == "consent":
        if roles.is_admin(user_row.role):
            raise Rejected("A release of information is recorded and changed only by the agency that collected "
                           "it.")
        if body.get("agency_id") != owner:
            raise Rejected("A release of information names the agency that collected it: it must name your "
                           "agency.")


def _validated(kind: str, body: dict, now_ms: int) -> dict:
    try:
        obj = RECORD_TYPES[kind].from_dict(body)
        obj.validate(today=utc_date(now_ms))
    except ValidationError as error:
        raise Rejected("; ".join(f"{e.field}: {e.message}" for e in error.errors)) from None
    return obj.to_dict()


def _apply(conn: Connection, now_ms: int, user_row, device_row, op: dict) -> dict:
    stamp = _check_shape(op, device_row.id, now_ms)
    kind, record_id = op["kind"], op["record_id"]
    row = record_store.current(conn, kind, record_id, lock=True)
    # A record is changed only by its owner (or the HMIS Admin): an agency a client is shared with
    # reads the record, and its change is refused here rather than raised as the owner's conflict.
    if row is not None and not sharing.may_change(conn, user_row, now_ms, row):
        raise Rejected(sharing.NOT_YOURS)
    if op["op"] == "delete":
        if row is None or row.date_deleted_ms is not None:
            raise Rejected("There is no such record to delete.")
        version = record_store.write(conn, now_ms, kind=kind, body=json.loads(row.body), clocks=json.loads(row.clocks),
                                     agency_id=row.agency_id, user_id=user_row.id, op_id=op["op_id"], deleted=True)
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
        result = merge(kind, base, json.loads(row.body) if row else None, json.loads(row.clocks) if row else {},
                       changes, stamp.encode())
    except UnknownField as error:
        raise Rejected(str(error)) from None
    body = _validated(kind, dict(result.body, id=record_id), now_ms)
    agency_id = row.agency_id if row else device_row.agency_id  # a record stays with the agency that made it
    _check_links(conn, user_row, now_ms, kind, body, agency_id)
    lost = {"kept_server": {f: changes[f] for f in result.kept_server},
            "overwritten": dict(result.overwritten)} if (result.kept_server or result.overwritten) else None
    version = record_store.write(conn, now_ms, kind=kind, body=body, clocks=dict(result.clocks),
                                 agency_id=agency_id, user_id=user_row.id, op_id=op["op_id"], lost=lost,
                                 created_ms=op.get("created_ms"))
    for item in result.conflicts:
        _raise_conflict(conn, now_ms, op["op_id"], device_row.id, kind, record_id, agency_id, item)
    answer = {"status": result.status, "version": version, "conflicts": [c.field for c in result.conflicts]}
    if kind == "client" and row is None:
        answer[_NEW_CLIENT] = (body, agency_id)
    return answer


def _raise_conflict(conn: Connection, now_ms: int, op_id: str, device_id: str, kind: str, record_id: str,
                    agency_id: str, item) -> None:
    """One open conflict per field and device: a device that changed a disputed field again
    before it heard of the dispute has replaced its own earlier value, so the open conflict
    takes the new value instead of a second, stale one being raised."""
    values = {"base_value": json.dumps(item.base), "server_value": json.dumps(item.server),
              "client_value": json.dumps(item.client), "op_id": op_id, "raised_ms": now_ms}
    earlier = conn.execute(select(conflict.c.id).where(
        conflict.c.kind == kind, conflict.c.record_id == record_id, conflict.c.field == item.field,
        conflict.c.status == "open", conflict.c.op_id.like(f"{device_id}:%"))).scalar()
    if earlier is not None:
        conn.execute(update(conflict).where(conflict.c.id == earlier).values(**values))
    else:
        conn.execute(insert(conflict).values(id=new_id(), kind=kind, record_id=record_id, agency_id=agency_id,
                                             field=item.field, status="open", **values))


def _raise_duplicates(conn: Connection, now_ms: int, body: dict, agency_id: str, *,
                      not_yet: frozenset[str] | set[str] = frozenset()) -> None:
    """Possible duplicates of a client new to the server: people sharing at least two identifying
    keys with them (two sound-alike names, or a name and the birth date, ...), scored in full."""
    probe = _identity(body)
    for other_id, other in _candidates(conn, now_ms, body["id"], agency_id, not_yet):
        score = match_score(probe, _identity(json.loads(other)))
        if score >= DUPLICATE_THRESHOLD:
            conn.execute(insert(duplicate).values(id=new_id(), client_id=body["id"], other_id=other_id,
                                                  agency_id=agency_id, score=int(score * 1000), status="open",
                                                  raised_ms=now_ms))


def _candidates(conn: Connection, now_ms: int, client_id: str, agency_id: str, not_yet: set[str] | frozenset[str]
                ) -> list:
    """The ``_CANDIDATES`` people sharing the most keys with the client among those this agency
    may see, the visibility filter applied before the cut (issue 16).

    Why visible only: a match must not reveal that someone is a client of another agency (a
    victim service provider, say) without a release. Why before the cut: people it may not see
    must not fill the top and crowd out a true duplicate in its own agency. Why in slices: the
    count runs on the key index alone, and each slice of ids, best first, is checked with one
    indexed query, so the cost follows the candidates, not the size of the record table."""
    keys = select(client_key.c.key).where(client_key.c.client_id == client_id)
    shared = func.count(client_key.c.key)
    ranked = conn.execute(select(client_key.c.client_id)
                          .where(client_key.c.key.in_(keys), client_key.c.client_id != client_id)
                          .group_by(client_key.c.client_id).having(shared >= 2)
                          .order_by(shared.desc(), client_key.c.client_id)).scalars().all()
    ranked = [i for i in ranked if i not in not_yet]
    found: list = []
    for start in range(0, len(ranked), _SLICE):
        ids = ranked[start:start + _SLICE]
        rows = {row.id: row for row in conn.execute(select(record.c.id, record.c.body).where(
            record.c.kind == "client", record.c.id.in_(ids), record.c.date_deleted_ms.is_(None),
            visible_to_agency(agency_id, now_ms)))}
        found += [rows[i] for i in ids if i in rows]
        if len(found) >= _CANDIDATES:
            return found[:_CANDIDATES]
    return found


def _identity(body: dict) -> Identity:
    return Identity(id=body["id"], first_name=body.get("first_name"), last_name=body.get("last_name"),
                    dob=date.fromisoformat(body["dob"]) if body.get("dob") else None, ssn=body.get("ssn"),
                    middle_name=body.get("middle_name"), alias=body.get("alias"))


def push(engine: Engine, now_ms: int, *, user_row, device_row, operations: list[dict]) -> list[dict]:
    """Apply each operation once and answer for each.

    The batch commits as one transaction (one flush to disk), and each operation runs in its own
    savepoint, so a rejected operation leaves no trace of itself while the others apply. If the
    commit itself fails nothing is applied and the device, retrying, gets the same answers.

    An operation's ``created_ms`` (when the device made the record) becomes the record's creation
    time if, and only if, that operation creates it here; a batch with an impossible one is refused
    whole (``_check_created``). Without it (an older device) the record is dated by this push.
    """
    _check_created(operations, now_ms)
    results, fresh = [], []
    with record_store.writing(engine) as conn:
        for op in operations:
            done = conn.execute(select(applied_op.c.result).where(applied_op.c.op_id == op["op_id"])).scalar()
            if done is not None:
                results.append(json.loads(done))
                continue
            mark = record_store.mark(conn)
            savepoint = conn.begin_nested()
            try:
                outcome = _apply(conn, now_ms, user_row, device_row, op)
                savepoint.commit()
                if _NEW_CLIENT in outcome:
                    fresh.append(outcome.pop(_NEW_CLIENT))
            except Rejected as error:
                savepoint.rollback()
                record_store.forget(conn, mark)
                outcome = {"status": "rejected", "reason": error.message, "conflicts": []}
            outcome = {"op_id": op["op_id"], **outcome}
            conn.execute(insert(applied_op).values(op_id=op["op_id"], device_id=device_row.id,
                                                   result=json.dumps(outcome), at_ms=now_ms))
            audit_log.record(conn, now_ms, "change", outcome=outcome["status"], actor=user_row.id,
                             device_id=device_row.id, agency_id=user_row.agency_id, kind=op["kind"],
                             record_id=op["record_id"], detail={"fields": sorted(op["fields"])[:50]})
            results.append(outcome)
        if fresh:
            # Duplicates are looked for after the feed's numbers are taken: that lock is held
            # until commit, so of two pushes of the same new person at once, the later one waits
            # here for the earlier's commit and finds its client (on PostgreSQL each statement
            # sees what committed before it). Searched before, neither would see the other.
            # Each new client is compared with those before it, as if pushed one by one, so a pair
            # in one batch is raised once.
            feed.publish(conn)
            later = {body["id"] for body, _ in fresh}
            for body, agency_id in fresh:
                later.discard(body["id"])
                _raise_duplicates(conn, now_ms, body, agency_id, not_yet=later)
    return results


def pull(conn: Connection, now_ms: int, *, user_row, device_id: str, cursor: int, limit: int,
         device_agency: str | None = None) -> dict:
    """Changes after ``cursor`` that this user may see, oldest first, and where to continue.

    The feed's head is read first: numbers are handed out under the counter row's lock in commit
    order, so every change numbered up to the head has committed, and reading only up to it in the
    next statement misses none, whatever commits between the two (READ COMMITTED on PostgreSQL
    gives each statement its own snapshot). Reading the head last would let a push that commits in
    between move the cursor past changes this page never held.

    Why the order is safe: ``feed.publish`` takes its numbers with an UPDATE of the one counter
    row, the last step before commit. A second writer's UPDATE waits for that row lock until the
    first commits (PostgreSQL makes a commit visible before it releases its locks), so a
    transaction numbered N+1 always commits after the one numbered N: a head of N+1 seen here means
    N is visible too. A change still in flight carries a negative stand-in number, which no cursor
    reaches. A record rewritten after the head was read moves above the head and comes in a later
    pull. On SQLite this transaction is BEGIN IMMEDIATE, so no writer commits during it at all.
    Tests: tests/server/test_pull_concurrency.py and test_pull_interleaving.py.
    """
    head = int(conn.execute(select(feed_counter.c.value).where(feed_counter.c.id == 1)).scalar_one())
    rows = conn.execute(select(record).where(record.c.feed_seq > cursor, record.c.feed_seq <= head,
                                             visible(user_row, now_ms))
                        .order_by(record.c.feed_seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    # other_agency: the device shows another agency's record read-only (only its owner may change it).
    # created_ms: when the record was made (on the device that pushed it, or an import's own DateCreated),
    # for the device's timeliness report.
    changes = [{"kind": r.kind, "id": r.id, "version": r.version, "feed_seq": r.feed_seq,
                "deleted": r.date_deleted_ms is not None, "body": json.loads(r.body), "clocks": json.loads(r.clocks),
                "other_agency": device_agency is not None and r.agency_id != device_agency,
                "created_ms": r.date_created_ms}
               for r in rows]
    # Nothing visible beyond the page up to the head: skip past invisible changes too, so the next
    # pull starts there.
    next_cursor = rows[-1].feed_seq if more else max(cursor, head)
    dropped = sharing.dropped(conn, user_row, now_ms, cursor, next_cursor)
    audit_log.record(conn, now_ms, "pull", actor=user_row.id, device_id=device_id, agency_id=user_row.agency_id,
                     detail={"records": len(changes), "cursor": cursor})
    if dropped:
        audit_log.record(conn, now_ms, "access_dropped", actor=user_row.id, device_id=device_id,
                         agency_id=user_row.agency_id, detail={"records": len(dropped)})
    return {"changes": changes, "dropped": dropped, "cursor": next_cursor, "more": more}
