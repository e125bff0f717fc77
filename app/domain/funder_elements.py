"""Which program-specific elements a project's funders require, at which data collection stage and
of whom (HUD's program manuals: PATH, RHY, SSVF, VA, HOPWA, CoC and ESG).

Why a table and not code per screen: the intake, the exit form and the annual assessment must ask
the same elements for the same funders, and a test can check every field named here exists on the
record it is stored in. A project with no such funder is asked none of them.
Why "required" refuses 'Data not collected': HUD counts it as missing; 'Client doesn't know' and
'Client prefers not to answer' are answers a worker may record.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .client import VETERAN_INFORMATION
from .disability import W4_FIELDS
from .errors import FieldError

ENTRY, UPDATE, EXIT, ANNUAL = 1, 2, 3, 5
#: Who an element is asked of: the head of household; the head and adults; everyone; adult
#: veterans (veteran status 'Yes'); clients whose HIV/AIDS answer is 'Yes'.
HEAD, ADULTS, ALL, VETERANS, HIV = "head", "adults", "all", "veterans", "hiv"
NOT_COLLECTED = 99
HOMELESSNESS_PREVENTION = 12  # project type

#: HUD list 2.06.1 funder code -> funder family (the program manual that applies).
FAMILY: dict[int, str] = {
    21: "PATH",
    **{c: "RHY" for c in (22, 23, 24, 25, 26)},
    33: "SSVF",
    **{c: "VA" for c in (20, 27, 30, 32, 37, 38, 39, 40, 41, 42, 45)},
    **{c: "HOPWA" for c in (13, 14, 15, 16, 17, 18, 19, 48)},
    **{c: "CoC" for c in (1, 2, 3, 4, 5, 6, 7, 43, 44, 49, 54, 55, 56)},
    **{c: "ESG" for c in (8, 9, 10, 11, 47, 53)},
}
FAMILIES = ("PATH", "RHY", "SSVF", "VA", "HOPWA", "CoC", "ESG")

#: (gateway field, answers, fields then needed)
Then = tuple[str, tuple[Any, ...] | None, tuple[str, ...]]


@dataclass(frozen=True)
class Element:
    """One HUD element as a funder requires it. ``then``: follow-ups needed after an answer
    (answers None: after any answer)."""

    code: str
    title: str
    kind: str  # the record KIND it is stored in
    fields: tuple[str, ...]
    who: str
    stages: tuple[int, ...]
    required: tuple[str, ...] = ()
    then: tuple[Then, ...] = ()
    funders: frozenset[int] | None = None  # only these funder codes of the family (None: all)
    project_types: frozenset[int] | None = None  # only these project types (None: all)


_ALL_STAGES = (ENTRY, UPDATE, ANNUAL, EXIT)
_RHY_FULL = frozenset({22, 23, 24, 26})  # not the Street Outreach Project, which asks few elements
_V7_CRITERIA = ("time_to_housing_loss", "annual_percent_ami", "literal_homeless_history", "client_leaseholder",
                "hoh_leaseholder", "subsidy_at_risk", "eviction_history", "criminal_record", "incarcerated_adult",
                "prison_discharge", "sex_offender", "disabled_hoh", "current_pregnant", "single_parent",
                "dependent_under6", "hh5_plus", "coc_prioritized", "hp_screening_score", "threshold_score")
_R13 = ("unemployment_fam", "mental_health_disorder_fam", "physical_disability_fam", "alcohol_drug_use_disorder_fam",
        "insufficient_income", "incarcerated_parent")
_R16 = ("workplace_violence_threats", "workplace_promise_difference", "coerced_to_continue_work")
_R19 = ("destination_safe_client", "destination_safe_worker", "pos_adult_connections", "pos_peer_connections",
        "pos_community_connections")
_V1_REQUIRED = tuple(f for f in VETERAN_INFORMATION if not f.startswith("year_"))

V1 = Element("V1", "Veteran's information", "client", VETERAN_INFORMATION, VETERANS, (ENTRY,), _V1_REQUIRED)
V6 = Element("V6", "VAMC station number", "enrollment", ("vamc_station",), HEAD, (ENTRY,), ("vamc_station",))
EMPLOYMENT = Element("R4-R6", "Last grade, school status and employment", "employment_education",
                     ("last_grade_completed", "school_status", "employed", "employment_type", "not_employed_reason"),
                     ADULTS, (ENTRY, EXIT), ("last_grade_completed", "school_status", "employed"),
                     (("employed", (1,), ("employment_type",)), ("employed", (0,), ("not_employed_reason",))),
                     funders=_RHY_FULL)
HEALTH = Element("R7-R9", "General, dental and mental health status", "health_and_dv",
                 ("general_health_status", "dental_health_status", "mental_health_status"), ADULTS, (ENTRY, EXIT),
                 ("general_health_status", "dental_health_status", "mental_health_status"), funders=_RHY_FULL)

ELEMENTS: dict[str, tuple[Element, ...]] = {
    "PATH": (
        Element("P3", "PATH status", "enrollment", ("date_of_path_status", "client_enrolled_in_path",
                                                     "reason_not_enrolled"), ADULTS, (ENTRY,),
                then=(("date_of_path_status", None, ("client_enrolled_in_path",)),
                      ("client_enrolled_in_path", None, ("date_of_path_status",)),
                      ("client_enrolled_in_path", (0,), ("reason_not_enrolled",)))),
        Element("P4", "Connection with SOAR", "income_benefits", ("connection_with_soar",), ADULTS, _ALL_STAGES,
                ("connection_with_soar",)),
    ),
    "RHY": (
        Element("R1", "Referral source", "enrollment", ("referral_source", "count_outreach_referral_approaches"),
                ADULTS, (ENTRY,), ("referral_source",), (("referral_source", (7,),
                                                          ("count_outreach_referral_approaches",)),)),
        Element("R2", "RHY-BCP status", "enrollment", ("date_of_bcp_status", "eligible_for_rhy", "reason_no_services",
                                                       "runaway_youth"), ALL, (ENTRY,),
                ("date_of_bcp_status", "eligible_for_rhy"),
                (("eligible_for_rhy", (0,), ("reason_no_services",)), ("eligible_for_rhy", (1,), ("runaway_youth",))),
                funders=frozenset({22})),
        EMPLOYMENT, HEALTH,
        Element("R10", "Pregnancy status", "health_and_dv", ("pregnancy_status", "due_date"), ADULTS, (ENTRY,),
                ("pregnancy_status",), (("pregnancy_status", (1,), ("due_date",)),), funders=_RHY_FULL),
        Element("R11", "Former ward of child welfare or foster care", "enrollment",
                ("former_ward_child_welfare", "child_welfare_years", "child_welfare_months"), ADULTS, (ENTRY,),
                ("former_ward_child_welfare",), (("former_ward_child_welfare", (1,), ("child_welfare_years",)),
                                                 ("child_welfare_years", (1,), ("child_welfare_months",))),
                funders=_RHY_FULL),
        Element("R12", "Former ward of the juvenile justice system", "enrollment",
                ("former_ward_juvenile_justice", "juvenile_justice_years", "juvenile_justice_months"), ADULTS,
                (ENTRY,), ("former_ward_juvenile_justice",),
                (("former_ward_juvenile_justice", (1,), ("juvenile_justice_years",)),
                 ("juvenile_justice_years", (1,), ("juvenile_justice_months",))), funders=_RHY_FULL),
        Element("R13", "Family critical issues", "enrollment", _R13, ADULTS, (ENTRY,), _R13, funders=_RHY_FULL),
        Element("R15", "Commercial sexual exploitation", "exit",
                ("exchange_for_sex", "exchange_for_sex_past_three_months", "count_of_exchange_for_sex",
                 "asked_or_forced_to_exchange_for_sex", "asked_or_forced_to_exchange_for_sex_past_three_months"),
                ADULTS, (EXIT,), ("exchange_for_sex",),
                (("exchange_for_sex", (1,), ("exchange_for_sex_past_three_months", "count_of_exchange_for_sex",
                                             "asked_or_forced_to_exchange_for_sex")),
                 ("asked_or_forced_to_exchange_for_sex", (1,),
                  ("asked_or_forced_to_exchange_for_sex_past_three_months",))), funders=_RHY_FULL),
        Element("R16", "Labor exploitation", "exit", (*_R16, "labor_exploit_past_three_months"), ADULTS, (EXIT,),
                _R16, funders=_RHY_FULL),
        Element("R17", "Project completion status", "exit", ("project_completion_status", "early_exit_reason"),
                ADULTS, (EXIT,), ("project_completion_status",),
                (("project_completion_status", (3,), ("early_exit_reason",)),), funders=_RHY_FULL),
        Element("R18", "Counseling", "exit", ("counseling_received", "individual_counseling", "family_counseling",
                                              "group_counseling", "session_count_at_exit", "post_exit_counseling_plan",
                                              "sessions_in_plan"), ADULTS, (EXIT,),
                ("counseling_received", "post_exit_counseling_plan"),
                (("counseling_received", (1,), ("individual_counseling", "family_counseling", "group_counseling",
                                                "session_count_at_exit")),
                 ("post_exit_counseling_plan", (1,), ("sessions_in_plan",))), funders=_RHY_FULL),
        Element("R19", "Safe and appropriate exit", "exit", _R19, ADULTS, (EXIT,), _R19, funders=_RHY_FULL),
    ),
    "SSVF": (
        V1,
        Element("V4", "Percent of area median income", "enrollment", ("percent_ami",), HEAD, (ENTRY,),
                ("percent_ami",)),
        V6,
        Element("V7", "Homelessness prevention targeting criteria", "enrollment",
                ("target_screen_reqd", *_V7_CRITERIA), HEAD, (ENTRY,), ("target_screen_reqd",),
                (("target_screen_reqd", (1,), _V7_CRITERIA[:-2]),),
                project_types=frozenset({HOMELESSNESS_PREVENTION})),
        Element("P4", "Connection with SOAR", "income_benefits", ("connection_with_soar",), ADULTS, _ALL_STAGES,
                ("connection_with_soar",)),
    ),
    "VA": (
        V1, V6,
        Element("V9", "HUD-VASH exit information", "exit", ("cm_exit_reason",), HEAD, (EXIT,), ("cm_exit_reason",),
                funders=frozenset({20})),
    ),
    "HOPWA": (
        Element("W3", "Medical assistance", "income_benefits", ("adap", "no_adap_reason", "ryan_white_med_dent",
                                                               "no_ryan_white_reason"), HIV, _ALL_STAGES,
                ("adap", "ryan_white_med_dent"),
                (("adap", (0,), ("no_adap_reason",)), ("ryan_white_med_dent", (0,), ("no_ryan_white_reason",)))),
        Element("W4", "T-cell (CD4) and viral load", "disability", W4_FIELDS, HIV, (ENTRY, ANNUAL),
                ("t_cell_count_available", "viral_load_available", "anti_retroviral"),
                (("t_cell_count_available", (1,), ("t_cell_count", "t_cell_source")),
                 ("viral_load_available", (1,), ("viral_load", "viral_load_source")))),
        Element("W5", "Housing assessment at exit", "exit", ("housing_assessment", "subsidy_information"), ADULTS,
                (EXIT,), ("housing_assessment",), (("housing_assessment", (1, 2), ("subsidy_information",)),)),
    ),
    "CoC": (
        Element("4.02-4.04", "Income, benefits and health insurance", "income_benefits",
                ("income_from_any_source", "benefits_from_any_source"), ADULTS, (ENTRY,),
                ("income_from_any_source", "benefits_from_any_source")),
        Element("4.04", "Health insurance", "income_benefits", ("insurance_from_any_source",), ALL, (ENTRY,),
                ("insurance_from_any_source",)),
        Element("4.11", "Domestic violence", "health_and_dv", ("domestic_violence_survivor",), ADULTS, (ENTRY,),
                ("domestic_violence_survivor",)),
    ),
}
ELEMENTS["ESG"] = ELEMENTS["CoC"]


def families(funders: Iterable[int]) -> tuple[str, ...]:
    """The funder families of a project, in HUD's order (local and other funders have none)."""
    found = {FAMILY[f] for f in funders if f in FAMILY}
    return tuple(f for f in FAMILIES if f in found)


