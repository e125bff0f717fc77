"""Disabilities (4.05-4.10): one record per disability type, as in Disabilities.csv."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from . import codes
from .errors import FieldError
from .record import EnrollmentRecord, attr

#: Types where HUD asks whether the condition is long-lasting and impairs independent living.
ASKS_INDEFINITE = frozenset({5, 7, 9, 10})
#: Developmental disability and HIV/AIDS count as disabling without that question.
ALWAYS_DISABLING = frozenset({6, 8})


@dataclass(frozen=True, kw_only=True)
class Disability(EnrollmentRecord):
    """One disability type's answer at one data collection stage."""

    KIND = "disability"
    CSV_FILE = "Disabilities"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    disability_type: int = attr("Disability type", codes=codes.DISABILITY_TYPE)
    disability_response: int = attr("Disability answer", default=codes.NOT_COLLECTED)
    indefinite_and_impairs: int | None = attr("Expected to be long-term and impairs independent living",
                                              default=None, codes=codes.NO_YES_REASONS)

    @classmethod
    def response_list(cls, disability_type: int) -> codes.CodeList:
        """Substance use has its own answers (4.10.2); the other types use No/Yes."""
        return codes.SUBSTANCE_USE_RESPONSE if disability_type == codes.SUBSTANCE_USE else codes.NO_YES_REASONS

    @property
    def is_yes(self) -> bool:
        """The client has this condition (any 'yes' answer, incl. alcohol/drug/both)."""
        if self.disability_type == codes.SUBSTANCE_USE:
            return self.disability_response in (1, 2, 3)
        return self.disability_response == 1

    @property
    def is_disabling(self) -> bool:
        """HUD's reading: a 'yes' that is disabling by type or by the follow-up answer."""
        if not self.is_yes:
            return False
        return self.disability_type in ALWAYS_DISABLING or self.indefinite_and_impairs == 1

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.disability_response not in self.response_list(self.disability_type):
            yield FieldError("disability_response", "not_in_list",
                             "Disability answer is not on the HUD list for this disability type.")
            return
        if self.indefinite_and_impairs is not None:
            if self.disability_type not in ASKS_INDEFINITE:
                yield FieldError("indefinite_and_impairs", "not_applicable",
                                 "The long-term question is not asked for developmental disability or HIV/AIDS.")
            elif not self.is_yes:
                yield FieldError("indefinite_and_impairs", "not_applicable",
                                 "The long-term question is only asked when the answer is 'Yes'.")
