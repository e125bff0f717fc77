"""Sign-in with password and TOTP, lockout, and short-lived tokens bound to one device.

Why bound to a device: a token copied off a laptop is useless without that laptop's key, because
every request must also carry the device's signature.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import date

from sqlalchemy import Connection, Engine, insert, select, update

from server.auth import roles, totp
from server.auth.passwords import check_password
from server.db.schema import agency, session, user
from server.services import accounts, audit_log, policy
from server.services.clock import utc_date
from server.services.errors import Forbidden, TooManyAttempts, Unauthorized

LOCKED_FOR_GOOD = 2**62
_FIRST_DELAYED = 3
_BASE_DELAY_S = 30
_MAX_DELAY_S = 15 * 60
WRONG = "The username, password or code is not right."
REFRESH_GRACE_MS = 120_000


def lock_delay_ms(failures: int, max_failures: int) -> int:
    """Growing delays after repeated failures; at the policy's limit, locked until unlocked."""
    if failures >= max_failures:
        return LOCKED_FOR_GOOD
    if failures < _FIRST_DELAYED:
        return 0
    return min(_BASE_DELAY_S * 2 ** (failures - _FIRST_DELAYED), _MAX_DELAY_S) * 1000


def _training_lapsed(row, now_ms: int) -> bool:
    """HMIS security training expired before today: such a user may not sign in or stay signed in."""
    return date.fromisoformat(row.training_expires) < utc_date(now_ms)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _issue(conn: Connection, now_ms: int, kind: str, user_id: str, device_id: str, expires_ms: int) -> str:
    token = secrets.token_urlsafe(32)
    conn.execute(insert(session).values(token_hash=_hash(token), kind=kind, user_id=user_id, device_id=device_id,
                                        expires_ms=expires_ms, created_ms=now_ms))
    return token


def _describe(conn: Connection, row) -> dict:
    agency_name = None
    if row.agency_id:
        agency_name = conn.execute(select(agency.c.name).where(agency.c.id == row.agency_id)).scalar()
    return {"id": row.id, "username": row.username, "first_name": row.first_name, "last_name": row.last_name,
            "role": row.role, "role_label": roles.LABELS[row.role], "agency_id": row.agency_id,
            "agency_name": agency_name, "training_expires": row.training_expires}


def _tokens(conn: Connection, now_ms: int, row, device_id: str, access_minutes: int) -> dict:
    rules = policy.current(conn)
    session_end = now_ms + rules["session_hours"] * 3600_000
    access_end = min(now_ms + access_minutes * 60_000, session_end)
    return {"access_token": _issue(conn, now_ms, "access", row.id, device_id, access_end),
            "access_expires_ms": access_end,
            "refresh_token": _issue(conn, now_ms, "refresh", row.id, device_id, session_end),
            "session_expires_ms": session_end,
            "user": _describe(conn, row), "policy": rules,
            # The device checks codes against this seed while offline; the request reaching here is
            # signed by an enrolled device of the user's agency and has passed password and code.
            "totp_seed": row.totp_secret}


def _refuse(engine: Engine, now_ms: int, error: Exception, *, user_id=None, device_id=None, agency_id=None,
            reason: str, failures: int | None = None, locked_until: int | None = None) -> None:
    """Record the failed attempt in its own transaction, so the refusal cannot roll it back."""
    with engine.begin() as conn:
        if user_id and failures is not None:
            conn.execute(update(user).where(user.c.id == user_id)
                         .values(failed_logins=failures, locked_until_ms=locked_until or 0))
        audit_log.record(conn, now_ms, "login", outcome="refused", actor=user_id, device_id=device_id,
                         agency_id=agency_id, detail={"reason": reason})
    raise error


def login(engine: Engine, now_ms: int, *, device_id: str, device_agency: str, username: str, password: str,
          code: str | None, access_minutes: int, setup_minutes: int) -> dict:
    """Check every factor and rule; tokens on success, a plain reason otherwise."""
    with engine.begin() as conn:
        row = conn.execute(select(user).where(user.c.username == (username or "").strip().lower())).first()
        rules = policy.current(conn)
    if row is None:
        check_password(None, password)
        _refuse(engine, now_ms, Unauthorized(WRONG), device_id=device_id, agency_id=device_agency,
                reason="unknown user")
    if row.locked_until_ms > now_ms:
        wait = (row.locked_until_ms - now_ms + 999) // 1000
        message = ("This account is locked after too many failed sign-ins. Ask your Security Coordinator "
                   "to unlock it.") if row.locked_until_ms >= LOCKED_FOR_GOOD else \
            f"Too many failed sign-ins. Try again in {wait} seconds."
        _refuse(engine, now_ms, TooManyAttempts(message, retry_after=min(wait, 86400)), user_id=row.id,
                device_id=device_id, agency_id=row.agency_id, reason="locked")
    failures = row.failed_logins + 1
    if not check_password(row.password_hash, password):
        _refuse(engine, now_ms, Unauthorized(WRONG), user_id=row.id, device_id=device_id, agency_id=row.agency_id,
                reason="wrong password", failures=failures,
                locked_until=now_ms + lock_delay_ms(failures, rules["max_failed_logins"]))
    if row.disabled:
        _refuse(engine, now_ms, Forbidden("This account is disabled. Ask your Security Coordinator."),
                user_id=row.id, device_id=device_id, agency_id=row.agency_id, reason="disabled")
    if _training_lapsed(row, now_ms):
        _refuse(engine, now_ms, Forbidden("Your HMIS security training has lapsed. Renew it, then ask your "
                                          "Security Coordinator to update your record."),
                user_id=row.id, device_id=device_id, agency_id=row.agency_id, reason="training lapsed")
    if row.role != roles.SYSTEM_ADMIN and row.agency_id != device_agency:
        _refuse(engine, now_ms, Forbidden("This device belongs to another agency."), user_id=row.id,
                device_id=device_id, agency_id=row.agency_id, reason="other agency's device")
    if not row.totp_confirmed:
        with engine.begin() as conn:
            token = _issue(conn, now_ms, "setup", row.id, device_id, now_ms + setup_minutes * 60_000)
            audit_log.record(conn, now_ms, "login", outcome="mfa_setup", actor=row.id, device_id=device_id,
                             agency_id=row.agency_id)
        return {"mfa_setup_required": True, "setup_token": token,
                "otpauth_uri": totp.provisioning_uri(row.totp_secret, row.username)}
    step = totp.accepted_step(row.totp_secret, code or "", row.totp_last_step, now_ms / 1000)
    if step is None:
        _refuse(engine, now_ms, Unauthorized(WRONG), user_id=row.id, device_id=device_id, agency_id=row.agency_id,
                reason="wrong or reused code", failures=failures,
                locked_until=now_ms + lock_delay_ms(failures, rules["max_failed_logins"]))
    with engine.begin() as conn:
        # The step update is conditional, so two sign-ins racing with one code cannot both win.
        won = conn.execute(update(user).where(user.c.id == row.id, user.c.totp_last_step < step)
                           .values(totp_last_step=step, failed_logins=0, locked_until_ms=0)).rowcount
        if not won:
            raise Unauthorized(WRONG)
        audit_log.record(conn, now_ms, "login", actor=row.id, device_id=device_id, agency_id=row.agency_id)
        return _tokens(conn, now_ms, row, device_id, access_minutes)


