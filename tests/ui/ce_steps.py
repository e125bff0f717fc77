"""Coordinated entry on the client profile as a worker does it by keyboard, shared by the UI tests
and the two-laptop sync test: open a CE dialog, fill an assessment with one question and one
result, record a referral to a PSH opening."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.clients import ClientDirectory
from app.ui.client_profile import ClientProfileView
from app.ui.event_form import EventForm
from tests.ui.keys import focused, tab


def show_profile(qtbot, vault, client_id: str, today) -> ClientProfileView:
    """The client's profile over ``vault``, shown and active."""
    view = ClientProfileView(ClientDirectory(vault, today=today), client_id, today=today)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # shown is not yet active: until it is, setFocus gives no widget the focus
    qtbot.waitUntil(view.isActiveWindow)
    return view


def open_dialog(qtbot, view, button, kind):
    """Space on ``button`` of the profile ``view``; the dialog it opened, active."""
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert isinstance(view.dialog, kind)
    qtbot.waitExposed(view.dialog)
    view.dialog.activateWindow()
    qtbot.waitUntil(view.dialog.isActiveWindow)
    return view.dialog


def choose(qtbot, combo, value):
    """Arrow down a list to an answer, as a worker does when several answers start alike."""
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def fill_assessment(qtbot, dialog, question: str):
    """A housing assessment in person, placed on the list, with one question row (its text
    ``question``, left empty when blank) and a vulnerability score of 9."""
    assert focused() is dialog.form.widget_for("assessment_date")
    qtbot.keyClicks(tab(qtbot), "Hartford walk-in center")
    qtbot.keyClicks(tab(qtbot), "In")  # type-ahead (a space would open the list instead)
    qtbot.keyClicks(tab(qtbot), "Housing")
    qtbot.keyClicks(tab(qtbot), "Placed")
    add = tab(qtbot)
    assert add is dialog.questions.add_button
    qtbot.keyClick(add, Qt.Key.Key_Space)
    qtbot.keyClicks(focused(), "Housing history")
    qtbot.keyClicks(tab(qtbot), "1")
    if question:
        qtbot.keyClicks(tab(qtbot), question)
    else:
        tab(qtbot)
    qtbot.keyClicks(tab(qtbot), "12")
    assert tab(qtbot) is dialog.questions.add_button
    add = tab(qtbot)
    assert add is dialog.results.add_button
    qtbot.keyClick(add, Qt.Key.Key_Space)
    qtbot.keyClicks(focused(), "Vulnerability score")
    qtbot.keyClicks(tab(qtbot), "9")


def record_referral(qtbot, view):
    """A referral to a PSH opening at "Hartford PSH", saved by Enter; the dialog it was made in."""
    dialog = open_dialog(qtbot, view, view.ce_section.event_button, EventForm)
    event = tab(qtbot)
    assert event is dialog.form.widget_for("event")
    choose(qtbot, event, 14)  # Referral to PSH project resource opening
    assert dialog.asked() == ["event_date", "event", "location_crisis_or_ph_housing", "referral_result"]
    location = tab(qtbot)  # the questions a PSH referral does not ask are stepped over
    assert location is dialog.form.widget_for("location_crisis_or_ph_housing")
    qtbot.keyClicks(location, "Hartford PSH")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(location, Qt.Key.Key_Return)
    return dialog
