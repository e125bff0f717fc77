"""Read an HMIS CSV FY2026 export (a zip) into checked domain records, or refuse it whole.

``read_export`` either returns everything in the export, every value checked,
or raises ``CsvImportError`` naming the file, the row and the column of the
first problem found, in words, without repeating any value from the file (the
file holds names, SSNs and dates of birth). Nothing is returned half-done.

What is checked, in order:

1. The zip: readable, not encrypted, no more than ``max_members`` entries,
   no member larger than ``max_member_bytes`` and no more than
   ``max_total_bytes`` in all once uncompressed -- counted while inflating,
   not trusted from the zip's headers (zip bombs).
2. Files: every FY2026 file of ``spec.FILES`` present at the top of the zip,
   nothing else (folders and macOS ``__MACOSX/`` entries are skipped).
3. Each file (Export.csv first): UTF-8 (a byte-order mark is allowed),
   well-formed CSV, the header row exactly the specification's column names
   in its order (case and spaces count), every row with
   as many fields as the header, every value of its column's type (I, D, T, M)
   and within its length (S), required values present, ExportID equal to
   Export.csv's, each file's own ids unique.
4. Hashed exports are refused: hashed names and SSNs cannot become client
   records (only HashStatus 1 is accepted).
5. Links: every UserID in User.csv, Project.OrganizationID in
   Organization.csv, Enrollment.ProjectID in Project.csv, Enrollment.PersonalID
   in Client.csv, every record that belongs to an enrollment names an
   enrollment in Enrollment.csv of the same client, AssessmentQuestions and
   AssessmentResults name an assessment in Assessment.csv, Affiliation's
   projects exist; one exit per enrollment.
6. Domain: each row becomes a record through ``Record.from_dict`` and
   ``validate`` (HUD code lists, lengths, dates not in the future, the
   element's own rules), then the cross-record date rules of
   ``enrollment_rules`` (exit after entry, entry after birth...).

Rows are counted as a spreadsheet shows them: the header is row 1, the first
data row is row 2. Problems with the zip itself name the file "(zip)".

Ids that are not our 32-hex form are mapped with ``ids.map_id`` (per id
column), consistently across files. Data we do not model is read and checked
but not kept; ``ImportedExport.ignored`` counts it: whole files (Funder.csv,
Inventory.csv, Assessment.csv, ...) by rows, and columns of the files we do
keep (e.g. "Client.csv:YearEnteredService") by non-empty values dropped.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.enrollment_rules import enrollment_problems
from app.domain.errors import ValidationError

from . import spec
from .ids import map_id
from .mapping import BY_FILE, MAPPINGS
from .model import ExportInfo, HmisUser, ImportedExport, Organization, Problem, Project, StoredRecord
from .spec import HASH_UNHASHED

MiB = 1024 * 1024
DEFAULT_MAX_MEMBER_BYTES = 512 * MiB
DEFAULT_MAX_TOTAL_BYTES = 1024 * MiB
DEFAULT_MAX_MEMBERS = 256

ZIP = "(zip)"

#: Id columns whose values are mapped to our id form (the namespace is the column name).
_LINK_COLUMNS = frozenset({"PersonalID", "EnrollmentID", "ProjectID", "HouseholdID", "OrganizationID", "UserID"})

_INT_RE = re.compile(r"-?\d{1,10}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_MONEY_RE = re.compile(r"-?\d{1,12}(\.\d{1,2})?")

_TYPE_WORDS = {
    "I": "a whole number", "D": "a date written as YYYY-MM-DD",
    "T": "a date and time written as YYYY-MM-DD hh:mm:ss", "M": "an amount of money written like 125.50",
}


class CsvImportError(ValueError):
    """Why an import was refused: which file, row (header = row 1) and column, in words."""

    def __init__(self, file: str, row: int | None, column: str | None, message: str) -> None:
        self.file, self.row, self.column, self.message = file, row, column, message
        where = file
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")


@dataclass
class _Row:
    number: int  # spreadsheet row (header = 1)
    values: dict[str, Any]  # column -> parsed value (None for empty)


def read_export(
    data: bytes,
    *,
    today: date | None = None,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_members: int = DEFAULT_MAX_MEMBERS,
) -> ImportedExport:
    """Check an HMIS CSV FY2026 zip and return all of it, or raise CsvImportError.

    *today* is the day "in the future" is measured from (default: the local date).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise CsvImportError(ZIP, None, None, "The export must be given as the bytes of a zip file.")
    texts = _read_zip(bytes(data), max_member_bytes, max_total_bytes, max_members)
    export_rows = _parse_file("Export", texts["Export.csv"])
    info = _export_info(export_rows)  # first: a hashed export is refused before its hashes look "too long"
    tables = {file: _parse_file(file, texts[spec.file_name(file)]) for file in spec.FILES if file != "Export"}
    tables["Export"] = export_rows
    export_ids = {r.values["ExportID"] for r in export_rows}
    return _Builder(tables, info, today or date.today(), export_ids).build()


