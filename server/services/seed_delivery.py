"""A user's TOTP seed goes to a device in login answers until that device says it holds it.

Why at all: the laptop checks codes against the seed on days without a link. Why only until then:
every answer that carries it is one more copy of a second factor on the wire and in memory. Why
until confirmed rather than once: an answer lost on a bad link must not leave a laptop without
its seed, so each sign-in sends it again until the laptop, having sealed it in the user's key
slot, says so (``held``). A delivery is of one seed: after a Reset MFA (a new generation) the
new seed is due again everywhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from server.db.schema import totp_seed_delivery as delivery
from server.db.schema import user
from server.services import audit_log


def due(conn: Connection, now_ms: int, row: Row[Any], device_id: str) -> bool:
    """Whether this sign-in's answer carries ``row``'s seed to ``device_id``; if so, its sending is
    recorded (and audited, the first time for this seed and device)."""
    found = conn.execute(
        select(delivery.c.seed_generation, delivery.c.confirmed_ms).where(
            delivery.c.user_id == row.id, delivery.c.device_id == device_id
        )
    ).first()
    same_seed = found is not None and found.seed_generation == row.seed_generation
    if same_seed and found is not None and found.confirmed_ms is not None:
        return False
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    sent = {"seed_generation": row.seed_generation, "sent_ms": now_ms, "confirmed_ms": None}
    conn.execute(
        dialect.insert(delivery)
        .values(user_id=row.id, device_id=device_id, **sent)
        .on_conflict_do_update(index_elements=[delivery.c.user_id, delivery.c.device_id], set_=sent)
    )
    if not same_seed:
        audit_log.record(conn, now_ms, "totp_seed_sent", actor=row.id, device_id=device_id, agency_id=row.agency_id)
    return True


def held(conn: Connection, now_ms: int, row: Row[Any], device_id: str) -> bool:
    """The device holds the seed it was sent: no answer carries it there again. False when what
    was sent there is not the user's current seed (a Reset MFA came between), which stays due."""
    current = select(user.c.seed_generation).where(user.c.id == row.id).scalar_subquery()
    mine = (delivery.c.user_id == row.id, delivery.c.device_id == device_id, delivery.c.seed_generation == current)
    confirmed = conn.execute(
        update(delivery).where(*mine, delivery.c.confirmed_ms.is_(None)).values(confirmed_ms=now_ms)
    ).rowcount
    if confirmed:
        audit_log.record(conn, now_ms, "totp_seed_held", actor=row.id, device_id=device_id, agency_id=row.agency_id)
        return True
    return conn.execute(select(delivery.c.confirmed_ms).where(*mine)).scalar() is not None


def void(conn: Connection, user_id: str) -> None:
    """The user's seed changed: what devices hold of the old one no longer counts."""
    conn.execute(delete(delivery).where(delivery.c.user_id == user_id))
