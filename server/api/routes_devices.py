"""Device enrollment, check-in, wipe orders and acknowledgements, and device administration."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from app.sync import wire
from server.api.deps import Caller, Context, context, permitted, wiping_device
from server.api.models import CheckInIn, EnrollIn, EnrollmentCodeIn, WipeAckIn
from server.services import audit_log, devices, wipes
from server.services.errors import BadRequest

router = APIRouter(prefix="/v1", tags=["devices"])


@router.post("/devices/enroll")
def enroll(body: EnrollIn, ctx: Context = Depends(context)) -> dict:
    """A new device registers its public key (and optionally its check-in key) with a one-time
    code from a coordinator."""
    with ctx.engine.begin() as conn:
        result = devices.enroll(
            conn,
            ctx.clock.now_ms(),
            code=body.code,
            public_key_b64=body.public_key,
            name=body.name,
            proof=body.proof,
            checkin_key_b64=body.checkin_key,
            checkin_proof=body.checkin_proof,
        )
    return result | {"server_public_key": wire.b64(wire.public_bytes(ctx.signing_key))}


@router.post("/devices/check-in")
def check_in(body: CheckInIn, request: Request, device=Depends(wiping_device), ctx: Context = Depends(context)) -> dict:
    # The audit chain lives in the vault: only the vault's key may anchor it, never the check-in key.
    links = [] if request.state.by_checkin_key else [list(link) for link in body.audit_links]
    with ctx.engine.begin() as conn:
        return devices.check_in(
            conn,
            ctx.clock.now_ms(),
            device,
            pending_changes=body.pending_changes,
            device_clock_ms=body.device_clock_ms,
            audit_links=links,
        )


@router.post("/wipes/{wipe_id}/ack")
def acknowledge_wipe(
    wipe_id: str, body: WipeAckIn, device=Depends(wiping_device), ctx: Context = Depends(context)
) -> dict:
    with ctx.engine.begin() as conn:
        return wipes.acknowledge(
            conn,
            ctx.clock.now_ms(),
            device,
            wipe_id=wipe_id,
            stage=body.stage,
            report=body.report,
            report_signature=body.report_signature,
        )


@router.get("/devices")
def list_devices(who: Caller = Depends(permitted("device.manage")), ctx: Context = Depends(context)) -> list[dict]:
    with ctx.reader.connect() as conn:
        return devices.list_devices(conn, None if who.is_admin else who.agency_id)


@router.post("/devices/enrollment-codes")
def new_code(
    body: EnrollmentCodeIn, who: Caller = Depends(permitted("device.manage")), ctx: Context = Depends(context)
) -> dict:
    agency_id = body.agency_id or who.agency_id
    if agency_id is None:
        raise BadRequest("Say which agency the device is for.")
    who.require_agency(agency_id)
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        code = devices.new_enrollment_code(conn, now, agency_id=agency_id, created_by=who.user.id)
        audit_log.record(conn, now, "enrollment_code_created", actor=who.user.id, agency_id=agency_id)
    return {"code": code, "expires_in_hours": devices.CODE_HOURS}


def _device_of_agency(conn, who: Caller, device_id: str):
    row = devices.get(conn, device_id)
    who.require_agency(row.agency_id)
    return row


@router.post("/devices/{device_id}/revoke")
def revoke(device_id: str, who: Caller = Depends(permitted("device.manage")), ctx: Context = Depends(context)) -> dict:
    with ctx.engine.begin() as conn:
        _device_of_agency(conn, who, device_id)
        devices.revoke(conn, ctx.clock.now_ms(), device_id, actor=who.user.id)
    return {"id": device_id, "revoked": True}


@router.post("/devices/{device_id}/wipe")
def order_wipe(
    device_id: str, who: Caller = Depends(permitted("device.wipe")), ctx: Context = Depends(context)
) -> dict:
    """Mark a lost device: at its next contact it destroys its data and confirms."""
    with ctx.engine.begin() as conn:
        _device_of_agency(conn, who, device_id)
        return wipes.order(conn, ctx.clock.now_ms(), ctx.signing_key, device_id=device_id, actor=who.user.id)


@router.get("/wipes/{wipe_id}")
def wipe_status(wipe_id: str, who: Caller = Depends(permitted("device.wipe")), ctx: Context = Depends(context)) -> dict:
    with ctx.reader.connect() as conn:
        result = wipes.status(conn, ctx.clock.now_ms(), wipe_id)
        _device_of_agency(conn, who, result["device_id"])
        return result
