"""Updates (stage 2) and annual assessments (stage 5) of one stay, saved in a real vault: what each
funder asks (PATH, SSVF, RHY, HOPWA), stamped with the stage and the information date; refused in
words, with nothing saved, when an answer is missing, the stay has ended or HUD's dates are broken."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.funder_elements import ANNUAL, EXIT, UPDATE, elements_for
from app.domain.youth_education_status import YouthEducationStatus
from app.services import stage_elements
from app.services.clients import ClientDirectory
from app.storage import outbox
from app.storage.records import Records
from app.sync.projects import Project, store
from tests.domain import factories as f

TODAY = date(2026, 5, 1)
ENTRY = date(2025, 1, 10)  # the factory's project start: the first window is 12/11/2025 to 02/09/2026
IN_WINDOW, MID_YEAR = date(2026, 1, 15), date(2025, 6, 1)
PARTNER_ID, PARTNER_STAY = "1" * 32, "2" * 32
#: HUD's 4.02-4.04 (every stage) and 4.11 (update), which PATH, SSVF and HOPWA require too: all 'No'.
COMMON = {
    "income_benefits": {"income_from_any_source": 0, "benefits_from_any_source": 0, "insurance_from_any_source": 0},
    "health_and_dv": {"domestic_violence_survivor": 0},
}


def _with(answers: dict) -> dict:
    """These answers beside the common ones (an answer to a question not asked is dropped)."""
    return {kind: {**COMMON.get(kind, {}), **answers.get(kind, {})} for kind in {*COMMON, *answers}}


def _directory(vault, funders, project_type, *more) -> ClientDirectory:
    store(vault, [Project(f.PROJECT_ID, "Test project", project_type, funders)])
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(), *more])
    return ClientDirectory(vault, today=TODAY)


def _saved(vault, kind):
    return Records(vault).children(kind, personal_id=f.CLIENT_ID)


def _refused(directory, stage, day, answers, enrollment_id=f.ENROLLMENT_ID) -> dict[str, str]:
    """The refusal, field -> message, after checking that nothing at all reached the vault."""
    pending = outbox.pending_count(directory.vault.conn)
    rows = directory.vault.conn.execute("SELECT count(*) FROM record").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        stage_elements.record_assessment(directory, enrollment_id, stage, day, answers)
    assert outbox.pending_count(directory.vault.conn) == pending
    assert directory.vault.conn.execute("SELECT count(*) FROM record").fetchone()[0] == rows
    assert "Rosa" not in str(caught.value) and "Quinones" not in str(caught.value)
    return {e.field: e.message for e in caught.value.errors}


@pytest.mark.parametrize("funder, project_type, family", [(21, 4, "PATH"), (33, 13, "SSVF")])
@pytest.mark.parametrize("stage, day", [(UPDATE, MID_YEAR), (ANNUAL, IN_WINDOW)])
def test_path_and_ssvf_save_soar_stamped_with_the_stage_and_date(vault, funder, project_type, family, stage, day):
    directory = _directory(vault, (funder,), project_type)
    elements, _ = stage_elements.elements_at(directory, f.enrollment(), stage, day)
    codes = [e.code for e in elements]
    assert codes == ["4.02", "4.03", "4.04", *(["4.11"] if stage == UPDATE else []), "P4"]  # DV: not annual
    missing = _refused(directory, stage, day, _with({}))
    assert missing == {
        "connection_with_soar": f"Connection with SOAR is required by this project's funder ({family}); "
        "'Data not collected' does not count."
    }
    assert _refused(directory, stage, day, _with({"income_benefits": {"connection_with_soar": 99}})).keys() == {
        "connection_with_soar"
    }
    assert {"income_from_any_source", "connection_with_soar"} <= _refused(directory, stage, day, {}).keys()
    pending = outbox.pending_count(vault.conn)
    saved = stage_elements.record_assessment(
        directory, f.ENROLLMENT_ID, stage, day, _with({"income_benefits": {"connection_with_soar": 0}})
    )
    (stored,) = _saved(vault, "income_benefits")
    assert stored in saved and len(_saved(vault, "health_and_dv")) == (stage == UPDATE)
    assert (stored.data_collection_stage, stored.information_date, stored.connection_with_soar) == (stage, day, 0)
    assert stored.enrollment_id == f.ENROLLMENT_ID and outbox.pending_count(vault.conn) == pending + len(saved)


def test_an_answer_to_a_question_not_asked_is_not_kept(vault):
    directory = _directory(vault, (21,), 4)
    stage_elements.record_assessment(
        directory, f.ENROLLMENT_ID, UPDATE, MID_YEAR, _with({"income_benefits": {"connection_with_soar": 1, "adap": 1}})
    )
    (stored,) = _saved(vault, "income_benefits")
    assert stored.connection_with_soar == 1 and stored.adap is None  # W3 is HOPWA's, not PATH's


def test_rhy_asks_pregnancy_at_an_update_and_income_benefits_and_insurance_at_both():
    assert [e.code for e in elements_for((24,), UPDATE, 2)] == ["4.02", "4.03", "4.04", "R10"]
    assert [e.code for e in elements_for((24,), ANNUAL, 2)] == ["4.02", "4.03", "4.04"]


@pytest.mark.parametrize("stage, day", [(UPDATE, MID_YEAR), (ANNUAL, IN_WINDOW)])
def test_a_funder_that_asks_nothing_then_says_so(vault, stage, day):
    directory = _directory(vault, (53,), 0)  # ESG RUSH asks none of these in an emergency shelter
    assert stage_elements.elements_at(directory, f.enrollment(), stage, day)[0] == ()
    assert _refused(directory, stage, day, {}) == {
        "": "This project's funders ask no program elements of this client at this stage: there is nothing to record."
    }


def test_hopwa_asks_t_cells_at_every_stage_and_medical_assistance_but_at_the_annual(vault):
    hiv = f.disability(disability_type=8, disability_response=1, indefinite_and_impairs=None)
    directory = _directory(vault, (15,), 3, hiv)
    assert [e.code for e in stage_elements.elements_at(directory, f.enrollment(), UPDATE, MID_YEAR)[0]] == [
        "4.02",
        "4.03",
        "4.04",
        "4.11",
        "W3",
        "W4",
        "W6",
    ]
    assert [e.code for e in stage_elements.elements_at(directory, f.enrollment(), ANNUAL, IN_WINDOW)[0]] == [
        "4.02",
        "4.03",
        "4.04",
        "W4",
    ]
    w4 = {"t_cell_count_available": 1, "t_cell_count": 2000, "t_cell_source": 1, "viral_load_available": 0}
    assert _refused(directory, UPDATE, MID_YEAR, _with({"disability": w4})).keys() == {
        "adap",
        "ryan_white_med_dent",
        "anti_retroviral",
        "t_cell_count",
    }
    assert _refused(directory, ANNUAL, IN_WINDOW, _with({})).keys() == {
        "t_cell_count_available",
        "viral_load_available",
    }
    assert _refused(directory, ANNUAL, IN_WINDOW, _with({"disability": w4})) == {
        "t_cell_count": "T-cell (CD4) count must be from 0 to 1500."
    }  # the record's own rule, nothing half-saved
    w4["t_cell_count"] = 420
    stage_elements.record_assessment(
        directory, f.ENROLLMENT_ID, ANNUAL, IN_WINDOW, _with({"income_benefits": {"adap": 1}, "disability": w4})
    )
    (income,) = _saved(vault, "income_benefits")
    (annual,) = [d for d in _saved(vault, "disability") if d.data_collection_stage == ANNUAL]
    assert (income.data_collection_stage, income.adap, income.information_date) == (ANNUAL, None, IN_WINDOW)
    assert (annual.disability_type, annual.disability_response, annual.t_cell_count) == (8, 1, 420)
    assert annual.information_date == IN_WINDOW


def test_yhdp_asks_the_heads_youth_education_status_at_exit(vault):
    directory = _directory(vault, (43,), 13)
    elements, funders = stage_elements.elements_at(directory, f.enrollment(), EXIT, MID_YEAR)
    assert [e.code for e in elements] == ["4.02", "4.03", "4.04", "C3"]
    answers = _with({"youth_education_status": {"current_school_attend": 2}})
    records = stage_elements.records_of(f.enrollment(), elements, answers, EXIT, MID_YEAR)
    assert [e.field for e in stage_elements.stage_problems(elements, answers, records, funders)] == [
        "current_ed_status"
    ]
    answers["youth_education_status"]["current_ed_status"] = 1
    records = stage_elements.records_of(f.enrollment(), elements, answers, EXIT, MID_YEAR)
    assert stage_elements.stage_problems(elements, answers, records, funders) == []
    (status,) = [r for r in records if r.KIND == "youth_education_status"]
    assert isinstance(status, YouthEducationStatus)
    assert (status.data_collection_stage, status.current_ed_status, status.information_date) == (EXIT, 1, MID_YEAR)


def test_an_exited_stay_takes_no_update(vault):
    directory = _directory(vault, (21,), 4)
    directory.record_exit(f.exit_(exit_date=date(2025, 8, 1)))
    answers = _with({"income_benefits": {"connection_with_soar": 0}})
    assert _refused(directory, UPDATE, MID_YEAR, answers) == {
        "information_date": "This stay has ended: an update or annual assessment can only be recorded during a stay."
    }


@pytest.mark.parametrize(
    "day, words",
    [
        (date(2025, 1, 9), "Information date cannot be before the project start date."),
        (date(2026, 5, 2), "Information date cannot be in the future."),
    ],
)
def test_a_date_outside_the_stay_is_refused(vault, day, words):
    directory = _directory(vault, (21,), 4)
    assert _refused(directory, UPDATE, day, _with({"income_benefits": {"connection_with_soar": 0}})) == {
        "information_date": words
    }


def test_an_annual_outside_hud_window_is_refused_but_an_update_that_day_is_saved(vault):
    directory = _directory(vault, (21,), 4)
    answers = _with({"income_benefits": {"connection_with_soar": 0}})
    for day in (date(2025, 12, 10), date(2026, 2, 10)):
        message = _refused(directory, ANNUAL, day, answers)["information_date"]
        assert message.startswith(
            "An annual assessment must be dated no more than 30 days before or after an "
            "anniversary of the head of household's project start date"
        )
    stage_elements.record_assessment(directory, f.ENROLLMENT_ID, UPDATE, date(2026, 2, 10), answers)
    stage_elements.record_assessment(directory, f.ENROLLMENT_ID, ANNUAL, date(2025, 12, 11), answers)
    assert sorted((r.data_collection_stage, r.information_date) for r in _saved(vault, "income_benefits")) == [
        (UPDATE, date(2026, 2, 10)),
        (ANNUAL, date(2025, 12, 11)),
    ]


def test_a_second_annual_for_the_same_anniversary_is_refused(vault):
    directory = _directory(vault, (33,), 13)
    answers = _with({"income_benefits": {"connection_with_soar": 0}})
    stage_elements.record_assessment(directory, f.ENROLLMENT_ID, ANNUAL, IN_WINDOW, answers)
    assert (
        "already recorded for this anniversary"
        in _refused(directory, ANNUAL, date(2026, 2, 1), answers)["information_date"]
    )
    stage_elements.record_assessment(directory, f.ENROLLMENT_ID, UPDATE, date(2026, 2, 1), answers)
    assert len(_saved(vault, "income_benefits")) == 2


def test_a_member_who_joined_later_follows_the_head_of_households_anniversary(vault):
    partner = f.client(id=PARTNER_ID, first_name="Luis")
    stay = f.enrollment(id=PARTNER_STAY, personal_id=PARTNER_ID, relationship_to_hoh=3, entry_date=date(2025, 4, 1))
    directory = _directory(vault, (21,), 4, partner, stay)
    answers = _with({"income_benefits": {"connection_with_soar": 0}})
    assert stage_elements.stay_facts(directory, PARTNER_STAY).head_start == ENTRY
    assert (
        "head of household's"
        in _refused(directory, ANNUAL, date(2026, 4, 1), answers, PARTNER_STAY)["information_date"]
    )  # the partner's own anniversary
    stage_elements.record_assessment(directory, PARTNER_STAY, ANNUAL, IN_WINDOW, answers)
    (stored,) = Records(vault).children("income_benefits", enrollment_id=PARTNER_STAY)
    assert (stored.personal_id, stored.data_collection_stage) == (PARTNER_ID, ANNUAL)
