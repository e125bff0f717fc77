"""Services and bed nights (4.14 and program services), as in Services.csv."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from . import codes
from .errors import FieldError
from .record import EnrollmentRecord, attr


@dataclass(frozen=True, kw_only=True)
class Service(EnrollmentRecord):
    """One service on one day. A bed night is record type 200 with type provided 200."""

    KIND = "service"
    CSV_FILE = "Services"

    date_provided: date = attr("Date provided", past=True)
    record_type: int = attr("Service record type", codes=codes.RECORD_TYPE)
    type_provided: int = attr("Type of service")
    other_type_provided: str | None = attr("Other service (describe)", default=None, max_len=50)
    fa_amount: Decimal | None = attr("Financial assistance amount", default=None, money=True)

    @classmethod
    def bed_night(cls, *, enrollment_id: str, personal_id: str, night: date) -> "Service":
        """A bed night for *night* (the date the person stayed)."""
        return cls(enrollment_id=enrollment_id, personal_id=personal_id, date_provided=night,
                   record_type=codes.BED_NIGHT, type_provided=codes.BED_NIGHT)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.type_provided <= 0:
            yield FieldError("type_provided", "not_in_list", "Type of service must be a HUD service code.")
        if self.record_type == codes.BED_NIGHT:
            if self.type_provided != codes.BED_NIGHT:
                yield FieldError("type_provided", "not_in_list", "A bed night must have the bed night service type.")
            if self.fa_amount is not None:
                yield FieldError("fa_amount", "not_applicable", "A bed night has no financial assistance amount.")
