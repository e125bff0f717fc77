"""Valid example records for tests; override any field with keyword arguments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain.assessment import Assessment, AssessmentQuestion, AssessmentResult
from app.domain.client import Client
from app.domain.consent import Consent
from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.disability import Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.errors import ValidationError
from app.domain.event import Event
from app.domain.exit import Exit
from app.domain.health_and_dv import HealthAndDV
from app.domain.ids import new_id
from app.domain.income_benefits import IncomeBenefits
from app.domain.service import Service
from app.domain.youth_education_status import YouthEducationStatus

TODAY = date(2025, 6, 1)
CLIENT_ID = "c" * 32
PROJECT_ID = "a" * 32
ENROLLMENT_ID = "e" * 32
ASSESSMENT_ID = "f" * 32
AGENCY_ID = "b" * 32


def client(**kw) -> Client:
    base = Client(
        id=CLIENT_ID,
        first_name="Rosa",
        last_name="Quinones",
        name_data_quality=1,
        ssn="234567891",
        ssn_data_quality=1,
        dob=date(1980, 5, 17),
        dob_data_quality=1,
        hispanic_latinao=1,
        sex=0,
        veteran_status=0,
    )
    return replace(base, **kw)


def enrollment(**kw) -> Enrollment:
    base = Enrollment(
        id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        project_id=PROJECT_ID,
        household_id="d" * 32,
        entry_date=date(2025, 1, 10),
        relationship_to_hoh=1,
        enrollment_coc="CT-505",
        living_situation=116,
        length_of_stay=5,
        disabling_condition=0,
    )
    return replace(base, **kw)


def exit_(**kw) -> Exit:
    base = Exit(enrollment_id=ENROLLMENT_ID, personal_id=CLIENT_ID, exit_date=date(2025, 3, 1), destination=410)
    return replace(base, **kw)


def income(**kw) -> IncomeBenefits:
    base = IncomeBenefits(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 1, 10),
        data_collection_stage=1,
        income_from_any_source=1,
        total_monthly_income=Decimal("943.00"),
        ssi=1,
        ssi_amount=Decimal("943.00"),
        benefits_from_any_source=1,
        snap=1,
        insurance_from_any_source=1,
        medicaid=1,
    )
    return replace(base, **kw)


def disability(**kw) -> Disability:
    base = Disability(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 1, 10),
        data_collection_stage=1,
        disability_type=9,
        disability_response=1,
        indefinite_and_impairs=1,
    )
    return replace(base, **kw)


def health_dv(**kw) -> HealthAndDV:
    base = HealthAndDV(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 1, 10),
        data_collection_stage=1,
        domestic_violence_survivor=1,
        when_occurred=2,
        currently_fleeing=0,
    )
    return replace(base, **kw)


def cls(**kw) -> CurrentLivingSituation:
    base = CurrentLivingSituation(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 2, 1),
        current_living_situation=335,
        leave_situation_14_days=1,
        subsequent_residence=0,
        resources_to_obtain=0,
        lease_own_60_day=0,
        moved_two_or_more=1,
    )
    return replace(base, **kw)


def service(**kw) -> Service:
    base = Service.bed_night(enrollment_id=ENROLLMENT_ID, personal_id=CLIENT_ID, night=date(2025, 1, 11))
    return replace(base, **kw)


def consent(**kw) -> Consent:
    base = Consent(
        personal_id=CLIENT_ID,
        agency_id=AGENCY_ID,
        granted=True,
        scope="full",
        signed_date=date(2025, 1, 10),
        expires_date=date(2026, 1, 10),
        method="signed_paper",
    )
    return replace(base, **kw)


def employment_education(**kw) -> EmploymentEducation:
    base = EmploymentEducation(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 1, 10),
        data_collection_stage=1,
        last_grade_completed=4,
        school_status=5,
        employed=1,
        employment_type=2,
    )
    return replace(base, **kw)


def youth_education_status(**kw) -> YouthEducationStatus:
    base = YouthEducationStatus(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        information_date=date(2025, 1, 10),
        data_collection_stage=1,
        current_school_attend=2,
        current_ed_status=0,
    )
    return replace(base, **kw)


def assessment(**kw) -> Assessment:
    base = Assessment(
        id=ASSESSMENT_ID,
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        assessment_date=date(2025, 1, 12),
        assessment_location="Hartford CAN access point",
        assessment_type=3,
        assessment_level=2,
        prioritization_status=1,
    )
    return replace(base, **kw)


def assessment_question(**kw) -> AssessmentQuestion:
    base = AssessmentQuestion(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        assessment_id=ASSESSMENT_ID,
        assessment_question_group="Housing history",
        assessment_question_order=1,
        assessment_question="Nights slept outside in the past month",
        assessment_answer="12",
    )
    return replace(base, **kw)


def assessment_result(**kw) -> AssessmentResult:
    base = AssessmentResult(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        assessment_id=ASSESSMENT_ID,
        assessment_result_type="Vulnerability score",
        assessment_result="9",
    )
    return replace(base, **kw)


def event(**kw) -> Event:
    base = Event(
        enrollment_id=ENROLLMENT_ID,
        personal_id=CLIENT_ID,
        event_date=date(2025, 1, 15),
        event=14,
        location_crisis_or_ph_housing="Hartford PSH",
    )
    return replace(base, **kw)


FACTORIES = {
    "client": client,
    "enrollment": enrollment,
    "exit": exit_,
    "income_benefits": income,
    "disability": disability,
    "health_and_dv": health_dv,
    "current_living_situation": cls,
    "service": service,
    "consent": consent,
    "employment_education": employment_education,
    "youth_education_status": youth_education_status,
    "assessment": assessment,
    "assessment_question": assessment_question,
    "assessment_result": assessment_result,
    "event": event,
}


def fresh_id() -> str:
    return new_id()


def check_rule(valid, invalid, field: str, code: str) -> None:
    """A rule's pair of cases: the valid record passes, the invalid one is refused for *field* with *code*."""
    valid.validate(today=TODAY)
    with pytest.raises(ValidationError) as info:
        invalid.validate(today=TODAY)
    assert (field, code) in {(e.field, e.code) for e in info.value.errors}, info.value.errors
