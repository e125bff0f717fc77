"""HMIS CSV FY2026 export (a zip for a period and projects) and import."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request, Response
from pydantic import Field

from server.api import uploads
from server.api.deps import Caller, Context, caller_of, context, permitted
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


IMPORT = "import.run"


def admit(request: Request, body_sha256: str) -> None:
    """Who may send an import, known from the headers before its body is read (see uploads)."""
    caller_of(request, body_sha256, request.app.state.context).require(IMPORT)


@router.post(
    "/imports",
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the HMIS CSV FY2026 zip, its SHA-256 declared in Repr-Digest (which the signature covers)",
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
def import_zip(request: Request, ctx: Context = Depends(context)) -> dict:
    """Take in an HMIS CSV FY2026 zip (the request body). Refused whole if a problem blocks; either
    way the answer lists the problems found (the first 1,000, and counts by file)."""
    who, zipped = uploads.received(request)
    answer = hmis_exchange.run_import(ctx.engine, ctx.clock.now_ms(), who.user, zipped)
    answer.pop("all_problems")
    return answer
