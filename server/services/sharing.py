"""Who may see and change which records: the owner's release of information, never a VSP's.

Why one module: the change feed, reading one record, duplicate candidates, exports and push all
ask the same two questions, and docs/sharing.md answers them once; this is that table in code.
A release shares only the records of the agency that recorded it, only while it is in force,
and a victim service provider's records never leave that agency.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, Select, and_, bindparam, delete, exists, insert, not_, or_, select, update

from app.domain.consent import Consent
from server.auth import roles
from server.db.schema import agency, record, share_end, shared_client
from server.services import audit_log, feed
from server.services.clock import utc_date

NOT_YOURS = "This record belongs to another agency: only that agency can change it."


def vsp_agencies():
    """The victim service providers: their records never leave their agency."""
    return select(agency.c.id).where(agency.c.victim_service_provider != 0)


def visible(user_row, now_ms: int):
    """The SQL condition for records a user may see: their agency's, and clients shared by a
    release of their owner's; an HMIS Admin sees every agency's but a victim service provider's."""
    if roles.is_admin(user_row.role):
        return record.c.agency_id.not_in(vsp_agencies())
    return visible_to_agency(user_row.agency_id, now_ms)


def visible_to_agency(agency_id: str | None, now_ms: int):
    """The records an agency may see: its own, and other agencies' records of a client whose
    release (recorded by that other agency) is in force today."""
    return agency_view(agency_id, utc_date(now_ms).isoformat())


def agency_view(agency_id, today):
    """``visible_to_agency`` for an agency and an ISO date given as values or bound parameters."""
    shared = exists().where(
        shared_client.c.personal_id == record.c.personal_id,
        shared_client.c.agency_id == record.c.agency_id,
        or_(shared_client.c.expires.is_(None), shared_client.c.expires > today),
    )
    return or_(record.c.agency_id == agency_id, and_(shared, record.c.agency_id.not_in(vsp_agencies())))


def _page_of(view) -> Select:
    return (
        select(record)
        .where(record.c.feed_seq > bindparam("after"), record.c.feed_seq <= bindparam("upto"), view)
        .order_by(record.c.feed_seq)
        .limit(bindparam("limit"))
    )


# Built once: every pull reads a page, and building the statement cost more than running it.
_PAGE_FOR_ADMIN = _page_of(record.c.agency_id.not_in(vsp_agencies()))
_PAGE_FOR_AGENCY = _page_of(agency_view(bindparam("v_agency"), bindparam("v_today")))


def visible_page(user_row, now_ms: int, *, after: int, upto: int, limit: int) -> tuple[Select, dict]:
    """The statement and parameters reading, oldest first, up to ``limit`` records numbered in
    (after, upto] of the feed that the user may see (``visible``)."""
    window = {"after": after, "upto": upto, "limit": limit}
    if roles.is_admin(user_row.role):
        return _PAGE_FOR_ADMIN, window
    return _PAGE_FOR_AGENCY, {**window, "v_agency": user_row.agency_id, "v_today": utc_date(now_ms).isoformat()}


def may_see(conn: Connection, user_row, now_ms: int, kind: str, record_id: str) -> bool:
    return (
        conn.execute(
            select(record.c.id).where(record.c.kind == kind, record.c.id == record_id, visible(user_row, now_ms))
        ).first()
        is not None
    )


def may_change(conn: Connection, user_row, now_ms: int, row) -> bool:
    """Only the owner changes or deletes a record; the HMIS Admin any that it may see."""
    if roles.is_admin(user_row.role):
        return may_see(conn, user_row, now_ms, row.kind, row.id)
    return row.agency_id == user_row.agency_id


def _in_force(conn: Connection, now_ms: int, personal_id: str) -> dict[str, date | None]:
    """Each agency whose own full release for the client is in force today, with its latest expiry."""
    today = utc_date(now_ms)
    vsp = set(conn.execute(vsp_agencies()).scalars())
    latest: dict[str, date | None] = {}
    for owner, text in conn.execute(
        select(record.c.agency_id, record.c.body).where(
            record.c.kind == "consent", record.c.personal_id == personal_id, record.c.date_deleted_ms.is_(None)
        )
    ):
        consent = Consent.from_dict(json.loads(text))
        if owner in vsp or consent.agency_id != owner or consent.scope != "full" or not consent.is_active(today):
            continue
        if owner not in latest:
            latest[owner] = consent.expires_date
        elif (so_far := latest[owner]) is not None:
            latest[owner] = None if consent.expires_date is None else max(so_far, consent.expires_date)
    return latest


