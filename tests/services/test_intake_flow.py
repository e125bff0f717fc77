"""Who is asked what at entry, and the intake's save: the whole household or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.services import intake_flow as flow

TODAY = date(2026, 1, 20)


@pytest.mark.parametrize(
    "project_type, head, adult, has, lacks",
    [
        (0, True, True, {"enrollment_coc", "living_situation"}, {"date_of_engagement", "move_in_date"}),
        (0, False, False, {"disabling_condition"}, {"living_situation", "enrollment_coc"}),
        (4, False, True, {"date_of_engagement", "living_situation"}, {"enrollment_coc"}),
        (13, True, True, {"move_in_date"}, {"date_of_engagement"}),
        (3, False, True, set(), {"move_in_date"}),
    ],
)
def test_entry_elements_follow_project_type_age_and_head(project_type, head, adult, has, lacks):
    asked = flow.asked(project_type, head=head, adult=adult)
    assert has <= set(asked.enrollment) and not lacks & set(asked.enrollment)
    assert asked.income == asked.dv == (head or adult)


def test_an_unknown_age_counts_as_adult():
    assert flow.counts_as_adult(None, TODAY) and not flow.counts_as_adult(date(2020, 1, 1), TODAY)


def test_a_household_with_a_bad_member_is_not_saved(vault):
    state = flow.new_state()
    state.update(project_id="1" * 32, entry_date=date(2020, 1, 1))
    state["members"][0]["client"] = {
        "first_name": "Ana",
        "last_name": "Reyes",
        "name_data_quality": 1,
        "dob": date(2021, 6, 1),
        "dob_data_quality": 1,
    }
    with pytest.raises(ValidationError) as caught:
        flow.save_intake(vault, state, today=TODAY)
    assert "before_birth" in caught.value.codes()
    assert vault.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 0


def test_search_text_prefills_names_dob_and_ssn():
    assert flow.prefill("Rosa Maria Quinones 05/17/1980 234-56-7891") == {
        "first_name": "Rosa",
        "last_name": "Quinones",
        "dob": date(1980, 5, 17),
        "ssn": "234567891",
    }
    assert flow.prefill("") == {}
