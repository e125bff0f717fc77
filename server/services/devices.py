"""Devices: enrollment with a one-time code, signed requests, check-in, revocation.

Why a key per device: the laptop proves itself on every request with a key that never leaves it,
so a stolen token alone is useless and a revoked laptop is refused at once.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, delete, exists, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app.domain.ids import is_valid_id, new_id
from app.sync import wire
from server.db.schema import agency, device, enrollment_code, request_nonce, wipe
from server.services import audit_log, policy
from server.services.errors import BadRequest, Forbidden, NotFound, Unauthorized

CODE_HOURS = 24
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread over the phone


def _code_hash(code: str) -> str:
    return hashlib.sha256("".join(code.upper().split("-")).encode()).hexdigest()


def new_enrollment_code(conn: Connection, now_ms: int, *, agency_id: str, created_by: str) -> str:
    if conn.execute(select(agency.c.id).where(agency.c.id == agency_id)).first() is None:
        raise NotFound("That agency does not exist.")
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
    conn.execute(
        insert(enrollment_code).values(
            code_hash=_code_hash(code),
            agency_id=agency_id,
            created_by=created_by,
            expires_ms=now_ms + CODE_HOURS * 3600_000,
        )
    )
    return code


# What a new device signs, with each of its keys; one definition for the device and the server.
enrollment_proof = wire.enrollment_proof


def _raw_key(key_b64: str, what: str) -> bytes:
    try:
        key = wire.unb64(key_b64)
    except ValueError:
        raise BadRequest(f"The {what} is not valid base64.") from None
    if len(key) != 32:
        raise BadRequest(f"The {what} must be a 32-byte Ed25519 public key.")
    return key


def enroll(
    conn: Connection,
    now_ms: int,
    *,
    code: str,
    public_key_b64: str,
    name: str,
    proof: str,
    checkin_key_b64: str | None = None,
    checkin_proof: str | None = None,
) -> dict:
    """Register a device's key, and optionally its check-in key (see ``verify_request``)."""
    public_key = _raw_key(public_key_b64, "device key")
    checkin_key = None
    if checkin_key_b64 is not None:
        checkin_key = _raw_key(checkin_key_b64, "check-in key")
        if checkin_key == public_key:
            raise BadRequest("The check-in key must be a different key from the device key.")
        if not checkin_proof:
            raise BadRequest("A check-in key must come with a check-in proof signed by that key.")
    elif checkin_proof is not None:
        raise BadRequest("A check-in proof was sent without a check-in key.")
    statement = enrollment_proof(code, public_key_b64, name, checkin_key_b64)
    if not wire.verify(public_key, proof, statement):
        raise BadRequest("The device could not prove it holds its key.")
    if checkin_key is not None:
        assert checkin_proof is not None  # refused above when a check-in key comes without one
        if not wire.verify(checkin_key, checkin_proof, statement):
            raise BadRequest("The device could not prove it holds its check-in key.")
    found = conn.execute(select(enrollment_code).where(enrollment_code.c.code_hash == _code_hash(code or ""))).first()
    again = _same_enrollment(conn, found, public_key, checkin_key)
    if again is not None:
        return again
    if found is None or found.used_ms is not None or found.expires_ms <= now_ms:
        raise Forbidden(
            "That enrollment code is not valid, already used, or expired. Ask your Security Coordinator for a new one."
        )
    device_id = new_id()
    try:
        with conn.begin_nested():
            conn.execute(
                insert(device).values(
                    id=device_id,
                    agency_id=found.agency_id,
                    name=name.strip()[:100] or "Laptop",
                    public_key=public_key,
                    checkin_key=checkin_key,
                    enrolled_by=found.created_by,
                    enrolled_ms=now_ms,
                    audit_seq=0,
                    audit_hash="0" * 64,
                )
            )
    except IntegrityError:
        raise BadRequest("That device key is already registered.") from None
    conn.execute(
        update(enrollment_code)
        .where(enrollment_code.c.code_hash == found.code_hash)
        .values(used_ms=now_ms, device_id=device_id)
    )
    audit_log.record(
        conn, now_ms, "device_enrolled", actor=found.created_by, device_id=device_id, agency_id=found.agency_id
    )
    return {"device_id": device_id, "agency_id": found.agency_id}


def _same_enrollment(conn: Connection, found, public_key: bytes, checkin_key: bytes | None) -> dict | None:
    """The answer already given, when the device that used this code asks again with the same
    keys: its first answer was lost on the way, and the code must not be spent for nothing."""
    if found is None or found.used_ms is None or found.device_id is None:
        return None
    row = conn.execute(select(device).where(device.c.id == found.device_id)).first()
    if (
        row is None
        or row.revoked_ms is not None
        or bytes(row.public_key) != public_key
        or (bytes(row.checkin_key) if row.checkin_key is not None else None) != checkin_key
    ):
        return None
    return {"device_id": row.id, "agency_id": row.agency_id}


