"""Every record type syncs: made offline on one laptop, it reaches a second laptop of the same agency
through the real server; changed there, the change comes back to the first. One test per kind,
drawn from the registry, so a record type added later is in this test without anyone touching it
(and ``EDITS`` must say what to change of it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.ids import new_id
from app.domain.registry import RECORD_TYPES
from tests.domain.factories import FACTORIES
from tests.sync.laptops import laptop, new_client, new_enrollment

AGENCY = "Every Kind House"

#: kind -> a field and the value the second laptop changes it to (a value its rules accept).
EDITS: dict[str, tuple[str, object]] = {
    "client": ("alias", "Sunny"),
    "enrollment": ("referral_source", 1),
    "exit": ("project_completion_status", 1),
    "income_benefits": ("connection_with_soar", 1),
    "disability": ("indefinite_and_impairs", 0),
    "health_and_dv": ("general_health_status", 2),
    "current_living_situation": ("location_details", "Under the bridge by the river"),
    "service": ("date_provided", date(2025, 1, 12)),
    "consent": ("expires_date", None),
    "employment_education": ("school_status", 1),
    "youth_education_status": ("current_school_attend", 1),
    "assessment": ("assessment_location", "Hartford walk-in center"),
    "assessment_question": ("assessment_answer", "Yes, since March"),
    "assessment_result": ("assessment_result", "High"),
    "event": ("location_crisis_or_ph_housing", "Hartford"),
}


@pytest.fixture(scope="module")
def pair(world, tmp_path_factory):
    root = tmp_path_factory.mktemp("every-kind")
    one, two = laptop(world, root, AGENCY), laptop(world, root, AGENCY)
    yield one, two
    one.close()
    two.close()


def _record(world, kind: str, client_id: str, enrollment_id: str, assessment_id: str):
    links = {
        "personal_id": client_id,
        "enrollment_id": enrollment_id,
        "assessment_id": assessment_id,
        "agency_id": world.agencies[AGENCY],
    }
    made = FACTORIES[kind]()
    names = set(made.field_names())
    return replace(made, id=new_id(), **{k: v for k, v in links.items() if k in names})


def test_every_kind_says_what_the_test_changes():
    assert set(EDITS) == set(RECORD_TYPES)


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_a_record_of_each_kind_syncs_both_ways_between_two_laptops(world, pair, kind):
    one, two = pair
    client = new_client()
    enrollment = new_enrollment(world, AGENCY, client.id)
    assessment = _record(world, "assessment", client.id, enrollment.id, "") if "assessment" in RECORD_TYPES else None
    made = {"client": client, "enrollment": enrollment}
    if kind not in made:
        made[kind] = _record(world, kind, client.id, enrollment.id, assessment.id if assessment else "")
    if kind.startswith("assessment_") and assessment is not None:
        made["assessment"] = assessment
    for record in made.values():
        record.validate()
    one.records.save_all(list(made.values()))
    sent = one.sync()
    assert sent.ok, sent.message
    assert sent.pushed["applied"] == len(made)
    assert two.sync().ok
    record = made[kind]
    assert two.records.get(kind, record.id) == record

    field, value = EDITS[kind]
    assert getattr(record, field) != value, "the edit must change something"
    changed = replace(record, **{field: value})
    changed.validate()
    two.records.save(changed)
    assert two.sync().ok
    back = one.sync()
    assert back.ok, back.message
    assert one.records.get(kind, record.id) == changed
    assert one.sync().pending == 0 and two.sync().pending == 0