# --- the zip ------------------------------------------------------------------------------------


def _read_zip(data: bytes, max_member: int, max_total: int, max_members: int) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise CsvImportError(ZIP, None, None, "The file is not a readable zip archive (damaged, truncated or not a zip).") from None
    expected = {spec.file_name(f) for f in spec.FILES}
    members: dict[str, zipfile.ZipInfo] = {}
    if len(infos) > max_members:
        raise CsvImportError(ZIP, None, None, f"The zip holds more than {max_members} entries.")
    declared_total = 0
    for info in infos:
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/"):
            continue
        if name not in expected:
            raise CsvImportError(ZIP, None, None,
                                 f"The zip holds a file that is not part of HMIS CSV FY2026: {_safe_name(name)}.")
        if name in members:
            raise CsvImportError(name, None, None, "The zip holds this file more than once.")
        if info.flag_bits & 0x1:
            raise CsvImportError(name, None, None, "This file is encrypted in the zip; send an unencrypted zip.")
        if info.file_size > max_member:
            raise CsvImportError(name, None, None, _too_big(max_member))
        declared_total += info.file_size
        if declared_total > max_total:
            raise CsvImportError(ZIP, None, None, _too_big_total(max_total))
        members[name] = info
    for file in spec.FILES:  # report the first missing file in the specification's order
        if spec.file_name(file) not in members:
            raise CsvImportError(spec.file_name(file), None, None, "This required file is missing from the zip.")
    out: dict[str, bytes] = {}
    total = 0
    for file in spec.FILES:
        name = spec.file_name(file)
        chunks: list[bytes] = []
        size = 0
        try:
            with zf.open(members[name]) as fh:
                while True:
                    chunk = fh.read(1024 * 1024)
                    if not chunk:
                        break
                    size += len(chunk)
                    total += len(chunk)
                    if size > max_member:
                        raise CsvImportError(name, None, None, _too_big(max_member))
                    if total > max_total:
                        raise CsvImportError(ZIP, None, None, _too_big_total(max_total))
                    chunks.append(chunk)
        except CsvImportError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError):
            raise CsvImportError(name, None, None, "This file is damaged in the zip and cannot be read.") from None
        out[name] = b"".join(chunks)
    return out


def _safe_name(name: str) -> str:
    cleaned = "".join(c for c in name if c.isprintable())[:80]
    return repr(cleaned)


def _too_big(limit: int) -> str:
    return f"This file is larger than {limit // MiB} MiB once uncompressed; it is refused as a possible zip bomb."


def _too_big_total(limit: int) -> str:
    return f"The files are larger than {limit // MiB} MiB in all once uncompressed; refused as a possible zip bomb."


# --- one file -----------------------------------------------------------------------------------


