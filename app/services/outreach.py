"""Street outreach contacts: a Current Living Situation (4.12) and, once, the Date of Engagement (4.13).

Why a service: a worker in the field records a contact in under a minute, offline; the rules that
tie the contact to its enrollment (a street outreach stay still open, the contact not before the
start, engagement set only once) must hold whichever screen records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.domain import codes
from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.enrollment import Enrollment
from app.domain.enrollment_rules import within_stay
from app.domain.errors import FieldError, raise_if_any
from app.storage.intake import Member, save_household
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import projects

STREET_OUTREACH = 4


@dataclass(frozen=True)
class OutreachStay:
    """An open street outreach enrollment of one client, with its project's name."""

    enrollment: Enrollment
    project_name: str


def outreach_projects(vault: Vault) -> list[projects.Project]:
    return [p for p in projects.enrollable(vault) if p.project_type == STREET_OUTREACH]


def open_stays(vault: Vault, client_id: str) -> list[OutreachStay]:
    """The client's street outreach enrollments without an exit, latest start first."""
    names = {p.id: p.name for p in outreach_projects(vault)}
    records = Records(vault)
    exited = {x.enrollment_id for x in records.children("exit", personal_id=client_id)}
    stays = [
        OutreachStay(e, names[e.project_id])
        for e in records.children("enrollment", personal_id=client_id)
        if e.project_id in names and e.id not in exited
    ]
    return sorted(stays, key=lambda s: s.enrollment.entry_date, reverse=True)


def enroll(
    vault: Vault, client_id: str, project_id: str, entry_date: date | None, *, today: date | None = None
) -> Enrollment:
    """Enroll a known client alone (a household of one) in a street outreach project."""
    if project_id not in {p.id for p in outreach_projects(vault)}:
        raise_if_any([FieldError("project_id", "required", "Choose a street outreach project.")])
    records = Records(vault, today=today)
    client = records.get("client", client_id)
    enrollment = Enrollment(
        personal_id=client_id,
        project_id=project_id,
        entry_date=entry_date,  # type: ignore[arg-type]
        relationship_to_hoh=codes.HEAD_OF_HOUSEHOLD,
    )
    raise_if_any(enrollment.problems(today=today))
    save_household(records, [Member(client, enrollment)])
    return enrollment


def record_contact(
    vault: Vault,
    enrollment: Enrollment,
    answers: Mapping[str, Any],
    *,
    engaged: date | None = None,
    today: date | None = None,
) -> CurrentLivingSituation:
    """Save one contact, and the date of engagement when the stay has none yet, in one transaction.

    ValidationError lists every broken rule; nothing is saved then.
    """
    contact = CurrentLivingSituation(enrollment_id=enrollment.id, personal_id=enrollment.personal_id, **answers)
    errors = list(contact.problems(today=today))
    if isinstance(contact.information_date, date):
        errors += within_stay("information_date", "Date of contact", contact.information_date, enrollment)
    updated = None
    if engaged is not None and enrollment.date_of_engagement is None:
        updated = replace(enrollment, date_of_engagement=engaged)
        errors += [e for e in updated.problems(today=today) if e.field == "date_of_engagement"]
    raise_if_any(errors)
    records = Records(vault, today=today)
    with vault.transaction():
        records.save(contact)
        if updated is not None:
            records.save(updated)
    return contact
