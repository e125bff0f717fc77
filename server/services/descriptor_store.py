"""The HMIS Admin's project descriptor rows: kept whole, edited by column, given to the export.

Why apart from ``accounts``: agencies and projects there are what this service runs on (who
may see what, where a device enrolls). HUD's descriptor files say much more of a project (its
funders, beds, CoCs, HMIS and Coordinated Entry participation); those rows are kept here as
their columns' values, and the few an agency or project row repeats (name, type, operating
dates, victim service provider, CoC and geocode) are copied to it when a row changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.domain.ids import new_id
from server.db.schema import agency, descriptor, project
from server.hmis_csv import descriptors, spec
from server.hmis_csv.descriptors import DescriptorRow
from server.hmis_csv.reading import parse_value
from server.hmis_csv.report import Report
from server.services import audit_log
from server.services.clock import utc_datetime
from server.services.errors import BadRequest, NotFound

#: Files the HMIS Admin edits here (User rows come only from an import: our own staff are accounts).
EDITABLE = tuple(f for f in descriptors.FILES if f != "User")
_META = ("DateCreated", "DateUpdated", "UserID", "DateDeleted")


def rows(conn: Connection, file: str | None = None, *, project_ids: Iterable[str] | None = None) -> list[DescriptorRow]:
    """Descriptor rows, of one file or all, of some projects or all, in file then id order."""
    query = select(descriptor.c.file, descriptor.c.body)
    if file is not None:
        query = query.where(descriptor.c.file == file)
    if project_ids is not None:
        query = query.where(descriptor.c.project_id.in_(list(project_ids)))
    order = {f: i for i, f in enumerate(descriptors.FILES)}
    found = [
        DescriptorRow(r.file, descriptors.from_json(r.file, json.loads(r.body)))
        for r in conn.execute(query.order_by(descriptor.c.id))
    ]
    return sorted(found, key=lambda row: order[row.file])


def store(conn: Connection, now_ms: int, actor_id: str, taken: Iterable[DescriptorRow]) -> tuple[int, int]:
    """Keep each row as given (an import): (rows written, rows already held unchanged)."""
    held = {(r.file, r.id): r.body for r in conn.execute(select(descriptor.c.file, descriptor.c.id, descriptor.c.body))}
    written = unchanged = 0
    fresh = []
    for row in taken:
        body = json.dumps(descriptors.to_json(row.values), sort_keys=True)
        before = held.get((row.file, row.key))
        if before == body:
            unchanged += 1
            continue
        values = dict(
            file=row.file,
            id=row.key,
            project_id=row.project_id,
            organization_id=row.organization_id,
            body=body,
            updated_ms=now_ms,
            updated_by=actor_id,
        )
        if before is None:
            fresh.append(values)
        else:
            conn.execute(
                update(descriptor).where(descriptor.c.file == row.file, descriptor.c.id == row.key).values(**values)
            )
        written += 1
    if fresh:
        conn.execute(insert(descriptor), fresh)
    return written, unchanged


def put(conn: Connection, now_ms: int, actor_id: str, file: str, texts: Mapping[str, str | None]) -> DescriptorRow:
    """Create or change one row from its columns as CSV text (missing columns keep their value).
    Everything wrong is refused at once, in words, and nothing changes."""
    if file not in EDITABLE:
        raise BadRequest(f"{file} is not a descriptor file the HMIS Admin edits here; those are {', '.join(EDITABLE)}.")
    cols = {c.name: c for c in descriptors.columns(file)}
    unknown = sorted(set(texts) - set(cols))
    if unknown:
        raise BadRequest(f"{spec.file_name(file)} has no column {', '.join(_safe(n) for n in unknown)}.")
    set_by_us = sorted(set(texts) & set(_META))
    if set_by_us:
        raise BadRequest(f"{', '.join(set_by_us)} are kept by the service; leave them out.")
    key = spec.FILES[file][0].name
    report = Report()
    given = {
        name: parse_value(spec.file_name(file), 0, cols[name], text or "", report)
        for name, text in texts.items()
        if name != key
    }
    if report.problems:
        raise BadRequest(_sentence(file, [(p.column, p.message) for p in report.problems]))
    row_id = texts.get(key) or new_id()
    if len(row_id) > 32:
        raise BadRequest(f"{key} is at most 32 characters.")
    before = _one(conn, file, row_id)
    now = utc_datetime(now_ms)
    values: dict[str, Any] = dict.fromkeys(cols) if before is None else dict(before.values)
    values.update(given)
    values.update({key: row_id, "DateUpdated": now, "UserID": actor_id, "DateDeleted": None})
    values["DateCreated"] = values.get("DateCreated") or now
    problems = list(descriptors.problems(file, values))
    if problems:
        raise BadRequest(_sentence(file, problems))
    row = DescriptorRow(file, values)
    _mirror(conn, row)
    store(conn, now_ms, actor_id, [row])
    audit_log.record(
        conn,
        now_ms,
        "descriptor_changed" if before else "descriptor_created",
        actor=actor_id,
        detail={"file": file, "id": row.key},
    )
    return row


def remove(conn: Connection, now_ms: int, actor_id: str, file: str, row_id: str) -> DescriptorRow:
    """Mark a row deleted (HUD's DateDeleted): an export still says it ended, a person can see it."""
    before = _one(conn, file, row_id)
    if before is None or file not in EDITABLE:
        raise NotFound("There is no such descriptor row.")
    now = utc_datetime(now_ms)
    row = DescriptorRow(file, {**before.values, "DateDeleted": now, "DateUpdated": now, "UserID": actor_id})
    store(conn, now_ms, actor_id, [row])
    audit_log.record(conn, now_ms, "descriptor_deleted", actor=actor_id, detail={"file": file, "id": row.key})
    return row


def _one(conn: Connection, file: str, row_id: str) -> DescriptorRow | None:
    key = spec.FILES[file][0].name
    body = conn.execute(
        select(descriptor.c.body).where(
            descriptor.c.file == file, descriptor.c.id == DescriptorRow(file, {key: row_id}).key
        )
    ).scalar()
    return None if body is None else DescriptorRow(file, descriptors.from_json(file, json.loads(body)))


def _mirror(conn: Connection, row: DescriptorRow) -> None:
    """Copy what the agency or project row repeats; the agency or project must exist."""
    v = row.values
    if row.file == "Organization":
        if conn.execute(select(agency.c.id).where(agency.c.id == row.key)).first() is None:
            raise NotFound("That organization is not an agency of this service; add the agency first.")
        conn.execute(
            update(agency).where(agency.c.id == row.key).values(victim_service_provider=v["VictimServiceProvider"])
        )
        return
    if row.project_id is None:
        return
    if conn.execute(select(project.c.id).where(project.c.id == row.project_id)).first() is None:
        raise NotFound("That ProjectID is not a project of this service; add the project first.")
    if row.file == "Project":
        if (
            row.organization_id
            != conn.execute(select(project.c.agency_id).where(project.c.id == row.project_id)).scalar()
        ):
            raise BadRequest("A project cannot move to another organization here.")
        conn.execute(
            update(project)
            .where(project.c.id == row.project_id)
            .values(
                name=v["ProjectName"],
                project_type=v["ProjectType"],
                operating_start=v["OperatingStartDate"].isoformat(),
                operating_end=v["OperatingEndDate"].isoformat() if v["OperatingEndDate"] else None,
            )
        )
    elif row.file == "ProjectCoC" and v["CoCCode"] and v["Geocode"]:
        conn.execute(
            update(project).where(project.c.id == row.project_id).values(coc_code=v["CoCCode"], geocode=v["Geocode"])
        )


def _sentence(file: str, problems: Sequence[tuple[str | None, str]]) -> str:
    return f"{spec.file_name(file)}: " + " ".join(f"{c}: {m}" if c else m for c, m in problems)


def _safe(name: str) -> str:
    cleaned = "".join(c for c in str(name) if c.isalnum())[:40]
    return cleaned or "(unnamed)"
