"""Income and sources (4.02), non-cash benefits (4.03), health insurance (4.04) with HOPWA's
reason for each source not held, HOPWA medical assistance (W3) and connection with SOAR.

One record per collection point, as in HMIS IncomeBenefits.csv. Each of the
three parts has a "from any source" gateway question; the sources under it must
agree with it (a "No" with a source ticked, or a "Yes" with nothing ticked, is
a contradiction HUD counts as a data quality error, so intake refuses it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, answered, asked, attr, blank, only_when

#: income source flag -> its monthly amount field
INCOME_SOURCES: dict[str, str] = {
    "earned": "earned_amount",
    "unemployment": "unemployment_amount",
    "ssi": "ssi_amount",
    "ssdi": "ssdi_amount",
    "va_disability_service": "va_disability_service_amount",
    "va_disability_non_service": "va_disability_non_service_amount",
    "private_disability": "private_disability_amount",
    "workers_comp": "workers_comp_amount",
    "tanf": "tanf_amount",
    "ga": "ga_amount",
    "soc_sec_retirement": "soc_sec_retirement_amount",
    "pension": "pension_amount",
    "child_support": "child_support_amount",
    "alimony": "alimony_amount",
    "other_income_source": "other_income_amount",
}
BENEFIT_SOURCES: tuple[str, ...] = (
    "snap",
    "wic",
    "tanf_child_care",
    "tanf_transportation",
    "other_tanf",
    "other_benefits_source",
)
INSURANCE_SOURCES: tuple[str, ...] = (
    "medicaid",
    "medicare",
    "schip",
    "vha_services",
    "employer_provided",
    "cobra",
    "private_pay",
    "state_health_ins",
    "indian_health_services",
    "other_insurance",
)

#: HOPWA asks why an insurance source is not held (4.04.A), for each source but "other".
NO_INSURANCE_REASONS: dict[str, str] = {
    "medicaid": "no_medicaid_reason",
    "medicare": "no_medicare_reason",
    "schip": "no_schip_reason",
    "vha_services": "no_vha_reason",
    "employer_provided": "no_employer_provided_reason",
    "cobra": "no_cobra_reason",
    "private_pay": "no_private_pay_reason",
    "state_health_ins": "no_state_health_ins_reason",
    "indian_health_services": "no_indian_health_services_reason",
}


def _flag(label: str) -> Any:  # a source answered yes/no
    return attr(label, default=None, codes=codes.NO_YES)


def _money(label: str) -> Any:
    return attr(label, default=None, money=True)


@dataclass(frozen=True, kw_only=True)
class IncomeBenefits(EnrollmentRecord):
    """Income, benefits and insurance at one data collection stage."""

    KIND = "income_benefits"
    CSV_FILE = "IncomeBenefits"

    information_date: date = attr("Information date", past=True)
    data_collection_stage: int = attr("Data collection stage", codes=codes.ASSESSMENT_STAGE)
    # 4.02 Income and sources
    income_from_any_source: int | None = attr(
        "Income from any source", default=codes.NOT_COLLECTED, codes=codes.NO_YES_REASONS
    )
    total_monthly_income: Decimal | None = _money("Total monthly income")
    earned: int | None = _flag("Earned income (employment)")
    earned_amount: Decimal | None = _money("Earned income amount")
    unemployment: int | None = _flag("Unemployment insurance")
    unemployment_amount: Decimal | None = _money("Unemployment insurance amount")
    ssi: int | None = _flag("Supplemental Security Income (SSI)")
    ssi_amount: Decimal | None = _money("SSI amount")
    ssdi: int | None = _flag("Social Security Disability Insurance (SSDI)")
    ssdi_amount: Decimal | None = _money("SSDI amount")
    va_disability_service: int | None = _flag("VA service-connected disability compensation")
    va_disability_service_amount: Decimal | None = _money("VA service-connected disability amount")
    va_disability_non_service: int | None = _flag("VA non-service-connected disability pension")
    va_disability_non_service_amount: Decimal | None = _money("VA non-service-connected disability amount")
    private_disability: int | None = _flag("Private disability insurance")
    private_disability_amount: Decimal | None = _money("Private disability insurance amount")
    workers_comp: int | None = _flag("Worker's compensation")
    workers_comp_amount: Decimal | None = _money("Worker's compensation amount")
    tanf: int | None = _flag("TANF")
    tanf_amount: Decimal | None = _money("TANF amount")
    ga: int | None = _flag("General Assistance (GA)")
    ga_amount: Decimal | None = _money("General Assistance amount")
    soc_sec_retirement: int | None = _flag("Retirement income from Social Security")
    soc_sec_retirement_amount: Decimal | None = _money("Social Security retirement amount")
    pension: int | None = _flag("Pension or retirement income from a former job")
    pension_amount: Decimal | None = _money("Pension amount")
    child_support: int | None = _flag("Child support")
    child_support_amount: Decimal | None = _money("Child support amount")
    alimony: int | None = _flag("Alimony and other spousal support")
    alimony_amount: Decimal | None = _money("Alimony amount")
    other_income_source: int | None = _flag("Other income source")
    other_income_amount: Decimal | None = _money("Other income amount")
    other_income_source_identify: str | None = attr("Other income source (describe)", default=None, max_len=50)
    # 4.03 Non-cash benefits
    benefits_from_any_source: int | None = attr(
        "Non-cash benefits from any source", default=codes.NOT_COLLECTED, codes=codes.NO_YES_REASONS
    )
    snap: int | None = _flag("SNAP (food stamps)")
    wic: int | None = _flag("WIC")
    tanf_child_care: int | None = _flag("TANF child care services")
    tanf_transportation: int | None = _flag("TANF transportation services")
    other_tanf: int | None = _flag("Other TANF-funded services")
    other_benefits_source: int | None = _flag("Other non-cash benefit")
    other_benefits_source_identify: str | None = attr("Other non-cash benefit (describe)", default=None, max_len=50)
    # 4.04 Health insurance
    insurance_from_any_source: int | None = attr(
        "Health insurance from any source", default=codes.NOT_COLLECTED, codes=codes.NO_YES_REASONS
    )
    medicaid: int | None = _flag("Medicaid")
    medicare: int | None = _flag("Medicare")
    schip: int | None = _flag("State Children's Health Insurance Program")
    vha_services: int | None = _flag("Veteran's Health Administration (VHA)")
    employer_provided: int | None = _flag("Employer-provided health insurance")
    cobra: int | None = _flag("Health insurance through COBRA")
    private_pay: int | None = _flag("Private pay health insurance")
    state_health_ins: int | None = _flag("State health insurance for adults")
    indian_health_services: int | None = _flag("Indian Health Services program")
    other_insurance: int | None = _flag("Other health insurance")
    other_insurance_identify: str | None = attr("Other health insurance (describe)", default=None, max_len=50)
    # 4.04 HOPWA: the reason a source is not held
    no_medicaid_reason: int | None = asked("Reason for no Medicaid", hud_list("4.04.A"))
    no_medicare_reason: int | None = asked("Reason for no Medicare", hud_list("4.04.A"))
    no_schip_reason: int | None = asked("Reason for no SCHIP", hud_list("4.04.A"))
    no_vha_reason: int | None = asked("Reason for no VHA services", hud_list("4.04.A"))
    no_employer_provided_reason: int | None = asked("Reason for no employer-provided insurance", hud_list("4.04.A"))
    no_cobra_reason: int | None = asked("Reason for no COBRA", hud_list("4.04.A"))
    no_private_pay_reason: int | None = asked("Reason for no private pay insurance", hud_list("4.04.A"))
    no_state_health_ins_reason: int | None = asked("Reason for no state health insurance", hud_list("4.04.A"))
    no_indian_health_services_reason: int | None = asked("Reason for no Indian Health Services", hud_list("4.04.A"))
    # W3 HOPWA medical assistance
    adap: int | None = asked("AIDS Drug Assistance Program (ADAP)", hud_list("1.8"))
    no_adap_reason: int | None = asked("Reason for no ADAP", hud_list("W3"))
    ryan_white_med_dent: int | None = asked("Ryan White-funded medical or dental assistance", hud_list("1.8"))
    no_ryan_white_reason: int | None = asked("Reason for no Ryan White assistance", hud_list("W3"))
    # SSVF and PATH: connection with SOAR
    connection_with_soar: int | None = asked("Connection with SOAR", hud_list("1.8"))

    def sources_yes(self, sources: Iterable[str]) -> tuple[str, ...]:
        return tuple(s for s in sources if getattr(self, s) == 1)

    def _rules(self, today: date) -> Iterable[FieldError]:
        yield from answered(self, "income_from_any_source", "benefits_from_any_source", "insurance_from_any_source")
        yield from self._gateway("income_from_any_source", INCOME_SOURCES, "an income source")
        yield from self._gateway("benefits_from_any_source", BENEFIT_SOURCES, "a non-cash benefit")
        yield from self._gateway("insurance_from_any_source", INSURANCE_SOURCES, "a health insurance")
        for source, amount in INCOME_SOURCES.items():
            if getattr(self, source) == 1 and getattr(self, amount) is None:
                yield FieldError(amount, "required", f"{self._label(amount)} is needed when the source is 'Yes'.")
            elif getattr(self, source) != 1 and getattr(self, amount) is not None:
                yield FieldError(
                    amount, "not_applicable", f"{self._label(amount)} only applies when the source is 'Yes'."
                )
        if self.income_from_any_source != 1 and self.total_monthly_income not in (None, Decimal(0)):
            yield FieldError(
                "total_monthly_income",
                "not_applicable",
                "Total monthly income only applies when there is income from a source.",
            )
        for flag, text in (
            ("other_income_source", "other_income_source_identify"),
            ("other_benefits_source", "other_benefits_source_identify"),
            ("other_insurance", "other_insurance_identify"),
        ):
            if not blank(getattr(self, text)) and getattr(self, flag) != 1:
                yield FieldError(text, "not_applicable", f"{self._label(text)} only applies when it is 'Yes'.")
        for source, reason in NO_INSURANCE_REASONS.items():
            yield from only_when(self, source, (0,), (reason,), f"{self._label(source)} is 'No'")
        yield from only_when(self, "adap", (0,), ("no_adap_reason",), "ADAP is 'No'")
        yield from only_when(
            self, "ryan_white_med_dent", (0,), ("no_ryan_white_reason",), "Ryan White-funded assistance is 'No'"
        )

    def _gateway(self, gateway: str, sources: Iterable[str], what: str) -> Iterable[FieldError]:
        answer = getattr(self, gateway)
        ticked = self.sources_yes(sources)
        if answer == 1 and not ticked:
            yield FieldError(
                gateway,
                "yes_without_source",
                f"{self._label(gateway)} is 'Yes' but no source is marked 'Yes'; mark {what}.",
            )
        elif answer != 1 and ticked:
            yield FieldError(
                gateway, "source_without_yes", f"{self._label(gateway)} must be 'Yes' when a source is marked 'Yes'."
            )