def verify_request(
    engine: Engine,
    now_ms: int,
    skew_ms: int,
    *,
    headers,
    method: str,
    target: str,
    body_sha256: str,
    allow_checkin_key: bool = False,
    then: Callable[[Connection, Any], None] | None = None,
) -> tuple[Row[Any], bool, bool]:
    """The device row behind a signed request, whether its check-in key signed, and whether a wipe
    is pending for it (read in the same transaction); or Unauthorized with the reason in words.

    The nonce is committed before the request runs (in the same short transaction as the
    checks), so a replay is refused even when the first attempt failed. With
    ``allow_checkin_key`` (check-in and wipe acknowledgements only) the device's check-in key,
    kept outside its vault so it works before anyone signs in, may sign instead of its own key.
    ``then(conn, row)`` runs in the same transaction once the request is proven (the session
    check, which saves a request a second connection); it must not raise.
    """
    device_id = headers.get(wire.DEVICE, "")
    stamp, nonce, signature = headers.get(wire.TIME, ""), headers.get(wire.NONCE, ""), headers.get(wire.SIGNATURE, "")
    if not (is_valid_id(device_id) and stamp.isdigit() and 16 <= len(nonce) <= 64 and nonce.isalnum() and signature):
        raise Unauthorized("This request is not signed by an enrolled device.")
    refusal = None
    with engine.begin() as conn:
        row = conn.execute(_DEVICE_AND_WIPE, {"w_id": device_id}).first()
        if row is None:
            raise Unauthorized("This device is not enrolled or has been revoked.")
        if row.revoked_ms is not None:
            refusal = ("revoked_device_request", "This device is not enrolled or has been revoked.")
        elif abs(int(stamp) - now_ms) > skew_ms:
            raise Unauthorized("This device's clock is too far from the server's. Check its date and time.")
        elif (
            signed_by := next(
                (
                    name
                    for name, key in signing_keys(row, allow_checkin_key)
                    if wire.verify(key, signature, wire.signing_input(method, target, int(stamp), nonce, body_sha256))
                ),
                None,
            )
        ) is None:
            refusal = ("bad_signature", "The request signature is not valid.")
        elif not _first_use(conn, device_id, nonce, expires_ms=int(stamp) + skew_ms, cut_ms=now_ms - skew_ms):
            refusal = ("replayed_request", "This request was already received once; a replay is refused.")
        if refusal:
            audit_log.record(conn, now_ms, refusal[0], outcome="refused", device_id=device_id, agency_id=row.agency_id)
        elif then is not None:
            then(conn, row)
    if refusal:
        raise Unauthorized(refusal[1])
    # signed_by is bound: every branch of the chain above that does not bind it raises or sets refusal
    return row, signed_by == "checkin", bool(row.wiped)  # type: ignore[possibly-undefined]


_PENDING = ("pending", "received")
#: The device, and whether a wipe waits for it: one statement, as every signed request asks both.
_DEVICE_AND_WIPE = select(
    device, exists().where(wipe.c.device_id == device.c.id, wipe.c.status.in_(_PENDING)).label("wiped")
).where(device.c.id == bindparam("w_id"))
#: PostgreSQL: the device's expired nonces go in the same statement that records the new one.
_NONCE_PG = text(
    "WITH gone AS (DELETE FROM request_nonce WHERE device_id = :device_id AND expires_ms < :cut) "
    "INSERT INTO request_nonce (device_id, nonce, expires_ms) VALUES (:device_id, :nonce, :expires) "
    "ON CONFLICT DO NOTHING"
)


def _first_use(conn: Connection, device_id: str, nonce: str, *, expires_ms: int, cut_ms: int) -> bool:
    """Record the nonce (and forget the device's expired ones); False if it was already recorded.

    Why an insert that may do nothing, and not a look first: two copies of one request arriving
    at the same moment would both look and find nothing; here the second waits for the first and
    inserts nothing. One statement, too, where a look, a prune and an insert were three."""
    if conn.dialect.name == "postgresql":
        done = conn.execute(_NONCE_PG, {"device_id": device_id, "nonce": nonce, "expires": expires_ms, "cut": cut_ms})
        return done.rowcount == 1
    conn.execute(
        delete(request_nonce).where(request_nonce.c.device_id == device_id, request_nonce.c.expires_ms < cut_ms)
    )
    done = conn.execute(
        sqlite_insert(request_nonce)
        .values(device_id=device_id, nonce=nonce, expires_ms=expires_ms)
        .on_conflict_do_nothing()
    )
    return done.rowcount == 1