def elements_for(funders: Iterable[int], stage: int, project_type: int | None = None) -> tuple[Element, ...]:
    """Every element the funders require at this stage, each once (V1 is both SSVF's and VA's)."""
    funders = tuple(funders)
    out: dict[str, Element] = {}
    for family in families(funders):
        codes = {f for f in funders if FAMILY.get(f) == family}
        for element in ELEMENTS[family]:
            if stage not in element.stages or element.code in out:
                continue
            if element.funders is not None and not codes & element.funders:
                continue
            if element.project_types is not None and project_type not in element.project_types:
                continue
            out[element.code] = element
    return tuple(out.values())


def applies(element: Element, *, head: bool, adult: bool, veteran: bool, hiv: bool) -> bool:
    """Whether this person is asked the element (HUD's "data collected about")."""
    return {HEAD: head, ADULTS: head or adult, ALL: True, VETERANS: adult and veteran, HIV: hiv}[element.who]


def _blank(value: Any) -> bool:
    return value is None or value == NOT_COLLECTED or (isinstance(value, str) and not value.strip())


def missing(elements: Iterable[Element], values: Mapping[str, Mapping[str, Any]], labels: Mapping[str, str],
            who_requires: str) -> list[FieldError]:
    """The required answers left empty (or 'Data not collected'), in words.

    ``values``: record kind -> field -> value; ``labels``: field -> its words;
    ``who_requires``: the funder families, e.g. "PATH".
    """
    errors: list[FieldError] = []
    for element in elements:
        got = values.get(element.kind, {})
        needed = [(f, None) for f in element.required]
        for gateway, answers, follow in element.then:
            value = got.get(gateway)
            if not _blank(value) and (answers is None or value in answers):
                needed += [(f, gateway) for f in follow]
        seen = set()
        for name, after in needed:
            if name in seen or not _blank(got.get(name)):
                continue
            seen.add(name)
            because = f" once {labels.get(after, after)} is answered" if after else ""
            errors.append(FieldError(name, "funder_required",
                                     f"{labels.get(name, name)} is required by this project's funder "
                                     f"({who_requires}){because}; 'Data not collected' does not count."))
    return errors
