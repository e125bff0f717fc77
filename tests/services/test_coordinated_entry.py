"""Coordinated entry against a real SQLCipher vault: refusals in words that change nothing, an
assessment saved whole with its questions and results or not at all, history and open referrals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.ids import new_id
from app.services.coordinated_entry import AssessmentRefused, CoordinatedEntry
from app.storage import outbox, remote_records
from app.storage.records import Records
from app.sync.projects import Project, store
from tests.domain import factories as f

TODAY = date(2025, 6, 1)
SHELTER_ID, NEIGHBOUR_ID = new_id(), new_id()
PROJECTS = [
    Project(f.PROJECT_ID, "Hartford Access Point", 14, coordinated_entry=True),
    Project(SHELTER_ID, "Hartford Night Shelter", 1),
    Project(NEIGHBOUR_ID, "Neighbour Access Point", 2, coordinated_entry=True, own=False),
]
SHELTER_STAY = new_id()


@pytest.fixture
def ce(vault):
    store(vault, PROJECTS)
    Records(vault, today=TODAY).save_all(
        [f.client(), f.enrollment(), f.enrollment(id=SHELTER_STAY, project_id=SHELTER_ID)]
    )
    return CoordinatedEntry(vault, today=TODAY)


def _state(vault):
    """Everything a refusal must leave as it was: the records and the outbox."""
    rows = vault.conn.execute("SELECT kind, id, version FROM record ORDER BY kind, id").fetchall()
    return rows, outbox.pending_count(vault.conn)


def _questions(*texts):
    return [
        f.assessment_question(id=new_id(), assessment_question=t, assessment_question_order=i)
        for i, t in enumerate(texts, 1)
    ]


# -- refusals first ------------------------------------------------------------------------


def test_an_assessment_with_one_bad_question_saves_nothing_at_all(ce, vault):
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_assessment(f.assessment(), _questions("Nights outside", "   ", "Income"), [f.assessment_result()])
    assert refused.value.fields() == {"questions.1.assessment_question"}
    assert "Question cannot be empty." in str(refused.value)
    assert isinstance(refused.value, AssessmentRefused)
    assert refused.value.questions == {1: refused.value.errors}
    assert _state(vault) == before


def test_a_bad_result_and_a_bad_assessment_are_all_named_at_once(ce, vault):
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_assessment(
            f.assessment(assessment_location=" ", assessment_date=date(2025, 7, 1)),
            [],
            [f.assessment_result(), f.assessment_result(id=new_id(), assessment_result_type="")],
        )
    assert refused.value.fields() == {"assessment_location", "assessment_date", "results.1.assessment_result_type"}
    assert _state(vault) == before


def test_an_assessment_before_the_project_start_is_refused_in_words(ce, vault):
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_assessment(f.assessment(assessment_date=date(2025, 1, 9)), [], [])
    assert [e.message for e in refused.value.errors] == ["Date of assessment cannot be before the project start date."]
    assert _state(vault) == before


def test_a_project_outside_coordinated_entry_is_refused_in_words(ce, vault):
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_event(f.event(enrollment_id=SHELTER_STAY))
    (error,) = refused.value.errors
    assert error.field == "enrollment_id" and error.code == "not_coordinated_entry"
    assert error.message == (
        "Hartford Night Shelter does not take part in coordinated entry: assessments and "
        "events are recorded on a coordinated entry project's enrollment."
    )
    with pytest.raises(ValidationError):
        ce.record_assessment(f.assessment(enrollment_id=SHELTER_STAY), _questions("Nights outside"), [])
    assert ce.why_not(SHELTER_STAY) == "not_coordinated_entry" and ce.why_not(f.ENROLLMENT_ID) is None
    assert _state(vault) == before


def test_an_event_breaking_the_hud_dependencies_is_refused(ce, vault):
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_event(f.event(event=2, location_crisis_or_ph_housing="Hartford PSH"))
    assert refused.value.fields() == {"location_crisis_or_ph_housing"}
    assert _state(vault) == before


def test_an_exited_ce_enrollment_takes_no_new_records(ce, vault):
    Records(vault, today=TODAY).save(f.exit_())
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_event(f.event(event_date=date(2025, 1, 15)))
    assert refused.value.codes() == {"enrollment_closed"}
    assert ce.why_not(f.ENROLLMENT_ID) == "enrollment_closed"
    assert _state(vault) == before


def test_a_referral_result_before_the_referral_or_on_a_non_referral_is_refused(ce, vault):
    referral, diversion = (
        f.event(),
        f.event(id=new_id(), event=2, location_crisis_or_ph_housing=None, prob_sol_div_rr_result=1),
    )
    ce.record_event(referral)
    ce.record_event(diversion)
    before = _state(vault)
    with pytest.raises(ValidationError) as refused:
        ce.record_referral_result(referral.id, 1, date(2025, 1, 14))
    assert refused.value.fields() == {"result_date"}
    with pytest.raises(ValidationError) as refused:
        ce.record_referral_result(diversion.id, 1, date(2025, 2, 1))
    assert refused.value.fields() == {"referral_result"}
    assert _state(vault) == before


@pytest.fixture
def shared(ce, vault):
    """Another agency's CE enrollment and its open referral, pulled from the server."""
    theirs = f.enrollment(id=new_id(), project_id=NEIGHBOUR_ID)
    referral = f.event(id=new_id(), enrollment_id=theirs.id, event_date=date(2025, 2, 1))
    with vault.transaction() as conn:
        for record in (theirs, referral):
            remote_records.accept(conn, record, server_version=1, deleted=False, other_agency=True)
    return theirs, referral


