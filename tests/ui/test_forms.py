"""The shared record form, typed into with the keyboard on the offscreen platform."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TypedDict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.domain import codes
from app.domain.client import Client
from app.domain.errors import FieldError
from app.domain.exit import Exit
from app.domain.service import Service
from app.ui.forms import RecordForm

TODAY = date(2025, 6, 1)


class _Links(TypedDict):
    enrollment_id: str
    personal_id: str


LINKS: _Links = {"enrollment_id": "e" * 32, "personal_id": "c" * 32}


def _form(qtbot, record_type, fields, **kw):
    form = RecordForm(record_type, fields, today=TODAY, **kw)
    qtbot.addWidget(form)
    form.show()
    return form


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_an_impossible_date_is_refused_with_the_rule_in_words(qtbot):
    form = _form(qtbot, Exit, ["exit_date", "destination"])
    _type(qtbot, form.widget_for("exit_date"), "13/45/2020")
    problems = form.parse_problems()
    assert [(p.field, p.message) for p in problems] == [
        ("exit_date", "Project exit date must be a real date written as MM/DD/YYYY or YYYY-MM-DD.")
    ]
    assert form.values()["exit_date"] is None
    record, errors = form.check(**LINKS)
    assert record is None
    assert [e.field for e in errors].count("exit_date") == 1  # not also "cannot be empty"
    form.show_problems(errors)
    assert "MM/DD/YYYY" in form.problems_shown()["exit_date"]


@pytest.mark.parametrize("text", ["2025-02-30", "2/3", "yesterday", "02-03-2025", "2025/02/03"])
def test_other_unreadable_dates_are_refused(qtbot, text):
    form = _form(qtbot, Exit, ["exit_date"])
    _type(qtbot, form.widget_for("exit_date"), text)
    assert [p.field for p in form.parse_problems()] == ["exit_date"]


@pytest.mark.parametrize("text", ["2025-03-01", "03/01/2025", "3/1/2025"])
def test_both_date_orders_are_read(qtbot, text):
    form = _form(qtbot, Exit, ["exit_date"])
    _type(qtbot, form.widget_for("exit_date"), text)
    assert form.parse_problems() == []
    assert form.values() == {"exit_date": date(2025, 3, 1)}


def test_a_future_date_is_refused_by_the_domain_rule(qtbot):
    form = _form(qtbot, Exit, ["exit_date", "destination"])
    _type(qtbot, form.widget_for("exit_date"), "07/01/2025")
    record, errors = form.check(**LINKS)
    assert record is None
    form.show_problems(errors)
    assert form.problems_shown()["exit_date"] == "Project exit date cannot be in the future."


def test_coded_fields_show_hud_words_with_a_blank_first_and_keyboard_type_ahead(qtbot):
    form = _form(qtbot, Exit, ["exit_date", "destination"])
    box = form.widget_for("destination")
    assert isinstance(box, QComboBox)
    assert box.itemText(0) == "" and box.itemData(0) is None
    assert box.findText("Deceased") > 0
    assert form.values()["destination"] == codes.NOT_COLLECTED  # the record's default
    form.set_values({"destination": None})
    box.setFocus()
    qtbot.keyClicks(box, "Deceased")
    assert form.values()["destination"] == 24


def test_tab_follows_the_order_of_the_fields(qtbot):
    fields = ["last_name", "first_name", "dob", "ssn"]
    form = _form(qtbot, Client, fields)
    form.activateWindow()
    form.first_widget().setFocus()
    qtbot.waitUntil(lambda: form.first_widget().hasFocus())
    seen = [QApplication.focusWidget()]
    for _ in fields[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [form.widget_for(f) for f in fields]


def test_text_length_comes_from_the_record(qtbot):
    form = _form(qtbot, Client, ["first_name", "ssn"])
    assert isinstance(form.widget_for("first_name"), QLineEdit)
    assert form.widget_for("first_name").maxLength() == 50
    assert form.widget_for("ssn").maxLength() == 9
    _type(qtbot, form.widget_for("first_name"), "  Rosa ")
    assert form.values()["first_name"] == "Rosa"


def test_money_is_read_and_bad_money_refused_in_words(qtbot):
    form = _form(qtbot, Service, ["date_provided", "record_type", "type_provided", "fa_amount"])
    _type(qtbot, form.widget_for("fa_amount"), "12.345")
    assert [p.message for p in form.parse_problems()] == [
        "Financial assistance amount must be an amount of money of zero or more, written like 125.50."
    ]
    form.widget_for("fa_amount").clear()
    _type(qtbot, form.widget_for("fa_amount"), "$1,250.50")
    assert form.parse_problems() == [] and form.values()["fa_amount"] == Decimal("1250.50")
    _type(qtbot, form.widget_for("type_provided"), "abc")
    assert [p.field for p in form.parse_problems()] == ["type_provided"]


def test_problems_are_shown_by_their_field_and_cleared(qtbot):
    form = _form(qtbot, Exit, ["exit_date", "destination"])
    form.show_problems(
        [
            FieldError("exit_date", "before_entry", "Project exit date cannot be before the project start date."),
            FieldError("move_in_date", "after_exit", "Housing move-in date cannot be after the project exit date."),
        ]
    )
    shown = form.problems_shown()
    assert shown["exit_date"] == "Project exit date cannot be before the project start date."
    assert shown[""] == "Housing move-in date cannot be after the project exit date."
    assert form.form_message.isVisible()
    assert form.widget_for("exit_date").accessibleDescription() == shown["exit_date"]
    form.show_problems([])
    assert form.problems_shown() == {} and not form.form_message.isVisible()


def test_set_values_round_trips_and_does_not_count_as_an_edit(qtbot):
    form = _form(qtbot, Service, ["date_provided", "record_type", "type_provided", "fa_amount"])
    edits = []
    form.changed.connect(lambda: edits.append(1))
    values = {"date_provided": date(2025, 5, 31), "record_type": 144, "type_provided": 1, "fa_amount": Decimal("10.00")}
    form.set_values(values)
    assert form.values() == values and edits == []
    _type(qtbot, form.widget_for("type_provided"), "2")
    assert edits


def test_a_valid_form_gives_the_record(qtbot):
    form = _form(qtbot, Exit, ["exit_date", "destination"])
    _type(qtbot, form.widget_for("exit_date"), "2025-03-01")
    form.set_values({"destination": 410})
    record, errors = form.check(**LINKS)
    assert errors == [] and record == Exit(id=record.id, **LINKS, exit_date=date(2025, 3, 1), destination=410)


def test_an_unknown_field_is_a_programming_error(qtbot):
    with pytest.raises(KeyError):
        RecordForm(Exit, ["exit_date", "no_such_field"])
