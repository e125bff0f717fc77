"""Client: the person (HMIS Client.csv, universal data elements 3.01-3.07, 4.21, and V1).

FY2026: 3.06 Gender is no longer a universal element and left the CSV; 4.21
Sex took its column. Race and ethnicity (3.04) are one yes/no column per
category, with ``race_none`` giving the reason when none was chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import Record, attr, blank, only_when
from .ssn import SSN_RULES, is_partial_ssn, ssn_problem

#: Data quality answers saying the value was not given.
_NOT_GIVEN = codes.MISSING_REASONS
#: V1 Veteran's information: HUD asks it only of a client whose veteran status is 'Yes'.
VETERAN_INFORMATION: tuple[str, ...] = (
    "year_entered_service",
    "year_separated",
    "world_war_ii",
    "korean_war",
    "vietnam_war",
    "desert_storm",
    "afghanistan_oef",
    "iraq_oif",
    "iraq_ond",
    "other_theater",
    "military_branch",
    "discharge_status",
)


@dataclass(frozen=True, kw_only=True)
class Client(Record):
    """One person, whatever program they are enrolled in."""

    KIND = "client"
    CSV_FILE = "Client"
    PARENTS = ()

    # 3.01 Name
    first_name: str | None = attr("First name", default=None, max_len=50)
    middle_name: str | None = attr("Middle name", default=None, max_len=50)
    last_name: str | None = attr("Last name", default=None, max_len=50)
    name_suffix: str | None = attr("Name suffix", default=None, max_len=50)
    name_data_quality: int = attr("Name data quality", default=codes.NOT_COLLECTED, codes=codes.NAME_DATA_QUALITY)
    # 3.02 Social Security number
    ssn: str | None = attr("SSN", default=None, max_len=9)
    ssn_data_quality: int = attr("SSN data quality", default=codes.NOT_COLLECTED, codes=codes.SSN_DATA_QUALITY)
    # 3.03 Date of birth
    dob: date | None = attr("Date of birth", default=None, past=True)
    dob_data_quality: int = attr(
        "Date of birth data quality", default=codes.NOT_COLLECTED, codes=codes.DOB_DATA_QUALITY
    )
    # 3.04 Race and ethnicity
    am_ind_ak_native: int = attr(codes.RACE_FIELDS["am_ind_ak_native"], default=0, codes=codes.NO_YES)
    asian: int = attr(codes.RACE_FIELDS["asian"], default=0, codes=codes.NO_YES)
    black_af_american: int = attr(codes.RACE_FIELDS["black_af_american"], default=0, codes=codes.NO_YES)
    hispanic_latinao: int = attr(codes.RACE_FIELDS["hispanic_latinao"], default=0, codes=codes.NO_YES)
    mid_east_n_african: int = attr(codes.RACE_FIELDS["mid_east_n_african"], default=0, codes=codes.NO_YES)
    native_hi_pacific: int = attr(codes.RACE_FIELDS["native_hi_pacific"], default=0, codes=codes.NO_YES)
    white: int = attr(codes.RACE_FIELDS["white"], default=0, codes=codes.NO_YES)
    race_none: int | None = attr("Race and ethnicity not reported", default=None, codes=codes.RACE_NONE)
    additional_race_ethnicity: str | None = attr("Additional race and ethnicity detail", default=None, max_len=100)
    # 4.21 Sex (FY2026)
    sex: int | None = attr("Sex", default=None, codes=codes.SEX)
    # 3.07 Veteran status
    veteran_status: int = attr("Veteran status", default=codes.NOT_COLLECTED, codes=codes.VETERAN_STATUS)
    # V1 Veteran's information (asked of veterans only)
    year_entered_service: int | None = attr("Year entered military service", default=None)
    year_separated: int | None = attr("Year separated from military service", default=None)
    world_war_ii: int | None = attr("Theater of operations: World War II", default=None, codes=codes.NO_YES_REASONS)
    korean_war: int | None = attr("Theater of operations: Korean War", default=None, codes=codes.NO_YES_REASONS)
    vietnam_war: int | None = attr("Theater of operations: Vietnam War", default=None, codes=codes.NO_YES_REASONS)
    desert_storm: int | None = attr(
        "Theater of operations: Persian Gulf War (Operation Desert Storm)", default=None, codes=codes.NO_YES_REASONS
    )
    afghanistan_oef: int | None = attr(
        "Theater of operations: Afghanistan (Operation Enduring Freedom)", default=None, codes=codes.NO_YES_REASONS
    )
    iraq_oif: int | None = attr(
        "Theater of operations: Iraq (Operation Iraqi Freedom)", default=None, codes=codes.NO_YES_REASONS
    )
    iraq_ond: int | None = attr(
        "Theater of operations: Iraq (Operation New Dawn)", default=None, codes=codes.NO_YES_REASONS
    )
    other_theater: int | None = attr(
        "Theater of operations: other peace-keeping operations or military interventions",
        default=None,
        codes=codes.NO_YES_REASONS,
    )
    military_branch: int | None = attr("Branch of the military", default=None, codes=hud_list("V1.11"))
    discharge_status: int | None = attr("Discharge status", default=None, codes=hud_list("V1.12"))
    # our own: a nickname or street name to help find the person; never exported
    alias: str | None = attr("Also known as", default=None, max_len=100)

    def races(self) -> tuple[str, ...]:
        """The race and ethnicity fields answered 'yes'."""
        return tuple(f for f in codes.RACE_FIELDS if getattr(self, f) == 1)

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from self._name_rules()
        yield from self._ssn_rules()
        yield from self._dob_rules()
        if self.races() and self.race_none is not None:
            yield FieldError(
                "race_none",
                "race_none_with_race",
                "Race and ethnicity cannot have both a category chosen and a reason for no answer.",
            )
        yield from only_when(self, "veteran_status", (1,), VETERAN_INFORMATION, "the client is a veteran")
        yield from self._service_years(today)

    def _service_years(self, today: date) -> Iterable[FieldError]:
        entered, separated = self.year_entered_service, self.year_separated
        for f in ("year_entered_service", "year_separated"):
            year = getattr(self, f)
            if year is not None and not 1920 <= year <= today.year:
                yield FieldError(f, "year_range", f"{self._label(f)} must be a year from 1920 to this year.")
        if entered is not None and separated is not None and separated < entered:
            yield FieldError(
                "year_separated",
                "before_entered",
                "Year separated from military service cannot be before the year service began.",
            )

    def _name_rules(self) -> Iterable[FieldError]:
        dq = self.name_data_quality
        if dq == 1:
            for f in ("first_name", "last_name"):
                if blank(getattr(self, f)):
                    yield FieldError(f, "required", f"{self._label(f)} is needed when the full name was reported.")
        elif dq == 2:
            if blank(self.first_name) and blank(self.last_name):
                yield FieldError(
                    "first_name",
                    "required",
                    "Enter at least a first or a last name when a partial or street name was reported.",
                )
        elif dq in _NOT_GIVEN:
            for f in ("first_name", "middle_name", "last_name", "name_suffix"):
                if not blank(getattr(self, f)):
                    yield FieldError(
                        f,
                        "value_without_answer",
                        f"{self._label(f)} should be empty when the name was not given; or change Name data quality.",
                    )

    def _ssn_rules(self) -> Iterable[FieldError]:
        dq, ssn = self.ssn_data_quality, self.ssn
        if dq == 1:
            if blank(ssn):
                yield FieldError("ssn", "required", "SSN is needed when the full SSN was reported.")
            else:
                problem = ssn_problem(ssn)  # type: ignore[arg-type]
                if problem:
                    yield FieldError("ssn", problem, SSN_RULES[problem])
        elif dq == 2:
            if blank(ssn):
                yield FieldError(
                    "ssn",
                    "required",
                    "Enter the digits that are known (use x for unknown digits) when a partial SSN was reported.",
                )
            elif not (is_partial_ssn(ssn) or ssn_problem(ssn) != "ssn_shape"):  # type: ignore[arg-type]
                # HUD: "approximate" may be nine digits that break SSA rules; data quality flags it.
                yield FieldError(
                    "ssn",
                    "ssn_partial_shape",
                    "A partial SSN must have 9 characters: known digits and x for unknown digits.",
                )
        elif dq in _NOT_GIVEN and not blank(ssn):
            yield FieldError(
                "ssn", "value_without_answer", "SSN should be empty when it was not given; or change SSN data quality."
            )

    def _dob_rules(self) -> Iterable[FieldError]:
        dq = self.dob_data_quality
        if dq in (1, 2) and self.dob is None:
            yield FieldError("dob", "required", "Date of birth is needed when a full or approximate date was reported.")
        elif dq in _NOT_GIVEN and self.dob is not None:
            yield FieldError(
                "dob",
                "value_without_answer",
                "Date of birth should be empty when it was not given; or change Date of birth data quality.",
            )
