"""HMIS CSV FY2026 exchange: export this service's records for a period and projects, and import
another system's export, all or nothing.

Why here: the CSV code (server/hmis_csv) is pure; this module decides what a caller may export,
turns rows into its inputs, and stores an import as ordinary record versions so it syncs.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import IO, Any, overload

from sqlalchemy import Connection, Engine, Row, exists, insert, select

from app.domain import hlc
from app.domain.ids import new_id
from app.domain.registry import RECORD_TYPES
from server.auth import roles
from server.db import bulk
from server.db.schema import agency, project, record, source_id, user
from server.hmis_csv import report
from server.hmis_csv.export import ExportError, build_export, records_in_scope
from server.hmis_csv.import_ import CsvImportError, read_export
from server.hmis_csv.model import ExportInfo, HmisUser, Organization, Problem, Project, StoredRecord
from server.hmis_csv.reading import Progress
from server.hmis_csv.spec import HASH_SHA256, HASH_UNHASHED
from server.services import audit_log, descriptor_store, feed, record_store
from server.services.clock import utc_date, utc_datetime, utc_ms
from server.services.errors import BadRequest, Forbidden
from server.services.sharing import visible

IMPLEMENTATION_ID = "CT-HMIS-INTAKE"
_PROBLEMS_SHOWN = 1000  # in one answer; the count says how many there were
_STORE_STEP = 20_000  # records stored between two progress reports


@overload
def _when(ms: int) -> datetime: ...
@overload
def _when(ms: None) -> None: ...
def _when(ms: int | None) -> datetime | None:
    return None if ms is None else utc_datetime(ms)


def export(
    conn: Connection, now_ms: int, user_row, *, start: date, end: date, project_ids: list[str] | None, hashed: bool
) -> bytes:
    if end < start:
        raise BadRequest("The export period ends before it starts.")
    query = select(project)
    if user_row.role != roles.SYSTEM_ADMIN:
        query = query.where(project.c.agency_id == user_row.agency_id)
    projects = {p.id: p for p in conn.execute(query)}
    chosen = project_ids if project_ids else list(projects)
    outside = [p for p in chosen if p not in projects]
    if outside:
        raise Forbidden("Some of those projects are not yours to export, or do not exist.")
    query = select(
        record.c.kind,
        record.c.body,
        record.c.date_created_ms,
        record.c.date_updated_ms,
        record.c.user_id,
        record.c.date_deleted_ms,
    ).where(record.c.kind != "consent", visible(user_row, now_ms))
    stored = [
        StoredRecord(
            RECORD_TYPES[r.kind].from_dict(json.loads(r.body)),
            _when(r.date_created_ms),
            _when(r.date_updated_ms),
            r.user_id,
            _when(r.date_deleted_ms),
        )
        for r in conn.execute(query.execution_options(yield_per=5000))
    ]  # a slice of rows at a time
    kept = records_in_scope(stored, start, end, chosen)
    agency_ids = {projects[p].agency_id for p in chosen}
    full = not project_ids and user_row.role == roles.SYSTEM_ADMIN  # every row this service holds
    given = source_ids(conn)
    held = descriptor_store.rows(conn, project_ids=chosen)
    held += [d for d in descriptor_store.rows(conn, "Organization") if full or d.key in agency_ids]
    described = {(d.file, d.project_id if d.file != "Organization" else d.key) for d in held}
    organizations = [
        Organization(
            id=a.id,
            name=a.name,
            victim_service_provider=a.victim_service_provider,
            user_id=user_row.id,
            date_created=_when(a.created_ms),
        )
        for a in conn.execute(select(agency).where(agency.c.id.in_(agency_ids)))
        if ("Organization", a.id) not in described
    ]
    hmis_projects = [
        Project(
            id=p.id,
            organization_id=p.agency_id,
            name=p.name,
            project_type=p.project_type,
            operating_start=date.fromisoformat(p.operating_start),
            operating_end=date.fromisoformat(p.operating_end) if p.operating_end else None,
            continuum_project=1,
            user_id=user_row.id,
            coc_code=None if ("ProjectCoC", p.id) in described else p.coc_code,
            geocode=None if ("ProjectCoC", p.id) in described else p.geocode,
            date_created=_when(p.created_ms),
        )
        for p in (projects[i] for i in chosen)
        if ("Project", p.id) not in described
    ]
    referenced = {given.get(("UserID", s.user_id), s.user_id) for s in kept} | {d.values["UserID"] for d in held}
    if organizations or hmis_projects:
        referenced.add(user_row.id)
    theirs = [d for d in descriptor_store.rows(conn, "User") if full or d.values["UserID"] in referenced]
    referenced -= {d.values["UserID"] for d in theirs}
    staff = [
        HmisUser(id=u.id, first_name=u.first_name, last_name=u.last_name, date_created=_when(u.created_ms))
        for u in conn.execute(select(user).where(user.c.id.in_(referenced)))
    ]
    unlisted = referenced - {s.id for s in staff} - {None}  # an import's, not in its own User.csv: kept as given
    info = ExportInfo(
        export_id=new_id(),
        export_date=_when(now_ms),
        export_start=start,
        export_end=end,
        implementation_id=IMPLEMENTATION_ID,
        source_name="Connecticut HMIS Intake",
        hash_status=HASH_SHA256 if hashed else HASH_UNHASHED,
    )
    try:
        data = build_export(
            info,
            organizations=organizations,
            projects=hmis_projects,
            users=staff,
            records=kept,
            descriptors=theirs + held,
            source_ids=given,
            unlisted_users=unlisted,
        )
    except ExportError as error:
        raise BadRequest(f"The export could not be written: {error}") from None
    audit_log.record(
        conn,
        now_ms,
        "export",
        actor=user_row.id,
        agency_id=user_row.agency_id,
        detail={
            "records": len(kept),
            "projects": len(chosen),
            "hashed": hashed,
            "descriptor_rows": len(held),
            "start": start.isoformat(),
            "end": end.isoformat(),
        },
    )
    return data


def run_import(
    engine: Engine, now_ms: int, user_row, data: bytes | IO[bytes], *, progress: Progress | None = None
) -> dict:
    """An import as the HMIS Admin's command and the HTTP route run it: one transaction, a refusal
    written down, and PostgreSQL's planner told of the rows (without fresh counts it took the
    next import's lookups for scans of the whole table, a minute for the LSA sample)."""
    try:
        with record_store.writing(engine) as conn, bulk.roomy_cache(conn):
            answer = import_export(conn, now_ms, user_row, data, progress=progress)
            feed.publish(conn)  # here, under the roomy cache: the new records move into their table
    except ImportRefused as refused:
        audit_refusal(engine, now_ms, user_row.id, refused)
        raise
    bulk.count_rows(engine)
    return answer


