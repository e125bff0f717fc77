"""The intake asks what the project's funders require, and refuses to save without it: one test per
funder family (PATH, RHY, SSVF/VA, HOPWA, CoC/ESG), and a project with no such funder asks none."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.services import intake_flow as flow
from app.storage.records import Records
from app.sync.projects import Project, store

TODAY = date(2026, 1, 20)
PROJECT = "7" * 32


def _state(vault, funders: tuple[int, ...], project_type: int = 1, *, veteran: int = 0) -> dict:
    store(vault, [Project(PROJECT, "Test project", project_type, funders)])
    state = flow.new_state()
    state.update(project_id=PROJECT, entry_date=date(2026, 1, 10), funders=list(funders), project_type=project_type)
    member = state["members"][0]
    member["client"] = {
        "first_name": "Ana",
        "last_name": "Reyes",
        "name_data_quality": 1,
        "dob": date(1990, 6, 1),
        "dob_data_quality": 1,
        "veteran_status": veteran,
        "sex": 0,
    }
    member["enrollment"] = {
        "living_situation": 116,
        "length_of_stay": 4,
        "previous_street_essh": 1,
        "date_to_street_essh": date(2025, 12, 1),
        "times_homeless_past_three_years": 1,
        "months_homeless_past_three_years": 101,
        "disabling_condition": 0,
    }
    member["income"] = {"income_from_any_source": 0, "benefits_from_any_source": 0, "insurance_from_any_source": 0}
    member["dv"] = {"domestic_violence_survivor": 0}
    return state


def _refused(vault, state) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        flow.save_intake(vault, state, today=TODAY)
    assert vault.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 0, "nothing half-saved"
    return {e.field for e in caught.value.errors if e.code == "funder_required"}


def _asked(state) -> set[str]:
    return {e.code for e in flow.program_asked(state, state["members"][0])}


def test_a_project_without_such_funders_asks_none_and_saves(vault):
    state = _state(vault, (46,))  # local funding only
    assert _asked(state) == set()
    assert flow.save_intake(vault, state, today=TODAY)


def test_path_asks_soar_and_path_status(vault):
    state = _state(vault, (21,), 4)
    assert {"P3", "P4"} <= _asked(state)
    state["members"][0]["enrollment"]["date_of_engagement"] = date(2026, 1, 10)
    state["members"][0]["program"] = {"enrollment": {"date_of_path_status": date(2026, 1, 12)}}
    assert _refused(vault, state) == {"connection_with_soar", "client_enrolled_in_path"}
    state["members"][0]["program"] = {
        "enrollment": {"date_of_path_status": date(2026, 1, 12), "client_enrolled_in_path": 1},
        "income_benefits": {"connection_with_soar": 99},
    }
    assert _refused(vault, state) == {"connection_with_soar"}  # 'Data not collected' is not an answer
    state["members"][0]["program"]["income_benefits"]["connection_with_soar"] = 0
    (head,) = flow.save_intake(vault, state, today=TODAY)
    (income,) = Records(vault).children("income_benefits", personal_id=head)
    assert income.connection_with_soar == 0 and income.data_collection_stage == 1


def test_rhy_asks_its_entry_elements_and_employment_education_at_entry(vault):
    state = _state(vault, (24,), 2)
    assert {"R1", "R4-R6", "R7-R9", "R10", "R11", "R12", "R13"} <= _asked(state) and "R2" not in _asked(state)
    missing = _refused(vault, state)
    assert {
        "referral_source",
        "last_grade_completed",
        "school_status",
        "employed",
        "general_health_status",
        "pregnancy_status",
        "former_ward_child_welfare",
        "unemployment_fam",
    } <= missing
    member = state["members"][0]
    member["program"] = {
        "enrollment": {
            "referral_source": 1,
            "former_ward_child_welfare": 0,
            "former_ward_juvenile_justice": 0,
            **dict.fromkeys(
                (
                    "unemployment_fam",
                    "mental_health_disorder_fam",
                    "physical_disability_fam",
                    "alcohol_drug_use_disorder_fam",
                    "insufficient_income",
                    "incarcerated_parent",
                ),
                0,
            ),
        },
        "employment_education": {"last_grade_completed": 4, "school_status": 1, "employed": 1},
        "health_and_dv": {
            "general_health_status": 1,
            "dental_health_status": 2,
            "mental_health_status": 3,
            "pregnancy_status": 0,
        },
    }
    assert _refused(vault, state) == {"employment_type"}  # employed: the type of work follows
    member["program"]["employment_education"]["employment_type"] = 1
    (head,) = flow.save_intake(vault, state, today=TODAY)
    (work,) = Records(vault).children("employment_education", personal_id=head)
    assert (work.employed, work.employment_type, work.data_collection_stage) == (1, 1, 1)


def test_ssvf_asks_veteran_information_ami_and_vamc(vault):
    state = _state(vault, (33,), 12, veteran=1)
    assert {"V1", "V4", "V6", "V7", "P4"} <= _asked(state)
    missing = _refused(vault, state)
    assert {"military_branch", "discharge_status", "percent_ami", "vamc_station", "target_screen_reqd"} <= missing
    state["members"][0]["client"]["veteran_status"] = 0
    assert "V1" not in _asked(state)  # not a veteran: no V1


def test_va_gpd_asks_v1_of_veterans_and_vamc_of_the_head(vault):
    state = _state(vault, (37,), 2, veteran=1)
    assert _asked(state) == {"4.02", "4.03", "4.04", "4.11", "V1", "V6", "R6"}  # GPD asks R6 too (DD R6)
    member = state["members"][0]
    member["program"] = {
        "client": dict.fromkeys(
            (
                "world_war_ii",
                "korean_war",
                "vietnam_war",
                "desert_storm",
                "afghanistan_oef",
                "iraq_oif",
                "iraq_ond",
                "other_theater",
            ),
            0,
        ),
        "enrollment": {"vamc_station": "689"},
        "employment_education": {"employed": 0, "not_employed_reason": 1},
    }
    member["program"]["client"].update(discharge_status=1, year_entered_service=2001)
    assert _refused(vault, state) == {"military_branch"}
    member["program"]["client"]["military_branch"] = 1
    (head,) = flow.save_intake(vault, state, today=TODAY)
    client = Records(vault).get("client", head)
    assert (client.military_branch, client.year_entered_service) == (1, 2001)
    assert Records(vault).children("enrollment", personal_id=head)[0].vamc_station == "689"


def test_hopwa_asks_medical_assistance_and_t_cells_of_a_client_with_hiv(vault):
    state = _state(vault, (15,), 3)
    assert _asked(state) == {"4.02", "4.03", "4.04", "4.11"}  # no HIV/AIDS answer yet: no W elements
    member = state["members"][0]
    member["enrollment"]["disabling_condition"] = 1
    member["disabilities"] = {"8": {"response": 1}}
    assert _asked(state) == {"4.02", "4.03", "4.04", "4.11", "W3", "W4", "W6"}
    assert _refused(vault, state) == {
        "adap",
        "ryan_white_med_dent",
        "t_cell_count_available",
        "viral_load_available",
        "anti_retroviral",
    }
    member["program"] = {
        "income_benefits": {"adap": 1, "ryan_white_med_dent": 0, "no_ryan_white_reason": 3},
        "disability": {
            "t_cell_count_available": 1,
            "t_cell_count": 420,
            "t_cell_source": 1,
            "viral_load_available": 2,
            "anti_retroviral": 1,
        },
    }
    (head,) = flow.save_intake(vault, state, today=TODAY)
    (hiv,) = [d for d in Records(vault).children("disability", personal_id=head) if d.disability_type == 8]
    assert hiv.t_cell_count == 420


@pytest.mark.parametrize("funder, project_type", [(2, 3), (8, 0)])  # CoC PSH, ESG entry/exit shelter
def test_coc_and_esg_refuse_data_not_collected_for_income_insurance_and_dv(vault, funder, project_type):
    state = _state(vault, (funder,), project_type)
    state["members"][0]["income"]["insurance_from_any_source"] = 99
    state["members"][0]["dv"]["domestic_violence_survivor"] = 99
    assert _refused(vault, state) == {"insurance_from_any_source", "domestic_violence_survivor"}
    state["members"][0]["dv"]["domestic_violence_survivor"] = 8  # client doesn't know: an answer
    state["members"][0]["income"]["insurance_from_any_source"] = 0
    assert flow.save_intake(vault, state, today=TODAY)


def test_esg_night_by_night_shelter_asks_dv_but_not_income_or_insurance(vault):
    state = _state(vault, (8,), 1)  # DD 4.02-4.04: ESG "all components except ES-NbN"; 4.11: all
    state["members"][0]["income"]["insurance_from_any_source"] = 99
    state["members"][0]["dv"]["domestic_violence_survivor"] = 99
    assert _refused(vault, state) == {"domestic_violence_survivor"}


def test_yhdp_asks_youth_education_status_of_the_head_and_saves_it(vault):
    state = _state(vault, (43,), 13)
    assert "C3" in _asked(state)
    assert _refused(vault, state) == {"current_school_attend"}
    state["members"][0]["program"] = {"youth_education_status": {"current_school_attend": 0}}
    assert _refused(vault, state) == {"most_recent_ed_status"}
    state["members"][0]["program"]["youth_education_status"]["most_recent_ed_status"] = 1
    (head,) = flow.save_intake(vault, state, today=TODAY)
    (status,) = Records(vault).children("youth_education_status", personal_id=head)
    assert (status.current_school_attend, status.most_recent_ed_status, status.data_collection_stage) == (0, 1, 1)


def test_the_funders_come_from_the_device_not_the_state(vault):
    state = _state(vault, (21,), 4)
    state["members"][0]["enrollment"]["date_of_engagement"] = date(2026, 1, 10)
    state["funders"] = []  # a draft from before the project had a PATH funder
    assert "connection_with_soar" in _refused(vault, state)
