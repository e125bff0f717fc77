"""HUD's annual assessment window: 30 days either side of an anniversary of the head of
household's project start; only one annual a year; updates any day of the stay up to today."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.annual_window import anniversary, date_problems, in_window, nearest_anniversary, window
from app.domain.funder_elements import ANNUAL, EXIT, UPDATE

START = date(2025, 1, 10)
TODAY = date(2027, 6, 1)


def _codes(stage, day, **kw):
    facts = {"entry_date": START, "head_start": START, "exit_date": None, "today": TODAY, **kw}
    return [e.code for e in date_problems(stage, day, **facts)]


def test_a_29_february_start_has_its_anniversary_on_the_28th():
    assert anniversary(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert anniversary(date(2024, 2, 29), 4) == date(2028, 2, 29)


@pytest.mark.parametrize(
    "day, middle",
    [
        (date(2025, 3, 1), date(2026, 1, 10)),
        (date(2026, 7, 10), date(2026, 1, 10)),
        (date(2026, 7, 12), date(2027, 1, 10)),
        (date(2027, 2, 1), date(2027, 1, 10)),
    ],
)
def test_the_nearest_anniversary_is_never_the_start_itself(day, middle):
    assert nearest_anniversary(START, day) == middle


@pytest.mark.parametrize(
    "day, inside",
    [
        (date(2025, 12, 10), False),
        (date(2025, 12, 11), True),
        (date(2026, 2, 9), True),
        (date(2026, 2, 10), False),
        (date(2026, 12, 11), True),
        (date(2026, 6, 1), False),
    ],
)
def test_the_window_is_thirty_days_either_side(day, inside):
    assert in_window(START, day) is inside
    assert window(START, date(2026, 1, 1)) == (date(2025, 12, 11), date(2026, 2, 9))


def test_an_update_may_be_any_day_of_the_stay_up_to_today():
    assert _codes(UPDATE, date(2025, 6, 1)) == []
    assert _codes(UPDATE, date(2025, 1, 9)) == ["before_entry"]
    assert _codes(UPDATE, date(2027, 6, 2)) == ["future"]
    assert _codes(UPDATE, None) == ["required"]
    assert _codes(UPDATE, date(2025, 6, 1), exit_date=date(2025, 7, 1)) == ["stay_ended"]
    assert _codes(EXIT, date(2025, 6, 1)) == ["not_in_list"]


def test_an_annual_outside_the_window_is_refused_in_words():
    assert _codes(ANNUAL, date(2026, 1, 30)) == []
    (problem,) = date_problems(
        ANNUAL, date(2025, 11, 1), entry_date=START, head_start=START, exit_date=None, today=TODAY
    )
    assert problem.field == "information_date" and "30 days before or after an anniversary" in problem.message
    assert "head of household's project start" in problem.message and "Record an update" in problem.message


def test_a_member_follows_the_head_of_households_anniversary():
    joined = date(2025, 4, 1)
    assert _codes(ANNUAL, date(2026, 1, 20), entry_date=joined) == []
    assert _codes(ANNUAL, date(2026, 4, 1), entry_date=joined) == ["annual_window"]  # the member's own anniversary


def test_only_one_annual_per_anniversary():
    assert _codes(ANNUAL, date(2026, 2, 1), earlier_annuals=[date(2025, 12, 20)]) == ["annual_recorded"]
    assert _codes(ANNUAL, date(2027, 1, 5), earlier_annuals=[date(2025, 12, 20)]) == []  # the next year
    assert _codes(UPDATE, date(2026, 2, 1), earlier_annuals=[date(2025, 12, 20)]) == []
