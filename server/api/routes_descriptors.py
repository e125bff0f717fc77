"""The HMIS Admin's project descriptor rows (HUD's Organization, Project, Funder, ProjectCoC,
Inventory, Affiliation, HMISParticipation, CEParticipation files), by column."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import Field, StrictStr

from server.api.deps import Caller, Context, context, permitted
from server.api.models import Id, Strict
from server.hmis_csv import descriptors
from server.services import descriptor_store

router = APIRouter(prefix="/v1", tags=["project descriptors"])

File = Literal[descriptors.FILES]  # type: ignore[valid-type]
Cell = Annotated[StrictStr, Field(max_length=500)] | None


class DescriptorIn(Strict):
    #: column -> its value as an HMIS CSV cell holds it ("" or null for empty); the row's id column
    #: names the row to change (left out: a new row). Columns left out keep their value.
    values: dict[Annotated[StrictStr, Field(max_length=64)], Cell] = Field(max_length=60)


def _shown(row: descriptors.DescriptorRow) -> dict:
    return {"file": row.file, "id": row.key, "values": descriptors.to_json(row.values)}


@router.get("/descriptors/{file}")
def list_rows(
    file: File,
    project_id: Id | None = Query(default=None),
    who: Caller = Depends(permitted("project.manage")),
    ctx: Context = Depends(context),
) -> list[dict]:
    with ctx.reader.connect() as conn:
        found = descriptor_store.rows(conn, file, project_ids=None if project_id is None else [project_id])
    return [_shown(r) for r in found]


@router.put("/descriptors/{file}")
def put_row(
    file: File, body: DescriptorIn, who: Caller = Depends(permitted("project.manage")), ctx: Context = Depends(context)
) -> dict:
    with ctx.engine.begin() as conn:
        row = descriptor_store.put(conn, ctx.clock.now_ms(), who.user.id, file, body.values)
    return _shown(row)


@router.delete("/descriptors/{file}/{row_id}")
def delete_row(
    file: File,
    row_id: Annotated[str, Path(max_length=32, pattern=r"^[A-Za-z0-9_.:-]{1,32}$")],
    who: Caller = Depends(permitted("project.manage")),
    ctx: Context = Depends(context),
) -> dict:
    with ctx.engine.begin() as conn:
        row = descriptor_store.remove(conn, ctx.clock.now_ms(), who.user.id, file, row_id)
    return _shown(row)