def _parse_file(file: str, raw: bytes) -> list[_Row]:
    name = spec.file_name(file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = raw[: exc.start].count(b"\n") + 1
        raise CsvImportError(name, row, None, "The file is not UTF-8 text.") from None
    if "\x00" in text:
        raise CsvImportError(name, None, None, "The file holds NUL characters; it is not CSV text.")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    columns = spec.FILES[file]
    expected = [c.name for c in columns]
    rows: list[_Row] = []
    number = 0
    try:
        for number, fields in enumerate(reader, start=1):
            if number == 1:
                _check_header(name, fields, expected)
                continue
            if len(fields) != len(expected):
                raise CsvImportError(name, number, None,
                                     f"The row has {len(fields)} values; the header has {len(expected)} columns.")
            rows.append(_Row(number, {c.name: _parse_value(name, number, c, v) for c, v in zip(columns, fields)}))
    except csv.Error:
        raise CsvImportError(name, number + 1, None,
                             "The row is not valid CSV (a stray quote, or a value too long to be real).") from None
    if number == 0:
        raise CsvImportError(name, 1, None, "The file is empty; it needs at least its header row.")
    return rows


def _check_header(name: str, found: list[str], expected: list[str]) -> None:
    """Names match whatever their case (HUD's own LSA sample writes ``HoHLeaseholder``); their
    order and number must be the specification's."""
    folded, wanted = [f.casefold() for f in found], [e.casefold() for e in expected]
    if folded == wanted:
        return
    for i, want in enumerate(expected):
        if i >= len(found):
            raise CsvImportError(name, 1, want, f"The header is missing column {i + 1}, which should be {want}.")
        got = found[i]
        if folded[i] != wanted[i]:
            shown = _safe_name(got) if got else "empty"
            if folded[i] in wanted:
                msg = f"Column {i + 1} should be {want} but is {got}: the columns are out of order."
            else:
                msg = f"Column {i + 1} should be {want} but is {shown} (renamed or extra column)."
            raise CsvImportError(name, 1, want, msg)
    extra = found[len(expected)]
    raise CsvImportError(name, 1, None, f"The header has an extra column {_safe_name(extra)} after {expected[-1]}.")


def _parse_value(name: str, row: int, col: spec.Column, text: str) -> Any:
    if text == "":
        if col.blocking:
            raise CsvImportError(name, row, col.name, "A value is required here but the field is empty.")
        return None
    t = col.type
    if t == "S":
        if col.max_len is not None and len(text) > col.max_len:
            raise CsvImportError(name, row, col.name, f"The text is longer than the {col.max_len} characters allowed.")
        return text
    try:
        if t == "I" and _INT_RE.fullmatch(text):
            return int(text)
        if t == "D" and _DATE_RE.fullmatch(text):
            return date.fromisoformat(text)
        if t == "T" and _DATETIME_RE.fullmatch(text):
            return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
        if t == "M" and _MONEY_RE.fullmatch(text):
            return Decimal(text)
    except ValueError:
        pass
    raise CsvImportError(name, row, col.name, f"The value must be {_TYPE_WORDS[t]}.")


# What every row of an Export.csv holding several must agree on to be read as one export.
_ONE_EXPORT = ("SourceType", "SourceID", "ImplementationID", "HashStatus", "ExportStartDate", "ExportEndDate",
               "ExportPeriodType", "ExportDirective", "CSVVersion")


def _export_info(rows: list[_Row]) -> ExportInfo:
    """The export's description. Several rows (HUD's LSA sample has ten, each a run of the same
    export with its own ExportID) are one export when they agree on its source, period and
    hashing; the other files' rows may then carry any of their ExportIDs, and the newest row
    describes the whole."""
    if not rows:
        raise CsvImportError("Export.csv", 2, None, "Export.csv has no data row; it needs one.")
    for r in rows[1:]:
        differing = next((c for c in _ONE_EXPORT if r.values[c] != rows[0].values[c]), None)
        if differing is not None:
            raise CsvImportError("Export.csv", r.number, differing,
                                 f"The rows of Export.csv describe different exports (their {differing} differs); "
                                 "import each export on its own.")
    r = max(rows, key=lambda row: (row.values["ExportDate"], row.number))
    v = r.values
    if v["HashStatus"] != HASH_UNHASHED:
        raise CsvImportError("Export.csv", r.number, "HashStatus",
                             "Only unhashed exports (HashStatus 1) can be imported: hashed names and SSNs "
                             "cannot be made into client records.")
    if v["ExportEndDate"] < v["ExportStartDate"]:
        raise CsvImportError("Export.csv", r.number, "ExportEndDate", "The export ends before it starts.")
    return ExportInfo(
        export_id=v["ExportID"], source_type=v["SourceType"], source_id=v["SourceID"],
        source_name=v["SourceName"], source_contact_first=v["SourceContactFirst"],
        source_contact_last=v["SourceContactLast"], source_contact_phone=v["SourceContactPhone"],
        source_contact_extension=v["SourceContactExtension"], source_contact_email=v["SourceContactEmail"],
        export_date=v["ExportDate"], export_start=v["ExportStartDate"], export_end=v["ExportEndDate"],
        software_name=v["SoftwareName"], software_version=v["SoftwareVersion"], csv_version=v["CSVVersion"],
        export_period_type=v["ExportPeriodType"], export_directive=v["ExportDirective"],
        hash_status=v["HashStatus"], implementation_id=v["ImplementationID"],
    )


# --- building the result ------------------------------------------------------------------------


def _iso(value: Any) -> Any:
    """A parsed CSV value in the form ``Record.from_dict`` takes."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


class _Builder:
    def __init__(self, tables: dict[str, list[_Row]], info: ExportInfo, today: date, export_ids: set[str]) -> None:
        self.tables = tables
        self.info = info
        self.export_ids = export_ids
        self.today = today
        self.ignored: Counter[str] = Counter()
        self.id_map: dict[tuple[str, str], str] = {}
        self.problems: list[Problem] = []

    def build(self) -> ImportedExport:
        info = self.info
        for file in spec.FILES:
            self._check_common(file, self.export_ids)
        users = self._users()
        organizations = self._organizations()
        projects = self._projects({o.id for o in organizations})
        for file in spec.FILES:
            if file not in BY_FILE and file not in ("Export", "User", "Organization", "Project", "ProjectCoC"):
                rows = self.tables[file]
                self._check_parents(file, rows, {p.id for p in projects})
                if rows:
                    self.ignored[spec.file_name(file)] += len(rows)
        records = self._records({p.id for p in projects})
        self._check_users(users)
        return ImportedExport(info=info, organizations=organizations, projects=projects, users=users,
                              records=records, ignored=dict(self.ignored), id_map=dict(self.id_map),
                              problems=list(self.problems))

    def _id(self, column: str, value: str | None) -> str | None:
        if value is None:
            return None
        mapped = map_id(column, value)
        if mapped != value:
            self.id_map[(column, value)] = mapped
        return mapped

    # -- checks shared by every file

    def _check_common(self, file: str, export_ids: set[str]) -> None:
        name = spec.file_name(file)
        key = spec.FILES[file][0].name
        seen: set[str] = set()
        for r in self.tables[file]:
            if r.values["ExportID"] not in export_ids:
                raise CsvImportError(name, r.number, "ExportID", "The ExportID matches no row of Export.csv.")
            k = r.values[key]
            if k in seen:
                raise CsvImportError(name, r.number, key, "This id appears on more than one row of the file.")
            seen.add(k)

    def _check_users(self, users: list[HmisUser]) -> None:
        known = {u.id for u in users}
        for file in spec.FILES:
            if file in ("Export", "User"):
                continue
            for r in self.tables[file]:
                if self._id("UserID", r.values["UserID"]) not in known:
                    raise CsvImportError(spec.file_name(file), r.number, "UserID",
                                         "This UserID has no row in User.csv.")

    def _check_parents(self, file: str, rows: list[_Row], project_ids: set[str]) -> None:
        name = spec.file_name(file)
        for r in rows:
            for col in ("ProjectID", "ResProjectID"):
                if col in r.values and self._id("ProjectID", r.values[col]) not in project_ids:
                    raise CsvImportError(name, r.number, col, f"This {col} has no row in Project.csv.")
        if file in ("AssessmentQuestions", "AssessmentResults"):
            assessments = {a.values["AssessmentID"] for a in self.tables["Assessment"]}
            for r in rows:
                if r.values["AssessmentID"] not in assessments:
                    raise CsvImportError(name, r.number, "AssessmentID", "This AssessmentID has no row in Assessment.csv.")
        # enrollment links of the files we do not keep are checked in _check_links

    # -- descriptor files

    def _users(self) -> list[HmisUser]:
        return [HmisUser(
            id=self._id("UserID", v["UserID"]), first_name=v["UserFirstName"], last_name=v["UserLastName"],  # type: ignore[arg-type]
            phone=v["UserPhone"], extension=v["UserExtension"], email=v["UserEmail"],
            date_created=v["DateCreated"], date_updated=v["DateUpdated"], date_deleted=v["DateDeleted"],
        ) for v in (r.values for r in self.tables["User"])]

    def _organizations(self) -> list[Organization]:
        return [Organization(
            id=self._id("OrganizationID", v["OrganizationID"]), name=v["OrganizationName"],  # type: ignore[arg-type]
            victim_service_provider=v["VictimServiceProvider"], common_name=v["OrganizationCommonName"],
            user_id=self._id("UserID", v["UserID"]), date_created=v["DateCreated"],  # type: ignore[arg-type]
            date_updated=v["DateUpdated"], date_deleted=v["DateDeleted"],
        ) for v in (r.values for r in self.tables["Organization"])]

    def _projects(self, organization_ids: set[str]) -> list[Project]:
        cocs: dict[str, tuple[str, str]] = {}
        project_ids = {self._id("ProjectID", r.values["ProjectID"]) for r in self.tables["Project"]}
        for r in self.tables["ProjectCoC"]:
            pid = self._id("ProjectID", r.values["ProjectID"])
            if pid not in project_ids:
                raise CsvImportError("ProjectCoC.csv", r.number, "ProjectID", "This ProjectID has no row in Project.csv.")
            if pid in cocs:
                self.ignored["ProjectCoC.csv"] += 1  # we keep one CoC per project: the first
            else:
                cocs[pid] = (r.values["CoCCode"], r.values["Geocode"])  # type: ignore[index]
        projects = []
        for r in self.tables["Project"]:
            v = r.values
            org = self._id("OrganizationID", v["OrganizationID"])
            if org not in organization_ids:
                raise CsvImportError("Project.csv", r.number, "OrganizationID",
                                     "This OrganizationID has no row in Organization.csv.")
            pid = self._id("ProjectID", v["ProjectID"])
            if v["OperatingEndDate"] is not None and v["OperatingEndDate"] < v["OperatingStartDate"]:
                self.problems.append(Problem("Project.csv", r.number, "OperatingEndDate",
                                             "The project stops operating before it starts (imported as given)."))
            coc, geo = cocs.get(pid, (None, None))  # type: ignore[arg-type]
            projects.append(Project(
                id=pid, organization_id=org, name=v["ProjectName"], common_name=v["ProjectCommonName"],  # type: ignore[arg-type]
                operating_start=v["OperatingStartDate"], operating_end=v["OperatingEndDate"],
                continuum_project=v["ContinuumProject"], project_type=v["ProjectType"],
                housing_type=v["HousingType"], rrh_sub_type=v["RRHSubType"],
                residential_affiliation=v["ResidentialAffiliation"], target_population=v["TargetPopulation"],
                hopwa_med_assisted_living_fac=v["HOPWAMedAssistedLivingFac"], pit_count=v["PITCount"],
                coc_code=coc, geocode=geo, user_id=self._id("UserID", v["UserID"]),  # type: ignore[arg-type]
                date_created=v["DateCreated"], date_updated=v["DateUpdated"], date_deleted=v["DateDeleted"],
            ))
        return projects

    # -- domain records

    def _records(self, project_ids: set[str]) -> list[StoredRecord]:
        out: list[StoredRecord] = []
        built: dict[str, list[tuple[_Row, Any]]] = {}
        for m in MAPPINGS:
            name = spec.file_name(m.file)
            kept = set(m.columns.values())
            rows = []
            for r in self.tables[m.file]:
                data: dict[str, Any] = {}
                for f, col in m.columns.items():
                    value = r.values[col]
                    if col == m.key_column or col in _LINK_COLUMNS:
                        value = self._id(col, value)
                    data[f] = _iso(value)
                for col in spec.headers(m.file):
                    if col not in kept and col not in _META_COLUMNS and r.values[col] is not None:
                        self.ignored[f"{name}:{col}"] += 1
                record = self._domain(m, r, data)
                rows.append((r, record))
                out.append(StoredRecord(record=record, date_created=r.values["DateCreated"],
                                        date_updated=r.values["DateUpdated"],
                                        user_id=self._id("UserID", r.values["UserID"]),  # type: ignore[arg-type]
                                        date_deleted=r.values["DateDeleted"]))
            built[m.file] = rows
        self._check_links(built, project_ids)
        return out

    def _domain(self, m, r: _Row, data: dict[str, Any]) -> Any:
        name = spec.file_name(m.file)
        try:
            record = m.record_type.from_dict(data)
            record.validate(today=self.today)
        except ValidationError as exc:
            first = exc.errors[0]
            raise CsvImportError(name, r.number, m.columns.get(first.field), first.message) from None
        return record

    def _check_links(self, built: dict[str, list[tuple[_Row, Any]]], project_ids: set[str]) -> None:
        clients = {c.id: c for _, c in built["Client"]}
        enrollments: dict[str, Any] = {}
        enrollment_rows: dict[str, _Row] = {}
        for r, e in built["Enrollment"]:
            if e.personal_id not in clients:
                raise CsvImportError("Enrollment.csv", r.number, "PersonalID", "This PersonalID has no row in Client.csv.")
            if e.project_id not in project_ids:
                raise CsvImportError("Enrollment.csv", r.number, "ProjectID", "This ProjectID has no row in Project.csv.")
            enrollments[e.id] = e
            enrollment_rows[e.id] = r
        for m in MAPPINGS:
            if m.file in ("Client", "Enrollment"):
                continue
            self._check_enrollment_links(spec.file_name(m.file), [(r, rec.enrollment_id, rec.personal_id)
                                                                  for r, rec in built[m.file]], enrollments)
        for file in ("EmploymentEducation", "Assessment", "AssessmentQuestions", "AssessmentResults", "Event",
                     "YouthEducationStatus"):
            self._check_enrollment_links(spec.file_name(file), [
                (r, self._id("EnrollmentID", r.values["EnrollmentID"]), self._id("PersonalID", r.values["PersonalID"]))
                for r in self.tables[file]], enrollments)
        exits: dict[str, tuple[_Row, Any]] = {}
        for r, x in built["Exit"]:
            if x.enrollment_id in exits:
                raise CsvImportError("Exit.csv", r.number, "EnrollmentID", "This enrollment already has an exit on another row.")
            exits[x.enrollment_id] = (r, x)
        for eid, e in enrollments.items():
            exit_row, exit_ = exits.get(eid, (None, None))
            problems = enrollment_problems(e, clients[e.personal_id], exit=exit_)
            if problems:
                p = problems[0]
                exit_columns = BY_FILE["Exit"].columns
                if exit_row is not None and p.field in exit_columns and p.field not in ("enrollment_id", "personal_id"):
                    raise CsvImportError("Exit.csv", exit_row.number, exit_columns[p.field], p.message)
                raise CsvImportError("Enrollment.csv", enrollment_rows[eid].number,
                                     BY_FILE["Enrollment"].columns.get(p.field), p.message)

    @staticmethod
    def _check_enrollment_links(name: str, links: list[tuple[_Row, str, str]], enrollments: dict[str, Any]) -> None:
        for r, enrollment_id, personal_id in links:
            e = enrollments.get(enrollment_id)
            if e is None:
                raise CsvImportError(name, r.number, "EnrollmentID", "This EnrollmentID has no row in Enrollment.csv.")
            if e.personal_id != personal_id:
                raise CsvImportError(name, r.number, "PersonalID",
                                     "This PersonalID is not the client of the enrollment named on the row.")


_META_COLUMNS = frozenset({"DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"})
