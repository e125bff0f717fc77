"""Possible duplicates of clients new to the server, looked for once their push has committed.

Why after the commit and not inside the push: the search grows with the database, and inside the
push it ran while the push held its rows. Two intakes of one person pushed at the same moment
must still meet: a new client is queued (``client_unmatched``) in its push's transaction, and its
search runs next, in a transaction of its own that first takes a lock for each of the client's
identifying keys (PostgreSQL advisory locks; SQLite has one writer at a time anyway). Two people
who could be flagged share at least one key (server.services.client_keys), so their searches
take turns, and the later one starts after both pushes committed: it sees the other. A pair
already raised either way round is not raised again. A client left queued by a process that died
is searched by the next push.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from sqlalchemy import Connection, Engine, Executable, and_, bindparam, delete, func, insert, or_, select, text

from app.domain.ids import new_id
from app.domain.matching import Identity, match_score
from server.db.schema import client_key, client_unmatched, duplicate, record
from server.db.value_lists import per_backend
from server.services.client_keys import client_keys
from server.services.clock import utc_date
from server.services.sharing import agency_view

DUPLICATE_THRESHOLD = 0.85
# People scored in full per new client, after the visibility filter: those sharing the most keys
# first. Generous, since only people the agency may see compete for it; each costs one match_score.
_CANDIDATES = 200
_SLICE = 500
#: A queued client older than this was left by a push whose process died before its search.
LEFT_OVER_MS = 60_000


def queue(conn: Connection, now_ms: int, clients: list[tuple[str, str]]) -> None:
    """Queue new clients (id, owning agency), in the order pushed, inside the push's transaction."""
    if clients:
        conn.execute(
            insert(client_unmatched),
            [{"client_id": c, "agency_id": a, "queued_ms": now_ms + i} for i, (c, a) in enumerate(clients)],
        )


# Built once, per backend: a push of new clients runs each of these (``value_lists``).
_QUEUED = per_backend(
    lambda one_of: (
        select(client_unmatched, record.c.body)
        .outerjoin(
            record,
            and_(
                record.c.kind == "client",
                record.c.id == client_unmatched.c.client_id,
                record.c.date_deleted_ms.is_(None),
            ),
        )
        .where(or_(one_of(client_unmatched.c.client_id, "ids"), client_unmatched.c.queued_ms < bindparam("left_over")))
        .order_by(client_unmatched.c.queued_ms, client_unmatched.c.client_id)
        .with_for_update(of=client_unmatched, skip_locked=True)
    )
)
_DEQUEUE = per_backend(lambda one_of: delete(client_unmatched).where(one_of(client_unmatched.c.client_id, "ids")))
_LOCK_KEYS = text(
    "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) WITH ORDINALITY AS t(k, n)"
)
_SHARING_KEYS = per_backend(
    lambda one_of: (
        select(client_key.c.client_id)
        .where(one_of(client_key.c.key, "keys"), client_key.c.client_id != bindparam("client_id"))
        .group_by(client_key.c.client_id)
        .order_by(func.count(client_key.c.key).desc(), client_key.c.client_id)
    )
)
_VISIBLE_CLIENTS = per_backend(
    lambda one_of: select(record.c.id, record.c.body).where(
        record.c.kind == "client",
        one_of(record.c.id, "ids"),
        record.c.date_deleted_ms.is_(None),
        agency_view(bindparam("v_agency"), bindparam("v_today")),
    )
)
_PAIR_RAISED = select(duplicate.c.id).where(
    or_(
        and_(duplicate.c.client_id == bindparam("one"), duplicate.c.other_id == bindparam("other")),
        and_(duplicate.c.client_id == bindparam("other"), duplicate.c.other_id == bindparam("one")),
    )
)
_INSERT_PAIR = insert(duplicate)


def search(engine: Engine, now_ms: int, client_ids: list[str]) -> None:
    """Search for duplicates of these queued clients (and any left over), and dequeue them."""
    with engine.begin() as conn:
        backend = conn.dialect.name
        queued = conn.execute(_QUEUED[backend], {"ids": client_ids, "left_over": now_ms - LEFT_OVER_MS}).all()
        if not queued:
            return
        found = [(q, body, client_keys(body)) for q in queued if q.body is not None for body in (json.loads(q.body),)]
        _lock_keys(conn, {k for _, _, keys in found for k in keys})
        later = {q.client_id for q, _, _ in found}
        for q, body, keys in found:
            later.discard(q.client_id)
            _raise(conn, now_ms, body, keys, q.agency_id, not_yet=later)
        conn.execute(_DEQUEUE[backend], {"ids": [q.client_id for q in queued]})


