"""Sign-in (password + TOTP), first-time authenticator set-up, refresh and sign-out."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from server.api.deps import Caller, Context, caller, context, signed_device
from server.api.models import LoginIn, MfaConfirmIn, RefreshIn
from server.services import audit_log, seed_delivery, sessions, sign_in
from server.services.errors import Unauthorized

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/login")
def login(body: LoginIn, device=Depends(signed_device), ctx: Context = Depends(context)) -> dict:
    return sign_in.login(
        ctx.engine,
        ctx.clock.now_ms(),
        device_id=device.id,
        device_agency=device.agency_id,
        username=body.username,
        password=body.password,
        code=body.code,
        access_minutes=ctx.settings.access_token_minutes,
        setup_minutes=ctx.settings.setup_token_minutes,
        seed_key=ctx.seed_key,
    )


@router.post("/mfa/confirm")
def confirm_mfa(body: MfaConfirmIn, device=Depends(signed_device), ctx: Context = Depends(context)) -> dict:
    return sign_in.confirm_mfa(
        ctx.engine,
        ctx.clock.now_ms(),
        device_id=device.id,
        setup_token=body.setup_token,
        code=body.code,
        access_minutes=ctx.settings.access_token_minutes,
        seed_key=ctx.seed_key,
    )


@router.post("/seed-held")
def seed_held(who: Caller = Depends(caller), ctx: Context = Depends(context)) -> dict:
    """The laptop has sealed the TOTP seed it was sent into the user's key slot: later sign-ins
    there carry it no more. ``held`` is false when that seed is no longer the user's."""
    with ctx.engine.begin() as conn:
        return {"held": seed_delivery.held(conn, ctx.clock.now_ms(), who.user, who.device.id)}


@router.post("/refresh")
def refresh(body: RefreshIn, device=Depends(signed_device), ctx: Context = Depends(context)) -> dict:
    with ctx.engine.begin() as conn:
        answer = sessions.refresh(
            conn, ctx.clock.now_ms(), body.refresh_token, device.id, ctx.settings.access_token_minutes, ctx.token_key
        )
    if answer is None:  # a replaced token used again: its sign-in's tokens are ended (committed above)
        raise Unauthorized("Sign-in required.")
    return answer


@router.post("/logout")
def logout(who: Caller = Depends(caller), ctx: Context = Depends(context)) -> dict:
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        sessions.logout(conn, now, who.user.id, who.device.id)
        audit_log.record(conn, now, "logout", actor=who.user.id, device_id=who.device.id, agency_id=who.agency_id)
    return {"signed_out": True}
