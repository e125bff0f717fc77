"""Every record type, keyed by KIND, for storage, sync and import to look up."""

from __future__ import annotations

from .assessment import Assessment, AssessmentQuestion, AssessmentResult
from .client import Client
from .consent import Consent
from .current_living_situation import CurrentLivingSituation
from .disability import Disability
from .employment_education import EmploymentEducation
from .enrollment import Enrollment
from .event import Event
from .exit import Exit
from .health_and_dv import HealthAndDV
from .income_benefits import IncomeBenefits
from .record import Record
from .service import Service
from .youth_education_status import YouthEducationStatus

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (
        Client,
        Enrollment,
        Exit,
        IncomeBenefits,
        Disability,
        HealthAndDV,
        CurrentLivingSituation,
        Service,
        Consent,
        EmploymentEducation,
        YouthEducationStatus,
        Assessment,
        AssessmentQuestion,
        AssessmentResult,
        Event,
    )
}


def record_type(kind: str) -> type[Record]:
    """The record class for *kind*; KeyError names the unknown kind."""
    return RECORD_TYPES[kind]
