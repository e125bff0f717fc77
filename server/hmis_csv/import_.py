"""Read an HMIS CSV FY2026 export (a zip) into checked domain records, reporting every problem.

``read_export`` goes through the whole export once and lists every problem it finds (file, row,
column, what is wrong, whether it blocks; see ``report``). If any problem blocks, it raises
``CsvImportError`` carrying them all and returns nothing: no half-done import. Otherwise it
returns everything, with the data-quality problems it imported as given. Messages never repeat
a personal value from the file (it holds names, SSNs and dates of birth).

What blocks (nothing can be made of the export without it):

1. The zip: unreadable, encrypted, more than ``max_members`` entries, a member larger than
   ``max_member_bytes`` or more than ``max_total_bytes`` in all once uncompressed -- counted
   while inflating, not trusted from the zip's headers (zip bombs); a file that is not part
   of FY2026, or a FY2026 file missing.
2. A file that is not UTF-8, not CSV, or whose header is not the specification's columns in
   its order (names in any case); a row with the wrong number of values; a value whose type
   cannot be read (I, D, T, M); an empty id or record date (``spec.Column.blocking``);
   ExportID matching no Export.csv row; an id twice in a file.
3. A hashed export (HashStatus 2-4): hashed names and SSNs are never made into client records
   (the README says why). The rest of it is still checked, so its report is complete.
4. Links to nothing: UserID, Project.OrganizationID, ProjectID, PersonalID, EnrollmentID of the
   same client, AssessmentID; a second exit for one enrollment; a record whose required value
   is empty where the record cannot hold it.

What is imported as given and flagged (data quality, for a person to fix at the source): text
longer than its column, codes outside HUD's list, dates in the future, the elements' own rules
(``Record.validate``), the cross-record date rules of ``enrollment_rules`` (exit after entry,
entry after birth...), a project that stops operating before it starts.

Ids that are not our 32-hex form are mapped with ``ids.map_id`` (per id column), consistently
across files; ``ImportedExport.id_map`` keeps what they were, so an export gives them back. The
project descriptor files and User.csv are kept row by row, whole (``descriptors``); every other
file is a record type.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import date
from decimal import Decimal
from typing import IO, Any, overload

from app.domain.enrollment_rules import enrollment_problems
from app.domain.errors import ValidationError

from . import descriptors, spec
from .descriptors import DescriptorRow
from .descriptors import columns as descriptor_columns
from .descriptors import problems as descriptor_problems
from .ids import ID_COLUMNS, map_id
from .mapping import BY_FILE, MAPPINGS
from .model import ExportInfo, HmisUser, ImportedExport, Organization, Project, StoredRecord
from .reading import (
    DAMAGED,
    DAMAGED_WORDS,
    DEFAULT_MAX_MEMBER_BYTES,
    DEFAULT_MAX_MEMBERS,
    DEFAULT_MAX_TOTAL_BYTES,
    ZIP,
    Progress,
    Row,
    parse_file,
    read_zip,
)
from .report import CsvImportError, Report, shown_value
from .spec import HASH_UNHASHED

__all__ = ["ZIP", "CsvImportError", "read_export"]

#: Id columns whose values are mapped to our id form (the namespace is the column name).
_LINK_COLUMNS = ID_COLUMNS


def read_export(
    data: bytes | IO[bytes],
    *,
    today: date | None = None,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_members: int = DEFAULT_MAX_MEMBERS,
    progress: Progress | None = None,
) -> ImportedExport:
    """Check an HMIS CSV FY2026 zip and return all of it, or raise CsvImportError with every problem.

    *data* is the zip's bytes or a seekable binary file holding it (an upload spooled to disk).
    *today* is the day "in the future" is measured from (default: the local date).
    *progress* hears (file, rows read) as the files are parsed.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = io.BytesIO(data)
    elif not (hasattr(data, "read") and hasattr(data, "seek")):
        raise CsvImportError(ZIP, None, None, "The export must be given as a zip file or its bytes.")
    report = Report()
    zipped = read_zip(data, report, max_member_bytes, max_total_bytes, max_members)
    tables: dict[str, list[Row]] = {}
    unreadable: set[str] = set()
    for file in spec.FILES:
        name = spec.file_name(file)
        rows = None
        if name not in zipped.unreadable:
            try:
                with zipped.open(name) as member:
                    rows = parse_file(file, member, report, progress)
            except DAMAGED:  # read whole once already, so only if the file changed under us
                report.block(name, None, None, DAMAGED_WORDS)
        if rows is None:
            unreadable.add(file)
        tables[file] = rows or []
    if "Export" in unreadable:
        report.raise_if_blocked()
    info = _export_info(tables["Export"], report)
    taken = _Builder(tables, unreadable, info, today or date.today(), report).build()
    report.raise_if_blocked()
    return taken


