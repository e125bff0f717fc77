"""Client search as you type and the client profile, keyboard only, over a real SQLCipher vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.ids import new_id
from app.services.clients import ClientDirectory
from app.storage import audit
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui.client_profile import ClientProfileView
from app.ui.clients_screen import ClientsScreen
from tests.domain import factories as f
from tests.ui.conftest import shoot

TODAY = date(2025, 6, 1)
SHELTER = Project(f.PROJECT_ID, "Hartford Night Shelter", 1)
MARCUS = new_id()


@pytest.fixture
def filled(vault):
    store(vault, [SHELTER])
    records = Records(vault, today=TODAY)
    records.save_all(
        [
            f.client(alias="Rosie"),
            f.client(id=MARCUS, first_name="Marcus", last_name="Freeman", ssn="345678912", dob=date(1975, 2, 3)),
            f.client(id=new_id(), first_name="Rosalind", last_name="Quintero", ssn="456789123", dob=date(1990, 8, 9)),
            f.enrollment(),
            f.service(),
            f.consent(),
        ]
    )
    return vault


@pytest.fixture
def screen(qtbot, filled):
    s = ClientsScreen(filled)
    qtbot.addWidget(s)
    s.show()
    return s  # pytest-qt closes it after the test; closing releases its search connection


def _search(qtbot, screen, text):
    screen.box.setFocus()
    screen.box.clear()
    qtbot.keyClicks(screen.box, text)
    qtbot.waitUntil(lambda: not screen.searching, timeout=10_000)
    return [r.client_id for r in screen.model.items]


@pytest.mark.parametrize("text", ["Quinones", "rosa q", "Rosie", "05/17/1980", "1980-05-17", "7891"])
def test_search_as_you_type_finds_by_name_alias_dob_and_last4(qtbot, screen, text):
    assert _search(qtbot, screen, text)[0] == f.CLIENT_ID
    assert screen.model.data(screen.model.index(0, 0)) == "Quinones, Rosa"
    assert screen.model.data(screen.model.index(0, 2)) == "xxx-xx-7891"
    assert screen.status.text().startswith("Clients found: ")


def test_no_match_is_said_in_words_and_clearing_the_box_clears_the_list(qtbot, screen):
    assert _search(qtbot, screen, "Zbigniewski") == []
    assert screen.status.text().startswith("No client found.") and "Ctrl+N" in screen.status.text()
    _search(qtbot, screen, "Freeman")
    assert screen.model.items
    screen.box.selectAll()
    qtbot.keyClick(screen.box, Qt.Key.Key_Backspace)
    assert screen.model.items == [] and not screen.searching


def test_an_answer_for_text_no_longer_in_the_box_is_dropped(qtbot, screen):
    shown = []
    screen.model.modelReset.connect(lambda: shown.append([r.client_id for r in screen.model.items]))
    screen.box.setText("Freeman")
    screen.search_now()
    screen.box.setText("Quinones")  # the worker typed on while the first search ran
    qtbot.waitUntil(lambda: not screen.searching and bool(shown), timeout=10_000)
    assert shown == [[f.CLIENT_ID]]  # Freeman's answer never reached the list


def test_down_then_enter_opens_the_chosen_client(qtbot, screen):
    _search(qtbot, screen, "Freeman")
    qtbot.keyClick(screen.box, Qt.Key.Key_Down)
    assert screen.table.hasFocus() or QApplication.focusWidget() is screen.table
    with qtbot.waitSignal(screen.open_client) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [MARCUS]


def test_enter_in_the_box_goes_to_the_results_before_they_arrive(qtbot, screen):
    screen.box.setFocus()
    qtbot.keyClicks(screen.box, "Marcus")
    qtbot.keyClick(screen.box, Qt.Key.Key_Return)  # inside the debounce: searches at once
    qtbot.waitUntil(lambda: not screen.searching, timeout=10_000)
    qtbot.keyClick(screen.box, Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.open_client) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Enter)
    assert opened.args == [MARCUS]


def test_ctrl_n_asks_for_a_new_intake_with_what_was_typed(qtbot, screen):
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.box.setFocus()
    qtbot.keyClicks(screen.box, "Dolores Nuevo")
    with qtbot.waitSignal(screen.new_intake_requested) as asked:
        qtbot.keyClick(screen.box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == ["Dolores Nuevo"]


def test_screenshot_of_search_results(qtbot, screen, shots):
    _search(qtbot, screen, "Qui")
    assert len(screen.model.items) >= 2
    shoot(screen, shots, "clients_search")


# -- the profile --------------------------------------------------------------------------------


def _profile(qtbot, vault, client_id=f.CLIENT_ID):
    view = ClientProfileView(ClientDirectory(vault, today=TODAY), client_id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def test_profile_shows_the_elements_in_words_without_flags_when_complete(qtbot, filled, shots):
    view = _profile(qtbot, filled)
    assert view.answers["name"].text() == "Rosa Quinones"
    assert view.answers["ssn"].text() == "xxx-xx-7891" and "234567891" not in view.answers["ssn"].text()
    assert view.answers["dob"].text() == "05/17/1980" and view.answers["dob:how"].text() == "Full DOB reported"
    assert view.answers["race"].text() == "Hispanic/Latina/o" and view.answers["sex"].text() == "Female"
    assert all(view.badge(k) == "" for k in view.badges)
    assert view.stays.rowCount() == 1
    assert [view.stays.data(view.stays.index(0, c)) for c in range(5)] == [
        "Hartford Night Shelter",
        "Emergency shelter - night-by-night",
        "01/10/2025",
        "Open",
        "",
    ]
    assert view.services.data(view.services.index(0, 1)) == "Bed night (Hartford Night Shelter)"
    assert view.consent.text().startswith("Release of information in force: Share all information")
    assert view.exit_button.isEnabled() and view.service_button.isEnabled()
    shoot(view, shots, "client_profile")


def test_profile_flags_missing_refused_and_invalid_answers(qtbot, vault):
    Records(vault, today=TODAY).save(
        f.client(
            ssn=None,
            ssn_data_quality=9,
            dob=None,
            dob_data_quality=99,
            name_data_quality=2,
            hispanic_latinao=0,
            race_none=8,
            sex=None,
        )
    )
    view = _profile(qtbot, vault)
    assert view.badge("ssn") == "Client doesn't know / refused"
    assert view.badge("dob") == "Missing" and view.answers["dob"].text() == "(none)"
    assert view.badge("name") == "Invalid"
    assert view.badge("race") == "Client doesn't know / refused"
    assert view.badge("sex") == "Missing"
    assert view.badge("veteran_status") == ""
    assert view.consent.text() == "No release of information on file."
    assert not view.exit_button.isEnabled()  # no enrollment to exit


def test_opening_a_profile_is_one_audited_view(qtbot, filled):
    before = len([e for e in audit.entries(filled.conn) if e.action == "view"])
    view = _profile(qtbot, filled)
    view.reload()
    views = [e for e in audit.entries(filled.conn) if e.action == "view"]
    assert len(views) == before + 1 and views[-1].record_id == f.CLIENT_ID
