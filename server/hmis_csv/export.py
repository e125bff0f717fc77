"""Write an HMIS CSV FY2026 export: a zip holding every file of ``spec.FILES``.

Format decisions (HMIS CSV "General Rules", see spec.py for sources):

* Every FY2026 file is present, header-only when we have no rows, headers in
  the specification's order. UTF-8 without a byte-order mark, comma separated,
  RFC 4180 quoting (a value is quoted only when it holds a comma, quote or line
  break), CRLF line endings.
* Types: I as digits, D ``yyyy-mm-dd``, T ``yyyy-mm-dd hh:mm:ss``, M with two
  decimals and no ``$`` or separators; an empty field is a null.
* Strings: FY2026 allows any UTF-8 character except ``< > [ ] { }``, which are
  removed from text values as the specification requires. Nothing else is
  altered. In particular values starting with ``= + - @`` are written as they
  are: HMIS CSV is a data interchange format read by other HMIS software, and
  changing the data (e.g. prefixing a quote against spreadsheet formula
  injection) would corrupt it for them. Anyone opening an export in a
  spreadsheet must treat it as untrusted data.
* ExportID of Export.csv is written in every row of every file.
* Our own records that are not HUD data (Consent, a client's alias) are not
  exported.
* HashStatus 4: FirstName, MiddleName, LastName and SSN are hashed as
  ``hashing`` describes; any other HashStatus but 1 is refused (we cannot
  produce it).

``build_export`` refuses (``ExportError``) to write a file it would itself
refuse to read: a missing required value, a text too long for its column, or a
UserID with no row in User.csv.
"""

from __future__ import annotations

import collections
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from . import hashing, spec
from .descriptors import DescriptorRow
from .ids import ID_COLUMNS, derived_id
from .mapping import BY_KIND
from .model import ExportInfo, HmisUser, Organization, Project, StoredRecord
from .spec import HASH_SHA256, HASH_UNHASHED

_HASHED_COLUMNS = {
    "FirstName": hashing.hash_name,
    "MiddleName": hashing.hash_name,
    "LastName": hashing.hash_name,
    "SSN": hashing.hash_ssn,
}
_FORBIDDEN = str.maketrans(dict.fromkeys(spec.FORBIDDEN_CHARACTERS))
_CENT = Decimal("0.01")


class ExportError(ValueError):
    """The data handed to ``build_export`` cannot make a valid export; names file and column, never values."""

    def __init__(self, file: str, column: str | None, message: str) -> None:
        self.file, self.column = file, column
        where = f"{spec.file_name(file)}" + (f", column {column}" if column else "")
        super().__init__(f"{where}: {message}")


@dataclass
class _Rows:
    """Rows of every file, as column -> python value."""

    by_file: dict[str, list[dict[str, Any]]]

    def add(self, file: str, row: dict[str, Any]) -> None:
        self.by_file[file].append(row)


def build_export(
    info: ExportInfo,
    *,
    organizations: Iterable[Organization],
    projects: Iterable[Project],
    users: Iterable[HmisUser],
    records: Iterable[StoredRecord],
    descriptors: Iterable[DescriptorRow] = (),
    source_ids: Mapping[tuple[str, str], str] | None = None,
    unlisted_users: Iterable[str] = (),
) -> bytes:
    """The zip (as bytes) of a complete HMIS CSV FY2026 export of what is given.

    Choosing what is in the export (period, projects, deleted rows) is the
    caller's job; ``records_in_scope`` applies HUD's reporting-period rule.
    *descriptors* are written as they are, after the rows made of *organizations*, *projects* and
    *users*. *source_ids* gives, per (id column, our id), the id another system gave a record an
    import took in: the export hands that id back. *unlisted_users* are UserIDs an import took in
    that its own User.csv did not list: rows naming them are written as given, and no User row is
    made up for them (a made-up user would be a row the source never had).
    """
    if info.hash_status not in (HASH_UNHASHED, HASH_SHA256):
        raise ExportError("Export", "HashStatus", "only unhashed (1) and SHA-256 (4) exports can be produced.")
    if info.export_end < info.export_start:
        raise ExportError("Export", "ExportEndDate", "the export period ends before it starts.")
    rows = _Rows({f: [] for f in spec.FILES})
    rows.add("Export", _export_row(info))
    users = list(users)
    for u in users:
        rows.add(
            "User",
            {
                "UserID": u.id,
                "UserFirstName": u.first_name,
                "UserLastName": u.last_name,
                "UserPhone": u.phone,
                "UserExtension": u.extension,
                "UserEmail": u.email,
                "DateCreated": u.date_created or info.export_date,
                "DateUpdated": u.date_updated or info.export_date,
                "DateDeleted": u.date_deleted,
            },
        )
    for o in organizations:
        rows.add(
            "Organization",
            {
                "OrganizationID": o.id,
                "OrganizationName": o.name,
                "VictimServiceProvider": o.victim_service_provider,
                "OrganizationCommonName": o.common_name,
                **_meta(o, info),
            },
        )
    for p in projects:
        rows.add(
            "Project",
            {
                "ProjectID": p.id,
                "OrganizationID": p.organization_id,
                "ProjectName": p.name,
                "ProjectCommonName": p.common_name,
                "OperatingStartDate": p.operating_start,
                "OperatingEndDate": p.operating_end,
                "ContinuumProject": p.continuum_project,
                "ProjectType": p.project_type,
                "HousingType": p.housing_type,
                "RRHSubType": p.rrh_sub_type,
                "ResidentialAffiliation": p.residential_affiliation,
                "TargetPopulation": p.target_population,
                "HOPWAMedAssistedLivingFac": p.hopwa_med_assisted_living_fac,
                "PITCount": p.pit_count,
                **_meta(p, info),
            },
        )
        if p.coc_code is not None or p.geocode is not None:
            rows.add(
                "ProjectCoC",
                {
                    "ProjectCoCID": project_coc_id(p.id),
                    "ProjectID": p.id,
                    "CoCCode": p.coc_code,
                    "Geocode": p.geocode,
                    **_meta(p, info),
                },
            )
    for d in descriptors:
        rows.add(d.file, dict(d.values))
    by_file: dict[str, list[StoredRecord]] = {}
    for stored in records:
        mapping = BY_KIND.get(stored.record.KIND)
        if mapping is None:
            continue  # our own record (Consent): not HMIS data
        if type(stored.record) is not mapping.record_type:
            raise ExportError(mapping.file, None, "a record is not of the expected type.")
        by_file.setdefault(mapping.file, []).append(stored)
    user_ids = {u["UserID"] for u in rows.by_file["User"]} | set(unlisted_users)
    _check_users(rows.by_file, user_ids)
    hashed = info.hash_status == HASH_SHA256
    given = source_ids or {}

    def lines(file: str) -> Iterator[list[str]]:
        seen: set[Any] = set()
        yield from _format_rows(file, rows.by_file[file], info.export_id, hashed, seen)
        if file in by_file:
            made = _record_rows(by_file[file], given)
            yield from _format_rows(file, _users_known(file, made, user_ids), info.export_id, hashed, seen)

    return _zip(info, lines)


