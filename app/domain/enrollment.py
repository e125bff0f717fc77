"""Enrollment: one person's stay in one project (HMIS Enrollment.csv).

Holds project start (3.10), relationship to head of household (3.15), CoC
(3.16), prior living situation (3.917), disabling condition (3.08), housing
move-in date (3.20) and date of engagement (4.13). Rules that need another
record (the client's DOB, the exit, the household) live in ``enrollment_rules``
and ``household``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from . import codes
from .errors import FieldError
from .ids import new_id
from .record import Record, attr

COC_CODE_RE = re.compile(r"[A-Z]{2}-\d{3}")

#: 3.917: lengths of stay that count as "under the threshold" for each group.
_UNDER_90_DAYS = frozenset({10, 11, 2, 3})
_UNDER_7_NIGHTS = frozenset({10, 11})


@dataclass(frozen=True, kw_only=True)
class Enrollment(Record):
    """A project stay. ``household_id`` defaults to a new id: a household of one."""

    KIND = "enrollment"
    CSV_FILE = "Enrollment"
    PARENTS = ("personal_id",)

    personal_id: str = attr("Client", ref=True)
    project_id: str = attr("Project", ref=True)
    household_id: str = attr("Household", default_factory=new_id, ref=True)
    entry_date: date = attr("Project start date", past=True)
    relationship_to_hoh: int = attr("Relationship to head of household", codes=codes.RELATIONSHIP_TO_HOH)
    enrollment_coc: str | None = attr("Client location (CoC)", default=None, max_len=6)
    # 3.917 Prior living situation
    living_situation: int | None = attr("Prior living situation", default=None, codes=codes.PRIOR_LIVING_SITUATION)
    rental_subsidy_type: int | None = attr("Rental subsidy type", default=None, codes=codes.RENTAL_SUBSIDY_TYPE)
    length_of_stay: int | None = attr("Length of stay in prior living situation", default=None,
                                      codes=codes.LENGTH_OF_STAY)
    los_under_threshold: int | None = attr("Stay was under the time limit", default=None, codes=codes.NO_YES)
    previous_street_essh: int | None = attr("On the streets, in shelter or Safe Haven the night before",
                                            default=None, codes=codes.NO_YES)
    date_to_street_essh: date | None = attr("Date homelessness started", default=None, past=True)
    times_homeless_past_three_years: int | None = attr("Times homeless in the past three years", default=None,
                                                       codes=codes.TIMES_HOMELESS)
    months_homeless_past_three_years: int | None = attr("Months homeless in the past three years", default=None,
                                                        codes=codes.MONTHS_HOMELESS)
    disabling_condition: int = attr("Disabling condition", default=codes.NOT_COLLECTED,
                                    codes=codes.DISABLING_CONDITION)
    move_in_date: date | None = attr("Housing move-in date", default=None, past=True)
    date_of_engagement: date | None = attr("Date of engagement", default=None, past=True)

    @property
    def is_head_of_household(self) -> bool:
        return self.relationship_to_hoh == codes.HEAD_OF_HOUSEHOLD

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.enrollment_coc is not None and not COC_CODE_RE.fullmatch(self.enrollment_coc):
            yield FieldError("enrollment_coc", "coc_shape",
                             "Client location (CoC) must look like CT-505: two capital letters, a dash, three digits.")
        yield from self._prior_living_rules()
        if self.move_in_date is not None and self.move_in_date < self.entry_date:
            yield FieldError("move_in_date", "before_entry", "Housing move-in date cannot be before the project start date.")
        if self.date_of_engagement is not None and self.date_of_engagement < self.entry_date:
            yield FieldError("date_of_engagement", "before_entry",
                             "Date of engagement cannot be before the project start date.")

    def _prior_living_rules(self) -> Iterable[FieldError]:
        if self.living_situation == codes.RENTAL_WITH_SUBSIDY:
            if self.rental_subsidy_type is None:
                yield FieldError("rental_subsidy_type", "required",
                                 "Rental subsidy type is needed for a rental with an ongoing housing subsidy.")
        elif self.rental_subsidy_type is not None:
            yield FieldError("rental_subsidy_type", "not_applicable",
                             "Rental subsidy type only applies to a rental with an ongoing housing subsidy.")
        if self.date_to_street_essh is not None and self.date_to_street_essh > self.entry_date:
            yield FieldError("date_to_street_essh", "after_entry",
                             "Date homelessness started cannot be after the project start date.")
        group = codes.living_situation_group(self.living_situation)
        los, under = self.length_of_stay, self.los_under_threshold
        if group in ("institutional", "temporary", "permanent") and under is not None \
                and los is not None and los not in codes.MISSING_REASONS:
            limit = _UNDER_90_DAYS if group == "institutional" else _UNDER_7_NIGHTS
            if (los in limit) != (under == 1):
                yield FieldError("los_under_threshold", "threshold_mismatch",
                                 "Stay was under the time limit does not agree with the length of stay "
                                 "(under 90 days for an institution, under 7 nights otherwise).")
        if group == "homeless" and under is not None:
            yield FieldError("los_under_threshold", "not_applicable",
                             "Stay was under the time limit is only asked when the client was not homeless before.")
