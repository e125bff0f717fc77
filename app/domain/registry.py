"""Every record type, keyed by KIND, for storage, sync and import to look up."""

from __future__ import annotations

from .client import Client
from .consent import Consent
from .current_living_situation import CurrentLivingSituation
from .disability import Disability
from .enrollment import Enrollment
from .exit import Exit
from .health_and_dv import HealthAndDV
from .income_benefits import IncomeBenefits
from .record import Record
from .service import Service

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (Client, Enrollment, Exit, IncomeBenefits, Disability, HealthAndDV,
                CurrentLivingSituation, Service, Consent)
}


def record_type(kind: str) -> type[Record]:
    """The record class for *kind*; KeyError names the unknown kind."""
    return RECORD_TYPES[kind]