def import_export(
    conn: Connection, now_ms: int, user_row, data: bytes | IO[bytes], *, progress: Progress | None = None
) -> dict:
    """Take in another system's export; every record becomes a new version that syncs. All or nothing:
    the caller's transaction rolls back on any error. A refusal carries every problem found."""
    try:
        taken = read_export(data, today=utc_date(now_ms), progress=progress)
    except CsvImportError as error:
        raise ImportRefused(error) from None
    for org in taken.organizations:
        if conn.execute(select(agency.c.id).where(agency.c.id == org.id)).first() is None:
            name = org.name
            if conn.execute(select(agency.c.id).where(agency.c.name == name)).first() is not None:
                name = f"{name} (imported)"
            conn.execute(
                insert(agency).values(
                    id=org.id,
                    name=name,
                    coc_code="CT-505",
                    can_name="Imported",
                    victim_service_provider=org.victim_service_provider,
                    created_ms=now_ms,
                )
            )
    for proj in taken.projects:
        if conn.execute(select(project.c.id).where(project.c.id == proj.id)).first() is None:
            conn.execute(
                insert(project).values(
                    id=proj.id,
                    agency_id=proj.organization_id,
                    name=proj.name,
                    project_type=proj.project_type,
                    coc_code=proj.coc_code or "CT-505",
                    geocode=proj.geocode or "000000",
                    operating_start=proj.operating_start.isoformat(),
                    operating_end=proj.operating_end.isoformat() if proj.operating_end else None,
                    created_ms=now_ms,
                )
            )
    descriptors_written, descriptors_unchanged = descriptor_store.store(conn, now_ms, user_row.id, taken.descriptors)
    _keep_source_ids(conn, taken.id_map)
    written, unchanged = _store_records(conn, now_ms, user_row.id, taken, progress)
    audit_log.record(
        conn,
        now_ms,
        "import",
        actor=user_row.id,
        detail={
            "records": written,
            "unchanged": unchanged,
            "projects": len(taken.projects),
            "descriptors": descriptors_written,
            "problems": taken.problems_total,
        },
    )
    return {
        "records_written": written,
        "records_unchanged": unchanged,
        "projects": len(taken.projects),
        "descriptor_rows_written": descriptors_written,
        "descriptor_rows_unchanged": descriptors_unchanged,
        "organizations": len(taken.organizations),
        "ignored": dict(taken.ignored),
        **problems_answer(taken.problems, taken.problems_total),
        "all_problems": taken.problems,
    }


class ImportRefused(BadRequest):
    """A refused import: the first blocking problem in words, and every problem for the report."""

    def __init__(self, error: CsvImportError) -> None:
        super().__init__(f"The import was refused at {error}", extra=problems_answer(error.problems, error.total))
        self.problems = error.problems


def audit_refusal(engine, now_ms: int, actor: str, refused: ImportRefused) -> None:
    """A refused import changes nothing, but that it was tried is written down."""
    with engine.begin() as conn:
        audit_log.record(
            conn,
            now_ms,
            "import",
            outcome="refused",
            actor=actor,
            detail={"problems": len(refused.problems), "blocking": sum(p.blocking for p in refused.problems)},
        )


