"""Household rules across the enrollments of one household (3.15).

HUD reports count households by their head, so a household with no head or two
heads breaks every count it is in; these checks run before a household intake
is saved and again on the server.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .enrollment import Enrollment
from .errors import FieldError, raise_if_any


def household_problems(enrollments: Sequence[Enrollment]) -> list[FieldError]:
    """Every cross-member problem in *enrollments* (the members of one household)."""
    if not enrollments:
        return [FieldError("household_id", "empty_household", "A household needs at least one member.")]
    errors: list[FieldError] = []
    if len({e.household_id for e in enrollments}) > 1:
        errors.append(FieldError("household_id", "mixed_households", "All members must belong to the same household."))
    if len({e.project_id for e in enrollments}) > 1:
        errors.append(
            FieldError("project_id", "mixed_projects", "All household members must be enrolled in the same project.")
        )
    if any(n > 1 for n in Counter(e.personal_id for e in enrollments).values()):
        errors.append(FieldError("personal_id", "member_twice", "The same client is enrolled twice in this household."))
    heads = [e for e in enrollments if e.is_head_of_household]
    if not heads:
        errors.append(FieldError("relationship_to_hoh", "no_head", "The household needs one head of household."))
    elif len(heads) > 1:
        errors.append(
            FieldError("relationship_to_hoh", "many_heads", "A household can have only one head of household.")
        )
    else:
        head = heads[0]
        if any(e.entry_date < head.entry_date for e in enrollments):
            errors.append(
                FieldError(
                    "entry_date",
                    "before_head",
                    "A household member's project start date cannot be before the head of household's.",
                )
            )
    return errors


def validate_household(enrollments: Iterable[Enrollment]) -> None:
    """Raise ValidationError unless the enrollments form one valid household.

    Rules: at least one member; one household id and one project; each client
    once; exactly one head of household (relationship 1); nobody starts before
    the head.
    """
    raise_if_any(household_problems(list(enrollments)))
