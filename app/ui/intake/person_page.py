"""Steps 2 and 3 of an intake: one person's universal data elements (the head, then each member).

Why the relationship sits above the name for members: HUD asks it of everyone but the head, and
saying "Child" first is how a worker thinks about the family in front of them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.enrollment_rules import enrollment_problems
from app.domain.errors import FieldError
from app.services import intake_flow as flow
from app.ui.forms import RecordForm
from app.ui.intake.common import first_problem_widget, keep_letters_free, reset_type_ahead, scrolling, spread, tr

_DEFAULTS = {name: getattr(Client(), name) for name in flow.CLIENT_FIELDS}


def identity_key(values: dict[str, Any]) -> list[str]:
    """What the duplicate check looked at; when it changes, the check runs again."""
    return [str(values.get(f) or "") for f in ("first_name", "last_name", "dob", "ssn", "alias")]


class PersonPage(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.known = QLabel()
        self.known.setWordWrap(True)
        self.relationship = RecordForm(Enrollment, ["relationship_to_hoh"], today=today)
        self.person = RecordForm(Client, flow.CLIENT_FIELDS, today=today)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.relationship)
        box.addWidget(self.person)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.known)
        layout.addWidget(self.message)
        layout.addWidget(scrolling(inner), 1)
        QWidget.setTabOrder(self.relationship.first_widget(), self.person.first_widget())
        keep_letters_free(self)
        for form in (self.relationship, self.person):
            form.changed.connect(self.changed)
        self.index = 0

    @property
    def is_head(self) -> bool:
        return self.index == 0

    def load(self, state: dict[str, Any], index: int) -> None:
        self.index = index
        member = state["members"][index]
        self.heading.setText(
            tr("Head of household") if index == 0 else tr("Household member %1").replace("%1", str(index + 1))
        )
        self.relationship.setVisible(index != 0)
        self.relationship.set_values({"relationship_to_hoh": member["relationship"]})
        self.person.set_values({**_DEFAULTS, **member["client"]})
        self.known.setText(
            tr("This is a client already known on this laptop; their record will be updated with any changes.")
            if member["existing"]
            else ""
        )
        self.known.setVisible(bool(member["existing"]))
        reset_type_ahead(self)
        self.show_errors([])

    def store(self, state: dict[str, Any]) -> None:
        member = state["members"][self.index]
        member["client"] = self.person.values()
        if self.index != 0:
            member["relationship"] = self.relationship.values()["relationship_to_hoh"]

    def needs_duplicate_check(self, state: dict[str, Any]) -> bool:
        member = state["members"][self.index]
        return not member["existing"] and member["checked"] != identity_key(member["client"])

    def problems(self, state: dict[str, Any]) -> list[FieldError]:
        """Every rule this person's answers break, shown beside the fields; focus on the first."""
        member = state["members"][self.index]
        unreadable = self.person.parse_problems() + self.relationship.parse_problems()
        bad = {e.field for e in unreadable}
        client = flow.client_of(member)
        errors = unreadable + [e for e in client.problems(today=self.today) if e.field not in bad]
        if self.index != 0:
            relationship = member["relationship"]
            if relationship is None:
                errors.append(
                    FieldError(
                        "relationship_to_hoh",
                        "required",
                        tr("Choose how this person is related to the head of household."),
                    )
                )
            elif relationship == codes.HEAD_OF_HOUSEHOLD:
                errors.append(
                    FieldError(
                        "relationship_to_hoh",
                        "many_heads",
                        tr(
                            "A household can have only one head of household; "
                            "choose this member's relationship to the head."
                        ),
                    )
                )
        if not errors and state.get("entry_date") and client.dob is not None:
            enrollment = flow.enrollment_of(state, {**member, "relationship": member["relationship"] or 2})
            for e in enrollment_problems(enrollment, client):
                if e.code == "before_birth":
                    errors.append(
                        FieldError(
                            "dob",
                            e.code,
                            tr(
                                "Date of birth cannot be after the project start "
                                "date: the project cannot start before the "
                                "client was born."
                            ),
                        )
                    )
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: list[FieldError]) -> None:
        left = spread(errors, [self.relationship, self.person])
        self.message.setText(" ".join(e.message for e in left))
        self.message.setVisible(bool(left))
        if errors:
            target = first_problem_widget(errors, [self.relationship, self.person])
            if target is not None:
                target.setFocus()

    def focus_first(self) -> None:
        (self.relationship.first_widget() if self.index else self.person.first_widget()).setFocus()
