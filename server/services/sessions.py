"""Short-lived tokens bound to one device, issued at sign-in (see sign_in), refreshed, ended.

Why bound to a device: a token copied off a laptop is useless without that laptop's key, because
every request must also carry the device's signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Row, bindparam, insert, select, update

from server.auth import roles
from server.db.schema import agency, session, user
from server.services import accounts, audit_log, policy, seed_delivery
from server.services import signing_key as signing_keys  # the parameter below is named signing_key
from server.services.clock import utc_date
from server.services.errors import Forbidden, Unauthorized

REFRESH_GRACE_MS = 120_000


def training_lapsed(row, now_ms: int) -> bool:
    """HMIS security training expired before today: such a user may not sign in or stay signed in."""
    return date.fromisoformat(row.training_expires) < utc_date(now_ms)


def token_hash(token: str | None) -> str:
    return hashlib.sha256((token or "").encode()).hexdigest()


def successor_key(signing_key: Ed25519PrivateKey) -> bytes:
    """The key that makes a refresh token's successor out of the token itself.

    Why: a laptop whose answer was lost asks again with the same token and must get the same
    successor, not a second chain, from whichever process answers; and the server keeps no
    token in the clear. Derived from the deployment's signing key (every process has it) for
    this one use."""
    return signing_keys.derived(signing_key, b"hmis-intake refresh successor")


def _successor(key: bytes, token: str) -> str:
    return base64.urlsafe_b64encode(hmac.new(key, token.encode(), hashlib.sha256).digest()).rstrip(b"=").decode()


def issue(
    conn: Connection,
    now_ms: int,
    kind: str,
    user_id: str,
    device_id: str,
    expires_ms: int,
    *,
    family: str | None = None,
    token: str | None = None,
) -> str:
    token = token or secrets.token_urlsafe(32)
    conn.execute(
        insert(session).values(
            token_hash=token_hash(token),
            kind=kind,
            user_id=user_id,
            device_id=device_id,
            expires_ms=expires_ms,
            created_ms=now_ms,
            family=family,
        )
    )
    return token


def describe(conn: Connection, row) -> dict:
    agency_name = None
    if row.agency_id:
        agency_name = conn.execute(select(agency.c.name).where(agency.c.id == row.agency_id)).scalar()
    return {
        "id": row.id,
        "username": row.username,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "role": row.role,
        "role_label": roles.LABELS[row.role],
        "agency_id": row.agency_id,
        "agency_name": agency_name,
        "training_expires": row.training_expires,
    }


def tokens(conn: Connection, now_ms: int, row, device_id: str, access_minutes: int, seed: str) -> dict:
    """A signed-in answer; with ``seed`` (``row``'s, unsealed) only while the device has not yet
    said it holds it (seed_delivery)."""
    rules = policy.current(conn)
    session_end = now_ms + rules["session_hours"] * 3600_000
    access_end = min(now_ms + access_minutes * 60_000, session_end)
    family = secrets.token_hex(16)  # every token refreshed from this sign-in carries it
    answer = {
        "access_token": issue(conn, now_ms, "access", row.id, device_id, access_end, family=family),
        "access_expires_ms": access_end,
        "refresh_token": issue(conn, now_ms, "refresh", row.id, device_id, session_end, family=family),
        "session_expires_ms": session_end,
        "user": describe(conn, row),
        "policy": rules,
    }
    # The device checks codes against this seed while offline; the request reaching here is
    # signed by an enrolled device of the user's agency and has passed password and code.
    if seed_delivery.due(conn, now_ms, row, device_id):
        answer["totp_seed"] = seed
    return answer


#: Built once: every request a device signs asks it.
_SESSION_USER = (
    select(session.c.kind, session.c.revoked_ms, session.c.expires_ms, session.c.device_id, user)
    .join(user, user.c.id == session.c.user_id)
    .where(session.c.token_hash == bindparam("w_hash"))
)


def authenticate(conn: Connection, now_ms: int, token: str, device_id: str) -> Row[Any]:
    """The user behind an access token used from its own device, or Unauthorized."""
    found = conn.execute(_SESSION_USER, {"w_hash": token_hash(token)}).first()
    if (
        found is None
        or found.kind != "access"
        or found.revoked_ms is not None
        or found.expires_ms <= now_ms
        or found.device_id != device_id
    ):
        raise Unauthorized("Sign-in required.")
    row = found  # the user's row, with the session's few columns beside it
    if row.disabled:
        raise Unauthorized("Sign-in required.")
    if training_lapsed(row, now_ms):
        raise Forbidden("Your HMIS security training has lapsed.")
    return row


def refresh(conn: Connection, now_ms: int, token: str, device_id: str, access_minutes: int, key: bytes) -> dict | None:
    """A new access token, and the refresh token rotated; the session's end does not move.

    A used refresh token asked again within a short grace (the laptop lost the answer) gets the
    same successor, made from the token with ``key``. Asked again after its successor was used,
    or after the grace, it is a copy in someone else's hands: every token of its sign-in ends,
    the audit trail says so, and the answer is None (the caller commits that, then refuses)."""
    found = conn.execute(select(session).where(session.c.token_hash == token_hash(token)).with_for_update()).first()
    if found is None or found.kind != "refresh" or found.expires_ms <= now_ms or found.device_id != device_id:
        raise Unauthorized("Sign-in required.")
    family = found.family or found.token_hash  # a session from before families is its own
    if found.successor_hash is not None:
        return _asked_again(conn, now_ms, found, family, _successor(key, token), access_minutes)
    if found.revoked_ms is not None and found.revoked_ms <= now_ms:
        raise Unauthorized("Sign-in required.")
    row = _active_user(conn, now_ms, found.user_id)
    successor = _successor(key, token)
    issue(conn, now_ms, "refresh", row.id, device_id, found.expires_ms, family=family, token=successor)
    # The used token lives on for a short grace, not revoked at once: a laptop whose link (or
    # process) died before it stored the new pair may ask again instead of losing the session.
    # Tokens only work with the device's signature, and sign-out still revokes it outright.
    conn.execute(
        update(session)
        .where(session.c.token_hash == found.token_hash)
        .values(
            revoked_ms=min(found.revoked_ms or 2**62, now_ms + REFRESH_GRACE_MS), successor_hash=token_hash(successor)
        )
    )
    return _pair(conn, now_ms, found, family, successor, access_minutes)


def _asked_again(
    conn: Connection, now_ms: int, found: Row[Any], family: str, successor: str, access_minutes: int
) -> dict | None:
    after = conn.execute(
        select(session.c.successor_hash, session.c.revoked_ms).where(session.c.token_hash == found.successor_hash)
    ).first()
    if after is not None and after.successor_hash is None:  # the successor was never used
        if after.revoked_ms is None and found.revoked_ms is not None and found.revoked_ms > now_ms:
            _active_user(conn, now_ms, found.user_id)  # within the grace: the answer was lost
            return _pair(conn, now_ms, found, family, successor, access_minutes)
        if after.revoked_ms is not None and after.revoked_ms <= now_ms:
            raise Unauthorized("Sign-in required.")  # its successor was ended by a sign-out: nothing stolen
    accounts.revoke_sessions(conn, now_ms, found.user_id, found.device_id, family=family)
    agency_id = conn.execute(select(user.c.agency_id).where(user.c.id == found.user_id)).scalar()
    audit_log.record(
        conn,
        now_ms,
        "refresh_token_reused",
        outcome="refused",
        actor=found.user_id,
        device_id=found.device_id,
        agency_id=agency_id,
        detail={"family_ended": True},
    )
    return None


def _active_user(conn: Connection, now_ms: int, user_id: str) -> Row[Any]:
    row = conn.execute(select(user).where(user.c.id == user_id)).first()
    assert row is not None  # session.user_id is a foreign key to the user
    if row.disabled or training_lapsed(row, now_ms):
        raise Unauthorized("Sign-in required.")
    return row


def _pair(conn: Connection, now_ms: int, found: Row[Any], family: str, successor: str, access_minutes: int) -> dict:
    access_end = min(now_ms + access_minutes * 60_000, found.expires_ms)
    return {
        "access_token": issue(conn, now_ms, "access", found.user_id, found.device_id, access_end, family=family),
        "access_expires_ms": access_end,
        "refresh_token": successor,
        "session_expires_ms": found.expires_ms,
    }


def logout(conn: Connection, now_ms: int, user_id: str, device_id: str) -> None:
    accounts.revoke_sessions(conn, now_ms, user_id, device_id)
