"""Date helpers shared by the rules: age on a day, HUD's adult threshold."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

ADULT_AGE = 18
#: How intake workers type a date: ISO, or the US order on the forms.
TYPED_FORMATS = ("%Y-%m-%d", "%m/%d/%Y")


def parse_typed(text: str, formats: Sequence[str] = TYPED_FORMATS) -> date | None:
    """A date typed in one of ``formats``; None when it is none of them (or not a real day)."""
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


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
