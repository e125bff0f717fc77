"""Exit: the end of an enrollment and where the person went (HMIS Exit.csv, 3.11/3.12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from . import codes
from .errors import FieldError
from .record import EnrollmentRecord, attr, blank


@dataclass(frozen=True, kw_only=True)
class Exit(EnrollmentRecord):
    """Project exit date and destination."""

    KIND = "exit"
    CSV_FILE = "Exit"

    exit_date: date = attr("Project exit date", past=True)
    destination: int = attr("Destination", default=codes.NOT_COLLECTED, codes=codes.DESTINATION)
    destination_subsidy_type: int | None = attr("Destination rental subsidy type", default=None,
                                                codes=codes.RENTAL_SUBSIDY_TYPE)
    other_destination: str | None = attr("Other destination (describe)", default=None, max_len=50)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.destination == codes.RENTAL_WITH_SUBSIDY:
            if self.destination_subsidy_type is None:
                yield FieldError("destination_subsidy_type", "required",
                                 "Destination rental subsidy type is needed for a rental with an ongoing housing subsidy.")
        elif self.destination_subsidy_type is not None:
            yield FieldError("destination_subsidy_type", "not_applicable",
                             "Destination rental subsidy type only applies to a rental with an ongoing housing subsidy.")
        if not blank(self.other_destination) and self.destination != codes.OTHER_DESTINATION:
            yield FieldError("other_destination", "not_applicable",
                             "Describe the destination only when the destination is 'Other'.")
