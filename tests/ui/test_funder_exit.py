"""The exit form asks the exit elements of the project's funders (RHY here), refuses to save
without the required ones, and saves the exit and the stage-3 records together; a project with no
such funder shows the plain exit form."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.clients import ClientDirectory
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui.exit_form import ExitForm
from tests.domain import factories as f
from tests.ui.conftest import shoot
from tests.ui.test_funder_intake import tab_to
from tests.ui.test_intake_wizard import focused, keys

TODAY = date(2025, 6, 1)


def _form(qtbot, vault, funders):
    store(vault, [Project(f.PROJECT_ID, "Youth Transitional Living", 2, funders)])
    Records(vault, today=TODAY).save_all([f.client(dob=date(2005, 5, 17)), f.enrollment()])
    directory = ClientDirectory(vault, today=TODAY)
    (stay,) = directory.profile(f.CLIENT_ID).enrollments
    dialog = ExitForm(directory, stay, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _field(dialog, name):
    return next(form for _, form in dialog.program if name in form.values()).widget_for(name)


def test_an_rhy_exit_asks_its_elements_and_refuses_without_them(qtbot, vault, shots):
    dialog = _form(qtbot, vault, (24,))
    assert [e.code for e in dialog.elements] == [
        "4.02",
        "4.03",
        "4.04",
        "R4-R6",
        "R7-R9",
        "R15",
        "R16",
        "R17",
        "R18",
        "R19",
    ]  # TLP: income, benefits, insurance too (DD 4.02-4.04)
    tab_to(qtbot, dialog.form.widget_for("destination"))
    keys(qtbot, "Rental")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == 0 and dialog.saved is None
    assert Records(vault).children("exit", personal_id=f.CLIENT_ID) == []
    shown = {k: v for _, form in dialog.program for k, v in form.problems_shown().items()}
    assert "required by this project's funder (RHY)" in shown["project_completion_status"]
    shoot(dialog, shots, "exit-funder-rhy-refused")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    answers = {
        "income_from_any_source": "No",
        "benefits_from_any_source": "No",
        "insurance_from_any_source": "No",
        "last_grade_completed": "Grade",
        "school_status": "Grad",
        "employed": "No",
        "not_employed_reason": "Looking",
        "general_health_status": "Good",
        "dental_health_status": "Good",
        "mental_health_status": "Good",
        "exchange_for_sex": "No",
        "workplace_violence_threats": "No",
        "workplace_promise_difference": "No",
        "coerced_to_continue_work": "No",
        "project_completion_status": "Completed",
        "counseling_received": "No",
        "post_exit_counseling_plan": "No",
        "destination_safe_client": "Yes",
        "destination_safe_worker": "Yes",
        "pos_adult_connections": "Yes",
        "pos_peer_connections": "Yes",
        "pos_community_connections": "Yes",
    }
    for name, text in answers.items():
        tab_to(qtbot, _field(dialog, name))
        keys(qtbot, text)
    missing = {k: v for _, form in dialog.program for k, v in form.problems_shown().items()}
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.saved is not None, (missing, [e.message for e in dialog.check()])
    (exit_,) = Records(vault).children("exit", personal_id=f.CLIENT_ID)
    assert exit_.project_completion_status == 1 and exit_.destination_safe_client == 1
    (work,) = Records(vault).children("employment_education", personal_id=f.CLIENT_ID)
    assert (work.data_collection_stage, work.employed, work.information_date) == (3, 0, TODAY)
    (health,) = Records(vault).children("health_and_dv", personal_id=f.CLIENT_ID)
    assert health.data_collection_stage == 3 and health.general_health_status is not None
    (income,) = Records(vault).children("income_benefits", personal_id=f.CLIENT_ID)
    assert (income.data_collection_stage, income.income_from_any_source) == (3, 0)


def test_a_project_without_such_funders_shows_the_plain_exit(qtbot, vault):
    dialog = _form(qtbot, vault, (46,))
    assert dialog.elements == () and dialog.program == []


def test_tab_runs_through_every_rhy_answer_then_save_and_cancel(qtbot, vault):
    dialog = _form(qtbot, vault, (24,))
    inputs = [form.widget_for(name) for _, form in dialog.program for name in form.values()]
    tab_to(qtbot, inputs[0])
    reached = [focused()]
    while focused() is not dialog.save_button and len(reached) < 200:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        reached.append(focused())
    assert reached[:-1] == [w for w in inputs if w.isEnabled()]  # every answer before Save, in order
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)


def test_enter_saves_after_tab_has_passed_over_cancel(qtbot, vault):
    dialog = _form(qtbot, vault, (46,))
    tab_to(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    tab_to(qtbot, dialog.form.widget_for("destination"))
    keys(qtbot, "Rental")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (exit_,) = Records(vault).children("exit", personal_id=f.CLIENT_ID)
    assert exit_.destination == dialog.saved.destination and dialog.saved.destination is not None


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots_of_the_rhy_exit(qtbot, qapp, vault, shots, language):
    from app.ui import translations

    assert translations.install(qapp, language) == (None if language == "en" else "es")
    try:
        dialog = _form(qtbot, vault, (24,))
        dialog.submit()  # refused: the funder's answers are marked
        assert dialog.saved is None
        shoot(dialog, shots, f"exit_funder_rhy_{language}")
    finally:
        translations.install(qapp, "en")
