"""Agencies, projects and users: who works where, in which role, trained until when."""

from __future__ import annotations

import hashlib
import secrets
from datetime import date

from sqlalchemy import Connection, insert, or_, select, update

from app.domain import codes
from app.domain.ids import new_id
from app.domain.sign_in_codes import SETUP_DIGITS, setup_digits
from server.auth import roles, totp
from server.auth.passwords import hash_password, password_problem
from server.db.schema import agency, project, session, user
from server.services import seed_delivery, seed_seal
from server.services.errors import BadRequest, Conflict, NotFound

SETUP_CODE_HOURS = 72


def setup_code_hash(code: str | None) -> str | None:
    """The stored form of a set-up code as a person may type it (spaces and dashes ignored);
    None when it cannot be one."""
    digits = setup_digits(code)
    return None if digits is None else hashlib.sha256(digits.encode()).hexdigest()


def handed_over(code: str) -> dict:
    """What the Security Coordinator is shown to give the user: the code and how long it works."""
    return {"setup_code": code, "setup_code_hours": SETUP_CODE_HOURS}


def _new_setup_code(now_ms: int) -> tuple[str, dict]:
    """A one-time code the Security Coordinator hands the user, and the columns that keep it.

    Why: the authenticator's secret is released once, to whoever brings this code with the
    password, not to anyone holding the initial password alone."""
    digits = f"{secrets.randbelow(10**SETUP_DIGITS):0{SETUP_DIGITS}d}"
    shown = " ".join(digits[i : i + 4] for i in range(0, SETUP_DIGITS, 4))
    return shown, {
        "setup_code_hash": setup_code_hash(digits),
        "setup_code_expires_ms": now_ms + SETUP_CODE_HOURS * 3600_000,
    }


def _coc(code: str) -> str:
    if not (
        isinstance(code, str)
        and len(code) == 6
        and code[2] == "-"
        and code[:2].isalpha()
        and code[:2].isupper()
        and code[3:].isdigit()
    ):
        raise BadRequest("A CoC code is two capital letters, a dash and three digits, like CT-505.")
    return code


def create_agency(
    conn: Connection, now_ms: int, *, name: str, coc_code: str, can_name: str, victim_service_provider: int = 0
) -> str:
    name = (name or "").strip()
    if not name:
        raise BadRequest("An agency needs a name.")
    if conn.execute(select(agency.c.id).where(agency.c.name == name)).first():
        raise Conflict("An agency with that name already exists.")
    if victim_service_provider not in (0, 1):
        raise BadRequest("Victim service provider is yes (1) or no (0).")
    agency_id = new_id()
    conn.execute(
        insert(agency).values(
            id=agency_id,
            name=name,
            coc_code=_coc(coc_code),
            can_name=(can_name or "").strip() or "Unassigned",
            victim_service_provider=victim_service_provider,
            created_ms=now_ms,
        )
    )
    return agency_id


def create_project(
    conn: Connection,
    now_ms: int,
    *,
    agency_id: str,
    name: str,
    project_type: int,
    coc_code: str,
    geocode: str,
    operating_start: date,
    operating_end: date | None = None,
) -> str:
    if conn.execute(select(agency.c.id).where(agency.c.id == agency_id)).first() is None:
        raise NotFound("That agency does not exist.")
    if project_type not in codes.PROJECT_TYPE:
        raise BadRequest("That is not a HUD project type.")
    if not (name or "").strip():
        raise BadRequest("A project needs a name.")
    if not (isinstance(geocode, str) and len(geocode) == 6 and geocode.isdigit()):
        raise BadRequest("A geocode is six digits (HUD 2.03), for example 099003.")
    if operating_end is not None and operating_end < operating_start:
        raise BadRequest("A project cannot stop operating before it starts.")
    project_id = new_id()
    conn.execute(
        insert(project).values(
            id=project_id,
            agency_id=agency_id,
            name=name.strip(),
            project_type=project_type,
            coc_code=_coc(coc_code),
            geocode=geocode,
            operating_start=operating_start.isoformat(),
            operating_end=operating_end.isoformat() if operating_end else None,
            created_ms=now_ms,
        )
    )
    return project_id


