"""Device policy set by the HMIS Admin: idle lock, lease, failed sign-ins, session length."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from server.db.schema import policy
from server.services.errors import BadRequest

DEFAULTS = {
    "idle_lock_minutes": 15,
    "lease_warn_days": 7,
    "lease_lock_days": 14,
    "lease_shred_days": 30,
    "max_failed_logins": 10,
    "session_hours": 12,
}
_LIMITS = {
    "idle_lock_minutes": (1, 240),
    "lease_warn_days": (1, 90),
    "lease_lock_days": (1, 180),
    "lease_shred_days": (1, 365),
    "max_failed_logins": (3, 50),
    "session_hours": (1, 12),
}


def current(conn: Connection) -> dict[str, int]:
    stored = {row.key: row.value for row in conn.execute(select(policy))}
    return {key: stored.get(key, value) for key, value in DEFAULTS.items()}


def change(conn: Connection, updates: dict[str, int]) -> dict[str, int]:
    merged = current(conn)
    for key, value in updates.items():
        if key not in DEFAULTS:
            raise BadRequest(f"'{key}' is not a policy setting.")
        low, high = _LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise BadRequest(f"{key} must be a whole number from {low} to {high}.")
        merged[key] = value
    if not merged["lease_warn_days"] < merged["lease_lock_days"] < merged["lease_shred_days"]:
        raise BadRequest("The lease must warn before it locks, and lock before it shreds.")
    for key, value in updates.items():
        if conn.execute(update(policy).where(policy.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(insert(policy).values(key=key, value=value))
    return merged
