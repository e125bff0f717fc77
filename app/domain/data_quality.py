"""Data quality, following HUD's framework (CoC APR / ESG CAPER questions 6a-6c).

Each answer is sorted into one of three HUD buckets:

* dont_know_refused -- "Client doesn't know" (8) or "Client prefers not to answer" (9);
* missing           -- "Data not collected" (99) or no answer at all;
* invalid           -- HUD's "data issues": approximate/partial answers (DQ 2),
                       SSNs the SSA never issues, impossible dates, contradictions.

An element is counted in at most one bucket, checked in that order, as the APR
does. Keys are field names, except the multi-column elements ``name`` (3.01),
``ssn`` (3.02), ``dob`` (3.03) and ``race`` (3.04): see ELEMENT_FIELDS.

Decisions where HUD leaves room:
* A client whose age is unknown is treated as an adult (veteran status and
  prior living situation are then expected).
* 4.21 Sex (FY2026) with no answer counts as missing.
* Destination 30 "No exit interview completed" counts as missing, as in Q6c.
* The same gateway logic as income (Q6c) is applied to non-cash benefits and
  health insurance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import codes
from .client import Client
from .current_living_situation import CurrentLivingSituation
from .dates import is_adult
from .disability import ASKS_INDEFINITE, Disability
from .enrollment import COC_CODE_RE, Enrollment
from .exit import Exit
from .health_and_dv import HealthAndDV
from .income_benefits import BENEFIT_SOURCES, INCOME_SOURCES, INSURANCE_SOURCES, IncomeBenefits
from .record import EARLIEST_DATE, Record, blank
from .ssn import is_partial_ssn, ssn_problem

DONT_KNOW_REFUSED = "dont_know_refused"
MISSING = "missing"
INVALID = "invalid"
BUCKETS = (DONT_KNOW_REFUSED, MISSING, INVALID)

#: Report keys that stand for several fields of one HUD element.
ELEMENT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "name": ("first_name", "middle_name", "last_name", "name_suffix", "name_data_quality"),
    "ssn": ("ssn", "ssn_data_quality"),
    "dob": ("dob", "dob_data_quality"),
    "race": (*codes.RACE_FIELDS, "race_none", "additional_race_ethnicity"),
}


@dataclass(frozen=True)
class DataQualityReport:
    """The data quality findings for one record (field names per bucket)."""

    kind: str
    record_id: str
    missing: tuple[str, ...] = ()
    dont_know_refused: tuple[str, ...] = ()
    invalid: tuple[str, ...] = ()

    @property
    def has_issues(self) -> bool:
        return bool(self.missing or self.dont_know_refused or self.invalid)

    def bucket_of(self, key: str) -> str | None:
        """Which bucket *key* fell into, or None when it is fine."""
        for bucket in BUCKETS:
            if key in getattr(self, bucket):
                return bucket
        return None


@dataclass(frozen=True)
class DataQualitySummary:
    """Counts over many reports: per field, how many records fell in each bucket."""

    records: int
    records_with_issues: int
    by_field: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def count(self, key: str, bucket: str) -> int:
        return self.by_field.get(key, {}).get(bucket, 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "records_with_issues": self.records_with_issues,
            "by_field": {k: dict(v) for k, v in self.by_field.items()},
        }


class _Findings:
    def __init__(self) -> None:
        self.buckets: dict[str, list[str]] = {b: [] for b in BUCKETS}

    def add(self, bucket: str | None, key: str) -> None:
        if bucket is not None and key not in self.buckets[bucket]:
            self.buckets[bucket].append(key)

    def report(self, record: Record) -> DataQualityReport:
        return DataQualityReport(
            record.KIND,
            record.id,
            missing=tuple(self.buckets[MISSING]),
            dont_know_refused=tuple(self.buckets[DONT_KNOW_REFUSED]),
            invalid=tuple(self.buckets[INVALID]),
        )


def _coded(value: int | None, *, missing_codes: Iterable[int] = (codes.NOT_COLLECTED,)) -> str | None:
    """Bucket of a plain coded answer: 8/9 -> DK/R, 99 or none -> missing."""
    if value in codes.DK_OR_REFUSED:
        return DONT_KNOW_REFUSED
    if value is None or value in missing_codes:
        return MISSING
    return None


def _counts_as_adult(client: Client | None, day: date) -> bool:
    if client is None:
        return True
    return is_adult(client.dob, day) is not False


def assess(
    record: Record,
    *,
    client: Client | None = None,
    enrollment: Enrollment | None = None,
    disabilities: Iterable[Disability] = (),
    as_of: date | None = None,
) -> DataQualityReport:
    """Sort *record*'s answers into HUD's data quality buckets.

    client       -- the person (needed for age-dependent rules on enrollments)
    enrollment   -- the stay (DOB is checked against its start; a client's age
                    is taken on its start date)
    disabilities -- the enrollment's Disability records (disabling condition
                    'No' with a disabling condition recorded is a data issue)
    as_of        -- the day used when no enrollment is given (default today)
    """
    day = enrollment.entry_date if enrollment is not None else (as_of or date.today())
    found = _Findings()
    if isinstance(record, Client):
        _assess_client(record, enrollment, day, found)
    elif isinstance(record, Enrollment):
        _assess_enrollment(record, client, tuple(disabilities), found)
    elif isinstance(record, Exit):
        found.add(
            _coded(record.destination, missing_codes=(codes.NOT_COLLECTED, codes.NO_EXIT_INTERVIEW)), "destination"
        )
        if record.destination == codes.RENTAL_WITH_SUBSIDY and record.destination_subsidy_type is None:
            found.add(INVALID, "destination")
    elif isinstance(record, IncomeBenefits):
        _gateway(record, "income_from_any_source", INCOME_SOURCES, found)
        _gateway(record, "benefits_from_any_source", BENEFIT_SOURCES, found)
        _gateway(record, "insurance_from_any_source", INSURANCE_SOURCES, found)
    elif isinstance(record, Disability):
        found.add(_coded(record.disability_response), "disability_response")
        if record.is_yes and record.disability_type in ASKS_INDEFINITE:
            found.add(_coded(record.indefinite_and_impairs), "indefinite_and_impairs")
    elif isinstance(record, HealthAndDV):
        found.add(_coded(record.domestic_violence_survivor), "domestic_violence_survivor")
        if record.domestic_violence_survivor == 1:
            found.add(_coded(record.currently_fleeing), "currently_fleeing")
    elif isinstance(record, CurrentLivingSituation):
        found.add(_coded(record.current_living_situation), "current_living_situation")
    return found.report(record)


def _assess_client(c: Client, enrollment: Enrollment | None, day: date, found: _Findings) -> None:
    # 3.01 Name
    if c.name_data_quality in codes.DK_OR_REFUSED:
        found.add(DONT_KNOW_REFUSED, "name")
    elif c.name_data_quality == codes.NOT_COLLECTED or blank(c.first_name) or blank(c.last_name):
        found.add(MISSING, "name")
    elif c.name_data_quality == 2:
        found.add(INVALID, "name")
    # 3.02 SSN
    if c.ssn_data_quality in codes.DK_OR_REFUSED:
        found.add(DONT_KNOW_REFUSED, "ssn")
    elif c.ssn_data_quality == codes.NOT_COLLECTED or blank(c.ssn):
        found.add(MISSING, "ssn")
    elif c.ssn_data_quality == 2 or is_partial_ssn(c.ssn) or ssn_problem(c.ssn or ""):
        found.add(INVALID, "ssn")
    # 3.03 DOB
    if c.dob_data_quality in codes.DK_OR_REFUSED:
        found.add(DONT_KNOW_REFUSED, "dob")
    elif c.dob_data_quality == codes.NOT_COLLECTED or c.dob is None:
        found.add(MISSING, "dob")
    elif (
        c.dob_data_quality == 2
        or c.dob < EARLIEST_DATE
        or c.dob > day
        or (enrollment is not None and enrollment.is_head_of_household and c.dob >= enrollment.entry_date)
    ):
        found.add(INVALID, "dob")
    # 3.04 Race and ethnicity
    if not c.races():
        found.add(DONT_KNOW_REFUSED if c.race_none in codes.DK_OR_REFUSED else MISSING, "race")
    # 4.21 Sex
    found.add(_coded(c.sex), "sex")
    # 3.07 Veteran status: asked of adults; a child cannot be a veteran
    if _counts_as_adult(c, day):
        found.add(_coded(c.veteran_status), "veteran_status")
    elif c.veteran_status == 1:
        found.add(INVALID, "veteran_status")


def _assess_enrollment(
    e: Enrollment, client: Client | None, disabilities: tuple[Disability, ...], found: _Findings
) -> None:
    found.add(_coded(e.relationship_to_hoh), "relationship_to_hoh")
    if e.is_head_of_household:
        if e.enrollment_coc is None:
            found.add(MISSING, "enrollment_coc")
        elif not COC_CODE_RE.fullmatch(e.enrollment_coc):
            found.add(INVALID, "enrollment_coc")
    found.add(_coded(e.disabling_condition), "disabling_condition")
    if e.disabling_condition == 0 and any(d.is_disabling and d.enrollment_id == e.id for d in disabilities):
        found.add(INVALID, "disabling_condition")
    if e.is_head_of_household or _counts_as_adult(client, e.entry_date):
        found.add(_coded(e.living_situation), "living_situation")
        if e.living_situation is not None and e.living_situation not in codes.MISSING_REASONS:
            found.add(_coded(e.length_of_stay), "length_of_stay")


def _gateway(r: IncomeBenefits, gateway: str, sources: Iterable[str], found: _Findings) -> None:
    answer = getattr(r, gateway)
    bucket = _coded(answer)
    if bucket is None:
        ticked = bool(r.sources_yes(sources))
        if (answer == 1) != ticked:
            bucket = INVALID
    found.add(bucket, gateway)


def summarise(reports: Iterable[DataQualityReport]) -> DataQualitySummary:
    """Count, per field and bucket, how many records had the problem."""
    counts: dict[str, Counter[str]] = {}
    records = with_issues = 0
    for r in reports:
        records += 1
        with_issues += r.has_issues
        for bucket in BUCKETS:
            for key in getattr(r, bucket):
                c = counts.setdefault(key, Counter())
                c[bucket] += 1
                c["total"] += 1
    by_field = {k: {b: c.get(b, 0) for b in (*BUCKETS, "total")} for k, c in sorted(counts.items())}
    return DataQualitySummary(records, with_issues, by_field)
