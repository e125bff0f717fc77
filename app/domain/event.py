"""Coordinated entry event (4.20), as in Event.csv: a referral, a diversion, a scheduled assessment.

Each follow-up belongs to particular events: the diversion result to a problem solving or
diversion service, the case management result to a referral to post-placement case management,
and the location, result and its date to a referral to a housing opening. An answer given to
another event says something that did not happen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, only_when

DIVERSION = 2
POST_PLACEMENT_CASE_MANAGEMENT = 5
#: Referrals to a shelter bed, transitional or permanent housing opening, or a voucher (4.20.C-E).
HOUSING_REFERRALS: frozenset[int] = frozenset({10, 11, 12, 13, 14, 15, 17, 18})


@dataclass(frozen=True, kw_only=True)
class Event(EnrollmentRecord):
    """One coordinated entry event on one day."""

    KIND = "event"
    CSV_FILE = "Event"

    event_date: date = attr("Date of event", past=True)
    event: int = attr("Event", codes=hud_list("4.20.2"))
    prob_sol_div_rr_result: int | None = asked("Client housed or re-housed in a safe alternative", hud_list("1.7"))
    referral_case_manage_after: int | None = asked("Enrolled in aftercare", hud_list("1.7"))
    location_crisis_or_ph_housing: str | None = asked("Location of the crisis or permanent housing", max_len=250)
    referral_result: int | None = asked("Referral result", hud_list("4.20.D"))
    result_date: date | None = asked("Date of result", past=True)

    @property
    def is_open_referral(self) -> bool:
        """A referral to a housing opening that has no result yet: what a CAN's list follows up."""
        return self.event in HOUSING_REFERRALS and self.referral_result is None

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from only_when(
            self,
            "event",
            (DIVERSION,),
            ("prob_sol_div_rr_result",),
            "the event is a problem solving, diversion or rapid resolution service",
        )
        yield from only_when(
            self,
            "event",
            (POST_PLACEMENT_CASE_MANAGEMENT,),
            ("referral_case_manage_after",),
            "the event is a referral to post-placement case management",
        )
        yield from only_when(
            self,
            "event",
            HOUSING_REFERRALS,
            ("location_crisis_or_ph_housing", "referral_result"),
            "the event is a referral to a housing opening",
        )
        yield from only_when(self, "referral_result", (1, 2, 3), ("result_date",), "the referral has a result")
        if self.result_date is not None and self.result_date < self.event_date:
            yield FieldError("result_date", "before_event", "Date of result cannot be before the date of the event.")
