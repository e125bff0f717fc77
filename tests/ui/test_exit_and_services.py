"""Exits and bed nights from the client profile, keyboard only, saved in a real SQLCipher vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.domain import codes
from app.domain.ids import new_id
from app.services.clients import ClientDirectory
from app.storage import outbox
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui.client_profile import ClientProfileView
from app.ui.exit_form import ExitForm
from app.ui.service_form import ServiceForm
from tests.domain import factories as f
from tests.ui.conftest import shoot
from tests.ui.keys import focused, tab

TODAY = date(2025, 6, 1)
OUTREACH_ID = new_id()
PROJECTS = [Project(f.PROJECT_ID, "Hartford Night Shelter", 1), Project(OUTREACH_ID, "Street Outreach", 4)]


@pytest.fixture
def enrolled(vault):
    store(vault, PROJECTS)
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment()])
    return vault


def _profile(qtbot, vault):
    view = ClientProfileView(ClientDirectory(vault, today=TODAY), f.CLIENT_ID, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def _open(qtbot, view, button, kind):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert isinstance(view.dialog, kind)
    qtbot.waitExposed(view.dialog)
    view.dialog.activateWindow()  # as a window manager does for a new dialog
    qtbot.waitUntil(view.dialog.isActiveWindow)
    return view.dialog


def _retype(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _saved(vault, kind):
    return Records(vault).children(kind, personal_id=f.CLIENT_ID)


def test_an_exit_before_entry_is_refused_with_the_hud_rule_and_nothing_is_saved(qtbot, enrolled):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    pending = outbox.pending_count(enrolled.conn)
    _retype(qtbot, dialog.form.widget_for("exit_date"), "12/31/2024")
    assert dialog.form.problems_shown() == {
        "exit_date": "Project exit date cannot be before the project start date."
    }  # as it is typed
    qtbot.keyClicks(tab(qtbot), "Rental")  # type-ahead (a space would open the list instead)
    assert dialog.form.values()["destination"] == 410
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert "not saved" in dialog.message.text()
    assert _saved(enrolled, "exit") == [] and outbox.pending_count(enrolled.conn) == pending


@pytest.mark.parametrize(
    "typed, rule",
    [
        ("06/02/2025", "Project exit date cannot be in the future."),
        ("02/30/2025", "Project exit date must be a real date written as MM/DD/YYYY or YYYY-MM-DD."),
        ("", "Project exit date cannot be empty."),
    ],
)
def test_other_bad_exit_dates_are_refused_in_words(qtbot, enrolled, typed, rule):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    _retype(qtbot, dialog.form.widget_for("exit_date"), typed)
    if not typed:
        qtbot.keyClick(dialog.form.widget_for("exit_date"), Qt.Key.Key_Delete)
    qtbot.keyClicks(tab(qtbot), "Deceased")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.problems_shown()["exit_date"] == rule
    assert _saved(enrolled, "exit") == []


def test_a_destination_must_be_chosen_but_only_after_save_is_tried(qtbot, enrolled):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    assert dialog.form.problems_shown() == {}  # not scolded before trying
    qtbot.keyClick(dialog.form.widget_for("exit_date"), Qt.Key.Key_Return)
    assert dialog.form.problems_shown() == {"destination": "Destination cannot be empty."}
    assert _saved(enrolled, "exit") == []


def test_an_exit_done_entirely_by_keyboard_is_saved(qtbot, enrolled, shots):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    assert QApplication.focusWidget() is dialog.form.widget_for("exit_date")
    _retype(qtbot, dialog.form.widget_for("exit_date"), "05/30/2025")
    destination = tab(qtbot)
    assert destination is dialog.form.widget_for("destination")
    qtbot.keyClicks(destination, "Rental")
    for _ in range(3):  # 410, 411, 421, then 435 in HUD's order
        qtbot.keyClick(destination, Qt.Key.Key_Down)
    assert dialog.form.values()["destination"] == codes.RENTAL_WITH_SUBSIDY
    subsidy = tab(qtbot)
    assert subsidy is dialog.form.widget_for("destination_subsidy_type")  # now it applies
    qtbot.keyClicks(subsidy, "VASH")
    shoot(dialog, shots, "exit_form")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(subsidy, Qt.Key.Key_Return)
    (saved,) = _saved(enrolled, "exit")
    assert (saved.exit_date, saved.destination, saved.destination_subsidy_type) == (date(2025, 5, 30), 435, 419)
    assert saved.enrollment_id == f.ENROLLMENT_ID
    assert view.stays.data(view.stays.index(0, 3)) == "05/30/2025"
    assert not view.exit_button.isEnabled() and view.message.text() == "Exits saved: 1."


def test_an_enrollment_is_exited_once(qtbot, enrolled):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    Records(enrolled, today=TODAY).save(f.exit_())  # another screen got there first
    qtbot.keyClicks(tab(qtbot), "Deceased")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.problems_shown() == {"exit_date": "This enrollment already has an exit."}
    assert len(_saved(enrolled, "exit")) == 1


# -- services and bed nights ------------------------------------------------------------------


def test_tonights_bed_night_is_one_enter_away_in_a_night_by_night_shelter(qtbot, enrolled, shots):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.service_button, ServiceForm)
    assert dialog.form.values()["date_provided"] == TODAY
    assert dialog.form.values()["record_type"] == codes.BED_NIGHT
    shoot(dialog, shots, "service_form")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (night,) = _saved(enrolled, "service")
    assert (night.date_provided, night.record_type, night.type_provided) == (TODAY, 200, 200)
    assert view.services.data(view.services.index(0, 1)) == "Bed night (Hartford Night Shelter)"


def test_the_same_night_twice_is_refused_in_words(qtbot, enrolled):
    Records(enrolled, today=TODAY).save(f.service(date_provided=TODAY))
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.service_button, ServiceForm)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.problems_shown() == {
        "date_provided": "A bed night is already recorded for this night in this enrollment."
    }
    assert len(_saved(enrolled, "service")) == 1


def test_a_bed_night_before_entry_is_refused(qtbot, enrolled):
    view = _profile(qtbot, enrolled)
    dialog = _open(qtbot, view, view.service_button, ServiceForm)
    _retype(qtbot, dialog.form.widget_for("date_provided"), "01/09/2025")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.problems_shown() == {"date_provided": "Date provided cannot be before the project start date."}
    assert _saved(enrolled, "service") == []


def test_alt_b_records_a_bed_night_from_any_project(qtbot, vault):
    store(vault, PROJECTS)
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(project_id=OUTREACH_ID)])
    view = _profile(qtbot, vault)
    dialog = _open(qtbot, view, view.service_button, ServiceForm)
    assert dialog.form.values()["record_type"] is None  # not a night-by-night shelter
    assert QApplication.focusWidget() is dialog.form.widget_for("date_provided")
    _retype(qtbot, dialog.form.widget_for("date_provided"), "05/31/2025")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    (night,) = _saved(vault, "service")
    assert (night.date_provided, night.record_type) == (date(2025, 5, 31), 200)


def test_a_service_is_recorded_by_keyboard_and_a_bad_amount_refused(qtbot, vault):
    store(vault, PROJECTS)
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(project_id=OUTREACH_ID)])
    view = _profile(qtbot, vault)
    dialog = _open(qtbot, view, view.service_button, ServiceForm)
    record_type = tab(qtbot)
    for _ in range(6):  # down HUD's list: PATH, RHY, HOPWA, SSVF service, HOPWA and SSVF financial assistance
        qtbot.keyClick(record_type, Qt.Key.Key_Down)
    assert dialog.form.values()["record_type"] == 152
    qtbot.keyClicks(tab(qtbot), "3")
    tab(qtbot)
    qtbot.keyClicks(tab(qtbot), "12.345")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.form.problems_shown() == {
        "fa_amount": "Financial assistance amount must be an amount of money of zero or more, written like 125.50."
    }
    assert _saved(vault, "service") == []
    _retype(qtbot, dialog.form.widget_for("fa_amount"), "450.00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    (service,) = _saved(vault, "service")
    assert (service.record_type, service.type_provided, str(service.fa_amount)) == (152, 3, "450.00")
    assert (
        view.services.data(view.services.index(0, 1)) == "SSVF financial assistance, type 3, $450.00 (Street Outreach)"
    )


# -- a household leaves together -----------------------------------------------------------------

PARTNER_ID, CHILD_ID = "4" * 32, "2" * 32


@pytest.fixture
def household(vault):
    """Rosa (head), her partner Luis and her son Mateo, who joined the stay on 03/01/2025."""
    store(vault, PROJECTS)
    people = []
    for client_id, first, relationship, entry in (
        (PARTNER_ID, "Luis", 3, date(2025, 1, 10)),
        (CHILD_ID, "Mateo", 2, date(2025, 3, 1)),
    ):
        people += [
            f.client(id=client_id, first_name=first, ssn=None, ssn_data_quality=99),
            f.enrollment(id=new_id(), personal_id=client_id, relationship_to_hoh=relationship, entry_date=entry),
        ]
    Records(vault, today=TODAY).save_all([f.client(), f.enrollment(), *people])
    return vault


def _open_exits(vault):
    return {e.personal_id for e in Records(vault).children("exit")}


def _household_exit_form(qtbot, vault, typed_date):
    """The head's exit form with a date and 'Rental by client, no ongoing subsidy' typed; focus on
    the household list, reached with Tab from the destination."""
    view = _profile(qtbot, vault)
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    _retype(qtbot, dialog.form.widget_for("exit_date"), typed_date)
    qtbot.keyClicks(tab(qtbot), "Rental")
    assert dialog.form.values()["destination"] == 410
    assert tab(qtbot) is dialog.members_view  # the fields that do not apply are skipped
    return view, dialog


def _ticked(dialog):
    model = dialog.members
    return {
        model.data(model.index(row)): model.data(model.index(row), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
        for row in range(model.rowCount())
    }


def test_a_member_exit_before_that_members_entry_saves_nothing_and_names_the_member(qtbot, household):
    _view, dialog = _household_exit_form(qtbot, household, "02/15/2025")
    pending = outbox.pending_count(household.conn)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.message.text() == (
        "No exit was saved, for anyone in the household. Quinones, Mateo (Child): "
        "Project exit date cannot be before the project start date."
    )
    assert dialog.form.problems_shown() == {}  # the head's own answers are fine
    assert _open_exits(household) == set() and outbox.pending_count(household.conn) == pending


def test_exiting_the_head_of_a_household_of_three_exits_all_three_in_one_save(qtbot, household, shots):
    view, dialog = _household_exit_form(qtbot, household, "05/30/2025")
    assert _ticked(dialog) == {"Quinones, Mateo (Child)": True, "Quinones, Luis (Spouse or partner)": True}
    assert any("same date and destination" in label.text() for label in dialog.findChildren(QLabel))
    shoot(dialog, shots, "exit_form_household")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert _open_exits(household) == {f.CLIENT_ID, PARTNER_ID, CHILD_ID}
    exits = Records(household).children("exit")
    assert {(x.exit_date, x.destination) for x in exits} == {(date(2025, 5, 30), 410)}
    assert view.message.text() == "Exits saved: 3." and not view.exit_button.isEnabled()


def test_unticking_a_member_with_space_leaves_that_member_open(qtbot, household):
    _view, dialog = _household_exit_form(qtbot, household, "05/30/2025")
    qtbot.keyClick(dialog.members_view, Qt.Key.Key_Space)  # the first row, Mateo, is current
    assert _ticked(dialog) == {"Quinones, Mateo (Child)": False, "Quinones, Luis (Spouse or partner)": True}
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert _open_exits(household) == {f.CLIENT_ID, PARTNER_ID}
    child = ClientDirectory(household, today=TODAY).profile(CHILD_ID, audit=False)
    assert child.open_enrollments and child.open_enrollments[0].enrollment.personal_id == CHILD_ID


def test_space_ticks_a_member_again_and_the_arrows_move_between_members(qtbot, household):
    _, dialog = _household_exit_form(qtbot, household, "05/30/2025")
    qtbot.keyClick(dialog.members_view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.members_view, Qt.Key.Key_Space)
    assert _ticked(dialog) == {"Quinones, Mateo (Child)": True, "Quinones, Luis (Spouse or partner)": False}
    qtbot.keyClick(dialog.members_view, Qt.Key.Key_Space)
    assert _ticked(dialog) == {"Quinones, Mateo (Child)": True, "Quinones, Luis (Spouse or partner)": True}


def test_exiting_a_member_who_is_not_the_head_exits_only_that_member(qtbot, household):
    view = ClientProfileView(ClientDirectory(household, today=TODAY), CHILD_ID, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    dialog = _open(qtbot, view, view.exit_button, ExitForm)
    assert dialog.members_view is None and dialog.members.rowCount() == 0
    qtbot.keyClicks(tab(qtbot), "Rental")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert _open_exits(household) == {CHILD_ID}


@pytest.fixture
def shared_stay(vault):
    """A client and stay pulled from the server that another agency collected (shared by its release)."""
    from app.storage import remote_records

    store(vault, PROJECTS)
    with vault.transaction() as conn:
        for record in (f.client(), f.enrollment()):
            remote_records.accept(conn, record, server_version=1, deleted=False, other_agency=True)
    return vault


def test_another_agencys_stay_offers_no_exit_or_service_and_says_why(qtbot, shared_stay):
    view = _profile(qtbot, shared_stay)
    view.stays_table.setFocus()
    view.stays_table.selectRow(0)
    assert not view.exit_button.isEnabled() and not view.service_button.isEnabled()
    assert "belongs to another agency" in view.message.text()
    pending = outbox.pending_count(shared_stay.conn)
    view.start_exit()  # as the shortcut would, were the button reached some other way
    assert view.dialog is None and outbox.pending_count(shared_stay.conn) == pending
