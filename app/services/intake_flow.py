"""The household intake as plain data: which elements each member is asked, the duplicate check,
and turning what was typed into records saved in one transaction.

Why Qt-free: the HUD rules of who is asked what (by project type, age and head of household) and
the step from answers to records must be testable headless and the same in any window; the wizard
only shows pages over the state kept here (which is also what a draft of the intake holds).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import codes
from app.domain.client import Client
from app.domain.dates import parse_typed
from app.domain.disability import ASKS_INDEFINITE, HIV_AIDS, W4_FIELDS, Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.enrollment_rules import enrollment_problems
from app.domain.errors import FieldError, ValidationError
from app.domain.health_and_dv import HealthAndDV
from app.domain.household import household_problems
from app.domain.ids import new_id
from app.domain.income_benefits import BENEFIT_SOURCES, INCOME_SOURCES, INSURANCE_SOURCES, IncomeBenefits
from app.domain.youth_education_status import YouthEducationStatus
from app.services import program_elements as program
from app.services.program_elements import counts_as_adult  # noqa: F401 (re-exported: the intake pages call flow.counts_as_adult)
from app.storage import client_search
from app.storage.intake import Member, save_household
from app.storage.records import Records
from app.storage.vault import Vault

STREET_OUTREACH = 4
#: HUD permanent housing types (PSH, PH housing only, PH with services, RRH): 3.20 move-in date.
PERMANENT_HOUSING = frozenset({3, 9, 10, 13})
#: 3.917 Prior living situation, in the order the HUD form asks it.
PRIOR_LIVING = (
    "living_situation",
    "rental_subsidy_type",
    "length_of_stay",
    "los_under_threshold",
    "previous_street_essh",
    "date_to_street_essh",
    "times_homeless_past_three_years",
    "months_homeless_past_three_years",
)
#: The client elements the intake asks (3.01-3.04, 3.07, 4.21), in form order.
CLIENT_FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "name_suffix",
    "name_data_quality",
    "alias",
    "dob",
    "dob_data_quality",
    "ssn",
    "ssn_data_quality",
    "sex",
    "veteran_status",
    *codes.RACE_FIELDS,
    "race_none",
    "additional_race_ethnicity",
)
INCOME_GATEWAY = ("income_from_any_source", "total_monthly_income")
INCOME_DETAIL = tuple(f for source, amount in INCOME_SOURCES.items() for f in (source, amount)) + (
    "other_income_source_identify",
)
BENEFITS_GATEWAY = ("benefits_from_any_source",)
BENEFITS_DETAIL = (*BENEFIT_SOURCES, "other_benefits_source_identify")
INSURANCE_GATEWAY = ("insurance_from_any_source",)
INSURANCE_DETAIL = (*INSURANCE_SOURCES, "other_insurance_identify")
DV_FIELDS = ("domestic_violence_survivor", "when_occurred", "currently_fleeing")
PROJECT_ENTRY = 1


@dataclass(frozen=True)
class Asked:
    """Which elements one member is asked at entry, by HUD's 'data collected about' rules."""

    enrollment: tuple[str, ...]
    income: bool  # 4.02 and 4.03: head of household and adults
    dv: bool  # 4.11: head of household and adults


def asked(project_type: int, *, head: bool, adult: bool) -> Asked:
    """The enrollment elements for one member of a household entering a project of this type."""
    fields: list[str] = ["enrollment_coc"] if head else []
    if head or adult:
        fields += PRIOR_LIVING
    fields.append("disabling_condition")
    if project_type == STREET_OUTREACH and (head or adult):
        fields.append("date_of_engagement")
    if project_type in PERMANENT_HOUSING and head:
        fields.append("move_in_date")
    return Asked(tuple(fields), income=head or adult, dv=head or adult)


# -- the duplicate check -----------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """A known client who may be the person being typed; enough to tell them apart on screen."""

    client_id: str
    score: float
    name: str
    dob: date | None
    ssn_last4: str | None


