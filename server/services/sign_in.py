"""Sign-in with password and a second factor, and the first set-up of an authenticator.

Why it answers as it does: whoever holds any enrolled device, or none, must learn nothing from a
refusal until both factors are right. A wrong password, a wrong code, an unknown username and
another agency's device all get the same answer; a locked account is refused before its password
is looked at; and every attempt is counted before it is checked, by one atomic update, so
parallel guesses cannot outrun the lockout. The second factor of a user without a confirmed
authenticator is the one-time set-up code their Security Coordinator gave them: it releases the
authenticator's secret once, and a second request never sees it.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any, NoReturn

from sqlalchemy import Connection, Engine, Row, select, update
from sqlalchemy.dialects import postgresql, sqlite

from server.auth import roles, totp
from server.auth.passwords import check_password
from server.db.schema import session, sign_in_throttle, user
from server.services import accounts, audit_log, policy, seed_seal, sessions
from server.services.errors import Forbidden, TooManyAttempts, Unauthorized

LOCKED_FOR_GOOD = 2**62
_FIRST_DELAYED = 3
_BASE_DELAY_S = 30
_MAX_DELAY_S = 15 * 60
WRONG = "The username, password or code is not right."
EXPIRED = "The set-up step has expired. Ask your Security Coordinator for a new set-up code."
UNOPENED = "seed does not open"

log = logging.getLogger("hmis.server")


def lock_delay_ms(failures: int, max_failures: int) -> int:
    """Growing delays after repeated failures; at the policy's limit, locked until unlocked."""
    if failures >= max_failures:
        return LOCKED_FOR_GOOD
    if failures < _FIRST_DELAYED:
        return 0
    return min(_BASE_DELAY_S * 2 ** (failures - _FIRST_DELAYED), _MAX_DELAY_S) * 1000


def _locked(locked_until_ms: int, now_ms: int) -> TooManyAttempts:
    wait = (locked_until_ms - now_ms + 999) // 1000
    if locked_until_ms >= LOCKED_FOR_GOOD:
        return TooManyAttempts(
            "This account is locked after too many failed sign-ins. Ask your Security Coordinator to unlock it.",
            retry_after=86400,
        )
    return TooManyAttempts(f"Too many failed sign-ins. Try again in {wait} seconds.", retry_after=min(wait, 86400))


def _audit_refusal(
    engine: Engine,
    now_ms: int,
    error: Exception,
    *,
    reason: str,
    user_id: str | None = None,
    device_id: str,
    agency_id: str | None,
) -> NoReturn:
    """Record the refusal in its own transaction, so raising it cannot roll the record back."""
    with engine.begin() as conn:
        audit_log.record(
            conn,
            now_ms,
            "login",
            outcome="refused",
            actor=user_id,
            device_id=device_id,
            agency_id=agency_id,
            detail={"reason": reason},
        )
    raise error


def _claim(engine: Engine, now_ms: int, row: Row[Any], device_id: str, max_failures: int) -> None:
    """Count this attempt as a failure before anything is checked (success clears the count), and
    set the delay it earns; a locked account is refused here, whatever its password."""
    with engine.begin() as conn:
        failures = conn.execute(
            update(user)
            .where(user.c.id == row.id, user.c.locked_until_ms <= now_ms)
            .values(failed_logins=user.c.failed_logins + 1)
            .returning(user.c.failed_logins)
        ).scalar()
        if failures is not None:
            conn.execute(
                update(user)
                .where(user.c.id == row.id)
                .values(locked_until_ms=now_ms + lock_delay_ms(failures, max_failures))
            )
            return
        until = conn.execute(select(user.c.locked_until_ms).where(user.c.id == row.id)).scalar()
        assert until is not None  # the user's row, found locked by the update above
    _audit_refusal(
        engine,
        now_ms,
        _locked(until, now_ms),
        reason="locked",
        user_id=row.id,
        device_id=device_id,
        agency_id=row.agency_id,
    )


def _claim_unknown(
    engine: Engine, now_ms: int, name: str, max_failures: int, device_id: str, device_agency: str
) -> NoReturn:
    """The same count and lock for a username that does not exist, so neither tells it apart."""
    key = hashlib.sha256(name.encode()).hexdigest()
    with engine.begin() as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(sign_in_throttle).values(name_hash=key, failures=1, locked_until_ms=0)
        failures = conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[sign_in_throttle.c.name_hash],
                set_={"failures": sign_in_throttle.c.failures + 1},
                where=sign_in_throttle.c.locked_until_ms <= now_ms,
            ).returning(sign_in_throttle.c.failures)
        ).scalar()
        if failures is not None:
            conn.execute(
                update(sign_in_throttle)
                .where(sign_in_throttle.c.name_hash == key)
                .values(locked_until_ms=now_ms + lock_delay_ms(failures, max_failures))
            )
            error: TooManyAttempts | Unauthorized = Unauthorized(WRONG)
        else:
            until = conn.execute(
                select(sign_in_throttle.c.locked_until_ms).where(sign_in_throttle.c.name_hash == key)
            ).scalar()
            assert until is not None  # the name's row, found locked by the upsert above
            error = _locked(until, now_ms)
    _audit_refusal(engine, now_ms, error, reason="unknown user", device_id=device_id, agency_id=device_agency)


