"""Timeliness of data entry (HUD's Data Quality Q6e in the APR and CAPER): how many days after a
project start or a project exit the record of it was made.

Why six bands and not five: HUD's FY 2026 HMIS Standard Reporting Terminology Glossary (Q6
Timeliness, for reporting from 1 October 2025) adds a "< 0 days" row for records dated after the
day they were made (a start entered ahead of time). Older specifications had no such row, so
those records were counted nowhere; here every record lands in exactly one band.

Days are whole calendar days between the two dates, both on the laptop's own calendar: a start
on the 5th entered at 23:30 on the 5th is 0 days, entered at 00:10 on the 6th is 1 day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

#: The bands in the order HUD's table lists them: (key, lowest day, highest day or None).
BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("before", None, -1),  # dated after the record was made
    ("same_day", 0, 0),
    ("days_1_3", 1, 3),
    ("days_4_6", 4, 6),
    ("days_7_10", 7, 10),
    ("days_11_plus", 11, None),
)
BAND_KEYS: tuple[str, ...] = tuple(key for key, _low, _high in BANDS)
#: The two columns of HUD's table.
RECORDS: tuple[str, ...] = ("start", "exit")
_EMPTY = (0,) * len(BANDS)


def days_late(happened: date, created: date) -> int:
    """Days from the day something happened to the day its record was made (negative: made before)."""
    return (created - happened).days


def band(days: int) -> str:
    """The HUD band a number of days falls in."""
    for key, low, high in BANDS:
        if (low is None or days >= low) and (high is None or days <= high):
            return key
    raise AssertionError("the bands cover every whole number")  # pragma: no cover


@dataclass(frozen=True)
class Timeliness:
    """Counts of project start and project exit records per band (in ``BAND_KEYS`` order)."""

    starts: tuple[int, ...] = _EMPTY
    exits: tuple[int, ...] = _EMPTY

    def count(self, record: str, key: str) -> int:
        """How many ``record`` ("start" or "exit") records fell in band ``key``."""
        counts = self.starts if record == "start" else self.exits
        return counts[BAND_KEYS.index(key)]

    def total(self, record: str) -> int:
        return sum(self.starts if record == "start" else self.exits)

    def __add__(self, other: Timeliness) -> Timeliness:
        return Timeliness(
            tuple(a + b for a, b in zip(self.starts, other.starts)),
            tuple(a + b for a, b in zip(self.exits, other.exits)),
        )


def _counted(pairs: Iterable[tuple[date, date]]) -> tuple[int, ...]:
    counts = dict.fromkeys(BAND_KEYS, 0)
    for happened, created in pairs:
        counts[band(days_late(happened, created))] += 1
    return tuple(counts[key] for key in BAND_KEYS)


def timeliness(starts: Iterable[tuple[date, date]] = (), exits: Iterable[tuple[date, date]] = ()) -> Timeliness:
    """Count (date it happened, date its record was made) pairs of project starts and exits."""
    return Timeliness(_counted(starts), _counted(exits))


def total(parts: Iterable[Timeliness]) -> Timeliness:
    """The sum of several projects' counts (the "all projects" row)."""
    result = Timeliness()
    for part in parts:
        result = result + part
    return result
