"""Push, pull, reading one record, conflicts and possible duplicates."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from app.domain.registry import RECORD_TYPES
from server.api.deps import Caller, Context, Unchecked, context, permitted, unchecked
from server.api.models import MergeIn, PullOut, PushIn, ResolveIn, openapi_body, parse
from server.api.observability import OPERATIONS
from server.db.schema import record
from server.services import audit_log, feed, record_store, review, sharing, sync
from server.services.clock import utc_date
from server.services.errors import Conflict, NotFound

router = APIRouter(prefix="/v1", tags=["sync"])


@router.post("/sync/push", openapi_extra=openapi_body(PushIn))
async def push(pending: Unchecked = Depends(unchecked("records.sync"))) -> dict:
    """Apply a batch of operations; each is answered applied, merged, conflict or rejected."""
    return await run_in_threadpool(_push, pending)  # the one hop of this request: check, parse, apply


def _push(pending: Unchecked) -> dict:
    who, ctx = pending.check(), pending.ctx
    body = parse(PushIn, pending.raw)
    try:
        results = sync.push(
            ctx.engine,
            ctx.clock.now_ms(),
            user_row=who.user,
            device_row=who.device,
            operations=[op.model_dump() for op in body.operations],
        )
    except IntegrityError:
        # The same operations arrived twice at once (a retry overtaking a slow first attempt):
        # the first one wins and the retry is told to come back for its answers.
        raise Conflict("These changes are already being applied; send them again in a moment.") from None
    for result in results:
        OPERATIONS.labels(result["status"]).inc()
    return {"results": results}


@router.get("/sync/pull", response_model=PullOut)
async def pull(
    cursor: int = Query(0, ge=0, le=2**62),
    limit: int = Query(500, ge=1, le=2000),
    pending: Unchecked = Depends(unchecked("records.sync")),
) -> Response:
    return await run_in_threadpool(_pull, pending, cursor, limit)  # the one hop of this request


def _pull(pending: Unchecked, cursor: int, limit: int) -> Response:
    who, ctx = pending.check(), pending.ctx
    now = ctx.clock.now_ms()
    with ctx.engine.begin() as conn:
        head, untended = feed.head_and_untended(conn, now, utc_date(now).isoformat())
        if not untended:  # as nearly always: one transaction
            return _page(conn, now, who, cursor, limit, head)
    # Shares that expired end in a transaction of their own first, so this very pull carries what
    # the devices must drop; stand-ins left by a server process that stopped between a commit and
    # its numbering are numbered (as they are when a process starts, and after a retried push).
    with record_store.writing(ctx.engine) as conn:
        sharing.end_expired(conn, now)
    feed.settle(ctx.engine)
    with ctx.engine.begin() as conn:
        return _page(conn, now, who, cursor, limit)


def _page(conn, now: int, who: Caller, cursor: int, limit: int, head: int | None = None) -> Response:
    page = sync.pull(
        conn,
        now,
        user_row=who.user,
        device_id=who.device.id,
        cursor=cursor,
        limit=limit,
        device_agency=who.device.agency_id,
        head=head,
    )
    return Response(page.to_json(), media_type="application/json")


@router.get("/records/{kind}/{record_id}")
def read_record(
    kind: str, record_id: str, who: Caller = Depends(permitted("records.sync")), ctx: Context = Depends(context)
) -> dict:
    now = ctx.clock.now_ms()
    if kind not in RECORD_TYPES:
        raise NotFound("That kind of record is not known.")
    with ctx.engine.begin() as conn:
        row = conn.execute(
            select(record).where(record.c.kind == kind, record.c.id == record_id, sharing.visible(who.user, now))
        ).first()
        if row is None:
            raise NotFound("That record is not available to you.")
        audit_log.record(
            conn,
            now,
            "record_read",
            actor=who.user.id,
            device_id=who.device.id,
            agency_id=who.agency_id,
            kind=kind,
            record_id=record_id,
        )
        return {
            "kind": kind,
            "id": record_id,
            "version": row.version,
            "deleted": row.date_deleted_ms is not None,
            "body": json.loads(row.body),
        }


@router.get("/conflicts")
def conflicts(who: Caller = Depends(permitted("conflict.resolve")), ctx: Context = Depends(context)) -> list[dict]:
    with ctx.reader.connect() as conn:
        return review.list_conflicts(conn, who.user)


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(
    conflict_id: str,
    body: ResolveIn,
    who: Caller = Depends(permitted("conflict.resolve")),
    ctx: Context = Depends(context),
) -> dict:
    with record_store.writing(ctx.engine) as conn:
        return review.resolve_conflict(conn, ctx.clock.now_ms(), who.user, conflict_id, body.value)


@router.get("/duplicates")
def duplicates(who: Caller = Depends(permitted("duplicate.resolve")), ctx: Context = Depends(context)) -> list[dict]:
    with ctx.reader.connect() as conn:
        return review.list_duplicates(conn, who.user)


@router.post("/duplicates/{duplicate_id}/merge")
def merge(
    duplicate_id: str,
    body: MergeIn,
    who: Caller = Depends(permitted("duplicate.resolve")),
    ctx: Context = Depends(context),
) -> dict:
    with record_store.writing(ctx.engine) as conn:
        return review.merge_clients(conn, ctx.clock.now_ms(), who.user, duplicate_id, body.keep)


@router.post("/duplicates/{duplicate_id}/dismiss")
def dismiss(
    duplicate_id: str, who: Caller = Depends(permitted("duplicate.resolve")), ctx: Context = Depends(context)
) -> dict:
    with ctx.engine.begin() as conn:
        return review.dismiss_duplicate(conn, ctx.clock.now_ms(), who.user, duplicate_id)
