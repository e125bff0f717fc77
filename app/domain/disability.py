"""Disabilities (4.05-4.10): one record per disability type, as in Disabilities.csv, with HOPWA's
T-cell and viral load (W4) on the HIV/AIDS record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, only_when

#: Types where HUD asks whether the condition is long-lasting and impairs independent living.
ASKS_INDEFINITE = frozenset({5, 7, 9, 10})
#: Developmental disability and HIV/AIDS count as disabling without that question.
ALWAYS_DISABLING = frozenset({6, 8})
HIV_AIDS = 8
#: W4: the HOPWA questions, asked on the HIV/AIDS record only.
W4_FIELDS = (
    "t_cell_count_available",
    "t_cell_count",
    "t_cell_source",
    "viral_load_available",
    "viral_load",
    "viral_load_source",
    "anti_retroviral",
)


@dataclass(frozen=True, kw_only=True)
class Disability(EnrollmentRecord):
    """One disability type's answer at one data collection stage."""

    KIND = "disability"
    CSV_FILE = "Disabilities"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    disability_type: int = attr("Disability type", codes=codes.DISABILITY_TYPE)
    disability_response: int = attr("Disability answer", default=codes.NOT_COLLECTED)
    indefinite_and_impairs: int | None = attr(
        "Expected to be long-term and impairs independent living", default=None, codes=codes.NO_YES_REASONS
    )
    # W4 T-cell (CD4) and viral load (HOPWA)
    t_cell_count_available: int | None = asked("T-cell (CD4) count available", hud_list("1.8"))
    t_cell_count: int | None = asked("T-cell (CD4) count")
    t_cell_source: int | None = asked("How the T-cell count was obtained", hud_list("W4.B"))
    viral_load_available: int | None = asked("Viral load information available", hud_list("W4.3"))
    viral_load: int | None = asked("Viral load count")
    viral_load_source: int | None = asked("How the viral load was obtained", hud_list("W4.B"))
    anti_retroviral: int | None = asked("Taking antiretroviral medications", hud_list("1.8"))

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
        yield from self._hopwa_rules()
        if self.disability_response not in self.response_list(self.disability_type):
            yield FieldError(
                "disability_response",
                "not_in_list",
                "Disability answer is not on the HUD list for this disability type.",
            )
            return
        if self.indefinite_and_impairs is not None:
            if self.disability_type not in ASKS_INDEFINITE:
                yield FieldError(
                    "indefinite_and_impairs",
                    "not_applicable",
                    "The long-term question is not asked for developmental disability or HIV/AIDS.",
                )
            elif not self.is_yes:
                yield FieldError(
                    "indefinite_and_impairs",
                    "not_applicable",
                    "The long-term question is only asked when the answer is 'Yes'.",
                )

    def _hopwa_rules(self) -> Iterable[FieldError]:
        yield from only_when(self, "disability_type", (HIV_AIDS,), W4_FIELDS, "the disability is HIV/AIDS")
        yield from only_when(
            self, "t_cell_count_available", (1,), ("t_cell_count", "t_cell_source"), "a T-cell count is available"
        )
        yield from only_when(
            self, "viral_load_available", (1,), ("viral_load", "viral_load_source"), "the viral load is available"
        )
        for f, top in (("t_cell_count", 1500), ("viral_load", 999999)):
            value = getattr(self, f)
            if value is not None and not 0 <= value <= top:
                yield FieldError(f, "count_range", f"{self._label(f)} must be from 0 to {top}.")
