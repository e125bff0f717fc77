"""Services and bed nights (4.14 and program services), as in Services.csv: with the PATH referral
outcome (P2), the SSVF service subtype (V2), financial assistance dates (V3, W2) and Moving On
assistance described (C2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, only_when

PATH_REFERRAL = 161


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
    moving_on_other_type: str | None = asked("Other Moving On assistance (describe)", max_len=50)
    sub_type_provided: int | None = asked("Service subtype")
    fa_start_date: date | None = asked("Financial assistance start date")
    fa_end_date: date | None = asked("Financial assistance end date")
    referral_outcome: int | None = asked("Referral outcome", hud_list("P2.A"))

    @classmethod
    def bed_night(cls, *, enrollment_id: str, personal_id: str, night: date) -> Service:
        """A bed night for *night* (the date the person stayed)."""
        return cls(
            enrollment_id=enrollment_id,
            personal_id=personal_id,
            date_provided=night,
            record_type=codes.BED_NIGHT,
            type_provided=codes.BED_NIGHT,
        )

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.type_provided <= 0:
            yield FieldError("type_provided", "not_in_list", "Type of service must be a HUD service code.")
        if self.record_type == codes.BED_NIGHT:
            if self.type_provided != codes.BED_NIGHT:
                yield FieldError("type_provided", "not_in_list", "A bed night must have the bed night service type.")
            if self.fa_amount is not None:
                yield FieldError("fa_amount", "not_applicable", "A bed night has no financial assistance amount.")
        yield from only_when(self, "record_type", (PATH_REFERRAL,), ("referral_outcome",), "it is a PATH referral")
        if self.fa_start_date is not None and self.fa_end_date is not None and self.fa_end_date < self.fa_start_date:
            yield FieldError(
                "fa_end_date", "before_start", "Financial assistance end date cannot be before its start date."
            )
