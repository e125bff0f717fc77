"""Current living situation (4.12): a contact, mostly by outreach, as in CurrentLivingSituation.csv.

The "at risk" follow-ups (4.12 A-E) are only asked when the person is housed or
in an institution, and B-E only when they must leave within 14 days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .record import EnrollmentRecord, attr

FOLLOW_UPS: tuple[str, ...] = ("subsequent_residence", "resources_to_obtain", "lease_own_60_day", "moved_two_or_more")


@dataclass(frozen=True, kw_only=True)
class CurrentLivingSituation(EnrollmentRecord):
    """Where the person is staying on the day of contact."""

    KIND = "current_living_situation"
    CSV_FILE = "CurrentLivingSituation"

    information_date: date = attr("Date of contact", past=True)
    current_living_situation: int = attr("Current living situation", codes=codes.CURRENT_LIVING_SITUATION)
    cls_subsidy_type: int | None = attr("Rental subsidy type", default=None, codes=codes.RENTAL_SUBSIDY_TYPE)
    verified_by: str | None = attr("Living situation verified by", default=None, max_len=200)
    leave_situation_14_days: int | None = attr("Must leave within 14 days", default=None, codes=codes.NO_YES_REASONS)
    subsequent_residence: int | None = attr("Has a place to go next", default=None, codes=codes.NO_YES_REASONS)
    resources_to_obtain: int | None = attr("Has resources to obtain housing", default=None, codes=codes.NO_YES_REASONS)
    lease_own_60_day: int | None = attr(
        "Had own lease or ownership in the last 60 days", default=None, codes=codes.NO_YES_REASONS
    )
    moved_two_or_more: int | None = attr(
        "Moved two or more times in the last 60 days", default=None, codes=codes.NO_YES_REASONS
    )
    location_details: str | None = attr("Location details", default=None, max_len=250)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.current_living_situation == codes.RENTAL_WITH_SUBSIDY:
            if self.cls_subsidy_type is None:
                yield FieldError(
                    "cls_subsidy_type",
                    "required",
                    "Rental subsidy type is needed for a rental with an ongoing housing subsidy.",
                )
        elif self.cls_subsidy_type is not None:
            yield FieldError(
                "cls_subsidy_type",
                "not_applicable",
                "Rental subsidy type only applies to a rental with an ongoing housing subsidy.",
            )
        group = codes.living_situation_group(self.current_living_situation)
        at_risk_asked = group in ("institutional", "temporary", "permanent")
        if not at_risk_asked and self.leave_situation_14_days is not None:
            yield FieldError(
                "leave_situation_14_days",
                "not_applicable",
                "Must leave within 14 days is only asked when the person is housed or in an institution.",
            )
        if self.leave_situation_14_days != 1:
            for f in FOLLOW_UPS:
                if getattr(self, f) is not None:
                    yield FieldError(
                        f,
                        "not_applicable",
                        f"{self._label(f)} is only asked when the person must leave within 14 days.",
                    )
