"""HMIS CSV FY2026 export (a zip for a period and projects) and import."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Response
from pydantic import Field

from server.api.deps import Caller, Context, context, permitted, raw_body
from server.api.models import Id, Strict
from server.services import hmis_exchange

router = APIRouter(prefix="/v1", tags=["HMIS CSV"])


class ExportIn(Strict):
    start: date
    end: date
    project_ids: list[Id] | None = Field(default=None, max_length=1000)
    hashed: bool = False


@router.post(
    "/exports",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}, "description": "the HMIS CSV zip"}},
)
def export(body: ExportIn, who: Caller = Depends(permitted("export.run")), ctx: Context = Depends(context)) -> Response:
    with ctx.engine.begin() as conn:
        data = hmis_exchange.export(
            conn,
            ctx.clock.now_ms(),
            who.user,
            start=body.start,
            end=body.end,
            project_ids=body.project_ids,
            hashed=body.hashed,
        )
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="hmis-csv-fy2026.zip"'},
    )


@router.post("/imports")
def import_zip(
    data: bytes = Depends(raw_body), who: Caller = Depends(permitted("import.run")), ctx: Context = Depends(context)
) -> dict:
    """Take in an HMIS CSV FY2026 zip (the request body). Refused whole if a problem blocks; either
    way the answer lists the problems found (the first 1,000, and counts by file)."""
    answer = hmis_exchange.run_import(ctx.engine, ctx.clock.now_ms(), who.user, data)
    answer.pop("all_problems")
    return answer