# What every row of an Export.csv holding several must agree on to be read as one export.
_ONE_EXPORT = (
    "SourceType",
    "SourceID",
    "ImplementationID",
    "HashStatus",
    "ExportStartDate",
    "ExportEndDate",
    "ExportPeriodType",
    "ExportDirective",
    "CSVVersion",
)


def _export_info(rows: list[Row], report: Report) -> ExportInfo:
    """The export's description. Several rows (HUD's LSA sample has ten, each a run of the same
    export with its own ExportID) are one export when they agree on its source, period and
    hashing; the other files' rows may then carry any of their ExportIDs, and the newest row
    describes the whole."""
    if not rows:
        raise CsvImportError("Export.csv", 2, None, "Export.csv has no data row; it needs one.", report.problems)
    for r in rows[1:]:
        differing = next((c for c in _ONE_EXPORT if r.values[c] != rows[0].values[c]), None)
        if differing is not None:
            report.block(
                "Export.csv",
                r.number,
                differing,
                f"The rows of Export.csv describe different exports (their {differing} differs); "
                "import each export on its own.",
            )
    r = max(rows, key=lambda row: (row.values["ExportDate"] or date.min, row.number))
    v = r.values
    if v["HashStatus"] != HASH_UNHASHED:
        report.block(
            "Export.csv",
            r.number,
            "HashStatus",
            "This export is hashed (HashStatus other than 1). Only unhashed exports can be imported: "
            "hashed names and SSNs cannot be made into client records. The rest of it was checked.",
            str(v["HashStatus"]),
        )
    if v["ExportEndDate"] and v["ExportStartDate"] and v["ExportEndDate"] < v["ExportStartDate"]:
        report.block("Export.csv", r.number, "ExportEndDate", "The export ends before it starts.")
    return ExportInfo(
        export_id=v["ExportID"],
        source_type=v["SourceType"],
        source_id=v["SourceID"],
        source_name=v["SourceName"],
        source_contact_first=v["SourceContactFirst"],
        source_contact_last=v["SourceContactLast"],
        source_contact_phone=v["SourceContactPhone"],
        source_contact_extension=v["SourceContactExtension"],
        source_contact_email=v["SourceContactEmail"],
        export_date=v["ExportDate"],
        export_start=v["ExportStartDate"],
        export_end=v["ExportEndDate"],
        software_name=v["SoftwareName"],
        software_version=v["SoftwareVersion"],
        csv_version=v["CSVVersion"],
        export_period_type=v["ExportPeriodType"],
        export_directive=v["ExportDirective"],
        hash_status=v["HashStatus"],
        implementation_id=v["ImplementationID"],
    )


# --- building the result ------------------------------------------------------------------------