def problems_answer(problems: list[Problem], total: int) -> dict:
    """What an answer says of an import's problems: the first ones whole, and counts by file."""
    return {
        "problems": [
            {
                "file": p.file,
                "row": p.row,
                "column": p.column,
                "value": p.value,
                "blocking": p.blocking,
                "problem": p.message,
            }
            for p in problems[:_PROBLEMS_SHOWN]
        ],
        "problems_total": total,
        "problems_by_file": report.summary(problems),
    }


def _store_records(conn: Connection, now_ms: int, user_id: str, taken, progress: Progress | None) -> tuple[int, int]:
    """Each record a new version unless this service holds it as it is; (written, unchanged).
    New ones are stored a step at a time as they are made, so only a step's bodies are in memory."""
    owner = _owners(taken)
    stamp = hlc.Stamp(now_ms, 0, "import").encode()
    clocks_of: dict[str, dict[str, str]] = {}  # a kind's records have every field, stamped alike: one dict
    existing = _existing(conn, taken.records)
    default_owner = taken.organizations[0].id if taken.organizations else None
    fresh: list[record_store.NewRecord] = []
    written = unchanged = stored = 0
    for item in taken.records:
        rec = item.record
        body = rec.to_dict()
        deleted = item.date_deleted is not None
        before = existing.get((rec.KIND, rec.id))
        if before is not None and json.loads(before.body) == body and (before.date_deleted_ms is not None) == deleted:
            unchanged += 1
            continue
        agency_id = owner.get(rec.id) or owner.get(getattr(rec, "personal_id", None) or "") or default_owner
        if agency_id is None:
            raise BadRequest("The import has no organization to own its records.")
        clocks = clocks_of.get(rec.KIND)
        if clocks is None:
            clocks = clocks_of[rec.KIND] = {f: stamp for f in body if f != "id"}
        given = record_store.Provenance(
            item.user_id,
            utc_ms(item.date_created),
            utc_ms(item.date_updated),
            utc_ms(item.date_deleted) if deleted else None,
        )
        written += 1
        if before is not None:
            record_store.write(
                conn,
                now_ms,
                kind=rec.KIND,
                body=body,
                clocks=clocks,
                agency_id=before.agency_id,
                user_id=user_id,
                op_id=None,
                deleted=deleted,
                provenance=given,
            )
            continue
        fresh.append(record_store.NewRecord(rec.KIND, body, clocks, agency_id, user_id, deleted, given))
        if len(fresh) == _STORE_STEP:
            stored = _store_new(conn, now_ms, fresh, stored, progress)
    _store_new(conn, now_ms, fresh, stored, progress)
    return written, unchanged


def _store_new(conn: Connection, now_ms: int, fresh: list, stored: int, progress: Progress | None) -> int:
    """Write and forget *fresh* (emptied); the count stored so far."""
    if not fresh:
        return stored
    record_store.write_new(conn, now_ms, fresh)
    stored += len(fresh)
    fresh.clear()
    if progress is not None:
        progress("stored", stored)
    return stored


def _existing(conn: Connection, records: list[StoredRecord]) -> dict[tuple[str, str], Row[Any, Any, Any, Any]]:
    """The rows this service already holds of the import's records, read a slice at a time."""
    ids: dict[str, list[str]] = {}
    for stored in records:
        ids.setdefault(stored.record.KIND, []).append(stored.record.id)
    found: dict[tuple[str, str], Row[Any, Any, Any, Any]] = {}  # id, body, agency_id, date_deleted_ms
    for kind, wanted in ids.items():
        for start in range(0, len(wanted), 900):  # under SQLite's bound-parameter limit
            query = select(record.c.id, record.c.body, record.c.agency_id, record.c.date_deleted_ms).where(
                record.c.kind == kind, record.c.id.in_(wanted[start : start + 900])
            )
            found.update({(kind, r.id): r for r in conn.execute(query)})
    return found


def _keep_source_ids(conn: Connection, id_map) -> None:
    """The ids the other system gave, for those an import made into ours (the first one kept).
    They go in through a scratch table, so the database finds which it holds already: the
    table has a row for every id every import has mapped."""
    if not id_map:
        return
    bulk.make_scratch(conn, _GIVEN_IDS, source_id)
    bulk.insert_many(
        conn,
        _GIVEN_IDS,
        [{"namespace": column, "id": ours, "source": theirs} for (column, theirs), ours in id_map.items()],
    )
    given, held = _GIVEN_IDS.c, source_id.c
    conn.execute(
        insert(source_id).from_select(
            ["namespace", "id", "source"],
            select(given.namespace, given.id, given.source).where(
                ~exists().where(held.namespace == given.namespace, held.id == given.id)
            ),
        )
    )
    bulk.drop_scratch(conn, _GIVEN_IDS)


_GIVEN_IDS = bulk.scratch("source_id_given", source_id)


def source_ids(conn: Connection) -> dict[tuple[str, str], str]:
    """(id column, our id) -> the id another system gave it."""
    return {(r.namespace, r.id): r.source for r in conn.execute(select(source_id))}


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