def refresh(conn: Connection, now_ms: int, personal_id: str) -> None:
    """Bring the client's shares in line with its releases: a share that ends goes into the feed
    for other agencies' devices to drop, and a share that starts sends its records again."""
    wanted = {
        owner: (expires.isoformat() if expires else None)
        for owner, expires in _in_force(conn, now_ms, personal_id).items()
    }
    held = dict(
        conn.execute(
            select(shared_client.c.agency_id, shared_client.c.expires).where(shared_client.c.personal_id == personal_id)
        ).all()
    )
    for owner in held.keys() - wanted.keys():
        conn.execute(
            delete(shared_client).where(shared_client.c.personal_id == personal_id, shared_client.c.agency_id == owner)
        )
        _ended(conn, now_ms, personal_id, owner, "release ended")
    for owner in wanted.keys() - held.keys():
        conn.execute(insert(shared_client).values(personal_id=personal_id, agency_id=owner, expires=wanted[owner]))
        for kind, record_id in conn.execute(
            select(record.c.kind, record.c.id).where(record.c.personal_id == personal_id, record.c.agency_id == owner)
        ):
            feed.record_written(conn, kind, record_id)
        audit_log.record(conn, now_ms, "sharing_started", agency_id=owner, kind="client", record_id=personal_id)
    for owner in wanted.keys() & held.keys():
        if wanted[owner] != held[owner]:
            conn.execute(
                update(shared_client)
                .where(shared_client.c.personal_id == personal_id, shared_client.c.agency_id == owner)
                .values(expires=wanted[owner])
            )


def _ended(conn: Connection, now_ms: int, personal_id: str, owner: str, reason: str) -> None:
    feed.share_ended(conn, personal_id, owner, now_ms)
    audit_log.record(
        conn, now_ms, "sharing_ended", agency_id=owner, kind="client", record_id=personal_id, detail={"reason": reason}
    )


def end_expired(conn: Connection, now_ms: int) -> int:
    """Shares whose expiry date has passed end now, as a revocation would: an expiry is a date,
    not a write, so nothing else would tell the devices that hold the records to drop them.
    DELETE ... RETURNING: of two servers sweeping at once, each share ends once."""
    gone = conn.execute(
        delete(shared_client)
        .where(shared_client.c.expires <= utc_date(now_ms).isoformat())
        .returning(shared_client.c.personal_id, shared_client.c.agency_id)
    ).all()
    for personal_id, owner in gone:
        _ended(conn, now_ms, personal_id, owner, "release expired")
    return len(gone)


_ENDS = (
    select(share_end.c.personal_id, share_end.c.agency_id)
    .where(
        share_end.c.feed_seq > bindparam("after"),
        share_end.c.feed_seq <= bindparam("upto"),
        share_end.c.agency_id != bindparam("agency"),
    )
    .order_by(share_end.c.feed_seq)
)


def dropped(conn: Connection, user_row, now_ms: int, after: int, upto: int) -> list[dict]:
    """Records this user's devices must drop: shares that ended in (after, upto] of the feed,
    of other agencies' records the user may no longer see."""
    if roles.is_admin(user_row.role):
        return []  # the HMIS Admin's view does not depend on releases
    ends = conn.execute(_ENDS, {"after": after, "upto": upto, "agency": user_row.agency_id}).all()
    out: list[dict] = []
    for personal_id, owner in dict.fromkeys(ends):
        rows = conn.execute(
            select(record.c.kind, record.c.id)
            .where(record.c.personal_id == personal_id, record.c.agency_id == owner, not_(visible(user_row, now_ms)))
            .order_by(record.c.kind, record.c.id)
        )
        out += [{"kind": kind, "id": record_id} for kind, record_id in rows]
    return out
