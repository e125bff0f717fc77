"""Household intake: the whole household or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.ids import new_id
from app.domain.income_benefits import IncomeBenefits
from app.storage.intake import Member, save_household
from app.storage.records import Records
from tests.domain import factories

TODAY = date(2026, 11, 26)
HOUSEHOLD = "d" * 32


def _counts(vault):
    return tuple(
        vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("record", "outbox", "audit_log", "client_search")
    )


def _member(relationship: int, first: str, entry=date(2025, 1, 10)) -> Member:
    client = factories.client(id=new_id(), first_name=first, ssn=None, ssn_data_quality=99)
    enrollment = factories.enrollment(
        id=new_id(), personal_id=client.id, household_id=HOUSEHOLD, relationship_to_hoh=relationship, entry_date=entry
    )
    income = factories.income(enrollment_id=enrollment.id, personal_id=client.id)
    disability = factories.disability(enrollment_id=enrollment.id, personal_id=client.id)
    return Member(client, enrollment, (income, disability))


def test_a_family_is_saved_whole_with_outbox_and_audit(vault):
    before = _counts(vault)
    family = [_member(1, "Rosa"), _member(2, "Luis"), _member(2, "Ana")]
    save_household(Records(vault, today=TODAY), family)
    after = _counts(vault)
    assert after[0] - before[0] == 12 and after[1] - before[1] == 12 and after[2] - before[2] == 12
    assert after[3] - before[3] == 3
    members = Records(vault).children("enrollment", household_id=HOUSEHOLD)
    assert sorted(e.relationship_to_hoh for e in members) == [1, 2, 2]


@pytest.mark.parametrize(
    "case",
    [
        "two_heads",
        "no_head",
        "child_before_head",
        "answer_for_other_enrollment",
        "invalid_field_in_last_member",
        "entry_before_birth",
    ],
)
def test_a_bad_household_is_refused_and_nothing_is_written(vault, case):
    family = [_member(1, "Rosa"), _member(2, "Luis")]
    if case == "two_heads":
        family[1] = _member(1, "Luis")
    elif case == "no_head":
        family[0] = _member(3, "Rosa")
    elif case == "child_before_head":
        family[1] = _member(2, "Luis", entry=date(2025, 1, 1))
    elif case == "answer_for_other_enrollment":
        m = family[1]
        income = m.assessments[0]
        assert isinstance(income, IncomeBenefits)
        family[1] = Member(m.client, m.enrollment, (replace(income, enrollment_id=new_id()),))
    elif case == "invalid_field_in_last_member":
        m = family[1]
        income = m.assessments[0]
        assert isinstance(income, IncomeBenefits)
        family[1] = Member(m.client, m.enrollment, (replace(income, data_collection_stage=42),))
    elif case == "entry_before_birth":
        m = family[1]
        family[1] = Member(replace(m.client, dob=date(2025, 5, 1)), m.enrollment, m.assessments)
    before = _counts(vault)
    with pytest.raises(ValidationError) as caught:
        save_household(Records(vault, today=TODAY), family)
    assert caught.value.errors
    assert _counts(vault) == before


def test_a_member_added_later_is_checked_against_the_saved_household(vault):
    records = Records(vault, today=TODAY)
    save_household(records, [_member(1, "Rosa")])
    before = _counts(vault)
    with pytest.raises(ValidationError):
        save_household(records, [_member(1, "Second head")])
    assert _counts(vault) == before
    save_household(records, [_member(2, "Luis")])
    assert len(records.children("enrollment", household_id=HOUSEHOLD)) == 2