def confirm_mfa(engine: Engine, now_ms: int, *, device_id: str, setup_token: str, code: str,
                access_minutes: int) -> dict:
    """The first code from a newly set-up authenticator confirms it and signs the user in."""
    with engine.begin() as conn:
        found = conn.execute(select(session).where(session.c.token_hash == _hash(setup_token or ""))).first()
        if (found is None or found.kind != "setup" or found.revoked_ms is not None or found.expires_ms <= now_ms
                or found.device_id != device_id):
            raise Unauthorized("The set-up step has expired. Sign in again.")
        row = conn.execute(select(user).where(user.c.id == found.user_id)).first()
        step = totp.accepted_step(row.totp_secret, code or "", row.totp_last_step, now_ms / 1000)
    if step is None:
        _refuse(engine, now_ms, Unauthorized("That code is not right. Check the time on your phone and try again."),
                user_id=row.id, device_id=device_id, agency_id=row.agency_id, reason="wrong set-up code")
    with engine.begin() as conn:
        conn.execute(update(session).where(session.c.token_hash == found.token_hash).values(revoked_ms=now_ms))
        conn.execute(update(user).where(user.c.id == row.id).values(totp_confirmed=True, totp_last_step=step,
                                                                    failed_logins=0, locked_until_ms=0))
        audit_log.record(conn, now_ms, "mfa_confirmed", actor=row.id, device_id=device_id, agency_id=row.agency_id)
        return _tokens(conn, now_ms, row, device_id, access_minutes)


def authenticate(conn: Connection, now_ms: int, token: str, device_id: str):
    """The user behind an access token used from its own device, or Unauthorized."""
    found = conn.execute(select(session).where(session.c.token_hash == _hash(token or ""))).first()
    if (found is None or found.kind != "access" or found.revoked_ms is not None or found.expires_ms <= now_ms
            or found.device_id != device_id):
        raise Unauthorized("Sign-in required.")
    row = conn.execute(select(user).where(user.c.id == found.user_id)).first()
    if row.disabled:
        raise Unauthorized("Sign-in required.")
    if _training_lapsed(row, now_ms):
        raise Forbidden("Your HMIS security training has lapsed.")
    return row


def refresh(conn: Connection, now_ms: int, token: str, device_id: str, access_minutes: int) -> dict:
    """A new access token; the refresh token rotates (the used one ends after a short grace),
    and the session's end does not move."""
    found = conn.execute(select(session).where(session.c.token_hash == _hash(token or ""))).first()
    if (found is None or found.kind != "refresh" or (found.revoked_ms is not None and found.revoked_ms <= now_ms)
            or found.expires_ms <= now_ms or found.device_id != device_id):
        raise Unauthorized("Sign-in required.")
    row = conn.execute(select(user).where(user.c.id == found.user_id)).first()
    if row.disabled or _training_lapsed(row, now_ms):
        raise Unauthorized("Sign-in required.")
    # The used token lives on for a short grace, not revoked at once: a laptop whose link (or
    # process) died before it stored the new pair may ask again instead of losing the session.
    # Tokens only work with the device's signature, and sign-out still revokes it outright.
    conn.execute(update(session).where(session.c.token_hash == found.token_hash)
                 .values(revoked_ms=min(found.revoked_ms or 2**62, now_ms + REFRESH_GRACE_MS)))
    access_end = min(now_ms + access_minutes * 60_000, found.expires_ms)
    return {"access_token": _issue(conn, now_ms, "access", row.id, device_id, access_end),
            "access_expires_ms": access_end,
            "refresh_token": _issue(conn, now_ms, "refresh", row.id, device_id, found.expires_ms),
            "session_expires_ms": found.expires_ms}


def logout(conn: Connection, now_ms: int, user_id: str, device_id: str) -> None:
    accounts.revoke_sessions(conn, now_ms, user_id, device_id)
