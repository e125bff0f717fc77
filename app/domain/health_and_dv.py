"""Domestic violence (4.11), with RHY's health status (R7-R9) and pregnancy status (R10), as in
HealthAndDV.csv.

Follow-up questions are only asked of survivors; keeping them empty otherwise
avoids recording a DV history for someone who did not disclose one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, answered, asked, attr, only_when


@dataclass(frozen=True, kw_only=True)
class HealthAndDV(EnrollmentRecord):
    """Domestic violence survivor status at one data collection stage."""

    KIND = "health_and_dv"
    CSV_FILE = "HealthAndDV"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    domestic_violence_survivor: int | None = attr(
        "Survivor of domestic violence", default=codes.NOT_COLLECTED, codes=codes.NO_YES_REASONS
    )
    when_occurred: int | None = attr("When the experience occurred", default=None, codes=codes.WHEN_DV_OCCURRED)
    currently_fleeing: int | None = attr("Currently fleeing", default=None, codes=codes.NO_YES_REASONS)
    # R7 general health status, R8 dental, R9 mental; R10 pregnancy status
    general_health_status: int | None = asked("General health status", hud_list("R7.1"))
    dental_health_status: int | None = asked("Dental health status", hud_list("R7.1"))
    mental_health_status: int | None = asked("Mental health status", hud_list("R7.1"))
    pregnancy_status: int | None = asked("Pregnancy status", hud_list("1.8"))
    due_date: date | None = asked("Due date")

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from answered(self, "domestic_violence_survivor")
        if self.domestic_violence_survivor != 1:
            for f in ("when_occurred", "currently_fleeing"):
                if getattr(self, f) is not None:
                    yield FieldError(
                        f, "not_applicable", f"{self._label(f)} is only asked when the client is a survivor."
                    )
        yield from only_when(self, "pregnancy_status", (1,), ("due_date",), "the client is pregnant")
