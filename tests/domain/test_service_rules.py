"""Service rules across records: a service falls within the stay, one bed night per night; and an
enrollment is exited once. Pure domain: the server and every screen refuse the same things."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enrollment_rules import bed_night_problems, exit_problems, service_date_problems, service_problems
from app.domain.ids import new_id

from . import factories as f

STAY = f.enrollment()  # entered 2025-01-10
LEFT = f.exit_()  # exited 2025-03-01


def _codes(errors):
    return {(e.field, e.code) for e in errors}


# -- refused first -----------------------------------------------------------------------------


def test_a_service_before_the_project_start_is_refused_in_words():
    (error,) = service_date_problems(f.service(date_provided=date(2025, 1, 9)), STAY)
    assert (error.field, error.code) == ("date_provided", "before_entry")
    assert error.message == "Date provided cannot be before the project start date."


def test_a_service_after_the_exit_is_refused_in_words():
    (error,) = service_date_problems(f.service(date_provided=date(2025, 3, 2)), STAY, LEFT)
    assert (error.field, error.code) == ("date_provided", "after_exit")
    assert error.message == "Date provided cannot be after the project exit date."


def test_a_service_for_another_client_or_enrollment_is_refused():
    other = f.service(personal_id="5" * 32, enrollment_id="6" * 32)
    assert _codes(service_date_problems(other, STAY)) == {
        ("personal_id", "wrong_client"),
        ("enrollment_id", "wrong_enrollment"),
    }


def test_a_second_bed_night_for_the_same_night_is_refused_in_words():
    first = f.service(id=new_id())
    (error,) = bed_night_problems(f.service(id=new_id()), [first])
    assert (error.field, error.code) == ("date_provided", "bed_night_twice")
    assert error.message == "A bed night is already recorded for this night in this enrollment."


def test_service_problems_lists_every_broken_rule_at_once():
    night = f.service(id=new_id(), date_provided=date(2025, 3, 5))
    earlier = f.service(id=new_id(), date_provided=date(2025, 3, 5))
    assert _codes(service_problems(night, STAY, LEFT, [earlier])) == {
        ("date_provided", "after_exit"),
        ("date_provided", "bed_night_twice"),
    }


def test_an_enrollment_is_exited_once():
    (error,) = exit_problems(f.exit_(id=new_id()), STAY, [f.exit_(id=new_id())])
    assert (error.field, error.code, error.message) == (
        "exit_date",
        "already_exited",
        "This enrollment already has an exit.",
    )


# -- and what is allowed -----------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2025, 1, 10), date(2025, 2, 1), date(2025, 3, 1)])
def test_a_service_on_any_day_of_the_stay_including_its_first_and_last_is_fine(day):
    assert service_problems(f.service(date_provided=day), STAY, LEFT) == []


def test_an_open_stay_has_no_end_for_services():
    assert service_date_problems(f.service(date_provided=date(2025, 5, 31)), STAY) == []


def test_saving_the_same_bed_night_again_is_not_a_second_one():
    night = f.service(id=new_id())
    assert bed_night_problems(night, [night]) == []


@pytest.mark.parametrize(
    "other",
    [
        f.service(id=new_id(), date_provided=date(2025, 1, 12)),  # another night
        f.service(id=new_id(), record_type=144, type_provided=3),  # a service, not a bed night, that day
        f.service(id=new_id(), enrollment_id="7" * 32),  # the same night in another enrollment
    ],
)
def test_only_a_bed_night_for_the_same_night_in_the_same_enrollment_counts_twice(other):
    assert bed_night_problems(f.service(id=new_id()), [other]) == []


def test_services_that_are_not_bed_nights_may_repeat_on_a_day():
    service = f.service(id=new_id(), record_type=144, type_provided=3)
    assert bed_night_problems(service, [f.service(id=new_id(), record_type=144, type_provided=3)]) == []


def test_correcting_the_same_exit_is_not_a_second_exit():
    exit_ = f.exit_()
    assert exit_problems(exit_, STAY, [exit_]) == []


def test_a_dated_record_of_the_stay_falls_within_it_in_words():
    from app.domain.enrollment_rules import within_stay

    stay = f.enrollment(entry_date=date(2025, 3, 1))
    closed = f.exit_(enrollment_id=stay.id, personal_id=stay.personal_id, exit_date=date(2025, 3, 31))
    assert within_stay("information_date", "Date of contact", date(2025, 3, 1), stay, closed) == []
    [early] = within_stay("information_date", "Date of contact", date(2025, 2, 28), stay)
    assert (early.field, early.code, early.message) == (
        "information_date",
        "before_entry",
        "Date of contact cannot be before the project start date.",
    )
    [late] = within_stay("information_date", "Date of contact", date(2025, 4, 1), stay, closed)
    assert late.code == "after_exit" and late.message == "Date of contact cannot be after the project exit date."