def _record_rows(records: list[StoredRecord], given: Mapping[tuple[str, str], str]) -> Iterator[dict[str, Any]]:
    """Each record as its file's row, with the ids another system gave handed back."""
    for stored in records:
        mapping = BY_KIND[stored.record.KIND]
        row = {col: getattr(stored.record, f) for f, col in mapping.columns.items()}
        row.update(
            DateCreated=stored.date_created,
            DateUpdated=stored.date_updated,
            UserID=stored.user_id,
            DateDeleted=stored.date_deleted,
        )
        if given:
            for col in (mapping.key_column, *ID_COLUMNS):
                value = row.get(col)
                if value is not None:
                    row[col] = given.get((col, value), value)
        yield row


def _users_known(file: str, rows: Iterable[dict[str, Any]], user_ids: set[str]) -> Iterator[dict[str, Any]]:
    """The rows as they come, refusing one that names a user the export does not list."""
    for r in rows:
        if r.get("UserID") not in user_ids:
            raise ExportError(file, "UserID", "a row names a user who is not in User.csv; pass every user.")
        yield r


def project_coc_id(project_id: str) -> str:
    """ProjectCoCID of a project's single ProjectCoC row (we keep one CoC per project)."""
    return derived_id("ProjectCoCID", project_id)


def _export_row(info: ExportInfo) -> dict[str, Any]:
    return {
        "ExportID": info.export_id,
        "SourceType": info.source_type,
        "SourceID": info.source_id,
        "SourceName": info.source_name,
        "SourceContactFirst": info.source_contact_first,
        "SourceContactLast": info.source_contact_last,
        "SourceContactPhone": info.source_contact_phone,
        "SourceContactExtension": info.source_contact_extension,
        "SourceContactEmail": info.source_contact_email,
        "ExportDate": info.export_date,
        "ExportStartDate": info.export_start,
        "ExportEndDate": info.export_end,
        "SoftwareName": info.software_name,
        "SoftwareVersion": info.software_version,
        "CSVVersion": info.csv_version,
        "ExportPeriodType": info.export_period_type,
        "ExportDirective": info.export_directive,
        "HashStatus": info.hash_status,
        "ImplementationID": info.implementation_id,
    }


def _meta(obj: Organization | Project, info: ExportInfo) -> dict[str, Any]:
    return {
        "DateCreated": obj.date_created or info.export_date,
        "DateUpdated": obj.date_updated or info.export_date,
        "UserID": obj.user_id,
        "DateDeleted": obj.date_deleted,
    }


def _check_users(by_file: dict[str, list[dict[str, Any]]], user_ids: set[str]) -> None:
    for file, rs in by_file.items():
        if file not in ("Export", "User"):
            collections.deque(_users_known(file, rs, user_ids), maxlen=0)  # drained: the check is the point


