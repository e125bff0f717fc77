"""When an update (data collection stage 2) or an annual assessment (stage 5) may be dated.

HUD's HMIS Data Standards: an annual assessment is recorded no more than 30 days before or after an
anniversary of the head of household's project start date (whatever the date of the last update),
for every member of the household, and only one a year: a second one in the same 60-day window
is a duplicate. Any other date is an update. Both happen only during the stay, never later than
today.

Why the messages carry no dates: a FieldError may end up in a log; the screen shows the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .errors import FieldError
from .funder_elements import ANNUAL, UPDATE

WINDOW_DAYS = 30
STAGES = (UPDATE, ANNUAL)


def anniversary(start: date, years: int) -> date:
    """The ``years``-th anniversary of ``start`` (a 29 February start has its anniversary on the 28th)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def nearest_anniversary(start: date, day: date) -> date:
    """The anniversary (the first one at the earliest) closest to ``day``."""
    years = max(1, day.year - start.year)
    candidates = [anniversary(start, y) for y in (years - 1, years, years + 1) if y >= 1]
    return min(candidates, key=lambda a: (abs((a - day).days), a))


def window(start: date, day: date) -> tuple[date, date]:
    """The annual assessment window nearest ``day``: 30 days either side of an anniversary."""
    middle = nearest_anniversary(start, day)
    return middle - timedelta(days=WINDOW_DAYS), middle + timedelta(days=WINDOW_DAYS)


def in_window(start: date, day: date) -> bool:
    low, high = window(start, day)
    return low <= day <= high


def date_problems(
    stage: int,
    day: date | None,
    *,
    entry_date: date | None,
    head_start: date | None,
    exit_date: date | None,
    today: date,
    earlier_annuals: Iterable[date] = (),
) -> list[FieldError]:
    """What is wrong with dating an update or annual assessment on ``day``, in words.

    ``entry_date``: this member's project start; ``head_start``: the head of household's (the
    annual window follows it); ``earlier_annuals``: information dates of annual assessments
    already recorded for this stay.
    """
    if stage not in STAGES:
        return [
            FieldError(
                "data_collection_stage", "not_in_list", "Choose whether this is an update or an annual assessment."
            )
        ]
    if exit_date is not None:
        return [
            FieldError(
                "information_date",
                "stay_ended",
                "This stay has ended: an update or annual assessment can only be recorded during a stay.",
            )
        ]
    if day is None:
        return [FieldError("information_date", "required", "Information date is required.")]
    if entry_date is not None and day < entry_date:
        return [
            FieldError("information_date", "before_entry", "Information date cannot be before the project start date.")
        ]
    if day > today:
        return [FieldError("information_date", "future", "Information date cannot be in the future.")]
    if stage != ANNUAL:
        return []
    start = head_start or entry_date
    if start is None:
        return []
    if not in_window(start, day):
        return [
            FieldError(
                "information_date",
                "annual_window",
                "An annual assessment must be dated no more than 30 days before or after an anniversary "
                "of the head of household's project start date (HUD). Record an update for any other "
                "date.",
            )
        ]
    if any(in_window(start, other) and window(start, other) == window(start, day) for other in earlier_annuals):
        return [
            FieldError(
                "information_date",
                "annual_recorded",
                "An annual assessment is already recorded for this anniversary: HUD counts only one a "
                "year. Record an update instead.",
            )
        ]
    return []
