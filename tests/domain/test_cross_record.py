"""Household, enrollment/client and exit/enrollment rules."""

from dataclasses import replace
from datetime import date

import pytest

from app.domain.enrollment_rules import validate_enrollment, validate_exit
from app.domain.errors import ValidationError
from app.domain.household import validate_household

from . import factories as f

HOH = f.enrollment()
CHILD = f.enrollment(id="1" * 32, personal_id="2" * 32, relationship_to_hoh=2)
PARTNER = f.enrollment(id="3" * 32, personal_id="4" * 32, relationship_to_hoh=3, entry_date=date(2025, 1, 12))


def codes_of(call):
    with pytest.raises(ValidationError) as info:
        call()
    return {(e.field, e.code) for e in info.value.errors}


def test_valid_household():
    validate_household([HOH, CHILD, PARTNER])
    validate_household([HOH])


@pytest.mark.parametrize(
    "members,expected",
    [
        ([CHILD, PARTNER], ("relationship_to_hoh", "no_head")),
        ([HOH, replace(CHILD, relationship_to_hoh=1)], ("relationship_to_hoh", "many_heads")),
        ([HOH, replace(CHILD, household_id="9" * 32)], ("household_id", "mixed_households")),
        ([HOH, replace(CHILD, project_id="8" * 32)], ("project_id", "mixed_projects")),
        ([HOH, replace(CHILD, entry_date=date(2025, 1, 9))], ("entry_date", "before_head")),
        ([HOH, replace(CHILD, personal_id=HOH.personal_id)], ("personal_id", "member_twice")),
        ([], ("household_id", "empty_household")),
    ],
)
def test_invalid_household(members, expected):
    assert expected in codes_of(lambda: validate_household(members))


def test_member_may_join_later_than_head():
    validate_household([HOH, replace(CHILD, entry_date=date(2025, 3, 1))])


def test_enrollment_after_birth():
    validate_enrollment(f.enrollment(), f.client())
    validate_enrollment(f.enrollment(entry_date=date(1980, 5, 17)), f.client())
    assert ("entry_date", "before_birth") in codes_of(
        lambda: validate_enrollment(f.enrollment(entry_date=date(1980, 5, 16)), f.client())
    )


def test_enrollment_unknown_dob_is_fine():
    validate_enrollment(f.enrollment(), f.client(dob=None, dob_data_quality=8))


def test_enrollment_belongs_to_client():
    assert ("personal_id", "wrong_client") in codes_of(
        lambda: validate_enrollment(f.enrollment(personal_id="5" * 32), f.client())
    )


def test_exit_on_or_after_entry():
    validate_exit(f.exit_(exit_date=date(2025, 1, 10)), f.enrollment())
    assert ("exit_date", "before_entry") in codes_of(
        lambda: validate_exit(f.exit_(exit_date=date(2025, 1, 9)), f.enrollment())
    )


def test_exit_belongs_to_enrollment():
    assert ("enrollment_id", "wrong_enrollment") in codes_of(
        lambda: validate_exit(f.exit_(enrollment_id="6" * 32), f.enrollment())
    )
    assert ("personal_id", "wrong_client") in codes_of(
        lambda: validate_exit(f.exit_(personal_id="7" * 32), f.enrollment())
    )


def test_move_in_and_engagement_within_stay():
    ok = f.enrollment(move_in_date=date(2025, 3, 1), date_of_engagement=date(2025, 2, 1))
    validate_enrollment(ok, f.client(), exit=f.exit_())
    late = f.enrollment(move_in_date=date(2025, 3, 2), date_of_engagement=date(2025, 3, 5))
    found = codes_of(lambda: validate_enrollment(late, f.client(), exit=f.exit_()))
    assert {("move_in_date", "after_exit"), ("date_of_engagement", "after_exit")} <= found
