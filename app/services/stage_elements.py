"""The funders' elements after entry: at exit (stage 3), at an update (2) and at the annual
assessment (5), for one stay, and saving them in the same transaction as what they belong to.

Why beside ClientDirectory and not in it: the directory keeps the profile's reads and the exit's
rules; this module only adds what the project's funders require, so a project with no such
funder behaves exactly as before.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from app.domain.client import Client
from app.domain.disability import HIV_AIDS, Disability
from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError, ValidationError, raise_if_any
from app.domain.exit import Exit
from app.domain.funder_elements import Element
from app.domain.record import Record
from app.services import program_elements as program
from app.services.clients import ClientDirectory

#: The record kinds a stage after entry may add beside the exit (W4 needs the disability answer
#: again, which these screens do not ask: it is an entry and annual element).
STAGE_KINDS = ("exit", "employment_education", "health_and_dv", "income_benefits")


def person_for(directory: ClientDirectory, enrollment: Enrollment, day: date | None) -> program.Person:
    """Head, adult, veteran and HIV/AIDS as the stored records say (the latest HIV answer counts)."""
    client = directory.records.get("client", enrollment.personal_id)
    assert isinstance(client, Client)
    answers = [d for d in directory.records.children("disability", enrollment_id=enrollment.id)
               if isinstance(d, Disability) and d.disability_type == HIV_AIDS]
    answers.sort(key=lambda d: (d.information_date, d.data_collection_stage))
    return program.Person(head=enrollment.is_head_of_household, adult=program.counts_as_adult(client.dob, day),
                          veteran=client.veteran_status == 1, hiv=bool(answers) and answers[-1].is_yes)


def elements_at(directory: ClientDirectory, enrollment: Enrollment, stage: int,
                day: date | None) -> tuple[tuple[Element, ...], list[int]]:
    """The elements this person is asked at this stage, and the project's funders."""
    facts = program.project_facts(directory.vault, enrollment.project_id)
    person = person_for(directory, enrollment, day)
    found = program.asked(facts["funders"], stage, facts["project_type"], person)
    return tuple(e for e in found if e.kind in STAGE_KINDS), facts["funders"]


def records_of(enrollment: Enrollment, elements: Sequence[Element], answers: Mapping[str, Mapping[str, Any]],
               stage: int, day: date) -> list[Record]:
    """The stage's records beside the exit (one per kind asked), stamped with the stage and date."""
    link = {"enrollment_id": enrollment.id, "personal_id": enrollment.personal_id, "information_date": day,
            "data_collection_stage": stage}
    out: list[Record] = []
    for kind in dict.fromkeys(e.kind for e in elements):
        if kind == "exit":
            continue
        out.append(program.RECORD_TYPES[kind](**link, **program.kept(elements, kind, answers.get(kind, {}))))
    return out


def stage_problems(elements: Sequence[Element], answers: Mapping[str, Mapping[str, Any]], records: Sequence[Record],
                   funders: Sequence[int], *, today: date | None = None) -> list[FieldError]:
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


def record_assessment(directory: ClientDirectory, enrollment: Enrollment, elements: Sequence[Element],
                      answers: Mapping[str, Mapping[str, Any]], funders: Sequence[int], stage: int,
                      day: date) -> list[Record]:
    """An update or annual assessment's program records, checked and saved in one transaction.
    Raises ValidationError (in words) and saves nothing when an answer is missing or wrong."""
    if enrollment.entry_date is not None and day < enrollment.entry_date:
        raise ValidationError([FieldError("information_date", "before_entry",
                                          "Information date cannot be before the project start date.")])
    records = records_of(enrollment, elements, answers, stage, day)
    raise_if_any(stage_problems(elements, answers, records, funders, today=directory.today))
    with directory.vault.transaction():
        directory.records.save_all(records)
    return records
