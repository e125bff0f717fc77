"""Enrollment: one person's stay in one project (HMIS Enrollment.csv).

Holds project start (3.10), relationship to head of household (3.15), CoC
(3.16), prior living situation (3.917), disabling condition (3.08), housing
move-in date (3.20), date of engagement (4.13) and the program elements HUD puts on
Enrollment.csv: PATH status (P3), RHY referral, BCP status and family questions (R1-R3,
R11-R14), SSVF and VA (V4, V6, V7, V10). Rules that need another
record (the client's DOB, the exit, the household) live in ``enrollment_rules``
and ``household``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .ids import new_id
from .record import Record, asked, attr, only_when

COC_CODE_RE = re.compile(r"[A-Z]{2}-\d{3}")

#: 3.917: lengths of stay that count as "under the threshold" for each group.
_UNDER_90_DAYS = frozenset({10, 11, 2, 3})
_UNDER_7_NIGHTS = frozenset({10, 11})

#: R11: the years (and, under one year, months) a former ward spent in each system.
_WARD_YEARS = {
    "former_ward_child_welfare": ("child_welfare_years", "child_welfare_months"),
    "former_ward_juvenile_justice": ("juvenile_justice_years", "juvenile_justice_months"),
}


@dataclass(frozen=True, kw_only=True)
class Enrollment(Record):
    """A project stay. ``household_id`` defaults to a new id: a household of one."""

    KIND = "enrollment"
    CSV_FILE = "Enrollment"
    PARENTS = ("personal_id",)

    personal_id: str = attr("Client", ref=True)
    project_id: str = attr("Project", ref=True)
    household_id: str = attr("Household", default_factory=new_id, ref=True)
    entry_date: date = attr("Project start date", past=True)
    relationship_to_hoh: int = attr("Relationship to head of household", codes=codes.RELATIONSHIP_TO_HOH)
    enrollment_coc: str | None = attr("Client location (CoC)", default=None, max_len=6)
    # 3.917 Prior living situation
    living_situation: int | None = attr("Prior living situation", default=None, codes=codes.PRIOR_LIVING_SITUATION)
    rental_subsidy_type: int | None = attr("Rental subsidy type", default=None, codes=codes.RENTAL_SUBSIDY_TYPE)
    length_of_stay: int | None = attr(
        "Length of stay in prior living situation", default=None, codes=codes.LENGTH_OF_STAY
    )
    los_under_threshold: int | None = attr("Stay was under the time limit", default=None, codes=codes.NO_YES)
    previous_street_essh: int | None = attr(
        "On the streets, in shelter or Safe Haven the night before", default=None, codes=codes.NO_YES
    )
    date_to_street_essh: date | None = attr("Date homelessness started", default=None, past=True)
    times_homeless_past_three_years: int | None = attr(
        "Times homeless in the past three years", default=None, codes=codes.TIMES_HOMELESS
    )
    months_homeless_past_three_years: int | None = attr(
        "Months homeless in the past three years", default=None, codes=codes.MONTHS_HOMELESS
    )
    disabling_condition: int = attr("Disabling condition", default=codes.NOT_COLLECTED, codes=codes.DISABLING_CONDITION)
    move_in_date: date | None = attr("Housing move-in date", default=None, past=True)
    date_of_engagement: date | None = attr("Date of engagement", default=None, past=True)
    # P3 PATH status, P4 and R1 referral source, V4 percent of AMI
    date_of_path_status: date | None = attr("Date of PATH status determination", default=None, past=True)
    client_enrolled_in_path: int | None = asked("Client became enrolled in PATH", hud_list("1.7"))
    reason_not_enrolled: int | None = asked("Reason not enrolled in PATH", hud_list("P3.A"))
    percent_ami: int | None = asked("Percent of area median income (SSVF)", hud_list("V4.1"))
    referral_source: int | None = asked("Referral source", hud_list("R1.1"))
    count_outreach_referral_approaches: int | None = asked("Number of times approached by outreach before entry")
    # R2 RHY - BCP status
    date_of_bcp_status: date | None = attr("Date of BCP status determination", default=None, past=True)
    eligible_for_rhy: int | None = asked("Youth eligible for RHY services", hud_list("1.7"))
    reason_no_services: int | None = asked("Reason youth is not receiving RHY services", hud_list("R2.A"))
    runaway_youth: int | None = asked("Runaway youth", hud_list("1.8"))
    # R11 former ward of child welfare or foster care; R12 of the juvenile justice system
    former_ward_child_welfare: int | None = asked("Former ward of child welfare or foster care", hud_list("1.8"))
    child_welfare_years: int | None = asked("Years in child welfare or foster care", hud_list("R11.A"))
    child_welfare_months: int | None = asked("Months in child welfare or foster care")
    former_ward_juvenile_justice: int | None = asked("Former ward of the juvenile justice system", hud_list("1.8"))
    juvenile_justice_years: int | None = asked("Years in the juvenile justice system", hud_list("R11.A"))
    juvenile_justice_months: int | None = asked("Months in the juvenile justice system")
    # R13 family critical issues
    unemployment_fam: int | None = asked("Unemployment in the family", hud_list("1.8"))
    mental_health_disorder_fam: int | None = asked("Mental health disorder in the family", hud_list("1.8"))
    physical_disability_fam: int | None = asked("Physical disability in the family", hud_list("1.8"))
    alcohol_drug_use_disorder_fam: int | None = asked("Alcohol or drug use disorder in the family", hud_list("1.8"))
    insufficient_income: int | None = asked("Insufficient income to support the youth", hud_list("1.8"))
    incarcerated_parent: int | None = asked("Incarcerated parent of the youth", hud_list("1.8"))
    # V6 VAMC station number (HUD's list of station codes is text)
    vamc_station: str | None = asked("VAMC station number", hud_list("V6.1"), max_len=5)
    # V7 SSVF homelessness prevention targeting criteria
    target_screen_reqd: int | None = asked("Targeting screening required", hud_list("1.7"))
    time_to_housing_loss: int | None = asked("Time until housing loss", hud_list("V7.A"))
    annual_percent_ami: int | None = asked("Annual income as a percent of area median income", hud_list("V7.B"))
    literal_homeless_history: int | None = asked("Past literal homelessness", hud_list("V7.C"))
    client_leaseholder: int | None = asked("Client is not the leaseholder", hud_list("1.7"))
    hoh_leaseholder: int | None = asked(
        "Head of household has not been a leaseholder in the past 5 years", hud_list("1.7")
    )
    subsidy_at_risk: int | None = asked("Currently in subsidized housing that is at risk", hud_list("1.7"))
    eviction_history: int | None = asked("Rental evictions within the past 7 years", hud_list("V7.G"))
    criminal_record: int | None = asked("Criminal record that bars obtaining housing", hud_list("1.7"))
    incarcerated_adult: int | None = asked("Incarcerated as an adult", hud_list("V7.I"))
    prison_discharge: int | None = asked("Discharged from an institution in the past six months", hud_list("1.7"))
    sex_offender: int | None = asked("Registered sex offender", hud_list("1.7"))
    disabled_hoh: int | None = asked("Head of household has a disabling condition", hud_list("1.7"))
    current_pregnant: int | None = asked("Currently pregnant", hud_list("1.7"))
    single_parent: int | None = asked("Single parent with a minor child", hud_list("1.7"))
    dependent_under6: int | None = asked("Household includes a child under 6", hud_list("V7.O"))
    hh5_plus: int | None = asked("Household size of 5 or more", hud_list("1.7"))
    coc_prioritized: int | None = asked("Prioritized by the CoC's coordinated entry", hud_list("1.7"))
    hp_screening_score: int | None = asked("Homelessness prevention screening score")
    threshold_score: int | None = asked("Grantee targeting threshold score")
    # V10 SSVF mental health consultation
    mental_health_consultation: int | None = asked("Mental health consultation", hud_list("V10"))

    @property
    def is_head_of_household(self) -> bool:
        return self.relationship_to_hoh == codes.HEAD_OF_HOUSEHOLD

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.enrollment_coc is not None and not COC_CODE_RE.fullmatch(self.enrollment_coc):
            yield FieldError(
                "enrollment_coc",
                "coc_shape",
                "Client location (CoC) must look like CT-505: two capital letters, a dash, three digits.",
            )
        yield from self._prior_living_rules()
        if self.move_in_date is not None and self.move_in_date < self.entry_date:
            yield FieldError(
                "move_in_date", "before_entry", "Housing move-in date cannot be before the project start date."
            )
        if self.date_of_engagement is not None and self.date_of_engagement < self.entry_date:
            yield FieldError(
                "date_of_engagement", "before_entry", "Date of engagement cannot be before the project start date."
            )
        yield from self._program_rules()

    def _program_rules(self) -> Iterable[FieldError]:
        yield from only_when(
            self,
            "client_enrolled_in_path",
            (0,),
            ("reason_not_enrolled",),
            "the client did not become enrolled in PATH",
        )
        yield from only_when(
            self, "eligible_for_rhy", (0,), ("reason_no_services",), "the youth is not eligible for RHY services"
        )
        for ward, (years, months) in _WARD_YEARS.items():
            yield from only_when(self, ward, (1,), (years, months), f"{self._label(ward).lower()} is 'Yes'")
            yield from only_when(self, years, (1,), (months,), f"{self._label(years).lower()} is under one year")
            month_count = getattr(self, months)
            if month_count is not None and not 1 <= month_count <= 11:
                yield FieldError(months, "month_range", f"{self._label(months)} must be from 1 to 11.")
        for f in ("count_outreach_referral_approaches", "hp_screening_score", "threshold_score"):
            if (getattr(self, f) or 0) < 0:
                yield FieldError(f, "negative", f"{self._label(f)} cannot be less than zero.")
        for f in ("date_of_path_status", "date_of_bcp_status"):
            day = getattr(self, f)
            if day is not None and day < self.entry_date:
                yield FieldError(f, "before_entry", f"{self._label(f)} cannot be before the project start date.")

    def _prior_living_rules(self) -> Iterable[FieldError]:
        if self.living_situation == codes.RENTAL_WITH_SUBSIDY:
            if self.rental_subsidy_type is None:
                yield FieldError(
                    "rental_subsidy_type",
                    "required",
                    "Rental subsidy type is needed for a rental with an ongoing housing subsidy.",
                )
        elif self.rental_subsidy_type is not None:
            yield FieldError(
                "rental_subsidy_type",
                "not_applicable",
                "Rental subsidy type only applies to a rental with an ongoing housing subsidy.",
            )
        if self.date_to_street_essh is not None and self.date_to_street_essh > self.entry_date:
            yield FieldError(
                "date_to_street_essh",
                "after_entry",
                "Date homelessness started cannot be after the project start date.",
            )
        group = codes.living_situation_group(self.living_situation)
        los, under = self.length_of_stay, self.los_under_threshold
        if (
            group in ("institutional", "temporary", "permanent")
            and under is not None
            and los is not None
            and los not in codes.MISSING_REASONS
        ):
            limit = _UNDER_90_DAYS if group == "institutional" else _UNDER_7_NIGHTS
            if (los in limit) != (under == 1):
                yield FieldError(
                    "los_under_threshold",
                    "threshold_mismatch",
                    "Stay was under the time limit does not agree with the length of stay "
                    "(under 90 days for an institution, under 7 nights otherwise).",
                )
        if group == "homeless" and under is not None:
            yield FieldError(
                "los_under_threshold",
                "not_applicable",
                "Stay was under the time limit is only asked when the client was not homeless before.",
            )