def possible_duplicates(vault: Vault, client: Client, *, exclude: Sequence[str] = ()) -> list[Candidate]:
    """Known clients who may be this person, best match first (the check before a new client)."""
    records = Records(vault)
    out = []
    for client_id, score in client_search.possible_duplicates(vault.conn, client):
        if client_id in exclude:
            continue
        known = records.get("client", client_id)
        name = " ".join(p for p in (known.first_name, known.last_name) if p)
        last4 = known.ssn[5:] if known.ssn and len(known.ssn) == 9 and known.ssn[5:].isdigit() else None
        out.append(Candidate(client_id, score, name, known.dob, last4))
    return out


def existing_client(vault: Vault, client_id: str) -> Client:
    """A known client picked at the duplicate check, to be enrolled under their own id."""
    return Records(vault).view("client", client_id)


# -- from answers to records ---------------------------------------------------------------------
def new_member(*, head: bool) -> dict[str, Any]:
    """The answers of one member before anything was typed (draft-safe: JSON, dates, Decimals)."""
    return {
        "client_id": new_id(),
        "existing": False,
        "checked": False,
        "client": {},
        "relationship": codes.HEAD_OF_HOUSEHOLD if head else None,
        "enrollment_id": new_id(),
        "enrollment": {},
        "income": {},
        "dv": {},
        "disabilities": {},
        "program": {},
    }


def new_state() -> dict[str, Any]:
    return {
        "page": 0,
        "current": 0,
        "project_id": None,
        "entry_date": None,
        "household_id": new_id(),
        "members": [new_member(head=True)],
    }


def prefill(text: str) -> dict[str, Any]:
    """Client answers from what was typed in the search box before "New intake": names as typed,
    a date of birth, nine SSN digits. Saves retyping at the door."""
    names: list[str] = []
    out: dict[str, Any] = {}
    for token in text.split():
        token = token.strip(",;")
        digits = token.replace("-", "")
        day = parse_typed(token)
        if day is not None:
            out["dob"] = day
        elif digits.isdigit() and len(digits) == 9:
            out["ssn"] = digits
        elif token and not digits.isdigit():
            names.append(token[:50])
    if names:
        out["first_name"] = names[0]
    if len(names) > 1:
        out["last_name"] = names[-1]
    return out


# -- the funders' program elements ---------------------------------------------------------------
def program_asked(state: Mapping[str, Any], member: Mapping[str, Any], *, assume_hiv: bool = False) -> tuple:
    """The elements the project's funders require of this member at entry (state["funders"])."""
    person = program.person_of(member, state.get("entry_date"))
    if assume_hiv:
        person = program.Person(person.head, person.adult, person.veteran, True)
    return program.asked(state.get("funders") or (), PROJECT_ENTRY, state.get("project_type"), person)