def _setting_up(conn: Connection, user_id: str, now_ms: int) -> bool:
    """The user's secret was released and its set-up window is still open."""
    return (
        conn.execute(
            select(session.c.token_hash)
            .where(
                session.c.user_id == user_id,
                session.c.kind == "setup",
                session.c.revoked_ms.is_(None),
                session.c.expires_ms > now_ms,
            )
            .limit(1)
        ).first()
        is not None
    )


def _opened(seed_key: bytes, row: Row[Any]) -> str | None:
    """The user's seed, unsealed; None (said in the log, without the seed) when it does not open,
    which refuses the sign-in as a wrong code would: the answer must not tell a right password."""
    try:
        return seed_seal.unseal(seed_key, row.id, row.totp_secret)
    except seed_seal.SeedSealError as error:
        log.warning("A sign-in was refused: %s", error)
        return None


def _second_factor(engine: Engine, row: Row[Any], seed: str, code: str | None, now_ms: int) -> int | None:
    """The TOTP step the code falls in, or 0 for a set-up code in force; None when not right.

    A user without a confirmed authenticator brings the set-up code; once its secret has been
    released, a code from that secret also confirms it, but only within the set-up window (a
    laptop whose link dropped mid-way, say)."""
    if not row.totp_confirmed:
        given = accounts.setup_code_hash(code)
        if given is not None:
            in_force = row.setup_code_hash == given and (row.setup_code_expires_ms or 0) > now_ms
            return 0 if in_force else None
        with engine.begin() as conn:
            if not _setting_up(conn, row.id, now_ms):
                return None
    return totp.accepted_step(seed, code or "", row.totp_last_step, now_ms / 1000)


def _why_not(row: Row[Any], device_agency: str, now_ms: int) -> tuple[Exception, str] | None:
    """With both factors right, the sentence that still stops this sign-in, if any."""
    if row.disabled:
        return Forbidden("This account is disabled. Ask your Security Coordinator."), "disabled"
    if sessions.training_lapsed(row, now_ms):
        return Forbidden(
            "Your HMIS security training has lapsed. Renew it, then ask your Security Coordinator "
            "to update your record."
        ), "training lapsed"
    if row.role != roles.SYSTEM_ADMIN and row.agency_id != device_agency:
        return Forbidden("This device belongs to another agency."), "other agency's device"
    return None


def login(
    engine: Engine,
    now_ms: int,
    *,
    device_id: str,
    device_agency: str,
    username: str,
    password: str,
    code: str | None,
    access_minutes: int,
    setup_minutes: int,
    seed_key: bytes,
) -> dict:
    """Check both factors, then every rule; tokens (or the authenticator to set up) on success."""
    name = (username or "").strip().lower()
    with engine.begin() as conn:
        found = conn.execute(select(user).where(user.c.username == name)).first()
        max_failures = policy.current(conn)["max_failed_logins"]
    if found is None:
        check_password(None, password)  # as slow as a real check
        _claim_unknown(engine, now_ms, name, max_failures, device_id, device_agency)
    _claim(engine, now_ms, found, device_id, max_failures)
    seed = _opened(seed_key, found)
    if seed is None:
        check_password(found.password_hash, password)  # as slow as any other refusal
        _audit_refusal(
            engine,
            now_ms,
            Unauthorized(WRONG),
            reason=UNOPENED,
            user_id=found.id,
            device_id=device_id,
            agency_id=found.agency_id,
        )
    right = check_password(found.password_hash, password)
    step = _second_factor(engine, found, seed, code, now_ms) if right else None
    if step is None:
        _audit_refusal(
            engine,
            now_ms,
            Unauthorized(WRONG),
            reason="wrong password or code",
            user_id=found.id,
            device_id=device_id,
            agency_id=found.agency_id,
        )
    with engine.begin() as conn:
        # Both factors are right: the count clears. The step update is conditional, so two
        # sign-ins racing with one code cannot both win.
        cleared = update(user).where(user.c.id == found.id).values(failed_logins=0, locked_until_ms=0)
        if step:
            cleared = cleared.where(user.c.totp_last_step < step).values(totp_last_step=step)
        won = conn.execute(cleared).rowcount
    if not won:
        _audit_refusal(
            engine,
            now_ms,
            Unauthorized(WRONG),
            reason="reused code",
            user_id=found.id,
            device_id=device_id,
            agency_id=found.agency_id,
        )
    stopped = _why_not(found, device_agency, now_ms)
    if stopped is not None:
        _audit_refusal(
            engine,
            now_ms,
            stopped[0],
            reason=stopped[1],
            user_id=found.id,
            device_id=device_id,
            agency_id=found.agency_id,
        )
    with engine.begin() as conn:
        if not step:
            return _release_secret(conn, now_ms, found, device_id, setup_minutes, seed)
        if not found.totp_confirmed:
            _confirmed(conn, now_ms, found.id, device_id, found.agency_id)
        audit_log.record(conn, now_ms, "login", actor=found.id, device_id=device_id, agency_id=found.agency_id)
        return sessions.tokens(conn, now_ms, found, device_id, access_minutes, seed)


