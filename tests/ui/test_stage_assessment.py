"""An update or annual assessment from the client profile, keyboard only, saved in a real SQLCipher
vault: it asks the funders' elements for the chosen stage, refuses without the required ones (and
an annual outside HUD's window) in words, saves with stage 2 or 5, and screenshots in English and
Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.storage import outbox
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui import translations
from app.ui.stage_assessment_form import StageAssessmentForm
from tests.domain import factories as f
from tests.ui.ce_steps import show_profile
from tests.ui.conftest import shoot
from tests.ui.keys import focused, tab
from tests.ui.test_funder_intake import tab_to
from tests.ui.test_intake_wizard import alt

TODAY = date(2026, 1, 20)  # the factory's stay began 01/10/2025: today is in the first annual window


def _profile(qtbot, vault, funders, project_type, *more):
    store(vault, [Project(f.PROJECT_ID, "Hartford Housing Services", project_type, funders)])
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(), *more])
    return show_profile(qtbot, vault, f.CLIENT_ID, TODAY)


def _open(qtbot, view) -> StageAssessmentForm:
    view.stays_table.setFocus()
    alt(qtbot, "u")  # the profile's Alt+U
    dialog = view.dialog
    assert isinstance(dialog, StageAssessmentForm)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.stage
    return dialog


def _field(dialog, name):
    return next(form for _, form, _ in dialog.program if name in form.values()).widget_for(name)


def _shown(dialog):
    return {k: v for _, form, _ in dialog.program for k, v in form.problems_shown().items()}


def _saved(vault):
    return Records(vault).children("income_benefits", personal_id=f.CLIENT_ID)


def _say_no_to_the_common_elements(qtbot, dialog):
    """HUD's 4.02-4.04 (and 4.11 at an update), which PATH and SSVF require too: 'No' to each gateway."""
    names = ["income_from_any_source", "benefits_from_any_source", "insurance_from_any_source"]
    for name in names + (["domestic_violence_survivor"] if dialog.current_stage() == 2 else []):
        tab_to(qtbot, _field(dialog, name))
        qtbot.keyClicks(focused(), "No")


def test_an_update_on_a_path_stay_asks_soar_and_refuses_to_save_without_it(qtbot, vault, english):
    view = _profile(qtbot, vault, (21,), 4)
    dialog = _open(qtbot, view)
    qtbot.keyClicks(focused(), "U")  # type-ahead: Update
    assert dialog.current_stage() == 2
    assert [e.code for e in dialog.elements()] == ["4.02", "4.03", "4.04", "4.11", "P4"]
    day = tab(qtbot)
    assert day is dialog.form.widget_for("information_date")
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(day, "06/01/2025")
    _say_no_to_the_common_elements(qtbot, dialog)
    pending = outbox.pending_count(vault.conn)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves, or says why not
    assert dialog.isVisible() and dialog.saved is None
    assert _shown(dialog) == {
        "connection_with_soar": "Connection with SOAR is required by this project's funder "
        "(PATH); 'Data not collected' does not count."
    }
    assert dialog.message.text() == "Nothing was saved: fix the answers marked above."
    assert _saved(vault) == [] and outbox.pending_count(vault.conn) == pending
    assert focused() is _field(dialog, "connection_with_soar")  # the focus goes to what is missing
    qtbot.keyClicks(focused(), "Data")  # no space: a space opens the list
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and _saved(vault) == []  # 'Data not collected' is not an answer
    qtbot.keyClicks(focused(), "No")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (stored,) = _saved(vault)
    assert (stored.data_collection_stage, stored.information_date, stored.connection_with_soar) == (
        2,
        date(2025, 6, 1),
        0,
    )
    assert view.message.text() == "The update or annual assessment was saved."


