"""Coordinated entry from the client profile, keyboard only, saved in a real SQLCipher vault:
an assessment with the CAN's rows, an event following HUD's dependencies, a referral's result,
the refusals in words, and screenshots in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.ids import new_id
from app.storage import outbox
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui import translations
from app.ui.assessment_form import AssessmentForm
from app.ui.event_form import EventForm, ReferralResultForm
from tests.domain import factories as f
from tests.ui.ce_steps import choose, fill_assessment, open_dialog, record_referral, show_profile
from tests.ui.conftest import shoot
from tests.ui.keys import focused, tab

TODAY = date(2025, 6, 1)
SHELTER_ID, SHELTER_STAY = new_id(), new_id()
PROJECTS = [
    Project(f.PROJECT_ID, "Hartford Access Point", 14, coordinated_entry=True),
    Project(SHELTER_ID, "Hartford Night Shelter", 1),
]


@pytest.fixture
def enrolled(vault):
    store(vault, PROJECTS)
    Records(vault, today=TODAY).save_all(
        [
            f.client(),
            f.enrollment(entry_date=date(2025, 2, 1)),
            f.enrollment(id=SHELTER_STAY, project_id=SHELTER_ID, entry_date=date(2025, 1, 5)),
        ]
    )
    return vault


def _profile(qtbot, vault):
    return show_profile(qtbot, vault, f.CLIENT_ID, TODAY)


def _saved(vault, kind):
    return Records(vault).children(kind, personal_id=f.CLIENT_ID)


def test_an_assessment_with_a_question_left_empty_saves_nothing(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    dialog = open_dialog(qtbot, view, view.ce_section.assessment_button, AssessmentForm)
    pending = outbox.pending_count(enrolled.conn)
    fill_assessment(qtbot, dialog, question="")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.questions.row_problems[0].text() == "Question cannot be empty."
    assert "Nothing was saved" in dialog.message.text()
    assert _saved(enrolled, "assessment") == [] and _saved(enrolled, "assessment_question") == []
    assert outbox.pending_count(enrolled.conn) == pending


def test_an_assessment_with_its_rows_is_saved_by_keyboard_and_shown_in_the_history(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    dialog = open_dialog(qtbot, view, view.ce_section.assessment_button, AssessmentForm)
    fill_assessment(qtbot, dialog, question="Nights slept outside")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (kept,) = _saved(enrolled, "assessment")
    assert (kept.assessment_type, kept.assessment_level, kept.prioritization_status) == (3, 2, 1)
    (question,) = _saved(enrolled, "assessment_question")
    assert (question.assessment_question, question.assessment_answer, question.assessment_id) == (
        "Nights slept outside",
        "12",
        kept.id,
    )
    assert [r.assessment_result for r in _saved(enrolled, "assessment_result")] == ["9"]
    assert view.message.text() == "The assessment was saved."
    row = view.ce_section.model.row_text(0)
    assert row[1].startswith("Assessment") and "Vulnerability score: 9" in row[2]
    assert row[3] == "Placed on prioritization list"


def test_an_event_asks_only_what_hud_asks_for_it(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    dialog = open_dialog(qtbot, view, view.ce_section.event_button, EventForm)
    qtbot.keyClicks(tab(qtbot), "Problem")
    assert dialog.asked() == ["event_date", "event", "prob_sol_div_rr_result"]
    qtbot.keyClicks(tab(qtbot), "Yes")
    assert dialog.form.values()["prob_sol_div_rr_result"] == 1
    dialog.form.widget_for("event").setFocus()
    choose(qtbot, focused(), 14)
    assert dialog.form.values()["prob_sol_div_rr_result"] is None  # emptied, not hidden with an answer
    qtbot.keyClicks(tab(qtbot), "Hartford PSH")
    qtbot.keyClicks(tab(qtbot), "Successful")
    assert "result_date" in dialog.asked()


def test_a_referral_then_its_result_closes_it_and_says_so_in_words(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    assert view.ce_section.open_label.text() == "Nothing open: every referral has its result."
    record_referral(qtbot, view)
    (event,) = _saved(enrolled, "event")
    assert event.event == 14 and event.location_crisis_or_ph_housing == "Hartford PSH" and event.is_open_referral
    section = view.ce_section
    assert section.open_label.text() == (
        "Open referrals waiting for a result: 1. Referral to PSH project resource opening on 06/01/2025"
    )
    assert section.model.row_text(0)[3] == "OPEN: waiting for a result"
    dialog = open_dialog(qtbot, view, section.result_button, ReferralResultForm)
    qtbot.keyClicks(focused(), "Successful")
    assert tab(qtbot) is dialog.form.widget_for("result_date")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (event,) = _saved(enrolled, "event")
    assert event.referral_result == 1 and event.result_date == TODAY and not event.is_open_referral
    assert section.open_label.text() == "Nothing open: every referral has its result."
    assert section.model.row_text(0)[3] == "Successful referral: client accepted on 06/01/2025"


def test_a_result_before_the_referral_is_refused_and_changes_nothing(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    record_referral(qtbot, view)
    dialog = open_dialog(qtbot, view, view.ce_section.result_button, ReferralResultForm)
    pending = outbox.pending_count(enrolled.conn)
    qtbot.keyClicks(focused(), "Successful")
    date_edit = tab(qtbot)
    qtbot.keyClick(date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_edit, "05/31/2025")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.problems_shown() == {"result_date": "Date of result cannot be before the date of the event."}
    assert _saved(enrolled, "event")[0].is_open_referral and outbox.pending_count(enrolled.conn) == pending


def test_a_stay_outside_coordinated_entry_offers_no_ce_buttons_and_says_why(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    view.stays_table.setFocus()
    qtbot.keyClick(view.stays_table, Qt.Key.Key_Down)  # to the shelter stay
    section = view.ce_section
    assert not section.assessment_button.isEnabled() and not section.event_button.isEnabled()
    assert "Hartford Night Shelter does not take part in coordinated entry" in section.why.text()
    assert not section.result_button.isEnabled() and "Choose a referral" in section.why.text()
    section.start_event()  # as a shortcut would, were the button reached some other way
    assert view.dialog is None


def test_tab_runs_from_the_history_through_the_three_buttons(qtbot, enrolled, english):
    view = _profile(qtbot, enrolled)
    section = view.ce_section
    section.table.setFocus()
    assert tab(qtbot) is section.assessment_button
    assert tab(qtbot) is section.event_button


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots_of_the_ce_screens(qtbot, qapp, enrolled, shots, language):
    assert translations.install(qapp, language) == (None if language == "en" else "es")
    try:
        view = _profile(qtbot, enrolled)
        record_referral(qtbot, view)
        shoot(view, shots, f"ce_profile_{language}")
        dialog = open_dialog(qtbot, view, view.ce_section.assessment_button, AssessmentForm)
        qtbot.keyClick(dialog.questions.add_button, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.results.add_button, Qt.Key.Key_Space)
        shoot(dialog, shots, f"ce_assessment_{language}")
        dialog.reject()
        dialog = open_dialog(qtbot, view, view.ce_section.event_button, EventForm)
        shoot(dialog, shots, f"ce_event_{language}")
        dialog.reject()
        dialog = open_dialog(qtbot, view, view.ce_section.result_button, ReferralResultForm)
        shoot(dialog, shots, f"ce_referral_result_{language}")
        dialog.reject()
    finally:
        translations.install(qapp, "en")
