"""The record types of the client-level files added for FY2026 (employment and education, youth
education status, coordinated entry assessment and its questions and results, events): each rule
refuses its bad case with the right field and code, and each type round-trips."""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.merge_policy import REVIEW, policy
from app.domain.registry import RECORD_TYPES

from . import factories as f
from .factories import TODAY

RULES = [
    # --- R6 employment --------------------------------------------------------------------
    (
        "R6 type only when employed",
        f.employment_education(),
        f.employment_education(employed=0),
        "employment_type",
        "not_applicable",
    ),
    (
        "R6 reason only when not employed",
        f.employment_education(employed=0, employment_type=None, not_employed_reason=1),
        f.employment_education(not_employed_reason=1),
        "not_employed_reason",
        "not_applicable",
    ),
    (
        "R4 grade on its list",
        f.employment_education(last_grade_completed=7),
        f.employment_education(last_grade_completed=15),
        "last_grade_completed",
        "not_in_list",
    ),
    (
        "R6 stage on its list",
        f.employment_education(data_collection_stage=3),
        f.employment_education(data_collection_stage=4),
        "data_collection_stage",
        "not_in_list",
    ),
    # --- C3 youth education status ----------------------------------------------------------
    (
        "C3 current status only when enrolled",
        f.youth_education_status(),
        f.youth_education_status(current_school_attend=0),
        "current_ed_status",
        "not_applicable",
    ),
    (
        "C3 recent status only when not enrolled",
        f.youth_education_status(current_school_attend=0, current_ed_status=None, most_recent_ed_status=2),
        f.youth_education_status(most_recent_ed_status=2),
        "most_recent_ed_status",
        "not_applicable",
    ),
    (
        "C3 attendance on its list",
        f.youth_education_status(current_school_attend=1),
        f.youth_education_status(current_school_attend=3),
        "current_school_attend",
        "not_in_list",
    ),
    # --- 4.19 assessment --------------------------------------------------------------------
    (
        "4.19 date not in the future",
        f.assessment(assessment_date=TODAY),
        f.assessment(assessment_date=date(2025, 6, 2)),
        "assessment_date",
        "future",
    ),
    (
        "4.19 location not blank",
        f.assessment(),
        f.assessment(assessment_location="  "),
        "assessment_location",
        "required",
    ),
    (
        "4.19 location at most 250",
        f.assessment(assessment_location="x" * 250),
        f.assessment(assessment_location="x" * 251),
        "assessment_location",
        "too_long",
    ),
    (
        "4.19 type on its list",
        f.assessment(assessment_type=1),
        f.assessment(assessment_type=4),
        "assessment_type",
        "not_in_list",
    ),
    (
        "4.19 level on its list",
        f.assessment(assessment_level=1),
        f.assessment(assessment_level=3),
        "assessment_level",
        "not_in_list",
    ),
    (
        "4.19 prioritization on its list",
        f.assessment(prioritization_status=2),
        f.assessment(prioritization_status=3),
        "prioritization_status",
        "not_in_list",
    ),
    (
        "question not blank",
        f.assessment_question(),
        f.assessment_question(assessment_question=""),
        "assessment_question",
        "required",
    ),
    (
        "question order not negative",
        f.assessment_question(assessment_question_order=0),
        f.assessment_question(assessment_question_order=-1),
        "assessment_question_order",
        "negative",
    ),
    (
        "answer at most 500",
        f.assessment_question(assessment_answer="y" * 500),
        f.assessment_question(assessment_answer="y" * 501),
        "assessment_answer",
        "too_long",
    ),
    (
        "question belongs to an assessment",
        f.assessment_question(),
        f.assessment_question(assessment_id="not an id"),
        "assessment_id",
        "bad_id",
    ),
    (
        "result type not blank",
        f.assessment_result(),
        f.assessment_result(assessment_result_type=" "),
        "assessment_result_type",
        "required",
    ),
    # --- 4.20 event -------------------------------------------------------------------------
    ("4.20 event on its list", f.event(event=18), f.event(event=19), "event", "not_in_list"),
    (
        "4.20.A only for diversion",
        f.event(event=2, location_crisis_or_ph_housing=None, prob_sol_div_rr_result=1),
        f.event(prob_sol_div_rr_result=1),
        "prob_sol_div_rr_result",
        "not_applicable",
    ),
    (
        "4.20.B only for post-placement case management",
        f.event(event=5, location_crisis_or_ph_housing=None, referral_case_manage_after=0),
        f.event(referral_case_manage_after=0),
        "referral_case_manage_after",
        "not_applicable",
    ),
    (
        "4.20.C only for a housing referral",
        f.event(),
        f.event(event=3),
        "location_crisis_or_ph_housing",
        "not_applicable",
    ),
    (
        "4.20.D only for a housing referral",
        f.event(event=10, referral_result=2),
        f.event(event=16, location_crisis_or_ph_housing=None, referral_result=2),
        "referral_result",
        "not_applicable",
    ),
    (
        "4.20.E only with a result",
        f.event(referral_result=1, result_date=date(2025, 1, 20)),
        f.event(result_date=date(2025, 1, 20)),
        "result_date",
        "not_applicable",
    ),
    (
        "4.20.E not before the event",
        f.event(referral_result=1, result_date=date(2025, 1, 15)),
        f.event(referral_result=1, result_date=date(2025, 1, 14)),
        "result_date",
        "before_event",
    ),
]


@pytest.mark.parametrize("rule, valid, invalid, field, code", RULES, ids=[r[0] for r in RULES])
def test_rule(rule, valid, invalid, field, code):
    f.check_rule(valid, invalid, field, code)


@pytest.mark.parametrize(
    "kind",
    [
        "employment_education",
        "youth_education_status",
        "assessment",
        "assessment_question",
        "assessment_result",
        "event",
    ],
)
def test_round_trip_and_refusal_of_unknown_fields(kind):
    record = f.FACTORIES[kind]()
    cls = RECORD_TYPES[kind]
    assert cls.from_dict(record.to_dict()) == record
    with pytest.raises(ValidationError):
        cls.from_dict({**record.to_dict(), "score": 3})


def test_an_open_referral_is_one_to_a_housing_opening_without_a_result():
    assert f.event().is_open_referral
    assert not f.event(referral_result=1).is_open_referral
    assert not f.event(event=3, location_crisis_or_ph_housing=None).is_open_referral


def test_who_is_offered_housing_needs_a_person_to_settle():
    assert policy("assessment", "prioritization_status") == REVIEW
    assert policy("event", "referral_result") == REVIEW
    assert policy("event", "location_crisis_or_ph_housing") != REVIEW
    assert policy("assessment_question", "assessment_answer") != REVIEW
