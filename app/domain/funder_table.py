"""HUD's table of the program-specific elements each funder family requires: which fields, of whom,
at which data collection stage, for which funder codes and project types. Data only; the rules
that read it are in ``funder_elements``.

Source: the FY2024 HMIS Data Dictionary (v1.6), which FY2026 keeps for these elements except
where noted; the element's section (e.g. "DD R17") gives, in order, its "Funder:
Program-Component", "Project Type Applicability", "Data Collected About" and "Collection Point".
The fields are those HUD's FY2026 CSV table names (../shared/hmis/hmis-csv-fy2026-columns.tsv).
Elements kept out, and why: R14, V8, C2 (and W1, W2, P1, P2, V2, V3) are services recorded as they
happen, not stage answers; C1 and V5 were retired in FY2024, R3 and C4 in FY2026 (their columns are
gone from the FY2026 CSV); V10 (new in FY2026) is not here until its collection rules are checked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .client import VETERAN_INFORMATION
from .income_benefits import BENEFIT_SOURCES, INCOME_SOURCES, INSURANCE_SOURCES, NO_INSURANCE_REASONS

ENTRY, UPDATE, EXIT, ANNUAL, POST_EXIT = 1, 2, 3, 5, 6
#: Who an element is asked of: the head of household; the head and adults; everyone; adult
#: veterans (veteran status 'Yes'); clients whose HIV/AIDS answer is 'Yes'.
HEAD, ADULTS, ALL, VETERANS, HIV = "head", "adults", "all", "veterans", "hiv"
#: Project types (HUD list 2.02.6) the table names.
ES_ENTRY_EXIT, ES_NIGHT_BY_NIGHT, TRANSITIONAL, PSH, STREET_OUTREACH, SERVICES_ONLY = 0, 1, 2, 3, 4, 6
HOMELESSNESS_PREVENTION, RAPID_REHOUSING, COORDINATED_ENTRY = 12, 13, 14

#: HUD list 2.06.1 funder code -> funder family (the program manual that applies).
FAMILY: dict[int, str] = {
    21: "PATH",
    **dict.fromkeys((22, 23, 24, 25, 26), "RHY"),
    33: "SSVF",
    **dict.fromkeys((20, 27, 30, 32, 37, 38, 39, 40, 41, 42, 45), "VA"),
    **dict.fromkeys((13, 14, 15, 16, 17, 18, 19, 48), "HOPWA"),
    **dict.fromkeys((1, 2, 3, 4, 5, 6, 7, 43, 44, 49, 54, 55, 56), "CoC"),
    **dict.fromkeys((8, 9, 10, 11, 47, 53), "ESG"),
}
FAMILIES = ("PATH", "RHY", "SSVF", "VA", "HOPWA", "CoC", "ESG")

#: (gateway field, answers, fields then needed)
Then = tuple[str, tuple[Any, ...] | None, tuple[str, ...]]


@dataclass(frozen=True)
class Element:
    """One HUD element as a funder requires it. ``then``: follow-ups needed after an answer
    (answers None: after any answer). ``funders``: only these funder codes (None: the whole family);
    ``project_types``: only these project types (None: all); ``except_types``: not these."""

    code: str
    title: str
    kind: str  # the record KIND it is stored in
    fields: tuple[str, ...]
    who: str
    stages: tuple[int, ...]
    required: tuple[str, ...] = ()
    then: tuple[Then, ...] = ()
    funders: frozenset[int] | None = None
    project_types: frozenset[int] | None = None
    except_types: frozenset[int] = frozenset()


def _codes(family: str) -> frozenset[int]:
    return frozenset(c for c, f in FAMILY.items() if f == family)


_ALL_STAGES = (ENTRY, UPDATE, ANNUAL, EXIT)
_PATH = frozenset({21})
_RHY = _codes("RHY")
_RHY_FULL = _RHY - {25}  # "all components except Street Outreach" (funder 25, the Street Outreach Project)
_RHY_HOUSING = frozenset({23, 24, 26})  # "only MGH, TLP and Demo"
_SSVF = frozenset({33})
_GPD = frozenset({37, 38, 39, 40, 41, 42, 45})
#: HUD-VASH, CRS Contract Residential Services, Community Contract Safe Haven and GPD. Compensated
#: Work Therapy (32) is named by none of these elements.
_VA = frozenset({20, 27, 30}) | _GPD
_HOPWA = _codes("HOPWA")
_COC = _codes("CoC")
_ESG = _codes("ESG") - {53}
_RUSH = frozenset({53})
_SSVF_TYPES = frozenset({HOMELESSNESS_PREVENTION, RAPID_REHOUSING})  # "RRH and Homelessness Prevention"
_PATH_TYPES = frozenset({STREET_OUTREACH, SERVICES_ONLY})
_HOPWA_TYPES = frozenset({ES_ENTRY_EXIT, TRANSITIONAL, PSH, SERVICES_ONLY, HOMELESSNESS_PREVENTION})
_NOT_CE = frozenset({COORDINATED_ENTRY})  # CoC: "all components except SSO Coordinated Entry"
_NOT_NBN = frozenset({ES_NIGHT_BY_NIGHT})  # ESG: "all components except ES-NbN"
_NOT_ES_SO = frozenset({ES_ENTRY_EXIT, ES_NIGHT_BY_NIGHT, STREET_OUTREACH})  # ESG RUSH


def _for(
    element: Element, funders: frozenset[int], *, only: frozenset[int] | None = None, but: frozenset[int] = frozenset()
) -> Element:
    """The element as one group of funders requires it (HUD words each funder's scope apart)."""
    return replace(element, funders=funders, project_types=only, except_types=but)


# -- common program-specific elements (DD 4.02-4.04, 4.11): shared by most families --------------
_INCOME_FIELDS = (
    "income_from_any_source",
    "total_monthly_income",
    *(f for source, amount in INCOME_SOURCES.items() for f in (source, amount)),
    "other_income_source_identify",
)
_BENEFIT_FIELDS = ("benefits_from_any_source", *BENEFIT_SOURCES, "other_benefits_source_identify")
_INSURANCE_FIELDS = ("insurance_from_any_source", *INSURANCE_SOURCES, "other_insurance_identify")
_DV_FIELDS = ("domestic_violence_survivor", "when_occurred", "currently_fleeing")

# DD 4.02 and 4.03: head and adults, at every stage; the sources answer the gateway (the record's
# own rules check they agree with it).
INCOME = Element(
    "4.02", "Income and sources", "income_benefits", _INCOME_FIELDS, ADULTS, _ALL_STAGES, ("income_from_any_source",)
)
BENEFITS = Element(
    "4.03", "Non-cash benefits", "income_benefits", _BENEFIT_FIELDS, ADULTS, _ALL_STAGES, ("benefits_from_any_source",)
)
# DD 4.04: everyone, at every stage. Dependent 4.04.A (HOPWA only): why each source is not held.
INSURANCE = Element(
    "4.04", "Health insurance", "income_benefits", _INSURANCE_FIELDS, ALL, _ALL_STAGES, ("insurance_from_any_source",)
)
INSURANCE_HOPWA = replace(
    INSURANCE,
    fields=(
        "insurance_from_any_source",
        *(f for s in INSURANCE_SOURCES for f in (s, NO_INSURANCE_REASONS.get(s)) if f),
        "other_insurance_identify",
    ),
    then=tuple((source, (0,), (reason,)) for source, reason in NO_INSURANCE_REASONS.items()),
)
# DD 4.11: head and adults, at project start and update only; when and fleeing follow a 'Yes'.
DOMESTIC_VIOLENCE = Element(
    "4.11",
    "Domestic violence",
    "health_and_dv",
    _DV_FIELDS,
    ADULTS,
    (ENTRY, UPDATE),
    ("domestic_violence_survivor",),
    (("domestic_violence_survivor", (1,), ("when_occurred", "currently_fleeing")),),
)

COMMON_KEY = "common"  # ELEMENTS' key for them: not a family
#: Checked before the families' own elements, against all the project's funders; of the variants of
#: one code the first that applies is asked (HOPWA's 4.04 with its reasons before the plain one).
COMMON: tuple[Element, ...] = (
    _for(INCOME, _HOPWA | _PATH | _RHY_HOUSING | _VA),
    _for(INCOME, _COC, but=_NOT_CE),
    _for(INCOME, _ESG, but=_NOT_NBN),
    _for(INCOME, _RUSH, but=_NOT_ES_SO),
    _for(INCOME, _SSVF, only=_SSVF_TYPES),
    _for(BENEFITS, _HOPWA | _PATH | _RHY_FULL | _VA),  # RHY: "BCP (HP and ES), MGH, TLP and Demo"
    _for(BENEFITS, _COC, but=_NOT_CE),
    _for(BENEFITS, _ESG, but=_NOT_NBN),
    _for(BENEFITS, _RUSH, but=_NOT_ES_SO),
    _for(BENEFITS, _SSVF, only=_SSVF_TYPES),
    _for(INSURANCE_HOPWA, _HOPWA),
    _for(INSURANCE, _PATH | _RHY | _VA),  # RHY: all components, the Street Outreach Project too
    _for(INSURANCE, _COC, but=_NOT_CE),
    _for(INSURANCE, _ESG, but=_NOT_NBN),
    _for(INSURANCE, _RUSH, but=_NOT_ES_SO),
    _for(INSURANCE, _SSVF, only=_SSVF_TYPES),
    _for(DOMESTIC_VIOLENCE, _HOPWA | _PATH | _VA | _ESG),  # not RHY; ESG: all components
    _for(DOMESTIC_VIOLENCE, _COC, but=_NOT_CE),
    _for(DOMESTIC_VIOLENCE, _RUSH, but=_NOT_ES_SO),
    _for(DOMESTIC_VIOLENCE, _SSVF, only=_SSVF_TYPES),
)

# -- the families' own elements -------------------------------------------------------------------
_V7_CRITERIA = (
    "time_to_housing_loss",
    "annual_percent_ami",
    "literal_homeless_history",
    "client_leaseholder",
    "hoh_leaseholder",
    "subsidy_at_risk",
    "eviction_history",
    "criminal_record",
    "incarcerated_adult",
    "prison_discharge",
    "sex_offender",
    "disabled_hoh",
    "current_pregnant",
    "single_parent",
    "dependent_under6",
    "hh5_plus",
    "coc_prioritized",
    "hp_screening_score",
    "threshold_score",
)
_R13 = (
    "unemployment_fam",
    "mental_health_disorder_fam",
    "physical_disability_fam",
    "alcohol_drug_use_disorder_fam",
    "insufficient_income",
    "incarcerated_parent",
)
_R16 = ("workplace_violence_threats", "workplace_promise_difference")
_R16_FOLLOW = ("coerced_to_continue_work", "labor_exploit_past_three_months")
_R19 = (
    "destination_safe_client",
    "destination_safe_worker",
    "pos_adult_connections",
    "pos_peer_connections",
    "pos_community_connections",
)
_AFTERCARE_WAYS = ("email_social_media", "telephone", "in_person_individual", "in_person_group")
_V1_REQUIRED = tuple(f for f in VETERAN_INFORMATION if not f.startswith("year_"))
_EMPLOYED = (("employed", (1,), ("employment_type",)), ("employed", (0,), ("not_employed_reason",)))
_PATH_STATUS = ("date_of_path_status", "client_enrolled_in_path", "reason_not_enrolled")
_PATH_STATUS_THEN = (
    ("date_of_path_status", None, ("client_enrolled_in_path",)),
    ("client_enrolled_in_path", None, ("date_of_path_status",)),
    ("client_enrolled_in_path", (0,), ("reason_not_enrolled",)),
)

# DD V1 (all veterans, at record creation) and V6 (head, project start).
V1 = Element("V1", "Veteran's information", "client", VETERAN_INFORMATION, VETERANS, (ENTRY,), _V1_REQUIRED)
V6 = Element("V6", "VAMC station number", "enrollment", ("vamc_station",), HEAD, (ENTRY,), ("vamc_station",))
# DD P4: head and adults, every stage (PATH: all components; SSVF: RRH and HP).
P4 = Element(
    "P4",
    "Connection with SOAR",
    "income_benefits",
    ("connection_with_soar",),
    ADULTS,
    _ALL_STAGES,
    ("connection_with_soar",),
)
# DD R4 (SSVF, RHY) and R6 (SSVF, RHY, GPD): head and adults, project start and exit.
LAST_GRADE_AND_WORK = Element(
    "R4, R6",
    "Last grade completed and employment status",
    "employment_education",
    ("last_grade_completed", "employed", "employment_type", "not_employed_reason"),
    ADULTS,
    (ENTRY, EXIT),
    ("last_grade_completed", "employed"),
    _EMPLOYED,
)
WORK = Element(
    "R6",
    "Employment status",
    "employment_education",
    ("employed", "employment_type", "not_employed_reason"),
    ADULTS,
    (ENTRY, EXIT),
    ("employed",),
    _EMPLOYED,
)

#: Family -> its own elements (and COMMON_KEY -> COMMON).
ELEMENTS: dict[str, tuple[Element, ...]] = {
    "PATH": (
        # DD P3: head and adults, collected once when determined, at or before exit; HUD asks systems
        # to require it at exit. Optional before, required at exit.
        Element(
            "P3",
            "PATH status",
            "enrollment",
            _PATH_STATUS,
            ADULTS,
            (ENTRY, UPDATE),
            then=_PATH_STATUS_THEN,
            project_types=_PATH_TYPES,
        ),
        Element(
            "P3",
            "PATH status",
            "enrollment",
            _PATH_STATUS,
            ADULTS,
            (EXIT,),
            ("date_of_path_status", "client_enrolled_in_path"),
            _PATH_STATUS_THEN,
            project_types=_PATH_TYPES,
        ),
        replace(P4, project_types=_PATH_TYPES),
    ),
    "RHY": (
        # DD R1: all but Street Outreach; head and adults; project start.
        Element(
            "R1",
            "Referral source",
            "enrollment",
            ("referral_source", "count_outreach_referral_approaches"),
            ADULTS,
            (ENTRY,),
            ("referral_source",),
            (("referral_source", (7,), ("count_outreach_referral_approaches",)),),
            funders=_RHY_FULL,
        ),
        # DD R2: BCP only; all clients; project start.
        Element(
            "R2",
            "RHY-BCP status",
            "enrollment",
            ("date_of_bcp_status", "eligible_for_rhy", "reason_no_services", "runaway_youth"),
            ALL,
            (ENTRY,),
            ("date_of_bcp_status", "eligible_for_rhy"),
            (("eligible_for_rhy", (0,), ("reason_no_services",)), ("eligible_for_rhy", (1,), ("runaway_youth",))),
            funders=frozenset({22}),
        ),
        # DD R4-R6 and R7-R9: all but Street Outreach; head and adults; project start and exit.
        Element(
            "R4-R6",
            "Last grade, school status and employment",
            "employment_education",
            ("last_grade_completed", "school_status", "employed", "employment_type", "not_employed_reason"),
            ADULTS,
            (ENTRY, EXIT),
            ("last_grade_completed", "school_status", "employed"),
            _EMPLOYED,
            funders=_RHY_FULL,
        ),
        Element(
            "R7-R9",
            "General, dental and mental health status",
            "health_and_dv",
            ("general_health_status", "dental_health_status", "mental_health_status"),
            ADULTS,
            (ENTRY, EXIT),
            ("general_health_status", "dental_health_status", "mental_health_status"),
            funders=_RHY_FULL,
        ),
        # DD R10: all components, Street Outreach too; head and adults; project start and update.
        Element(
            "R10",
            "Pregnancy status",
            "health_and_dv",
            ("pregnancy_status", "due_date"),
            ADULTS,
            (ENTRY, UPDATE),
            ("pregnancy_status",),
            (("pregnancy_status", (1,), ("due_date",)),),
        ),
        # DD R11-R13: all but Street Outreach; head and adults; project start.
        Element(
            "R11",
            "Former ward of child welfare or foster care",
            "enrollment",
            ("former_ward_child_welfare", "child_welfare_years", "child_welfare_months"),
            ADULTS,
            (ENTRY,),
            ("former_ward_child_welfare",),
            (
                ("former_ward_child_welfare", (1,), ("child_welfare_years",)),
                ("child_welfare_years", (1,), ("child_welfare_months",)),
            ),
            funders=_RHY_FULL,
        ),
        Element(
            "R12",
            "Former ward of the juvenile justice system",
            "enrollment",
            ("former_ward_juvenile_justice", "juvenile_justice_years", "juvenile_justice_months"),
            ADULTS,
            (ENTRY,),
            ("former_ward_juvenile_justice",),
            (
                ("former_ward_juvenile_justice", (1,), ("juvenile_justice_years",)),
                ("juvenile_justice_years", (1,), ("juvenile_justice_months",)),
            ),
            funders=_RHY_FULL,
        ),
        Element("R13", "Family critical issues", "enrollment", _R13, ADULTS, (ENTRY,), _R13, funders=_RHY_FULL),
        # DD R15: all components; head and adults; exit.
        Element(
            "R15",
            "Commercial sexual exploitation",
            "exit",
            (
                "exchange_for_sex",
                "exchange_for_sex_past_three_months",
                "count_of_exchange_for_sex",
                "asked_or_forced_to_exchange_for_sex",
                "asked_or_forced_to_exchange_for_sex_past_three_months",
            ),
            ADULTS,
            (EXIT,),
            ("exchange_for_sex",),
            (
                (
                    "exchange_for_sex",
                    (1,),
                    (
                        "exchange_for_sex_past_three_months",
                        "count_of_exchange_for_sex",
                        "asked_or_forced_to_exchange_for_sex",
                    ),
                ),
                (
                    "asked_or_forced_to_exchange_for_sex",
                    (1,),
                    ("asked_or_forced_to_exchange_for_sex_past_three_months",),
                ),
            ),
        ),
        # DD R16: all components, shelter, transitional and outreach projects (not prevention); exit.
        # Its dependents follow a 'Yes' to either question.
        Element(
            "R16",
            "Labor exploitation",
            "exit",
            (*_R16, *_R16_FOLLOW),
            ADULTS,
            (EXIT,),
            _R16,
            tuple((gateway, (1,), _R16_FOLLOW) for gateway in _R16),
            project_types=frozenset({ES_ENTRY_EXIT, TRANSITIONAL, STREET_OUTREACH}),
        ),
        # DD R17: all but Street Outreach and BCP-Prevention (so shelter and transitional); exit.
        Element(
            "R17",
            "Project completion status",
            "exit",
            ("project_completion_status", "early_exit_reason"),
            ADULTS,
            (EXIT,),
            ("project_completion_status",),
            (("project_completion_status", (3,), ("early_exit_reason",)),),
            funders=_RHY_FULL,
            project_types=frozenset({ES_ENTRY_EXIT, TRANSITIONAL}),
        ),
        # DD R18: all but Street Outreach; exit. The sessions planned (field 2) are asked whatever the
        # answers, not after a plan for counseling after exit.
        Element(
            "R18",
            "Counseling",
            "exit",
            (
                "counseling_received",
                "individual_counseling",
                "family_counseling",
                "group_counseling",
                "session_count_at_exit",
                "post_exit_counseling_plan",
                "sessions_in_plan",
            ),
            ADULTS,
            (EXIT,),
            ("counseling_received", "post_exit_counseling_plan"),
            (
                (
                    "counseling_received",
                    (1,),
                    ("individual_counseling", "family_counseling", "group_counseling", "session_count_at_exit"),
                ),
            ),
            funders=_RHY_FULL,
        ),
        # DD R19: all but Street Outreach and Homelessness Prevention; exit.
        Element(
            "R19",
            "Safe and appropriate exit",
            "exit",
            _R19,
            ADULTS,
            (EXIT,),
            _R19,
            funders=_RHY_FULL,
            project_types=frozenset({ES_ENTRY_EXIT, TRANSITIONAL}),
        ),
        # DD R20: all but Street Outreach; head and adults; post exit (up to 180 days after).
        Element(
            "R20",
            "Aftercare plans",
            "exit",
            ("aftercare_date", "aftercare_provided", *_AFTERCARE_WAYS),
            ADULTS,
            (POST_EXIT,),
            ("aftercare_date", "aftercare_provided"),
            (("aftercare_provided", (1,), _AFTERCARE_WAYS),),
            funders=_RHY_FULL,
        ),
    ),
    "SSVF": (  # DD V1, V4, V6, V7, P4, R4, R6: SSVF requires each in RRH and Homelessness Prevention
        replace(V1, project_types=_SSVF_TYPES),
        Element(
            "V4",
            "Percent of area median income",
            "enrollment",
            ("percent_ami",),
            HEAD,
            (ENTRY,),
            ("percent_ami",),
            project_types=_SSVF_TYPES,
        ),
        replace(V6, project_types=_SSVF_TYPES),
        Element(
            "V7",
            "Homelessness prevention targeting criteria",
            "enrollment",
            ("target_screen_reqd", *_V7_CRITERIA),
            HEAD,
            (ENTRY,),
            ("target_screen_reqd",),
            (("target_screen_reqd", (1,), _V7_CRITERIA[:-2]),),
            project_types=frozenset({HOMELESSNESS_PREVENTION}),
        ),
        replace(P4, project_types=_SSVF_TYPES),
        replace(LAST_GRADE_AND_WORK, project_types=_SSVF_TYPES),
    ),
    "VA": (
        replace(V1, funders=_VA),
        replace(V6, funders=_VA),
        replace(WORK, funders=_GPD),  # DD R6: GPD, all components
        # DD V9: HUD-VASH collaborative case management (permanent supportive housing); exit.
        Element(
            "V9",
            "HUD-VASH exit information",
            "exit",
            ("cm_exit_reason",),
            HEAD,
            (EXIT,),
            ("cm_exit_reason",),
            funders=frozenset({20}),
            project_types=frozenset({PSH}),
        ),
    ),
    "HOPWA": (
        # DD W3: household members with HIV/AIDS; project start, update and exit (not annual).
        Element(
            "W3",
            "Medical assistance",
            "income_benefits",
            ("adap", "no_adap_reason", "ryan_white_med_dent", "no_ryan_white_reason"),
            HIV,
            (ENTRY, UPDATE, EXIT),
            ("adap", "ryan_white_med_dent"),
            (("adap", (0,), ("no_adap_reason",)), ("ryan_white_med_dent", (0,), ("no_ryan_white_reason",))),
            project_types=_HOPWA_TYPES,
        ),
        # DD W4: household members with HIV/AIDS; every stage.
        Element(
            "W4",
            "T-cell (CD4) and viral load",
            "disability",
            (
                "t_cell_count_available",
                "t_cell_count",
                "t_cell_source",
                "viral_load_available",
                "viral_load",
                "viral_load_source",
            ),
            HIV,
            _ALL_STAGES,
            ("t_cell_count_available", "viral_load_available"),
            (
                ("t_cell_count_available", (1,), ("t_cell_count", "t_cell_source")),
                ("viral_load_available", (1,), ("viral_load", "viral_load_source")),
            ),
            project_types=_HOPWA_TYPES,
        ),
        # DD W5: all clients; exit.
        Element(
            "W5",
            "Housing assessment at exit",
            "exit",
            ("housing_assessment", "subsidy_information"),
            ALL,
            (EXIT,),
            ("housing_assessment",),
            (("housing_assessment", (1, 2), ("subsidy_information",)),),
            project_types=_HOPWA_TYPES,
        ),
        # DD W6 (apart from W4 since FY2024): household members with HIV/AIDS; start, update, exit.
        Element(
            "W6",
            "Prescribed anti-retroviral",
            "disability",
            ("anti_retroviral",),
            HIV,
            (ENTRY, UPDATE, EXIT),
            ("anti_retroviral",),
            project_types=_HOPWA_TYPES,
        ),
    ),
    "CoC": (
        # DD W5: CoC requires it of its Homelessness Prevention component only.
        Element(
            "W5",
            "Housing assessment at exit",
            "exit",
            ("housing_assessment", "subsidy_information"),
            ALL,
            (EXIT,),
            ("housing_assessment",),
            (("housing_assessment", (1, 2), ("subsidy_information",)),),
            project_types=frozenset({HOMELESSNESS_PREVENTION}),
        ),
        # DD C3: YHDP (funder 43) in transitional, PSH, services only and RRH; head; start and exit.
        Element(
            "C3",
            "Youth education status",
            "youth_education_status",
            ("current_school_attend", "most_recent_ed_status", "current_ed_status"),
            HEAD,
            (ENTRY, EXIT),
            ("current_school_attend",),
            (
                ("current_school_attend", (0,), ("most_recent_ed_status",)),
                ("current_school_attend", (1, 2), ("current_ed_status",)),
            ),
            funders=frozenset({43}),
            project_types=frozenset({TRANSITIONAL, PSH, SERVICES_ONLY, RAPID_REHOUSING}),
        ),
    ),
}
# DD W5: ESG and ESG RUSH also require it of Homelessness Prevention only.
ELEMENTS["ESG"] = (ELEMENTS["CoC"][0],)
#: The common elements sit beside the families' own, so whatever lists every element (the
#: translation catalogue's word list, the tests) finds them too.
ELEMENTS[COMMON_KEY] = COMMON