def format_value(col: spec.Column, value: Any) -> str:
    """The CSV text of *value* in column *col* ("" for None)."""
    if value is None:
        return ""
    t = col.type
    if t == "S":
        if not isinstance(value, str):
            raise TypeError("text expected")
        return value.translate(_FORBIDDEN)
    if t == "I":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("whole number expected")
        return str(value)
    if t == "D":
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError("date expected")
        return value.isoformat()
    if t == "T":
        if not isinstance(value, datetime):
            raise TypeError("date and time expected")
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if t == "M":
        if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
            raise TypeError("amount expected")
        return format(Decimal(value).quantize(_CENT), "f")
    raise AssertionError(t)


def _format_rows(
    file: str, rows: Iterable[dict[str, Any]], export_id: str, hashed: bool, seen: set[Any] | None = None
) -> Iterator[list[str]]:
    """Each row as its CSV values; *seen* (the file's ids so far) finds an id written twice."""
    columns = spec.FILES[file]
    key = columns[0].name
    seen = set() if seen is None else seen
    for row in rows:
        row = {**row, "ExportID": export_id}
        if row.get(key) in seen:
            raise ExportError(file, key, "two rows have the same id.")
        seen.add(row.get(key))
        unknown = set(row) - {c.name for c in columns}
        if unknown:  # a programming error in this module, never data
            raise AssertionError(f"{file}: columns not in the spec: {sorted(unknown)}")
        line: list[str] = []
        for col in columns:
            value = row.get(col.name)
            is_hashed = hashed and file == "Client" and col.name in _HASHED_COLUMNS
            if is_hashed:
                value = _HASHED_COLUMNS[col.name](value)
            try:
                text = format_value(col, value)
            except TypeError as exc:
                raise ExportError(file, col.name, f"the value has the wrong type ({exc}).") from None
            if col.blocking and text == "":
                raise ExportError(file, col.name, "a required value is missing.")
            if col.max_len is not None and not is_hashed and len(text) > col.max_len:
                raise ExportError(file, col.name, f"a value is longer than {col.max_len} characters.")
            line.append(text)
        yield line


def _write_csv(member: IO[bytes], file: str, lines: Iterable[list[str]]) -> None:
    """The file's header and lines, written as they come: an export never holds a whole file."""
    text = io.TextIOWrapper(member, encoding="utf-8", newline="")
    w = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(spec.headers(file))
    w.writerows(lines)
    text.flush()
    text.detach()


def _zip(info: ExportInfo, lines_of: Callable[[str], Iterable[list[str]]]) -> bytes:
    stamp = info.export_date
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for file in spec.FILES:  # spec order, every file
            zi = zipfile.ZipInfo(spec.file_name(file), date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with zf.open(zi, "w") as member:
                _write_csv(member, file, lines_of(file))
    return out.getvalue()


# --- choosing what goes in ------------------------------------------------------------------

_DATE_FIELDS = ("exit_date", "date_provided", "information_date", "assessment_date", "event_date")


def records_in_scope(
    records: Iterable[StoredRecord], start: date, end: date, project_ids: Iterable[str]
) -> list[StoredRecord]:
    """The records a reporting-period export (ExportPeriodType 3) of *project_ids* holds.

    HUD's rule for a reporting period, kept simple:

    * an enrollment is in when it is in one of the projects and was active in
      the period: started on or before *end* and not exited before *start*
      (an exit dated after *end* does not count: the stay was open on *end*);
    * a client is in when one of their enrollments is;
    * an enrollment's other records (exit, income, disabilities, health/DV,
      services, contacts) are in when their enrollment is and they are dated
      on or before *end*;
    * deleted rows (DateDeleted set) are left out: a reporting-period export
      carries the data as it stands; Consent is never exported.

    Order of *records* is kept.
    """
    records = list(records)
    projects = set(project_ids)
    live = [r for r in records if r.date_deleted is None]
    exits: dict[str, date] = {}
    for r in live:
        if r.record.KIND == "exit" and r.record.exit_date <= end:  # type: ignore[attr-defined]
            exits[r.record.enrollment_id] = r.record.exit_date  # type: ignore[attr-defined]
    enrollments: set[str] = set()
    clients: set[str] = set()
    for r in live:
        e = r.record
        if e.KIND != "enrollment" or e.project_id not in projects:  # type: ignore[attr-defined]
            continue
        exit_date = exits.get(e.id)
        if e.entry_date <= end and (exit_date is None or exit_date >= start):  # type: ignore[attr-defined]
            enrollments.add(e.id)
            clients.add(e.personal_id)  # type: ignore[attr-defined]
    out: list[StoredRecord] = []
    for r in live:
        rec = r.record
        if rec.KIND not in BY_KIND:
            continue
        if rec.KIND == "client":
            keep = rec.id in clients
        elif rec.KIND == "enrollment":
            keep = rec.id in enrollments
        else:
            day = next((getattr(rec, f) for f in _DATE_FIELDS if hasattr(rec, f)), None)
            keep = getattr(rec, "enrollment_id", None) in enrollments and (day is None or day <= end)
        if keep:
            out.append(r)
    return out