def _confirmed(conn: Connection, now_ms: int, user_id: str, device_id: str, agency_id: str | None) -> None:
    """The authenticator works: mark it so, and close every set-up window it had."""
    conn.execute(
        update(session)
        .where(session.c.user_id == user_id, session.c.kind == "setup", session.c.revoked_ms.is_(None))
        .values(revoked_ms=now_ms)
    )
    conn.execute(update(user).where(user.c.id == user_id).values(totp_confirmed=True))
    audit_log.record(conn, now_ms, "mfa_confirmed", actor=user_id, device_id=device_id, agency_id=agency_id)


def _release_secret(
    conn: Connection, now_ms: int, row: Row[Any], device_id: str, setup_minutes: int, seed: str
) -> dict:
    """The authenticator's secret, once: the set-up code is spent in the same transaction, and
    only the request that spends it gets the secret."""
    spent = conn.execute(
        update(user)
        .where(user.c.id == row.id, user.c.setup_code_hash == row.setup_code_hash)
        .values(setup_code_hash=None, setup_code_expires_ms=None)
    ).rowcount
    if not spent:
        raise Unauthorized(WRONG)
    token = sessions.issue(conn, now_ms, "setup", row.id, device_id, now_ms + setup_minutes * 60_000)
    audit_log.record(
        conn, now_ms, "login", outcome="mfa_setup", actor=row.id, device_id=device_id, agency_id=row.agency_id
    )
    return {
        "mfa_setup_required": True,
        "setup_token": token,
        "otpauth_uri": totp.provisioning_uri(seed, row.username),
        "setup_expires_ms": now_ms + setup_minutes * 60_000,
    }


def confirm_mfa(
    engine: Engine, now_ms: int, *, device_id: str, setup_token: str, code: str, access_minutes: int, seed_key: bytes
) -> dict:
    """The first code from a newly set-up authenticator confirms it and signs the user in."""
    with engine.begin() as conn:
        found = conn.execute(select(session).where(session.c.token_hash == sessions.token_hash(setup_token))).first()
        if (
            found is None
            or found.kind != "setup"
            or found.revoked_ms is not None
            or found.expires_ms <= now_ms
            or found.device_id != device_id
        ):
            raise Unauthorized(EXPIRED)
        row = conn.execute(select(user).where(user.c.id == found.user_id)).first()
        assert row is not None  # session.user_id is a foreign key to the user
    seed = _opened(seed_key, row)
    step = None if seed is None else totp.accepted_step(seed, code or "", row.totp_last_step, now_ms / 1000)
    if step is None:
        _audit_refusal(
            engine,
            now_ms,
            Unauthorized("That code is not right. Check the time on your phone and try again."),
            reason="wrong set-up code" if seed is not None else UNOPENED,
            user_id=row.id,
            device_id=device_id,
            agency_id=row.agency_id,
        )
    with engine.begin() as conn:
        # Conditional, so two confirmations racing (or one racing a sign-in) cannot both win.
        won = conn.execute(
            update(user)
            .where(user.c.id == row.id, user.c.totp_last_step < step, user.c.totp_confirmed.is_(False))
            .values(totp_last_step=step, failed_logins=0, locked_until_ms=0)
        ).rowcount
        if not won:
            raise Unauthorized(EXPIRED)
        _confirmed(conn, now_ms, row.id, device_id, row.agency_id)
        assert seed is not None  # a step was found with it
        return sessions.tokens(conn, now_ms, row, device_id, access_minutes, seed)