def program_answers(state: Mapping[str, Any], member: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """This member's answers to the program questions of one record kind that are still asked."""
    return program.kept(program_asked(state, member), kind, member.get("program", {}).get(kind, {}))


def program_problems(state: Mapping[str, Any], member: Mapping[str, Any]) -> list[FieldError]:
    """The funder-required answers this member still lacks, in words."""
    income = {**member["income"], **program_answers(state, member, "income_benefits")}
    values = {
        "enrollment": {**member["enrollment"], **program_answers(state, member, "enrollment")},
        "client": {**member["client"], **program_answers(state, member, "client")},
        "income_benefits": income,
        "health_and_dv": {**member["dv"], **program_answers(state, member, "health_and_dv")},
        **{
            k: program_answers(state, member, k)
            for k in ("employment_education", "disability", "youth_education_status")
        },
    }
    return program.problems(program_asked(state, member), values, state.get("funders") or ())


def client_of(member: Mapping[str, Any], state: Mapping[str, Any] | None = None) -> Client:
    """The client as typed; with the intake's state, with veteran's information (V1) if asked."""
    extra = program_answers(state, member, "client") if state is not None else {}
    return Client(id=member["client_id"], **{**member["client"], **extra})


def enrollment_of(state: Mapping[str, Any], member: Mapping[str, Any]) -> Enrollment:
    return Enrollment(
        id=member["enrollment_id"],
        personal_id=member["client_id"],
        project_id=state["project_id"],
        household_id=state["household_id"],
        entry_date=state["entry_date"],
        relationship_to_hoh=member["relationship"],
        **{**member["enrollment"], **program_answers(state, member, "enrollment")},
    )


def _link(state: Mapping[str, Any], member: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "enrollment_id": member["enrollment_id"],
        "personal_id": member["client_id"],
        "information_date": state["entry_date"],
        "data_collection_stage": PROJECT_ENTRY,
    }


def assessments_of(state: Mapping[str, Any], member: Mapping[str, Any]) -> tuple:
    """Income and benefits, the six disability answers and (if asked) DV, at project entry."""
    link = _link(state, member)
    out: list = [IncomeBenefits(**link, **member["income"], **program_answers(state, member, "income_benefits"))]
    w4 = program_answers(state, member, "disability")
    for kind in codes.DISABILITY_TYPE:
        answer = member["disabilities"].get(str(kind), {})
        out.append(
            Disability(
                **link,
                disability_type=kind,
                disability_response=answer.get("response", codes.NOT_COLLECTED),
                indefinite_and_impairs=answer.get("indefinite") if kind in ASKS_INDEFINITE else None,
                **({k: v for k, v in w4.items() if k in W4_FIELDS} if kind == HIV_AIDS else {}),
            )
        )
    health = program_answers(state, member, "health_and_dv")
    if member["dv"] or health:
        out.append(HealthAndDV(**link, **member["dv"], **health))
    if any(e.kind == "employment_education" for e in program_asked(state, member)):
        out.append(EmploymentEducation(**link, **program_answers(state, member, "employment_education")))
    if any(e.kind == "youth_education_status" for e in program_asked(state, member)):  # C3 (YHDP)
        out.append(YouthEducationStatus(**link, **program_answers(state, member, "youth_education_status")))
    return tuple(out)


def member_problems(
    state: Mapping[str, Any], member: Mapping[str, Any], *, today: date | None = None
) -> list[FieldError]:
    """Every rule one member's answers break, in words (the review page lists them)."""
    client, enrollment = client_of(member, state), enrollment_of(state, member)
    errors = list(client.problems(today=today)) + list(enrollment.problems(today=today))
    if not errors:
        errors += enrollment_problems(enrollment, client)
    for record in assessments_of(state, member):
        errors += [
            e
            for e in record.problems(today=today)
            if e.field not in ("information_date", "enrollment_id", "personal_id")
        ]
    return errors + program_problems(state, member)


def household_level_problems(state: Mapping[str, Any], *, today: date | None = None) -> list[FieldError]:
    """Problems of the household as a whole (one head, nobody before the head...)."""
    enrollments = [enrollment_of(state, m) for m in state["members"]]
    if any(e.problems(today=today) for e in enrollments):
        return []  # each member's own problems are listed first; the household rules need sound dates
    return household_problems(enrollments)


def members_of(state: Mapping[str, Any]) -> list[Member]:
    return [Member(client_of(m, state), enrollment_of(state, m), assessments_of(state, m)) for m in state["members"]]


def save_intake(vault: Vault, state: Mapping[str, Any], *, today: date | None = None) -> list[str]:
    """Save the whole household in one transaction, or nothing (ValidationError lists why).

    Returns the client ids, head of household first. The funders' elements are those of the
    project as this device knows it, whatever the state says.
    """
    state = {**state, **program.project_facts(vault, state.get("project_id"))}
    errors = [e for m in state["members"] for e in member_problems(state, m, today=today)]
    errors += household_level_problems(state, today=today)
    if errors:
        raise ValidationError(errors)
    save_household(Records(vault, today=today), members_of(state))
    return [m["client_id"] for m in state["members"]]
