"""HMIS CSV FY2026 exchange: export this service's records for a period and projects, and import
another system's export, all or nothing.

Why here: the CSV code (server/hmis_csv) is pure; this module decides what a caller may export,
turns rows into its inputs, and stores an import as ordinary record versions so it syncs.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Connection, insert, select

from app.domain import hlc
from app.domain.ids import new_id
from app.domain.registry import RECORD_TYPES
from server.auth import roles
from server.db.schema import agency, project, record, user
from server.hmis_csv.export import ExportError, build_export, records_in_scope
from server.hmis_csv.import_ import CsvImportError, read_export
from server.hmis_csv.model import ExportInfo, HmisUser, Organization, Project, StoredRecord
from server.hmis_csv.spec import HASH_SHA256, HASH_UNHASHED
from server.services import audit_log, record_store
from server.services.clock import utc_date, utc_datetime
from server.services.errors import BadRequest, Forbidden
from server.services.sharing import visible

IMPLEMENTATION_ID = "CT-HMIS-INTAKE"
_PROBLEMS_SHOWN = 1000  # in one answer; the count says how many there were

def _when(ms: int | None) -> datetime | None:
    return None if ms is None else utc_datetime(ms)


def export(conn: Connection, now_ms: int, user_row, *, start: date, end: date, project_ids: list[str] | None,
           hashed: bool) -> bytes:
    if end < start:
        raise BadRequest("The export period ends before it starts.")
    query = select(project)
    if user_row.role != roles.SYSTEM_ADMIN:
        query = query.where(project.c.agency_id == user_row.agency_id)
    projects = {p.id: p for p in conn.execute(query)}
    chosen = list(projects) if not project_ids else project_ids
    outside = [p for p in chosen if p not in projects]
    if outside:
        raise Forbidden("Some of those projects are not yours to export, or do not exist.")
    rows = conn.execute(select(record).where(record.c.kind != "consent", visible(user_row, now_ms))).all()
    stored = [StoredRecord(RECORD_TYPES[r.kind].from_dict(json.loads(r.body)), _when(r.date_created_ms),
                           _when(r.date_updated_ms), r.user_id, _when(r.date_deleted_ms)) for r in rows]
    kept = records_in_scope(stored, start, end, chosen)
    agency_ids = {projects[p].agency_id for p in chosen}
    user_ids = {s.user_id for s in kept} | {user_row.id}
    staff = [HmisUser(id=u.id, first_name=u.first_name, last_name=u.last_name, date_created=_when(u.created_ms))
             for u in conn.execute(select(user).where(user.c.id.in_(user_ids)))]
    staff += [HmisUser(id=uid) for uid in sorted(user_ids - {s.id for s in staff})]
    organizations = [Organization(id=a.id, name=a.name, victim_service_provider=a.victim_service_provider,
                                  user_id=user_row.id, date_created=_when(a.created_ms))
                     for a in conn.execute(select(agency).where(agency.c.id.in_(agency_ids)))]
    hmis_projects = [Project(id=p.id, organization_id=p.agency_id, name=p.name, project_type=p.project_type,
                             operating_start=date.fromisoformat(p.operating_start),
                             operating_end=date.fromisoformat(p.operating_end) if p.operating_end else None,
                             continuum_project=1, user_id=user_row.id, coc_code=p.coc_code, geocode=p.geocode,
                             date_created=_when(p.created_ms)) for p in (projects[i] for i in chosen)]
    info = ExportInfo(export_id=new_id(), export_date=_when(now_ms), export_start=start, export_end=end,
                      implementation_id=IMPLEMENTATION_ID, source_name="Connecticut HMIS Intake",
                      hash_status=HASH_SHA256 if hashed else HASH_UNHASHED)
    try:
        data = build_export(info, organizations=organizations, projects=hmis_projects, users=staff, records=kept)
    except ExportError as error:
        raise BadRequest(f"The export could not be written: {error}") from None
    audit_log.record(conn, now_ms, "export", actor=user_row.id, agency_id=user_row.agency_id,
                     detail={"records": len(kept), "projects": len(chosen), "hashed": hashed,
                             "start": start.isoformat(), "end": end.isoformat()})
    return data


def import_export(conn: Connection, now_ms: int, user_row, data: bytes) -> dict:
    """Take in another system's export; every record becomes a new version that syncs. All or nothing:
    the caller's transaction rolls back on any error."""
    try:
        taken = read_export(data, today=utc_date(now_ms))
    except CsvImportError as error:
        raise BadRequest(f"The import was refused at {error}") from None
    for org in taken.organizations:
        if conn.execute(select(agency.c.id).where(agency.c.id == org.id)).first() is None:
            name = org.name
            if conn.execute(select(agency.c.id).where(agency.c.name == name)).first() is not None:
                name = f"{name} (imported)"
            conn.execute(insert(agency).values(id=org.id, name=name, coc_code="CT-505", can_name="Imported",
                                               victim_service_provider=org.victim_service_provider,
                                               created_ms=now_ms))
    for proj in taken.projects:
        if conn.execute(select(project.c.id).where(project.c.id == proj.id)).first() is None:
            conn.execute(insert(project).values(
                id=proj.id, agency_id=proj.organization_id, name=proj.name, project_type=proj.project_type,
                coc_code=proj.coc_code or "CT-505", geocode=proj.geocode or "000000",
                operating_start=proj.operating_start.isoformat(),
                operating_end=proj.operating_end.isoformat() if proj.operating_end else None, created_ms=now_ms))
    owner = _owners(taken)
    stamp = hlc.Stamp(now_ms, 0, "import").encode()
    written = unchanged = 0
    for stored in taken.records:
        rec = stored.record
        body = rec.to_dict()
        existing = record_store.current(conn, rec.KIND, rec.id)
        if existing is not None and json.loads(existing.body) == body and \
                (existing.date_deleted_ms is not None) == (stored.date_deleted is not None):
            unchanged += 1
            continue
        agency_id = owner.get(rec.id) or owner.get(getattr(rec, "personal_id", None) or "") or \
            (taken.organizations[0].id if taken.organizations else None)
        if agency_id is None:
            raise BadRequest("The import has no organization to own its records.")
        record_store.write(conn, now_ms, kind=rec.KIND, body=body, clocks={f: stamp for f in body if f != "id"},
                           agency_id=existing.agency_id if existing else agency_id, user_id=user_row.id,
                           op_id=None, deleted=stored.date_deleted is not None)
        written += 1
    audit_log.record(conn, now_ms, "import", actor=user_row.id,
                     detail={"records": written, "unchanged": unchanged, "projects": len(taken.projects)})
    return {"records_written": written, "records_unchanged": unchanged, "projects": len(taken.projects),
            "organizations": len(taken.organizations), "ignored": dict(taken.ignored),
            # Data-quality problems imported as given, for a person to fix at the source.
            "problems": [{"file": p.file, "row": p.row, "column": p.column, "problem": p.message}
                         for p in taken.problems[:_PROBLEMS_SHOWN]],
            "problems_total": len(taken.problems)}


def _owners(taken) -> dict[str, str]:
    """Each enrollment's agency (its project's organization), and its client's, for ownership."""
    org_of_project = {p.id: p.organization_id for p in taken.projects}
    owner: dict[str, str] = {}
    for stored in taken.records:
        rec = stored.record
        if rec.KIND == "enrollment" and rec.project_id in org_of_project:
            owner[rec.id] = org_of_project[rec.project_id]
            owner.setdefault(rec.personal_id, org_of_project[rec.project_id])
    for stored in taken.records:
        rec = stored.record
        enrollment_id = getattr(rec, "enrollment_id", None)
        if enrollment_id in owner:
            owner[rec.id] = owner[enrollment_id]
    return owner
