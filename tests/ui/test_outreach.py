"""An outreach contact recorded by keyboard on a real vault: the common case is three letters and Ctrl+S."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from app.domain.ids import new_id
from app.storage import outbox
from app.storage.intake import Member, save_household
from app.storage.records import Records
from app.sync.projects import Project, store
from app.ui.outreach_form import OutreachForm
from tests.domain import factories
from tests.ui.conftest import shoot
from tests.ui.keys import focused

TODAY = date(2026, 1, 20)
STREET = Project("2" * 32, "Street Team", 4)
SHELTER = Project("1" * 32, "Night Harbor Shelter", 0)


@pytest.fixture
def client_id(vault) -> str:
    store(vault, [SHELTER, STREET])
    client = factories.client(id=new_id())
    Records(vault).save(client)
    return client.id


def _enroll(vault, client_id: str, project: Project, entry=date(2026, 1, 5)):
    enrollment = factories.enrollment(
        id=new_id(), personal_id=client_id, project_id=project.id, household_id=new_id(), entry_date=entry
    )
    save_household(Records(vault, today=TODAY), [Member(Records(vault).get("client", client_id), enrollment)])
    return enrollment


def _form(qtbot, vault, client_id) -> OutreachForm:
    form = OutreachForm(vault, client_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def ctrl_s(qtbot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _contacts(vault) -> int:
    return Records(vault).count("current_living_situation")


def test_a_street_contact_is_three_letters_and_ctrl_s(qtbot, vault, client_id, shots):
    enrollment = _enroll(vault, client_id, STREET)
    form = _form(qtbot, vault, client_id)
    assert form.enroll_box.isHidden()
    assert focused() is form.contact.widget_for("current_living_situation")  # the situation first
    assert form.contact.values()["information_date"] == TODAY  # the date already today
    qtbot.keyClicks(focused(), "Pla")
    shoot(form, shots, "outreach-contact")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.saved) as saved:
        ctrl_s(qtbot)
    contact = Records(vault).get("current_living_situation", saved.args[0])
    assert contact.current_living_situation == 116 and contact.information_date == TODAY
    assert contact.enrollment_id == enrollment.id and contact.personal_id == client_id
    assert any(op.record_id == contact.id for op in outbox.pending(vault.conn, limit=1000))
    assert "saved" in form.message.text()


def test_the_date_of_engagement_is_set_once_on_the_enrollment(qtbot, vault, client_id):
    enrollment = _enroll(vault, client_id, STREET)
    form = _form(qtbot, vault, client_id)
    assert not form.engagement.isHidden()
    qtbot.keyClicks(focused(), "Pla")
    form.engagement.widget_for("date_of_engagement").setFocus()
    qtbot.keyClicks(focused(), "01/19/2026")
    with qtbot.waitSignal(form.saved):
        ctrl_s(qtbot)
    assert Records(vault).get("enrollment", enrollment.id).date_of_engagement == date(2026, 1, 19)
    assert form.engagement.isHidden()  # already set: not asked again


@pytest.mark.parametrize(
    "field, text, words",
    [
        ("information_date", "01/01/2026", "cannot be before the project start date"),
        ("information_date", "02/30/2026", "must be a real date"),
        ("information_date", "02/01/2026", "cannot be in the future"),
    ],
)
def test_a_bad_contact_is_refused_in_words_and_nothing_is_saved(qtbot, vault, client_id, field, text, words):
    _enroll(vault, client_id, STREET)
    before = len(outbox.pending(vault.conn, limit=1000))
    form = _form(qtbot, vault, client_id)
    qtbot.keyClicks(focused(), "Pla")
    box = form.contact.widget_for(field)
    assert isinstance(box, QLineEdit)  # a date is typed
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    ctrl_s(qtbot)
    assert words in form.contact.problems_shown()[field]
    assert focused() is box
    assert _contacts(vault) == 0 and len(outbox.pending(vault.conn, limit=1000)) == before


def test_no_situation_chosen_is_refused(qtbot, vault, client_id):
    _enroll(vault, client_id, STREET)
    form = _form(qtbot, vault, client_id)
    ctrl_s(qtbot)
    assert "Current living situation" in form.contact.problems_shown()["current_living_situation"]
    assert _contacts(vault) == 0


def test_a_client_without_a_street_outreach_stay_is_offered_one(qtbot, vault, client_id, shots):
    _enroll(vault, client_id, SHELTER)  # a shelter stay does not count
    form = _form(qtbot, vault, client_id)
    assert not form.enroll_box.isHidden() and form.contact_box.isHidden()
    assert focused() is form.enroll_project
    shoot(form, shots, "outreach-enroll-first")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(focused(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not any(isinstance(w, QAbstractButton) and w.isDown() for w in QApplication.allWidgets()))
    assert form.contact_box.isVisible() and focused() is form.contact.widget_for("current_living_situation")
    (stay,) = form.stays
    assert stay.enrollment.project_id == STREET.id and stay.enrollment.entry_date == TODAY
    qtbot.keyClicks(focused(), "Pla")
    with qtbot.waitSignal(form.saved):
        ctrl_s(qtbot)
    assert _contacts(vault) == 1
