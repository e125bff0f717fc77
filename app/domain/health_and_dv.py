"""Domestic violence (4.11), as in HealthAndDV.csv.

Follow-up questions are only asked of survivors; keeping them empty otherwise
avoids recording a DV history for someone who did not disclose one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from . import codes
from .errors import FieldError
from .record import EnrollmentRecord, attr


@dataclass(frozen=True, kw_only=True)
class HealthAndDV(EnrollmentRecord):
    """Domestic violence survivor status at one data collection stage."""

    KIND = "health_and_dv"
    CSV_FILE = "HealthAndDV"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    domestic_violence_survivor: int = attr("Survivor of domestic violence", default=codes.NOT_COLLECTED,
                                           codes=codes.NO_YES_REASONS)
    when_occurred: int | None = attr("When the experience occurred", default=None, codes=codes.WHEN_DV_OCCURRED)
    currently_fleeing: int | None = attr("Currently fleeing", default=None, codes=codes.NO_YES_REASONS)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.domestic_violence_survivor != 1:
            for f in ("when_occurred", "currently_fleeing"):
                if getattr(self, f) is not None:
                    yield FieldError(f, "not_applicable",
                                     f"{self._label(f)} is only asked when the client is a survivor.")
