"""The program elements (PATH, RHY, SSVF/VA, HOPWA) on the record types that already existed: each
rule has a valid case that passes and an invalid one refused with the right field and code."""

from datetime import date

import pytest

from app.domain.client import VETERAN_INFORMATION, Client

from . import factories as f
from .factories import TODAY

VET = {"veteran_status": 1}
HIV = {"disability_type": 8, "disability_response": 1, "indefinite_and_impairs": None}

RULES = [
    # --- client: V1 veteran's information ------------------------------------------------
    (
        "V1 only for veterans",
        f.client(**VET, military_branch=1),
        f.client(veteran_status=0, military_branch=1),
        "military_branch",
        "not_applicable",
    ),
    (
        "V1 theater only for veterans",
        f.client(**VET, vietnam_war=1),
        f.client(veteran_status=99, vietnam_war=1),
        "vietnam_war",
        "not_applicable",
    ),
    (
        "V1 branch on its list",
        f.client(**VET, military_branch=4),
        f.client(**VET, military_branch=5),
        "military_branch",
        "not_in_list",
    ),
    (
        "V1 discharge on its list",
        f.client(**VET, discharge_status=1),
        f.client(**VET, discharge_status=3),
        "discharge_status",
        "not_in_list",
    ),
    (
        "V1 year entered not before 1920",
        f.client(**VET, year_entered_service=1920),
        f.client(**VET, year_entered_service=1919),
        "year_entered_service",
        "year_range",
    ),
    (
        "V1 year separated not after this year",
        f.client(**VET, year_separated=2025),
        f.client(**VET, year_separated=2026),
        "year_separated",
        "year_range",
    ),
    (
        "V1 separated not before entered",
        f.client(**VET, year_entered_service=1981, year_separated=1981),
        f.client(**VET, year_entered_service=1981, year_separated=1980),
        "year_separated",
        "before_entered",
    ),
    # --- enrollment: PATH, RHY, SSVF ----------------------------------------------------
    (
        "P3 reason only when not enrolled",
        f.enrollment(client_enrolled_in_path=0, reason_not_enrolled=1),
        f.enrollment(client_enrolled_in_path=1, reason_not_enrolled=1),
        "reason_not_enrolled",
        "not_applicable",
    ),
    (
        "P3 reason on its list",
        f.enrollment(client_enrolled_in_path=0, reason_not_enrolled=3),
        f.enrollment(client_enrolled_in_path=0, reason_not_enrolled=4),
        "reason_not_enrolled",
        "not_in_list",
    ),
    (
        "P3 status date not before entry",
        f.enrollment(date_of_path_status=date(2025, 1, 10)),
        f.enrollment(date_of_path_status=date(2025, 1, 9)),
        "date_of_path_status",
        "before_entry",
    ),
    (
        "R2 reason only when not eligible",
        f.enrollment(eligible_for_rhy=0, reason_no_services=1),
        f.enrollment(eligible_for_rhy=1, reason_no_services=1),
        "reason_no_services",
        "not_applicable",
    ),
    (
        "R2 BCP date not before entry",
        f.enrollment(date_of_bcp_status=date(2025, 2, 1)),
        f.enrollment(date_of_bcp_status=date(2024, 12, 31)),
        "date_of_bcp_status",
        "before_entry",
    ),
    (
        "R11 years only for a former ward",
        f.enrollment(former_ward_child_welfare=1, child_welfare_years=2),
        f.enrollment(former_ward_child_welfare=0, child_welfare_years=2),
        "child_welfare_years",
        "not_applicable",
    ),
    (
        "R11 months only under one year",
        f.enrollment(former_ward_juvenile_justice=1, juvenile_justice_years=1, juvenile_justice_months=4),
        f.enrollment(former_ward_juvenile_justice=1, juvenile_justice_years=2, juvenile_justice_months=4),
        "juvenile_justice_months",
        "not_applicable",
    ),
    (
        "R11 months 1 to 11",
        f.enrollment(former_ward_child_welfare=1, child_welfare_years=1, child_welfare_months=11),
        f.enrollment(former_ward_child_welfare=1, child_welfare_years=1, child_welfare_months=12),
        "child_welfare_months",
        "month_range",
    ),
    (
        "R1 referral source on its list",
        f.enrollment(referral_source=1),
        f.enrollment(referral_source=5),
        "referral_source",
        "not_in_list",
    ),
    (
        "V7 score not negative",
        f.enrollment(hp_screening_score=0),
        f.enrollment(hp_screening_score=-1),
        "hp_screening_score",
        "negative",
    ),
    (
        "V7 time to housing loss on its list",
        f.enrollment(time_to_housing_loss=3),
        f.enrollment(time_to_housing_loss=5),
        "time_to_housing_loss",
        "not_in_list",
    ),
    (
        "V6 station on HUD's list",
        f.enrollment(vamc_station="589A4"),
        f.enrollment(vamc_station="689A9"),
        "vamc_station",
        "not_in_list",
    ),
    # --- exit: RHY and SSVF -------------------------------------------------------------
    (
        "R15 follow-up only after a yes",
        f.exit_(exchange_for_sex=1, count_of_exchange_for_sex=1),
        f.exit_(exchange_for_sex=0, count_of_exchange_for_sex=1),
        "count_of_exchange_for_sex",
        "not_applicable",
    ),
    (
        "R15 asked-or-forced follow-up",
        f.exit_(
            exchange_for_sex=1,
            asked_or_forced_to_exchange_for_sex=1,
            asked_or_forced_to_exchange_for_sex_past_three_months=0,
        ),
        f.exit_(
            exchange_for_sex=1,
            asked_or_forced_to_exchange_for_sex=0,
            asked_or_forced_to_exchange_for_sex_past_three_months=0,
        ),
        "asked_or_forced_to_exchange_for_sex_past_three_months",
        "not_applicable",
    ),
    (
        "R18 kinds only when counseled",
        f.exit_(counseling_received=1, group_counseling=1),
        f.exit_(counseling_received=0, group_counseling=1),
        "group_counseling",
        "not_applicable",
    ),
    (
        "R18 sessions not negative",
        f.exit_(counseling_received=1, session_count_at_exit=0),
        f.exit_(counseling_received=1, session_count_at_exit=-2),
        "session_count_at_exit",
        "negative",
    ),
    (
        "R18 planned sessions only with a plan",
        f.exit_(post_exit_counseling_plan=1, sessions_in_plan=6),
        f.exit_(post_exit_counseling_plan=0, sessions_in_plan=6),
        "sessions_in_plan",
        "not_applicable",
    ),
    (
        "R20 ways only when provided",
        f.exit_(aftercare_provided=1, telephone=1),
        f.exit_(aftercare_provided=0, telephone=1),
        "telephone",
        "not_applicable",
    ),
    (
        "R17 status on its list",
        f.exit_(project_completion_status=3),
        f.exit_(project_completion_status=4),
        "project_completion_status",
        "not_in_list",
    ),
    ("V9 reason on its list", f.exit_(cm_exit_reason=1), f.exit_(cm_exit_reason=0), "cm_exit_reason", "not_in_list"),
    (
        "W5 housing assessment on its list",
        f.exit_(housing_assessment=1),
        f.exit_(housing_assessment=0),
        "housing_assessment",
        "not_in_list",
    ),
    # --- income and benefits: HOPWA ---------------------------------------------------
    (
        "4.04.A reason only when not held",
        f.income(medicare=0, no_medicare_reason=1),
        f.income(medicare=None, no_medicare_reason=1),
        "no_medicare_reason",
        "not_applicable",
    ),
    (
        "4.04.A reason not with the source",
        f.income(medicaid=1, no_vha_reason=None),
        f.income(medicaid=1, no_medicaid_reason=1),
        "no_medicaid_reason",
        "not_applicable",
    ),
    (
        "W3 ADAP reason only when no ADAP",
        f.income(adap=0, no_adap_reason=1),
        f.income(adap=1, no_adap_reason=1),
        "no_adap_reason",
        "not_applicable",
    ),
    (
        "W3 Ryan White reason on its list",
        f.income(ryan_white_med_dent=0, no_ryan_white_reason=2),
        f.income(ryan_white_med_dent=0, no_ryan_white_reason=7),
        "no_ryan_white_reason",
        "not_in_list",
    ),
    # --- health: R7-R10 ---------------------------------------------------------------
    (
        "R10 due date only when pregnant",
        f.health_dv(pregnancy_status=1, due_date=date(2025, 9, 1)),
        f.health_dv(pregnancy_status=0, due_date=date(2025, 9, 1)),
        "due_date",
        "not_applicable",
    ),
    (
        "R7 health on its list",
        f.health_dv(general_health_status=5),
        f.health_dv(general_health_status=6),
        "general_health_status",
        "not_in_list",
    ),
    # --- disabilities: W4 --------------------------------------------------------------
    (
        "W4 only on the HIV/AIDS record",
        f.disability(**HIV, anti_retroviral=1),
        f.disability(anti_retroviral=1),
        "anti_retroviral",
        "not_applicable",
    ),
    (
        "W4 T-cell count only when available",
        f.disability(**HIV, t_cell_count_available=1, t_cell_count=500, t_cell_source=1),
        f.disability(**HIV, t_cell_count_available=0, t_cell_count=500),
        "t_cell_count",
        "not_applicable",
    ),
    (
        "W4 T-cell count 0 to 1500",
        f.disability(**HIV, t_cell_count_available=1, t_cell_count=1500),
        f.disability(**HIV, t_cell_count_available=1, t_cell_count=1501),
        "t_cell_count",
        "count_range",
    ),
    (
        "W4 viral load only when available",
        f.disability(**HIV, viral_load_available=1, viral_load=20),
        f.disability(**HIV, viral_load_available=0, viral_load=20),
        "viral_load",
        "not_applicable",
    ),
    # --- services ----------------------------------------------------------------------
    (
        "P2 outcome only on a PATH referral",
        f.service(record_type=161, type_provided=1, referral_outcome=1),
        f.service(record_type=141, type_provided=1, referral_outcome=1),
        "referral_outcome",
        "not_applicable",
    ),
    (
        "V3 assistance ends after it starts",
        f.service(record_type=152, type_provided=1, fa_start_date=date(2025, 1, 1), fa_end_date=date(2025, 1, 1)),
        f.service(record_type=152, type_provided=1, fa_start_date=date(2025, 1, 2), fa_end_date=date(2025, 1, 1)),
        "fa_end_date",
        "before_start",
    ),
]


@pytest.mark.parametrize("rule, valid, invalid, field, code", RULES, ids=[r[0] for r in RULES])
def test_rule(rule, valid, invalid, field, code):
    f.check_rule(valid, invalid, field, code)


def test_every_veteran_detail_is_refused_for_a_non_veteran():
    answers = dict.fromkeys(VETERAN_INFORMATION, 1)
    answers.update(year_entered_service=1990, year_separated=1994, military_branch=1, discharge_status=1)
    f.client(**VET, **answers).validate(today=TODAY)
    problems = f.client(veteran_status=0, **answers).problems(today=TODAY)
    assert {e.field for e in problems if e.code == "not_applicable"} == set(VETERAN_INFORMATION)


def test_program_elements_are_empty_by_default_and_round_trip():
    client = f.client(**VET, year_entered_service=1981, military_branch=2)
    assert Client.from_dict(client.to_dict()) == client
    assert f.exit_().cm_exit_reason is None and f.enrollment().vamc_station is None