def _lock_keys(conn: Connection, keys: set[str]) -> None:
    """One advisory lock per key, in one order for every process, held until this search commits."""
    if conn.dialect.name != "postgresql" or not keys:
        return
    numbers = sorted(
        {int.from_bytes(hashlib.sha256(b"hmis-key:" + k.encode()).digest()[:8], "big", signed=True) for k in keys}
    )
    conn.execute(_LOCK_KEYS, {"keys": numbers})


def _raise(conn: Connection, now_ms: int, body: dict, keys: set[str], agency_id: str, *, not_yet: set[str]) -> None:
    """People sharing an identifying key with the client (two sound-alike names, or a name and the
    birth date, ...), scored in full; a pair raised before, either way round, is not."""
    probe = _identity(body)
    for other_id, other in _candidates(conn, now_ms, body["id"], keys, agency_id, not_yet):
        score = match_score(probe, _identity(json.loads(other)))
        if score < DUPLICATE_THRESHOLD:
            continue
        if conn.execute(_PAIR_RAISED, {"one": body["id"], "other": other_id}).first() is None:
            conn.execute(
                _INSERT_PAIR,
                dict(
                    id=new_id(),
                    client_id=body["id"],
                    other_id=other_id,
                    agency_id=agency_id,
                    score=int(score * 1000),
                    status="open",
                    raised_ms=now_ms,
                ),
            )


def _candidates(
    conn: Connection, now_ms: int, client_id: str, keys: set[str], agency_id: str, not_yet: set[str]
) -> list:
    """The ``_CANDIDATES`` people sharing the most keys with the client among those this agency
    may see, the visibility filter applied before the cut (issue 16).

    Why visible only: a match must not reveal that someone is a client of another agency (a
    victim service provider, say) without a release. Why before the cut: people it may not see
    must not fill the top and crowd out a true duplicate in its own agency. Why in slices: the
    count runs on the key index alone, and each slice of ids, best first, is checked with one
    indexed query, so the cost follows the candidates, not the size of the record table."""
    backend = conn.dialect.name
    ranked = [i for i in conn.execute(*sharing_keys(backend, client_id, keys)).scalars() if i not in not_yet]
    found: list = []
    for start in range(0, len(ranked), _SLICE):
        ids = ranked[start : start + _SLICE]
        rows = {row.id: row for row in conn.execute(*visible_clients(backend, ids, agency_id, now_ms))}
        found += [rows[i] for i in ids if i in rows]
        if len(found) >= _CANDIDATES:
            return found[:_CANDIDATES]
    return found


def sharing_keys(backend: str, client_id: str, keys: set[str]) -> tuple[Executable, dict]:
    """Everyone else holding any of these keys, those holding most first: the statement for the
    ``backend`` (a dialect name) and its parameters.

    Why the keys are given and not read from the index in the query: a list of values is looked
    up key by key on the primary key's index whatever the planner's statistics say; a sub-query
    let it guess, and before an ANALYZE it guessed a scan of the whole table."""
    return _SHARING_KEYS[backend], {"keys": sorted(keys), "client_id": client_id}


def visible_clients(backend: str, ids: list[str], agency_id: str, now_ms: int) -> tuple[Executable, dict]:
    """The bodies of those of these clients the agency may see (and not deleted)."""
    return _VISIBLE_CLIENTS[backend], {"ids": ids, "v_agency": agency_id, "v_today": utc_date(now_ms).isoformat()}


def _identity(body: dict) -> Identity:
    return Identity(
        id=body["id"],
        first_name=body.get("first_name"),
        last_name=body.get("last_name"),
        dob=date.fromisoformat(body["dob"]) if body.get("dob") else None,
        ssn=body.get("ssn"),
        middle_name=body.get("middle_name"),
        alias=body.get("alias"),
    )