def _iso(value: Any) -> Any:
    """A parsed CSV value in the form ``Record.from_dict`` takes."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


#: Descriptor files whose ProjectID is checked with the others' links (Project and ProjectCoC
#: are checked as projects are read).
_PROJECT_PARTS = ("Funder", "Inventory", "Affiliation", "HMISParticipation", "CEParticipation")


class _Builder:
    """Turns the parsed rows into the result, reporting every link and rule problem. A check whose
    target file could not be read is skipped: its rows are not there to link to, and saying so of
    every row would bury the one problem that matters."""

    def __init__(
        self, tables: dict[str, list[Row]], unreadable: set[str], info: ExportInfo, today: date, report: Report
    ) -> None:
        self.tables = tables
        self.unreadable = unreadable
        self.info = info
        self.export_ids = {r.values["ExportID"] for r in tables["Export"]}
        self.today = today
        self.report = report
        self.ignored: Counter[str] = Counter()
        self.id_map: dict[tuple[str, str], str] = {}
        self._ids: dict[tuple[str, str], str] = {}

    def build(self) -> ImportedExport:
        for file in spec.FILES:
            self._check_common(file)
        users = self._users()
        organizations = self._organizations()
        projects = self._projects({o.id for o in organizations})
        project_ids = {p.id for p in projects}
        for file in (*_PROJECT_PARTS, *_ASSESSMENT_PARTS):  # every file is kept: descriptors or records
            self._check_parents(file, self.tables[file], project_ids)
        kept = self._descriptors()
        records = self._records(project_ids)
        self._check_users(users)
        return ImportedExport(
            info=self.info,
            organizations=organizations,
            projects=projects,
            users=users,
            records=records,
            descriptors=kept,
            ignored=dict(self.ignored),
            id_map=dict(self.id_map),
            problems=[p for p in self.report.problems if not p.blocking],
            problems_total=self.report.total,
        )

    @overload
    def _id(self, column: str, value: str) -> str: ...
    @overload
    def _id(self, column: str, value: None) -> None: ...
    def _id(self, column: str, value: str | None) -> str | None:
        if value is None:
            return None
        key = (column, value)
        mapped = self._ids.get(key)
        if mapped is None:  # each id is hashed once, though it is named on many rows
            mapped = self._ids[key] = map_id(column, value)
            if mapped != value:
                self.id_map[key] = mapped
        return mapped

    def _links_to(self, file: str) -> bool:
        return file not in self.unreadable

    # -- checks shared by every file

    def _check_common(self, file: str) -> None:
        name = spec.file_name(file)
        key = spec.FILES[file][0].name
        seen: set[str] = set()
        for r in self.tables[file]:
            if r.values["ExportID"] not in self.export_ids and self._links_to("Export"):
                self.report.block(name, r.number, "ExportID", "The ExportID matches no row of Export.csv.")
            k = r.values[key]
            if k in seen:
                self.report.block(
                    name,
                    r.number,
                    key,
                    "This id appears on more than one row of the file.",
                    shown_value(spec.FILES[file][0], k),
                )
            seen.add(k)

    def _check_users(self, users: list[HmisUser]) -> None:
        if not self._links_to("User"):
            return
        known = {u.id for u in users}
        for file in spec.FILES:
            if file in ("Export", "User"):
                continue
            for r in self.tables[file]:
                if r.values["UserID"] is not None and self._id("UserID", r.values["UserID"]) not in known:
                    self.report.flag(
                        spec.file_name(file),
                        r.number,
                        "UserID",
                        "This UserID has no row in User.csv (imported as given: who entered the row "
                        "is not known to the export).",
                        shown_value(_USER_ID, r.values["UserID"]),
                    )

    def _check_parents(self, file: str, rows: list[Row], project_ids: set[str]) -> None:
        name = spec.file_name(file)
        if self._links_to("Project"):
            for r in rows:
                for col in ("ProjectID", "ResProjectID"):
                    if (
                        col in r.values
                        and r.values[col] is not None
                        and self._id("ProjectID", r.values[col]) not in project_ids
                    ):
                        self.report.block(name, r.number, col, f"This {col} has no row in Project.csv.")
        if file in _ASSESSMENT_PARTS and self._links_to("Assessment"):
            assessments = {a.values["AssessmentID"] for a in self.tables["Assessment"]}
            for r in rows:
                if r.values["AssessmentID"] not in assessments:
                    self.report.block(name, r.number, "AssessmentID", "This AssessmentID has no row in Assessment.csv.")

    # -- descriptor files

    def _descriptors(self) -> list[DescriptorRow]:
        """Every descriptor row whole, its data-quality problems flagged (kept as given)."""
        out = []
        for file in descriptors.FILES:
            name = spec.file_name(file)
            for r in self.tables[file]:
                row = DescriptorRow(file, {c.name: r.values[c.name] for c in descriptor_columns(file)})
                for column, message in descriptor_problems(file, row.values):
                    self.report.flag(
                        name,
                        r.number,
                        column,
                        f"{message} (imported as given)",
                        shown_value(spec.column(file, column), _text(row.values[column])),
                    )
                out.append(row)
        return out

    def _users(self) -> list[HmisUser]:
        return [
            HmisUser(
                id=self._id("UserID", v["UserID"]),
                first_name=v["UserFirstName"],
                last_name=v["UserLastName"],
                phone=v["UserPhone"],
                extension=v["UserExtension"],
                email=v["UserEmail"],
                date_created=v["DateCreated"],
                date_updated=v["DateUpdated"],
                date_deleted=v["DateDeleted"],
            )
            for v in (r.values for r in self.tables["User"])
        ]

    def _organizations(self) -> list[Organization]:
        return [
            Organization(
                id=self._id("OrganizationID", v["OrganizationID"]),
                name=v["OrganizationName"],
                victim_service_provider=v["VictimServiceProvider"],
                common_name=v["OrganizationCommonName"],
                user_id=self._id("UserID", v["UserID"]),
                date_created=v["DateCreated"],
                date_updated=v["DateUpdated"],
                date_deleted=v["DateDeleted"],
            )
            for v in (r.values for r in self.tables["Organization"])
        ]

    def _projects(self, organization_ids: set[str]) -> list[Project]:
        cocs: dict[str, tuple[str, str]] = {}
        project_ids = {self._id("ProjectID", r.values["ProjectID"]) for r in self.tables["Project"]}
        for r in self.tables["ProjectCoC"]:
            pid = self._id("ProjectID", r.values["ProjectID"])
            if pid not in project_ids:
                if self._links_to("Project"):
                    self.report.block(
                        "ProjectCoC.csv", r.number, "ProjectID", "This ProjectID has no row in Project.csv."
                    )
            elif pid not in cocs:  # the project's own CoC is its first row; every row is kept whole
                cocs[pid] = (r.values["CoCCode"], r.values["Geocode"])
        projects = []
        for r in self.tables["Project"]:
            v = r.values
            org = self._id("OrganizationID", v["OrganizationID"])
            if org not in organization_ids and self._links_to("Organization"):
                self.report.block(
                    "Project.csv", r.number, "OrganizationID", "This OrganizationID has no row in Organization.csv."
                )
            pid = self._id("ProjectID", v["ProjectID"])
            coc, geo = cocs.get(pid, (None, None))
            projects.append(
                Project(
                    id=pid,
                    organization_id=org,
                    name=v["ProjectName"],
                    common_name=v["ProjectCommonName"],
                    operating_start=v["OperatingStartDate"],
                    operating_end=v["OperatingEndDate"],
                    continuum_project=v["ContinuumProject"],
                    project_type=v["ProjectType"],
                    housing_type=v["HousingType"],
                    rrh_sub_type=v["RRHSubType"],
                    residential_affiliation=v["ResidentialAffiliation"],
                    target_population=v["TargetPopulation"],
                    hopwa_med_assisted_living_fac=v["HOPWAMedAssistedLivingFac"],
                    pit_count=v["PITCount"],
                    coc_code=coc,
                    geocode=geo,
                    user_id=self._id("UserID", v["UserID"]),
                    date_created=v["DateCreated"],
                    date_updated=v["DateUpdated"],
                    date_deleted=v["DateDeleted"],
                )
            )
        return projects

    # -- domain records

    def _records(self, project_ids: set[str]) -> list[StoredRecord]:
        out: list[StoredRecord] = []
        built: dict[str, list[tuple[Row, Any]]] = {}
        for m in MAPPINGS:
            name = spec.file_name(m.file)
            kept = set(m.columns.values())
            unkept = [c for c in spec.headers(m.file) if c not in kept and c not in _META_COLUMNS]
            plan = [
                (f, col, col == m.key_column or col in _LINK_COLUMNS, spec.column(m.file, col).type in "DTM")
                for f, col in m.columns.items()
            ]
            rows = []
            for r in self.tables[m.file]:
                data: dict[str, Any] = {}
                for f, col, is_id, typed in plan:
                    value = r.values[col]
                    if is_id:
                        value = self._id(col, value)
                    elif typed and value is not None:
                        value = _iso(value)
                    data[f] = value
                for col in unkept:  # none today (the mapping test holds it so); counted if one appears
                    if r.values[col] is not None:
                        self.ignored[f"{name}:{col}"] += 1
                record = self._domain(m, r, data)
                if record is None:
                    continue
                rows.append((r, record))
                out.append(
                    StoredRecord(
                        record=record,
                        date_created=r.values["DateCreated"],
                        date_updated=r.values["DateUpdated"],
                        user_id=self._id("UserID", r.values["UserID"]),
                        date_deleted=r.values["DateDeleted"],
                    )
                )
            built[m.file] = rows
        self._check_links(built, project_ids)
        return out

    def _domain(self, m, r: Row, data: dict[str, Any]) -> Any:
        """The row's record, its rule problems flagged (kept as given); None when the record cannot
        hold what the row says (a required value empty), which blocks."""
        name = spec.file_name(m.file)
        try:
            record = m.record_type.from_dict(data)
        except ValidationError as exc:
            for e in exc.errors:
                self.report.block(name, r.number, m.columns.get(e.field), e.message)
            return None
        for e in record.problems(today=self.today):
            column = m.columns.get(e.field)
            self.report.flag(
                name,
                r.number,
                column,
                f"{e.message} (imported as given)",
                shown_value(
                    spec.column(m.file, column) if column else None, _text(r.values.get(column) if column else None)
                ),
            )
        return record

    def _check_links(self, built: dict[str, list[tuple[Row, Any]]], project_ids: set[str]) -> None:
        clients = {c.id: c for _, c in built["Client"]}
        enrollments: dict[str, Any] = {}
        enrollment_rows: dict[str, Row] = {}
        for r, e in built["Enrollment"]:
            if e.personal_id not in clients and self._links_to("Client"):
                self.report.block("Enrollment.csv", r.number, "PersonalID", "This PersonalID has no row in Client.csv.")
            if e.project_id not in project_ids and self._links_to("Project"):
                self.report.block("Enrollment.csv", r.number, "ProjectID", "This ProjectID has no row in Project.csv.")
            enrollments[e.id] = e
            enrollment_rows[e.id] = r
        if not self._links_to("Enrollment"):
            return
        for m in MAPPINGS:
            if m.file in ("Client", "Enrollment"):
                continue
            self._check_enrollment_links(
                spec.file_name(m.file),
                [(r, rec.enrollment_id, rec.personal_id) for r, rec in built[m.file]],
                enrollments,
            )
        exits: dict[str, tuple[Row, Any]] = {}
        for r, x in built["Exit"]:
            if x.enrollment_id in exits:
                self.report.block(
                    "Exit.csv", r.number, "EnrollmentID", "This enrollment already has an exit on another row."
                )
            else:
                exits[x.enrollment_id] = (r, x)
        exit_columns, enrollment_columns = BY_FILE["Exit"].columns, BY_FILE["Enrollment"].columns
        for eid, e in enrollments.items():
            if e.personal_id not in clients:
                continue
            exit_row, exit_ = exits.get(eid, (None, None))
            for p in enrollment_problems(e, clients[e.personal_id], exit=exit_):
                message = f"{p.message} (imported as given)"
                if exit_row is not None and p.field in exit_columns and p.field not in ("enrollment_id", "personal_id"):
                    self.report.flag("Exit.csv", exit_row.number, exit_columns[p.field], message)
                else:
                    self.report.flag(
                        "Enrollment.csv", enrollment_rows[eid].number, enrollment_columns.get(p.field), message
                    )

    def _check_enrollment_links(
        self, name: str, links: list[tuple[Row, str | None, str | None]], enrollments: dict[str, Any]
    ) -> None:
        for r, enrollment_id, personal_id in links:
            e = enrollments.get(enrollment_id or "")
            if e is None:
                self.report.block(name, r.number, "EnrollmentID", "This EnrollmentID has no row in Enrollment.csv.")
            elif e.personal_id != personal_id:
                self.report.block(
                    name,
                    r.number,
                    "PersonalID",
                    "This PersonalID is not the client of the enrollment named on the row.",
                )


def _text(value: Any) -> str | None:
    return None if value is None else str(_iso(value))


_ASSESSMENT_PARTS = ("AssessmentQuestions", "AssessmentResults")
_META_COLUMNS = frozenset({"DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"})
_USER_ID = spec.column("User", "UserID")
