"""Household intake: every member's client, enrollment and entry assessments saved as one unit.

Why: a family arriving at 11 pm is one event. Either the whole household is on the device
afterwards (head, members, their answers, the outbox and audit entries), or, if anything is
invalid, nothing is, and the worker is told which rule failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.enrollment_rules import enrollment_problems
from app.domain.errors import FieldError, raise_if_any
from app.domain.household import household_problems
from app.domain.record import Record
from app.storage.records import Records


@dataclass(frozen=True)
class Member:
    """One person's part of a household intake."""

    client: Client
    enrollment: Enrollment
    assessments: tuple[Record, ...] = ()  # income and benefits, disabilities, health and DV ...


def _assessment_problems(member: Member) -> list[FieldError]:
    errors = []
    for record in member.assessments:
        if getattr(record, "enrollment_id", None) != member.enrollment.id:
            errors.append(
                FieldError(
                    "enrollment_id", "wrong_enrollment", "An answer in this intake belongs to a different enrollment."
                )
            )
        if getattr(record, "personal_id", None) != member.client.id:
            errors.append(
                FieldError("personal_id", "wrong_client", "An answer in this intake belongs to a different client.")
            )
    return errors


def save_household(records: Records, members: Sequence[Member]) -> None:
    """Check the household as a whole, then save all of it in one transaction."""
    new = [m.enrollment for m in members]
    errors: list[FieldError] = []
    with records.vault.transaction():
        known = []
        for household in {e.household_id for e in new}:
            known += [
                e for e in records.children("enrollment", household_id=household) if e.id not in {n.id for n in new}
            ]
        errors += household_problems(known + new)
        for member in members:
            errors += enrollment_problems(member.enrollment, member.client)
            errors += _assessment_problems(member)
        raise_if_any(errors)
        records.save_all(r for m in members for r in (m.client, m.enrollment, *m.assessments))
