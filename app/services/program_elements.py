"""The funder-required program elements for one person at one stage: which are asked, which of
their fields go on screen, and what is still missing, in words.

Why apart from intake_flow: the intake (entry), the exit form and the annual assessment share it;
each passes the answers it holds as record kind -> field -> value.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import codes
from app.domain.client import Client
from app.domain.dates import is_adult
from app.domain.disability import HIV_AIDS, Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError
from app.domain.exit import Exit
from app.domain.funder_elements import ENTRY, Element, applies, elements_for, families, missing
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.domain.youth_education_status import YouthEducationStatus
from app.storage.vault import Vault
from app.sync import projects

RECORD_TYPES: dict[str, type[Record]] = {
    t.KIND: t
    for t in (
        Client,
        Enrollment,
        Exit,
        IncomeBenefits,
        HealthAndDV,
        EmploymentEducation,
        Disability,
        YouthEducationStatus,
    )
}


@dataclass(frozen=True)
class Person:
    """What decides whether an element is asked of someone."""

    head: bool
    adult: bool
    veteran: bool = False
    hiv: bool = False


def counts_as_adult(dob: date | None, day: date | None) -> bool:
    """HUD asks adults' elements when the age is unknown (as the data quality rules assume)."""
    return dob is None or day is None or is_adult(dob, day) is not False


def person_of(member: Mapping[str, Any], day: date | None) -> Person:
    """An intake member (the wizard's answers) as a Person."""
    client = member.get("client", {})
    hiv = member.get("disabilities", {}).get(str(HIV_AIDS), {}).get("response") == 1
    return Person(
        head=member.get("relationship") == codes.HEAD_OF_HOUSEHOLD,
        adult=counts_as_adult(client.get("dob"), day),
        veteran=client.get("veteran_status") == 1,
        hiv=hiv,
    )


def asked(funders: Iterable[int], stage: int, project_type: int | None, person: Person) -> tuple[Element, ...]:
    """The elements this person is asked at this stage for a project with these funders."""
    return tuple(
        e
        for e in elements_for(funders, stage, project_type)
        if applies(e, head=person.head, adult=person.adult, veteran=person.veteran, hiv=person.hiv)
    )


def shown_fields(elements: Iterable[Element], kind: str, besides: Collection[str] = ()) -> tuple[str, ...]:
    """The fields of one record kind these elements add to a form already asking ``besides``."""
    out: list[str] = []
    for element in elements:
        if element.kind == kind:
            out += [f for f in element.fields if f not in besides and f not in out]
    return tuple(out)


def kept(elements: Iterable[Element], kind: str, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Only the answers to questions still asked (a veteran status changed to 'No' drops V1)."""
    allowed = set(shown_fields(elements, kind))
    return {k: v for k, v in answers.items() if k in allowed}


def labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for record_type in RECORD_TYPES.values():
        for name in record_type.field_names():
            out.setdefault(name, record_type.field_label(name))
    return out


def who_requires(funders: Iterable[int]) -> str:
    return ", ".join(families(funders))


def problems(
    elements: Iterable[Element], values: Mapping[str, Mapping[str, Any]], funders: Iterable[int]
) -> list[FieldError]:
    """Required answers left empty, each naming the funder family that requires it."""
    return missing(elements, values, labels(), who_requires(funders))


def project_facts(vault: Vault, project_id: str | None) -> dict[str, Any]:
    """The project's funders and type as this device knows them (none for an unknown project)."""
    project = next((p for p in projects.known(vault) if p.id == project_id), None)
    if project is None:
        return {"funders": [], "project_type": None}
    return {"funders": list(project.funders), "project_type": project.project_type}


def stage_fields(funders: Iterable[int], stage: int, project_type: int | None) -> dict[str, tuple[str, ...]]:
    """Record kind -> every field any person could be asked at this stage (for screens that build
    their forms once)."""
    everyone = Person(head=True, adult=True, veteran=True, hiv=True)
    found = asked(funders, stage, project_type, everyone)
    return {kind: shown_fields(found, kind) for kind in dict.fromkeys(e.kind for e in found)}


__all__ = [
    "ENTRY",
    "RECORD_TYPES",
    "Person",
    "asked",
    "counts_as_adult",
    "kept",
    "person_of",
    "problems",
    "project_facts",
    "shown_fields",
    "stage_fields",
    "who_requires",
]
