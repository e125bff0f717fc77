"""The data quality report of the records on this laptop, per project and per HUD element.

Why per project: a Data Coordinator fixes data project by project (the APR and CAPER are run per
project), and a client enrolled in two projects counts in both, each time judged against that
stay's start date. Why one read per record kind: a coordinator's laptop can hold tens of
thousands of records, and a query per client would make the report crawl.

Untimely entry (HUD Q6e) is counted per project for every live project start (enrollment) and
project exit on the laptop, against the day the laptop made the record (see ``record_dates``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

from app.domain.client import Client
from app.domain.data_quality import BUCKETS, DataQualityReport, assess, summarise
from app.domain.disability import Disability
from app.domain.enrollment import Enrollment
from app.domain.exit import Exit
from app.domain.record import Record
from app.domain.timeliness import Timeliness, timeliness
from app.domain.timeliness import total as total_timeliness
from app.storage import record_dates
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import projects

# The kinds judged, in the order the report lists them (the order of the HUD APR's Q6).
KINDS = ("client", "enrollment", "exit", "income_benefits", "disability", "health_and_dv", "current_living_situation")
_LINKED = KINDS[2:]  # records that hang off an enrollment


@dataclass(frozen=True)
class ElementCounts:
    """How many records of one kind fell into each HUD bucket for one element."""

    kind: str
    element: str  # a field name, or one of data_quality.ELEMENT_FIELDS ("name", "ssn", "dob", "race")
    dont_know_refused: int
    missing: int
    invalid: int

    @property
    def total(self) -> int:
        return self.dont_know_refused + self.missing + self.invalid


@dataclass(frozen=True)
class ProjectQuality:
    project_id: str | None  # None: clients with no enrollment on this laptop
    name: str | None  # None when the project is not known here (show the id) or there is none
    records: dict[str, int]  # kind -> how many records were judged
    elements: tuple[ElementCounts, ...]  # only elements with at least one finding
    clients_with_issues: tuple[str, ...]  # personal ids, for the screen to look up; never logged
    timeliness: Timeliness = Timeliness()  # HUD Q6e: days from start / exit to the record's making

    def count(self, kind: str, element: str, bucket: str) -> int:
        found = next((e for e in self.elements if e.kind == kind and e.element == element), None)
        return getattr(found, bucket) if found is not None else 0


@dataclass(frozen=True)
class QualityReport:
    as_of: date
    projects: tuple[ProjectQuality, ...]

    def project(self, project_id: str | None) -> ProjectQuality:
        return next(p for p in self.projects if p.project_id == project_id)

    @property
    def timeliness(self) -> Timeliness:
        """Q6e over every project (each record is in one project only, so nothing counts twice)."""
        return total_timeliness(p.timeliness for p in self.projects)


class _Tally:
    """The reports of one project, grouped by kind, and the clients they belong to."""

    def __init__(self) -> None:
        self.reports: dict[str, list[DataQualityReport]] = defaultdict(list)
        self.clients: set[str] = set()
        self.starts: list[tuple[date, date]] = []  # (project start date, day the record was made)
        self.exits: list[tuple[date, date]] = []

    def add(self, report: DataQualityReport, personal_id: str | None) -> None:
        self.reports[report.kind].append(report)
        if report.has_issues and personal_id:
            self.clients.add(personal_id)

    def result(self, project_id: str | None, name: str | None) -> ProjectQuality:
        elements = []
        for kind in KINDS:
            summary = summarise(self.reports.get(kind, ()))
            for element, counts in summary.by_field.items():
                elements.append(ElementCounts(kind, element, *(counts[b] for b in BUCKETS)))
        return ProjectQuality(
            project_id,
            name,
            {k: len(self.reports.get(k, ())) for k in KINDS},
            tuple(elements),
            tuple(sorted(self.clients)),
            timeliness(self.starts, self.exits),
        )


def _by_enrollment(records: Iterable[Record]) -> dict[str | None, list[Record]]:
    grouped: dict[str | None, list[Record]] = defaultdict(list)
    for record in records:
        grouped[getattr(record, "enrollment_id", None)].append(record)
    return grouped


def _timed(tally: _Tally, record: Record, made: dict[str, dict[str, date]]) -> None:
    """Put a start or an exit in its tally's Q6e count, if the laptop knows when it was made."""
    if isinstance(record, Enrollment) and record.id in made["enrollment"]:
        tally.starts.append((record.entry_date, made["enrollment"][record.id]))
    elif isinstance(record, Exit) and record.id in made["exit"]:
        tally.exits.append((record.exit_date, made["exit"][record.id]))


def quality_report(vault: Vault, *, as_of: date | None = None, zone: tzinfo | None = None) -> QualityReport:
    """Judge every live record on this laptop; ``as_of`` is the day used for clients with no stay;
    ``zone`` is the time zone whose calendar counts timeliness days (None: this laptop's)."""
    day = as_of or date.today()
    store = Records(vault)
    made = {kind: record_dates.created(vault, kind, zone) for kind in ("enrollment", "exit")}
    clients: dict[str, Client] = {c.id: c for c in store.children("client")}
    enrollments: list[Enrollment] = store.children("enrollment")
    linked = {kind: _by_enrollment(store.children(kind)) for kind in _LINKED}
    tallies: dict[str | None, _Tally] = defaultdict(_Tally)
    enrolled: set[str] = set()
    known_enrollments = {e.id for e in enrollments}
    for e in enrollments:
        client = clients.get(e.personal_id)
        tally = tallies[e.project_id]
        disabilities: list[Disability] = linked["disability"].get(e.id, [])  # type: ignore[assignment]
        if client is not None:
            enrolled.add(client.id)
            tally.add(assess(client, enrollment=e), client.id)
        tally.add(assess(e, client=client, disabilities=disabilities), e.personal_id)
        _timed(tally, e, made)
        for kind in _LINKED:
            for record in linked[kind].get(e.id, ()):
                tally.add(assess(record, client=client, enrollment=e), e.personal_id)
                _timed(tally, record, made)
    for client in clients.values():
        if client.id not in enrolled:
            tallies[None].add(assess(client, as_of=day), client.id)
    for kind in _LINKED:  # a stay deleted or not synced here: its records are still judged
        for enrollment_id, records in linked[kind].items():
            if enrollment_id not in known_enrollments:
                for record in records:
                    personal_id = getattr(record, "personal_id", None)
                    tallies[None].add(assess(record, client=clients.get(personal_id or ""), as_of=day), personal_id)
                    _timed(tallies[None], record, made)
    names = {p.id: p.name for p in projects.known(vault)}
    ordered = sorted(
        tallies.items(), key=lambda item: (item[0] is None, (names.get(item[0] or "") or item[0] or "").casefold())
    )
    return QualityReport(day, tuple(t.result(pid, names.get(pid) if pid else None) for pid, t in ordered))
