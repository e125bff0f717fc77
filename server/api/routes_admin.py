"""Agencies, projects, users, policy and the audit trail."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from server.api.deps import Caller, Context, caller, context, permitted
from server.api.models import AgencyIn, PolicyIn, ProjectIn, TrainingIn, UserIn
from server.auth import roles
from server.db.schema import agency
from server.services import accounts, audit_log, policy, project_facts
from server.services.clock import utc_date
from server.services.errors import Forbidden

router = APIRouter(prefix="/v1", tags=["administration"])


@router.post("/agencies")
def create_agency(
    body: AgencyIn, who: Caller = Depends(permitted("agency.manage")), ctx: Context = Depends(context)
) -> dict:
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        agency_id = accounts.create_agency(
            conn,
            now,
            name=body.name,
            coc_code=body.coc_code,
            can_name=body.can_name,
            victim_service_provider=body.victim_service_provider,
        )
        audit_log.record(conn, now, "agency_created", actor=who.user.id, agency_id=agency_id)
    return {"id": agency_id}


@router.get("/agencies")
def list_agencies(who: Caller = Depends(caller), ctx: Context = Depends(context)) -> list[dict]:
    """Every agency to the HMIS Admin; one's own to everyone else (who takes part, a victim service
    provider among them, is not every user's to know)."""
    query = select(agency).order_by(agency.c.name)
    if not who.is_admin:
        query = query.where(agency.c.id == who.agency_id)
    with ctx.reader.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


@router.post("/projects")
def create_project(
    body: ProjectIn, who: Caller = Depends(permitted("project.manage")), ctx: Context = Depends(context)
) -> dict:
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        project_id = accounts.create_project(
            conn,
            now,
            agency_id=body.agency_id,
            name=body.name,
            project_type=body.project_type,
            coc_code=body.coc_code,
            geocode=body.geocode,
            operating_start=body.operating_start,
            operating_end=body.operating_end,
        )
        audit_log.record(conn, now, "project_created", actor=who.user.id, agency_id=body.agency_id)
    return {"id": project_id}


@router.get("/projects")
def list_projects(who: Caller = Depends(caller), ctx: Context = Depends(context)) -> list[dict]:
    with ctx.reader.connect() as conn:
        return project_facts.projects_for(conn, None if who.is_admin else who.agency_id, utc_date(ctx.clock.now_ms()))


@router.get("/users")
def list_users(who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> list[dict]:
    with ctx.reader.connect() as conn:
        return accounts.list_users(conn, None if who.is_admin else who.agency_id)


@router.post("/users")
def create_user(body: UserIn, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> dict:
    if not who.is_admin and (body.role == roles.SYSTEM_ADMIN or body.agency_id not in (None, who.agency_id)):
        raise Forbidden("A Security Coordinator adds users to their own agency only.")
    agency_id = body.agency_id if who.is_admin else who.agency_id
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        user_id, code = accounts.create_user(
            conn,
            now,
            username=body.username,
            first_name=body.first_name,
            last_name=body.last_name,
            role=body.role,
            agency_id=agency_id,
            password=body.password,
            training_expires=body.training_expires,
            seed_key=ctx.seed_key,
        )
        audit_log.record(
            conn,
            now,
            "user_created",
            actor=who.user.id,
            agency_id=agency_id,
            detail={"user": user_id, "role": body.role},
        )
    return {"id": user_id, **accounts.handed_over(code)}


def _managed_user(conn, who: Caller, user_id: str):
    row = accounts.get_user(conn, user_id)
    who.require_agency(row.agency_id)
    if row.role == roles.SYSTEM_ADMIN and not who.is_admin:
        raise Forbidden("Only an HMIS Admin manages administrators.")
    return row


def _user_action(user_id: str, action: str, who: Caller, ctx: Context, change) -> dict:
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        row = _managed_user(conn, who, user_id)
        result = change(conn, now) or {}
        audit_log.record(conn, now, action, actor=who.user.id, agency_id=row.agency_id, detail={"user": user_id})
    return {"id": user_id, **result}


@router.post("/users/{user_id}/disable")
def disable(user_id: str, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> dict:
    return _user_action(
        user_id, "user_disabled", who, ctx, lambda conn, now: accounts.set_disabled(conn, now, user_id, True)
    )


@router.post("/users/{user_id}/enable")
def enable(user_id: str, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> dict:
    return _user_action(
        user_id, "user_enabled", who, ctx, lambda conn, now: accounts.set_disabled(conn, now, user_id, False)
    )


@router.post("/users/{user_id}/unlock")
def unlock(user_id: str, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> dict:
    return _user_action(user_id, "user_unlocked", who, ctx, lambda conn, now: accounts.unlock(conn, user_id))


@router.post("/users/{user_id}/reset-mfa")
def reset_mfa(user_id: str, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)) -> dict:
    return _user_action(
        user_id,
        "mfa_reset",
        who,
        ctx,
        lambda conn, now: accounts.handed_over(accounts.reset_mfa(conn, now, user_id, ctx.seed_key)),
    )


@router.put("/users/{user_id}/training")
def training(
    user_id: str, body: TrainingIn, who: Caller = Depends(permitted("user.manage")), ctx: Context = Depends(context)
) -> dict:
    return _user_action(
        user_id,
        "training_updated",
        who,
        ctx,
        lambda conn, now: accounts.set_training(conn, user_id, body.training_expires),
    )


@router.get("/policy")
def get_policy(who: Caller = Depends(caller), ctx: Context = Depends(context)) -> dict:
    with ctx.reader.connect() as conn:
        return policy.current(conn)


@router.put("/policy")
def put_policy(
    body: PolicyIn, who: Caller = Depends(permitted("policy.manage")), ctx: Context = Depends(context)
) -> dict:
    updates = body.model_dump(exclude_none=True)
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        result = policy.change(conn, updates)
        audit_log.record(conn, now, "policy_changed", actor=who.user.id, detail=updates)
    return result


@router.get("/audit")
def audit(
    after: int = Query(0, ge=0, le=2**62),
    limit: int = Query(200, ge=1, le=1000),
    before: int | None = Query(None, ge=1, le=2**62),
    who: Caller = Depends(permitted("audit.read")),
    ctx: Context = Depends(context),
) -> list[dict]:
    with ctx.reader.connect() as conn:
        return audit_log.entries(
            conn, agency_id=None if who.is_admin else who.agency_id, after=after, limit=limit, before=before
        )