def test_another_agencys_enrollment_and_referral_are_read_only(ce, vault, shared):
    theirs, referral = shared
    before = _state(vault)
    assert ce.why_not(theirs.id) == "other_agency"
    with pytest.raises(ValidationError) as refused:
        ce.record_event(f.event(id=new_id(), enrollment_id=theirs.id))
    assert refused.value.codes() == {"other_agency"}
    with pytest.raises(ValidationError) as refused:
        ce.record_referral_result(referral.id, 1, date(2025, 2, 2))
    assert refused.value.codes() == {"other_agency"}
    assert _state(vault) == before
    (shown,) = ce.open_referrals(f.CLIENT_ID)
    assert shown.event == referral and shown.other_agency and shown.project_name == "Neighbour Access Point"


# -- what is saved and shown -------------------------------------------------------------


def test_an_assessment_is_saved_with_its_questions_and_results_linked_to_it(ce, vault):
    questions = _questions("Nights outside", "Income")
    ce.record_assessment(
        f.assessment(), [replace(q, assessment_id="0" * 32) for q in questions], [f.assessment_result()]
    )
    (kept,) = ce.history(f.CLIENT_ID).assessments
    assert kept.assessment == f.assessment() and kept.project_name == "Hartford Access Point"
    assert [q.assessment_question for q in kept.questions] == ["Nights outside", "Income"]
    assert {q.assessment_id for q in kept.questions} == {f.ASSESSMENT_ID}
    assert [r.assessment_result for r in kept.results] == ["9"]
    assert outbox.pending_count(vault.conn) >= 6


def test_history_is_newest_first_and_a_result_closes_the_referral(ce, vault):
    old = f.event(event_date=date(2025, 1, 15))
    new = f.event(id=new_id(), event_date=date(2025, 3, 2), event=13, location_crisis_or_ph_housing=None)
    diversion = f.event(
        id=new_id(), event_date=date(2025, 2, 1), event=2, location_crisis_or_ph_housing=None, prob_sol_div_rr_result=0
    )
    for event in (old, new, diversion):
        ce.record_event(event)
    ce.record_assessment(f.assessment(), [], [])
    ce.record_assessment(f.assessment(id=new_id(), assessment_date=date(2025, 4, 1)), [], [])
    history = ce.history(f.CLIENT_ID)
    assert [v.event.id for v in history.events] == [new.id, diversion.id, old.id]
    assert [a.assessment.assessment_date for a in history.assessments] == [date(2025, 4, 1), date(2025, 1, 12)]
    assert [v.event.id for v in history.open_referrals] == [new.id, old.id]
    closed = ce.record_referral_result(old.id, 1, date(2025, 1, 20))
    assert closed.referral_result == 1 and not closed.is_open_referral
    assert [v.event.id for v in ce.open_referrals(f.CLIENT_ID)] == [new.id]
    assert Records(vault).version("event", old.id) == 2  # an edit of the same record, not a new one
