"""Date helpers shared by the rules: age on a day, HUD's adult threshold."""

from __future__ import annotations

from datetime import date

ADULT_AGE = 18


def age_on(dob: date, day: date) -> int:
    """Whole years between *dob* and *day* (a birthday counts on the day itself)."""
    years = day.year - dob.year
    if (day.month, day.day) < (dob.month, dob.day):
        years -= 1
    return years


def is_adult(dob: date | None, day: date) -> bool | None:
    """True/False when the DOB is known, None when it is not."""
    if dob is None:
        return None
    return age_on(dob, day) >= ADULT_AGE