def signing_keys(row, allow_checkin_key: bool) -> list[tuple[str, bytes]]:
    """The keys that may sign for this device: its own, and its check-in key where allowed."""
    keys = [("device", row.public_key)]
    if allow_checkin_key and row.checkin_key is not None:
        keys.append(("checkin", row.checkin_key))
    return keys


def pending_wipe(conn: Connection, device_id: str):
    return conn.execute(
        select(wipe).where(wipe.c.device_id == device_id, wipe.c.status.in_(_PENDING)).order_by(wipe.c.issued_ms.desc())
    ).first()


def check_in(
    conn: Connection, now_ms: int, row, *, pending_changes: int, device_clock_ms: int, audit_links: list[list]
) -> dict:
    """Record what the device reports, anchor its audit chain, and hand back policy and commands.

    A chain that does not extend the anchored head is refused (and recorded) without refusing
    the check-in itself: a device that may have been tampered with must still receive a wipe.
    The anchor is read again, locked, in this transaction: ``row`` came from the signature check,
    and a check-in committed since must not be undone (an anchor moved back would let a rewritten
    history through).
    """
    row = conn.execute(select(device).where(device.c.id == row.id).with_for_update()).first()
    accepted = extends_anchor(row.audit_seq, row.audit_hash, audit_links)
    seq, head = (
        (audit_links[-1][0], audit_links[-1][2]) if accepted and audit_links else (row.audit_seq, row.audit_hash)
    )
    if not accepted:
        audit_log.record(
            conn,
            now_ms,
            "audit_chain_refused",
            outcome="refused",
            device_id=row.id,
            agency_id=row.agency_id,
            detail={"anchored_seq": row.audit_seq},
        )
    conn.execute(
        update(device)
        .where(device.c.id == row.id)
        .values(
            last_checkin_ms=now_ms,
            pending_changes=pending_changes,
            device_clock_ms=device_clock_ms,
            audit_seq=seq,
            audit_hash=head,
        )
    )
    commands = []
    order = pending_wipe(conn, row.id)
    if order is not None:
        commands.append({"type": "wipe", "command": json.loads(order.command), "signature": order.signature})
    return {
        "server_time_ms": now_ms,
        "policy": policy.current(conn),
        "lease_renewed_ms": now_ms,
        "audit": {"accepted": accepted, "seq": seq, "hash": head, "reason": None if accepted else AUDIT_REFUSED},
        "commands": commands,
    }


AUDIT_REFUSED = (
    "This device's audit trail does not continue from what the server recorded; it may have "
    "been altered. Contact your Security Coordinator."
)


def extends_anchor(seq: int, head: str, links: list[list]) -> bool:
    """Whether ``links`` ([seq, prev_hash, hash] from the anchored entry, or from the first entry
    when nothing is anchored yet, to the head) continue the chain the server saw last.

    The links may start before the anchored entry as long as they pass through it: a device
    whose check-in was applied here but whose answer was lost sends them again from its older
    anchor, and that is not a rewritten history."""
    if not links:
        return True
    for before, after in pairwise(links):
        if after[0] != before[0] + 1 or after[1] != before[2]:
            return False
    if seq:
        anchored = next((link for link in links if link[0] == seq), None)
        return anchored is not None and anchored[2] == head
    return links[0][0] == 1 and links[0][1] == "0" * 64


def get(conn: Connection, device_id: str):
    row = conn.execute(select(device).where(device.c.id == device_id)).first()
    if row is None:
        raise NotFound("That device does not exist.")
    return row


def revoke(conn: Connection, now_ms: int, device_id: str, *, actor: str) -> None:
    row = get(conn, device_id)
    conn.execute(update(device).where(device.c.id == device_id).values(revoked_ms=now_ms))
    audit_log.record(conn, now_ms, "device_revoked", actor=actor, device_id=device_id, agency_id=row.agency_id)


def list_devices(conn: Connection, agency_id: str | None) -> list[dict]:
    query = select(
        device.c.id,
        device.c.agency_id,
        device.c.name,
        device.c.enrolled_ms,
        device.c.revoked_ms,
        device.c.last_checkin_ms,
        device.c.pending_changes,
    ).order_by(device.c.enrolled_ms)
    if agency_id is not None:
        query = query.where(device.c.agency_id == agency_id)
    out = []
    for r in conn.execute(query):
        item = dict(r._mapping)
        order = conn.execute(
            select(wipe.c.id, wipe.c.status).where(wipe.c.device_id == r.id).order_by(wipe.c.issued_ms.desc())
        ).first()
        item["wipe"] = dict(order._mapping) if order else None
        out.append(item)
    return out
