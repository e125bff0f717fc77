"""Remote wipe: a coordinator marks a lost laptop; at its next contact it destroys its data.

The command is signed by the server and names the device, so a device obeys only a real order
meant for it; the device's acknowledgements arrive as signed requests (and the completion also
carries the device's signature over its report), moving the order pending -> received ->
completed. Only a report signed by the vault's own key is "completed"; one signed by the check-in
key alone (which works before anyone signs in, and sits outside the vault) is "unproven". An order
nobody picks up within its lifetime shows as expired.
"""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, insert, select, update

from app.domain.ids import new_id
from app.sync import wire
from server.db.schema import device, wipe
from server.services import audit_log, devices
from server.services.errors import BadRequest, Conflict, NotFound

LIFETIME_DAYS = 90
REPORT_FIELDS = {"wipe_id", "device_id", "destroyed", "unsynced_changes", "completed_ms"}
#: A report is in: "completed" when the vault's key signed it, "unproven" when only the check-in key did.
FINAL = frozenset({"completed", "unproven"})


def order(conn: Connection, now_ms: int, key: Ed25519PrivateKey, *, device_id: str, actor: str) -> dict:
    row = devices.get(conn, device_id)
    if row.revoked_ms is not None:
        raise Conflict("That device was already revoked; it will not contact the server again.")
    existing = devices.pending_wipe(conn, device_id)
    if existing is not None and not _expired(existing, now_ms):
        return describe(existing, now_ms)
    if existing is not None:  # its life ran out unseen: the laptop would refuse it, so it ends here
        conn.execute(update(wipe).where(wipe.c.id == existing.id).values(status="expired"))
    wipe_id = new_id()
    command = {
        "type": "wipe",
        "wipe_id": wipe_id,
        "device_id": device_id,
        "issued_ms": now_ms,
        "expires_ms": now_ms + LIFETIME_DAYS * 86400_000,
    }
    conn.execute(
        insert(wipe).values(
            id=wipe_id,
            device_id=device_id,
            issued_by=actor,
            issued_ms=now_ms,
            expires_ms=command["expires_ms"],
            command=wire.canonical_json(command).decode(),
            signature=wire.sign_statement(key, command),
            status="pending",
        )
    )
    audit_log.record(conn, now_ms, "wipe_ordered", actor=actor, device_id=device_id, agency_id=row.agency_id)
    return describe(conn.execute(select(wipe).where(wipe.c.id == wipe_id)).first(), now_ms)


def _expired(row, now_ms: int) -> bool:
    """Never picked up within its lifetime (the command inside it has expired too)."""
    return row.status == "pending" and row.expires_ms <= now_ms


def describe(row, now_ms: int) -> dict:
    status = "expired" if _expired(row, now_ms) else row.status
    return {
        "id": row.id,
        "device_id": row.device_id,
        "status": status,
        "issued_ms": row.issued_ms,
        "received_ms": row.received_ms,
        "completed_ms": row.completed_ms,
        "report": json.loads(row.report) if row.report else None,
    }


def status(conn: Connection, now_ms: int, wipe_id: str) -> dict:
    row = conn.execute(select(wipe).where(wipe.c.id == wipe_id)).first()
    if row is None:
        raise NotFound("That wipe order does not exist.")
    return describe(row, now_ms)


def acknowledge(
    conn: Connection,
    now_ms: int,
    device_row,
    *,
    wipe_id: str,
    stage: str,
    report: dict | None,
    report_signature: str | None,
) -> dict:
    """Move an order on; only its own device may, only forwards, and a completion must be signed."""
    row = conn.execute(select(wipe).where(wipe.c.id == wipe_id)).first()
    if row is None or row.device_id != device_row.id:
        raise NotFound("This device has no such wipe order.")
    outcome = "ok"
    if stage == "received":
        if row.status != "pending":
            raise Conflict(f"This wipe order is already {row.status}.")
        conn.execute(update(wipe).where(wipe.c.id == wipe_id).values(status="received", received_ms=now_ms))
    elif stage == "completed":
        if row.status in FINAL:
            raise Conflict("This wipe order is already completed.")  # the device's report is in, either way
        if row.status not in ("pending", "received"):
            raise Conflict(f"This wipe order is already {row.status}.")
        if (
            not isinstance(report, dict)
            or set(report) != REPORT_FIELDS
            or report.get("wipe_id") != wipe_id
            or report.get("device_id") != device_row.id
        ):
            raise BadRequest(
                "A wipe report names this order and device, what was destroyed and how many changes were not synced."
            )
        if not isinstance(report["unsynced_changes"], int) or report["unsynced_changes"] < 0:
            raise BadRequest("The unsynced change count must be a whole number, zero or more.")
        signed_by = next(
            (
                name
                for name, key in devices.signing_keys(device_row, allow_checkin_key=True)
                if wire.verify_statement(key, report, report_signature or "")
            ),
            None,
        )
        if signed_by is None:
            raise BadRequest("The wipe report is not signed by this device.")
        # Only the vault's own key proves the data was destroyed: it lives inside the vault and the
        # wipe destroys it after signing. The check-in key sits outside (so a locked laptop can obey
        # at all), and a copy of the laptop's files could report a wipe that never happened.
        final = "completed" if signed_by == "device" else "unproven"
        outcome = "ok" if final == "completed" else "unproven"
        conn.execute(
            update(wipe)
            .where(wipe.c.id == wipe_id)
            .values(
                status=final,
                completed_ms=now_ms,
                received_ms=row.received_ms or now_ms,
                report=wire.canonical_json(report).decode(),
                report_signature=report_signature,
            )
        )
        conn.execute(update(device).where(device.c.id == device_row.id).values(revoked_ms=now_ms))
    else:
        raise BadRequest("A wipe acknowledgement is 'received' or 'completed'.")
    audit_log.record(
        conn,
        now_ms,
        f"wipe_{stage}",
        outcome=outcome,
        device_id=device_row.id,
        agency_id=device_row.agency_id,
        detail={"unsynced_changes": report["unsynced_changes"]} if report else None,
    )
    return status(conn, now_ms, wipe_id)
