"""Plain values the server fills from its own tables to write (or gets back from reading) an export.

No database here: the server maps its rows to these dataclasses and hands them
to ``export.build_export``; ``import_.read_export`` returns the same shapes.
Datetimes are naive wall-clock times (HMIS CSV ``T`` has no time zone); an
aware datetime is written in its own wall-clock time with the zone dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.record import Record

from .spec import CSV_VERSION, HASH_UNHASHED

SOFTWARE_NAME = "HMIS Intake"

# Export.csv code lists (HMIS CSV FY2024/FY2026 lists 1.2, 1.1, 1.9, 1.5).
SOURCE_TYPES = {1: "CoC HMIS", 2: "Standalone/agency-specific application", 3: "Data warehouse", 4: "Other"}
EXPORT_PERIOD_TYPES = {1: "Updated", 2: "Effective", 3: "Reporting period", 4: "Other"}
EXPORT_DIRECTIVES = {1: "Delta refresh", 2: "Full refresh", 3: "Other"}
HASH_STATUSES = {1: "Unhashed", 2: "SHA-1 RHY", 3: "Hashed - other", 4: "SHA-256 (RHY)"}


@dataclass(frozen=True, kw_only=True)
class ExportInfo:
    """One row of Export.csv: who made the export, when, for which period, and how."""

    export_id: str
    export_date: datetime
    export_start: date
    export_end: date
    implementation_id: str
    source_type: int = 1
    source_id: str | None = None
    source_name: str | None = None
    source_contact_first: str | None = None
    source_contact_last: str | None = None
    source_contact_phone: str | None = None
    source_contact_extension: str | None = None
    source_contact_email: str | None = None
    software_name: str = SOFTWARE_NAME
    software_version: str | None = None
    csv_version: str | None = CSV_VERSION
    export_period_type: int = 3
    export_directive: int = 2
    #: 1 unhashed; 4 names as SHA-256 of their Soundex and SSN as last four + SHA-256 (see export.hash_*).
    hash_status: int = HASH_UNHASHED


@dataclass(frozen=True, kw_only=True)
class Organization:
    """One row of Organization.csv (2.01 Organization information)."""

    id: str
    name: str
    victim_service_provider: int
    user_id: str
    common_name: str | None = None
    date_created: datetime | None = None  # None: written as the export date
    date_updated: datetime | None = None
    date_deleted: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Project:
    """One row of Project.csv (2.02), plus its ProjectCoC.csv row (2.03) when ``coc_code`` is set."""

    id: str
    organization_id: str
    name: str
    project_type: int
    operating_start: date
    continuum_project: int
    user_id: str
    operating_end: date | None = None
    common_name: str | None = None
    housing_type: int | None = None
    rrh_sub_type: int | None = None
    residential_affiliation: int | None = None
    target_population: int | None = None
    hopwa_med_assisted_living_fac: int | None = None
    pit_count: int | None = None
    #: 2.03 Continuum of Care code (e.g. "CT-505") and the HUD geocode; both or neither.
    coc_code: str | None = None
    geocode: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_deleted: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class HmisUser:
    """One row of User.csv: an HMIS staff user referred to by UserID in other files."""

    id: str
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    extension: str | None = None
    email: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_deleted: datetime | None = None


@dataclass(frozen=True)
class StoredRecord:
    """A domain record with the bookkeeping every HMIS CSV row carries."""

    record: Record
    date_created: datetime
    date_updated: datetime
    user_id: str
    date_deleted: datetime | None = None


@dataclass(frozen=True)
class Problem:
    """Something wrong in an export, listed so a person can fix it at the source. A blocking
    problem refuses the whole import; any other is a data-quality problem, imported as given
    (HUD's own samples hold such problems)."""

    file: str
    row: int | None
    column: str | None
    message: str
    blocking: bool = False
    #: The value, only where it cannot be personal data (see report.shown_value).
    value: str | None = None


@dataclass(frozen=True)
class ImportedExport:
    """Everything ``read_export`` took in, all of it checked."""

    info: ExportInfo
    organizations: list[Organization]
    projects: list[Project]
    users: list[HmisUser]
    records: list[StoredRecord]
    #: Every row of the descriptor files and User.csv, whole (descriptors.FILES).
    descriptors: list[Any] = field(default_factory=list)
    #: What was read and checked but not kept (none, once every file and column is modelled):
    #: "Event.csv" -> rows of a file, "Client.csv:YearEnteredService" -> non-empty values of a column.
    ignored: Mapping[str, int] = field(default_factory=dict)
    #: (id column, id as found in the file) -> our 32-hex id, for ids that had to be mapped.
    id_map: Mapping[tuple[str, str], str] = field(default_factory=dict)
    #: Data-quality problems found and imported as given (blocking ones raise CsvImportError).
    problems: list[Problem] = field(default_factory=list)
    #: How many there were (``problems`` keeps at most report.MAX_KEPT).
    problems_total: int = 0
