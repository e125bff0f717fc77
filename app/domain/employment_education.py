"""Employment and education (RHY elements R4-R6), as in HMIS EmploymentEducation.csv.

The type of work is asked only of someone employed, and the reason only of someone who is not:
an answer to the other question is a contradiction HUD's data quality counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, only_when


@dataclass(frozen=True, kw_only=True)
class EmploymentEducation(EnrollmentRecord):
    """Last grade completed, school status and employment at one data collection stage."""

    KIND = "employment_education"
    CSV_FILE = "EmploymentEducation"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    last_grade_completed: int | None = asked("Last grade completed", hud_list("R4.1"))
    school_status: int | None = asked("School status", hud_list("R5.1"))
    employed: int | None = asked("Employed", hud_list("1.8"))
    employment_type: int | None = asked("Type of employment", hud_list("R6.A"))
    not_employed_reason: int | None = asked("Why not employed", hud_list("R6.B"))

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from only_when(self, "employed", (1,), ("employment_type",), "the client is employed")
        yield from only_when(self, "employed", (0,), ("not_employed_reason",), "the client is not employed")
