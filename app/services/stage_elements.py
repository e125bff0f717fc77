"""The funders' elements after entry: at exit (stage 3), at an update (2) and at the annual
assessment (5), for one stay, and saving them in the same transaction as what they belong to.

Why beside ClientDirectory and not in it: the directory keeps the profile's reads and the exit's
rules; this module only adds what the project's funders require, so a project with no such
funder behaves exactly as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import annual_window
from app.domain.client import Client
from app.domain.disability import HIV_AIDS, Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError, ValidationError, raise_if_any
from app.domain.exit import Exit
from app.domain.funder_elements import ANNUAL, Element
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.domain.youth_education_status import YouthEducationStatus
from app.services import program_elements as program
from app.services.clients import ClientDirectory

#: The record kinds a stage after entry may add beside the exit. A disability record only carries
#: HOPWA's W4 and W6, on the HIV/AIDS record of a client whose answer is 'Yes'. (Enrollment fields,
#: such as PATH status at exit, are not among them: a stage does not edit the enrollment.)
STAGE_KINDS = (
    "exit",
    "employment_education",
    "health_and_dv",
    "income_benefits",
    "disability",
    "youth_education_status",
)
_DATED = (EmploymentEducation, HealthAndDV, IncomeBenefits, Disability, YouthEducationStatus)  # the kinds but exit


def person_for(directory: ClientDirectory, enrollment: Enrollment, day: date | None) -> program.Person:
    """Head, adult, veteran and HIV/AIDS as the stored records say (the latest HIV answer counts)."""
    client = directory.records.get("client", enrollment.personal_id)
    assert isinstance(client, Client)
    answers = [
        d
        for d in directory.records.children("disability", enrollment_id=enrollment.id)
        if isinstance(d, Disability) and d.disability_type == HIV_AIDS
    ]
    answers.sort(key=lambda d: (d.information_date, d.data_collection_stage))
    return program.Person(
        head=enrollment.is_head_of_household,
        adult=program.counts_as_adult(client.dob, day),
        veteran=client.veteran_status == 1,
        hiv=bool(answers) and answers[-1].is_yes,
    )


def elements_at(
    directory: ClientDirectory, enrollment: Enrollment, stage: int, day: date | None
) -> tuple[tuple[Element, ...], list[int]]:
    """The elements this person is asked at this stage, and the project's funders."""
    facts = program.project_facts(directory.vault, enrollment.project_id)
    person = person_for(directory, enrollment, day)
    found = program.asked(facts["funders"], stage, facts["project_type"], person)
    return tuple(e for e in found if e.kind in STAGE_KINDS), facts["funders"]


def records_of(
    enrollment: Enrollment, elements: Sequence[Element], answers: Mapping[str, Mapping[str, Any]], stage: int, day: date
) -> list[Record]:
    """The stage's records beside the exit (one per kind asked), stamped with the stage and date."""
    link: dict[str, Any] = {  # Any: the record type is picked by kind at run time
        "enrollment_id": enrollment.id,
        "personal_id": enrollment.personal_id,
        "information_date": day,
        "data_collection_stage": stage,
    }
    out: list[Record] = []
    for kind in dict.fromkeys(e.kind for e in elements):
        if kind == "exit":
            continue
        own = program.kept(elements, kind, answers.get(kind, {}))
        if kind == "disability":  # W4 and W6 are asked only of someone whose HIV/AIDS answer is 'Yes'
            own = {**own, "disability_type": HIV_AIDS, "disability_response": 1}
        out.append(program.RECORD_TYPES[kind](**link, **own))
    return out


def stage_problems(
    elements: Sequence[Element],
    answers: Mapping[str, Mapping[str, Any]],
    records: Sequence[Record],
    funders: Sequence[int],
    *,
    today: date | None = None,
) -> list[FieldError]:
    """Each record's own rules, then what the funders still require, in words."""
    skip = ("information_date", "enrollment_id", "personal_id", "data_collection_stage")
    errors = [e for r in records for e in r.problems(today=today) if e.field not in skip]
    return errors + program.problems(elements, answers, funders)


