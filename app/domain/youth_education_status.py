"""Youth education status (C3, for youth in a YHDP or RHY project), as in YouthEducationStatus.csv.

HUD asks the most recent status of a youth not enrolled in school, and the current one of a youth
who is enrolled; an answer to the other question contradicts the enrollment answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, only_when

NOT_ENROLLED = 0
ENROLLED = (1, 2)  # attending regularly or not


@dataclass(frozen=True, kw_only=True)
class YouthEducationStatus(EnrollmentRecord):
    """School enrollment and educational status at one data collection stage."""

    KIND = "youth_education_status"
    CSV_FILE = "YouthEducationStatus"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    current_school_attend: int | None = asked("Current school enrollment and attendance", hud_list("C3.2"))
    most_recent_ed_status: int | None = asked("Most recent educational status", hud_list("C3.A"))
    current_ed_status: int | None = asked("Current educational status", hud_list("C3.B"))

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from only_when(
            self,
            "current_school_attend",
            (NOT_ENROLLED,),
            ("most_recent_ed_status",),
            "the youth is not enrolled in school",
        )
        yield from only_when(
            self, "current_school_attend", ENROLLED, ("current_ed_status",), "the youth is enrolled in school"
        )