def create_user(
    conn: Connection,
    now_ms: int,
    *,
    username: str,
    first_name: str,
    last_name: str,
    role: str,
    agency_id: str | None,
    password: str,
    training_expires: date,
    seed_key: bytes,
) -> tuple[str, str]:
    """A new user, their authenticator's seed sealed under ``seed_key`` (seed_seal); returns the
    id and the one-time set-up code for their first sign-in."""
    username = (username or "").strip().lower()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise BadRequest("A username is one word of at most 100 characters.")
    if role not in roles.ROLES:
        raise BadRequest("That is not a role this HMIS has.")
    if role == roles.SYSTEM_ADMIN and agency_id is not None:
        raise BadRequest("A System Administrator does not belong to an agency.")
    if role != roles.SYSTEM_ADMIN and (
        agency_id is None or conn.execute(select(agency.c.id).where(agency.c.id == agency_id)).first() is None
    ):
        raise BadRequest("Agency staff must belong to an existing agency.")
    problem = password_problem(password, user_inputs=(username, first_name, last_name))
    if problem:
        raise BadRequest(problem)
    if conn.execute(select(user.c.id).where(user.c.username == username)).first():
        raise Conflict("That username is taken.")
    user_id, secret = new_id(), totp.new_secret()
    code, kept = _new_setup_code(now_ms)
    conn.execute(
        insert(user).values(
            **kept,
            id=user_id,
            username=username,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            agency_id=agency_id,
            role=role,
            password_hash=hash_password(password),
            totp_secret=seed_seal.seal(seed_key, user_id, secret),
            totp_confirmed=False,
            totp_last_step=0,
            training_expires=training_expires.isoformat(),
            disabled=False,
            failed_logins=0,
            locked_until_ms=0,
            created_ms=now_ms,
        )
    )
    return user_id, code


def get_user(conn: Connection, user_id: str):
    row = conn.execute(select(user).where(user.c.id == user_id)).first()
    if row is None:
        raise NotFound("That user does not exist.")
    return row


def revoke_sessions(
    conn: Connection, now_ms: int, user_id: str, device_id: str | None = None, *, family: str | None = None
) -> None:
    """End a user's sessions (on one device, or all; or one sign-in's ``family`` of tokens, a
    session from before families being its own), including refresh tokens in their grace."""
    where = [session.c.user_id == user_id, or_(session.c.revoked_ms.is_(None), session.c.revoked_ms > now_ms)]
    if device_id is not None:
        where.append(session.c.device_id == device_id)
    if family is not None:
        where.append(or_(session.c.family == family, session.c.token_hash == family))
    conn.execute(update(session).where(*where).values(revoked_ms=now_ms))


def set_disabled(conn: Connection, now_ms: int, user_id: str, disabled: bool) -> None:
    get_user(conn, user_id)
    conn.execute(update(user).where(user.c.id == user_id).values(disabled=disabled))
    if disabled:
        revoke_sessions(conn, now_ms, user_id)


def set_training(conn: Connection, user_id: str, expires: date) -> None:
    get_user(conn, user_id)
    conn.execute(update(user).where(user.c.id == user_id).values(training_expires=expires.isoformat()))


def reset_mfa(conn: Connection, now_ms: int, user_id: str, seed_key: bytes) -> str:
    """A new TOTP secret (sealed under ``seed_key``), released at next sign-in to whoever brings
    the returned one-time set-up code with the password; their sessions end, and devices holding
    the old seed are sent the new one at their next sign-in."""
    get_user(conn, user_id)
    code, kept = _new_setup_code(now_ms)
    conn.execute(
        update(user)
        .where(user.c.id == user_id)
        .values(
            totp_secret=seed_seal.seal(seed_key, user_id, totp.new_secret()),
            seed_generation=user.c.seed_generation + 1,
            totp_confirmed=False,
            totp_last_step=0,
            **kept,
        )
    )
    seed_delivery.void(conn, user_id)
    revoke_sessions(conn, now_ms, user_id)
    return code


def unlock(conn: Connection, user_id: str) -> None:
    get_user(conn, user_id)
    conn.execute(update(user).where(user.c.id == user_id).values(failed_logins=0, locked_until_ms=0))


def list_users(conn: Connection, agency_id: str | None) -> list[dict]:
    query = select(
        user.c.id,
        user.c.username,
        user.c.first_name,
        user.c.last_name,
        user.c.agency_id,
        user.c.role,
        user.c.training_expires,
        user.c.disabled,
        user.c.totp_confirmed,
        user.c.failed_logins,
        user.c.locked_until_ms,
    ).order_by(user.c.username)
    if agency_id is not None:
        query = query.where(user.c.agency_id == agency_id)
    return [dict(r._mapping) for r in conn.execute(query)]