def record_exit_with(directory: ClientDirectory, exits: Sequence[Exit], also: Sequence[Record]) -> None:
    """The exits (see ``ClientDirectory.record_exits``) and the exit-stage records, in one transaction:
    all of them or nothing."""
    raise_if_any([e for r in also for e in r.problems(today=directory.today)])
    with directory.vault.transaction():
        directory.record_exits(exits)
        directory.records.save_all(also)


@dataclass(frozen=True)
class StayFacts:
    """What decides when an update or annual assessment of one stay may be dated, as stored now."""

    enrollment: Enrollment
    head_start: date | None  # the head of household's project start (the annual window follows it)
    exit_date: date | None
    earlier_annuals: tuple[date, ...]  # information dates of the stay's annual assessments so far
    other_agency: bool = False

    def window(self, day: date) -> tuple[date, date] | None:
        """The annual assessment window nearest ``day`` (None without a start date)."""
        start = self.head_start or self.enrollment.entry_date
        return annual_window.window(start, day) if start is not None else None


def stay_facts(directory: ClientDirectory, enrollment_id: str) -> StayFacts:
    """The stay as stored: its exit, its head of household's start and its annual assessments."""
    records = directory.records
    enrollment = records.get("enrollment", enrollment_id)
    assert isinstance(enrollment, Enrollment)
    exits = records.children("exit", enrollment_id=enrollment_id)
    head = (
        enrollment
        if enrollment.is_head_of_household
        else next(
            (
                e
                for e in records.children("enrollment", household_id=enrollment.household_id)
                if isinstance(e, Enrollment) and e.is_head_of_household and e.project_id == enrollment.project_id
            ),
            None,
        )
    )
    annuals = sorted(
        {
            r.information_date
            for kind in STAGE_KINDS
            if kind != "exit"
            for r in records.children(kind, enrollment_id=enrollment_id)
            # isinstance is always true (each kind's records are of its class); it tells mypy they have the date
            if isinstance(r, _DATED) and getattr(r, "data_collection_stage", None) == ANNUAL
        }
    )
    return StayFacts(
        enrollment,
        head.entry_date if head is not None else None,
        exits[-1].exit_date if exits else None,
        tuple(annuals),
        records.of_other_agency("enrollment", enrollment_id),
    )


def date_problems(facts: StayFacts, stage: int, day: date | None, *, today: date) -> list[FieldError]:
    """HUD's rules for the stage and its information date, in words (see ``annual_window``)."""
    if facts.other_agency:
        return [
            FieldError(
                "information_date",
                "other_agency",
                "This enrollment belongs to another agency: only that agency can record its updates and assessments.",
            )
        ]
    return annual_window.date_problems(
        stage,
        day,
        entry_date=facts.enrollment.entry_date,
        head_start=facts.head_start,
        exit_date=facts.exit_date,
        today=today,
        earlier_annuals=facts.earlier_annuals,
    )


def record_assessment(
    directory: ClientDirectory, enrollment_id: str, stage: int, day: date, answers: Mapping[str, Mapping[str, Any]]
) -> list[Record]:
    """An update (stage 2) or annual assessment (stage 5): the elements the project's funders ask
    of this client then, stamped with the stage and ``day``, checked and saved in one transaction.

    The elements and the stay are read from the vault, not taken from the screen, so a form cannot
    skip what a funder requires. Raises ValidationError (in words) and saves nothing when the stay
    has ended, the date breaks HUD's rules, nothing is asked, or an answer is missing or wrong."""
    with directory.vault.transaction():
        facts = stay_facts(directory, enrollment_id)
        errors = date_problems(facts, stage, day, today=directory.today or date.today())
        if any(e.code in ("other_agency", "stay_ended", "not_in_list") for e in errors):
            raise ValidationError(errors)
        elements, funders = elements_at(directory, facts.enrollment, stage, day)
        if not elements:
            errors.append(
                FieldError(
                    "",
                    "nothing_asked",
                    "This project's funders ask no program elements of this "
                    "client at this stage: there is nothing to record.",
                )
            )
            raise ValidationError(errors)
        records = records_of(facts.enrollment, elements, answers, stage, day)
        raise_if_any(errors + stage_problems(elements, answers, records, funders, today=directory.today))
        directory.records.save_all(records)
    return records
