"""HUD Q6e timeliness bands: the edges of each band, exits alike, and no record in two bands."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.timeliness import BAND_KEYS, BANDS, Timeliness, band, days_late, timeliness, total

START = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (-30, "before"),
        (-1, "before"),
        (0, "same_day"),
        (1, "days_1_3"),
        (3, "days_1_3"),
        (4, "days_4_6"),
        (6, "days_4_6"),
        (7, "days_7_10"),
        (10, "days_7_10"),
        (11, "days_11_plus"),
        (400, "days_11_plus"),
    ],
)
def test_each_band_edge_falls_where_hud_puts_it(days, expected):
    assert band(days) == expected
    assert band(days_late(START, START + timedelta(days=days))) == expected


def test_a_start_dated_after_its_record_was_made_is_not_counted_as_on_time():
    counted = timeliness(starts=[(date(2026, 3, 10), date(2026, 3, 9))])
    assert counted.count("start", "before") == 1 and counted.count("start", "same_day") == 0


def test_days_cross_month_and_leap_day_boundaries():
    assert days_late(date(2024, 2, 28), date(2024, 3, 1)) == 2
    assert days_late(date(2025, 12, 31), date(2026, 1, 11)) == 11


def test_exits_are_counted_apart_from_starts():
    counted = timeliness(
        starts=[(START, START)], exits=[(START, START + timedelta(days=d)) for d in (0, 2, 5, 8, 12, 12)]
    )
    assert counted.starts == (0, 1, 0, 0, 0, 0)
    assert counted.exits == (0, 1, 1, 1, 1, 2)
    assert counted.count("exit", "days_11_plus") == 2 and counted.total("exit") == 6 and counted.total("start") == 1


def test_nothing_to_count_gives_zeros_and_totals_add_up():
    empty = timeliness()
    assert empty == Timeliness() and empty.total("start") == 0
    one = timeliness(starts=[(START, START + timedelta(days=4))])
    two = timeliness(starts=[(START, START)], exits=[(START, START + timedelta(days=4))])
    summed = total([one, two, empty])
    assert summed.starts == (0, 1, 0, 1, 0, 0) and summed.exits == (0, 0, 0, 1, 0, 0)
    assert total([]) == Timeliness()


@given(st.integers(min_value=-100_000, max_value=100_000))
def test_every_number_of_days_lands_in_exactly_one_band(days):
    holding = [key for key, low, high in BANDS if (low is None or days >= low) and (high is None or days <= high)]
    assert holding == [band(days)]


@given(
    st.lists(st.tuples(st.dates(min_value=date(1915, 1, 1)), st.dates(min_value=date(1915, 1, 1))), max_size=40),
    st.lists(st.tuples(st.dates(min_value=date(1915, 1, 1)), st.dates(min_value=date(1915, 1, 1))), max_size=40),
)
def test_every_record_is_counted_once(starts, exits):
    counted = timeliness(starts, exits)
    assert counted.total("start") == len(starts) and counted.total("exit") == len(exits)
    assert len(counted.starts) == len(counted.exits) == len(BAND_KEYS)
    for key in BAND_KEYS:
        assert counted.count("start", key) == sum(band(days_late(h, c)) == key for h, c in starts)