def test_an_annual_assessment_on_an_ssvf_stay_saves_with_stage_5(qtbot, vault, english):
    view = _profile(qtbot, vault, (33,), 13)
    dialog = _open(qtbot, view)
    assert dialog.current_stage() == 5  # today is in HUD's window and no annual is recorded yet
    assert "12/11/2025 to 02/09/2026" in dialog.window_note.text()
    assert dialog.program_note.text() == "Asked at this stage because this project is funded by SSVF."
    assert tab(qtbot) is dialog.form.widget_for("information_date")
    assert tab(qtbot) is _field(dialog, "income_from_any_source")  # HUD's 4.02-4.04 first, SOAR last
    _say_no_to_the_common_elements(qtbot, dialog)
    soar = _field(dialog, "connection_with_soar")
    tab_to(qtbot, soar)
    assert tab(qtbot) is dialog.save_button  # the answers, then Save
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClicks(soar, "Yes")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (stored,) = _saved(vault)
    assert (stored.data_collection_stage, stored.information_date, stored.connection_with_soar) == (5, TODAY, 1)
    assert view.message.text() == "The update or annual assessment was saved."


def test_an_annual_dated_outside_hud_window_is_called_out_as_typed(qtbot, vault, english):
    view = _profile(qtbot, vault, (33,), 13)
    dialog = _open(qtbot, view)
    alt(qtbot, "i")  # Alt+I: the information date
    day = focused()
    assert day is dialog.form.widget_for("information_date")
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(day, "11/01/2025")
    assert dialog.form.problems_shown()["information_date"].startswith(
        "An annual assessment must be dated no more than 30 days before or after an anniversary of the head of "
        "household's project start date (HUD)."
    )
    assert "10/10/2025 to 11/09/2025" not in dialog.window_note.text()  # the window nearest is still the first
    assert "12/11/2025 to 02/09/2026" in dialog.window_note.text()
    alt(qtbot, "d")  # Alt+D: the stage
    assert focused() is dialog.stage
    qtbot.keyClicks(dialog.stage, "U")
    assert "information_date" not in dialog.form.problems_shown()  # an update may be dated any day of the stay


def test_hopwa_asks_medical_assistance_at_an_update_not_the_annual(qtbot, vault, english):
    hiv = f.disability(disability_type=8, disability_response=1, indefinite_and_impairs=None)
    view = _profile(qtbot, vault, (15,), 3, hiv)
    dialog = _open(qtbot, view)
    w3, w4 = _field(dialog, "adap"), _field(dialog, "t_cell_count_available")
    assert [e.code for e in dialog.elements()] == ["4.02", "4.03", "4.04", "W4"]  # DD W3, W6: not annual
    assert w4.isVisibleTo(dialog) and not w3.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.stage, "U")
    assert [e.code for e in dialog.elements()] == ["4.02", "4.03", "4.04", "4.11", "W3", "W4", "W6"]
    assert w3.isVisibleTo(dialog) and w4.isVisibleTo(dialog)


def test_a_stay_whose_funders_ask_nothing_is_told_there_is_nothing_to_record(qtbot, vault, english):
    view = _profile(qtbot, vault, (53,), 0)  # ESG RUSH asks none of these in an emergency shelter
    dialog = _open(qtbot, view)
    words = "This project's funders ask no program elements of this client at this stage: there is nothing to record."
    assert dialog.program == [] and dialog.program_note.text() == words
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form.problems_shown() == {"": words}
    assert Records(vault).count("income_benefits") == 0


def test_an_exited_stay_offers_no_assessment_and_alt_u_is_the_profiles_own(qtbot, vault, english):
    view = _profile(qtbot, vault, (21,), 4, f.exit_(exit_date=date(2025, 8, 1)))
    assert not view.assessment_button.isEnabled()
    texts = [w.text() for kind in (QAbstractButton, QLabel) for w in view.findChildren(kind)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t[:-1]]
    assert letters.count("u") == 1


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots_of_the_update_and_annual_assessment(qtbot, qapp, vault, shots, language):
    assert translations.install(qapp, language) == (None if language == "en" else "es")
    try:
        hiv = f.disability(disability_type=8, disability_response=1, indefinite_and_impairs=None)
        view = _profile(qtbot, vault, (15, 33), 3, hiv)
        shoot(view, shots, f"stage_assessment_profile_{language}")
        dialog = _open(qtbot, view)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # refused: the missing answers are marked
        assert dialog.isVisible()
        shoot(dialog, shots, f"stage_assessment_{language}")
        dialog.reject()
    finally:
        translations.install(qapp, "en")
