"""An outreach contact in the field: where the person is staying today, and when they engaged.

Why the situation comes first and the date is already today: the common contact is "still on the
street", three letters of type-ahead and Ctrl+S, so a worker can record it standing next to the
person. A client with no street outreach stay is offered one right here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.enrollment import Enrollment
from app.domain.errors import ValidationError
from app.services import outreach
from app.storage.errors import VaultError
from app.storage.vault import Vault
from app.ui.forms import RecordForm
from app.ui.intake.common import keep_letters_free, spread

CONTACT_FIELDS = (
    "current_living_situation",
    "information_date",
    "location_details",
    "cls_subsidy_type",
    "leave_situation_14_days",
    "subsequent_residence",
    "resources_to_obtain",
    "lease_own_60_day",
    "moved_two_or_more",
    "verified_by",
)


class OutreachForm(QWidget):
    """Emits ``saved(contact_id)`` after each contact is stored."""

    saved = Signal(str)

    def __init__(
        self, vault: Vault, client_id: str, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.client_id, self.today = vault, client_id, today or date.today()
        heading = QLabel(self.tr("Outreach contact"))
        heading.setObjectName("heading")
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.enroll_box = QGroupBox(self.tr("Not enrolled in street outreach"))
        self.enroll_project = QComboBox()
        self.enroll_project.setAccessibleName(self.tr("Street outreach project"))
        for project in outreach.outreach_projects(vault):
            self.enroll_project.addItem(project.name, project.id)
        self.enroll_date = RecordForm(Enrollment, ["entry_date"], today=self.today)
        self.enroll_date.set_values({"entry_date": self.today})
        keep_letters_free(self.enroll_date, "sep")
        self.enroll_button = QPushButton(self.tr("&Enroll in this project"))
        self.enroll_button.clicked.connect(self.enroll)
        self.enroll_problem = QLabel()
        self.enroll_problem.setWordWrap(True)
        box = QFormLayout(self.enroll_box)
        box.addRow(
            QLabel(self.tr("This client has no open street outreach enrollment. Enroll them to record the contact."))
        )
        project_label = QLabel(self.tr("&Project"))
        project_label.setBuddy(self.enroll_project)
        box.addRow(project_label, self.enroll_project)
        box.addRow(self.enroll_date)
        box.addRow(self.enroll_button)
        box.addRow(self.enroll_problem)

        self.contact_box = QGroupBox(self.tr("Contact"))
        self.stay = QComboBox()
        self.stay.setAccessibleName(self.tr("Enrollment"))
        self.stay.currentIndexChanged.connect(self._stay_changed)
        self.contact = RecordForm(CurrentLivingSituation, CONTACT_FIELDS, today=self.today)
        self.engagement = RecordForm(Enrollment, ["date_of_engagement"], today=self.today)
        keep_letters_free(self.contact, "s")
        keep_letters_free(self.engagement, "s" + "".join(self._letters(self.contact)))
        self.save_button = QPushButton(self.tr("&Save contact (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        inner = QVBoxLayout(self.contact_box)
        inner.addWidget(self.stay)
        inner.addWidget(self.contact)
        inner.addWidget(self.engagement)
        inner.addWidget(self.save_button)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.enroll_box)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.contact.first_widget(), self.contact.widget_for("information_date"))
        self.refresh()

    @staticmethod
    def _letters(form: QWidget) -> set[str]:
        return {
            label.text()[label.text().index("&") + 1].lower()
            for label in form.findChildren(QLabel)
            if "&" in label.text()
        }

    def refresh(self) -> None:
        """Show the contact form over the client's open stays, or the offer to enroll."""
        self.stays = outreach.open_stays(self.vault, self.client_id)
        self.stay.blockSignals(True)
        self.stay.clear()
        for s in self.stays:
            self.stay.addItem(
                self.tr("%1, since %2")
                .replace("%1", s.project_name)
                .replace("%2", s.enrollment.entry_date.strftime("%m/%d/%Y")),
                s.enrollment.id,
            )
        self.stay.blockSignals(False)
        self.stay.setVisible(len(self.stays) > 1)
        self.enroll_box.setVisible(not self.stays)
        self.contact_box.setVisible(bool(self.stays))
        if not self.stays and not self.enroll_project.count():
            self.enroll_problem.setText(
                self.tr(
                    "There is no street outreach project on this laptop. Sign in "
                    "while connected (or sync) to copy your agency's projects."
                )
            )
        self.contact.set_values({"information_date": self.today})
        self._stay_changed()
        (self.contact.first_widget() if self.stays else self.enroll_project).setFocus()

    def _selected(self) -> Enrollment | None:
        index = max(self.stay.currentIndex(), 0)
        return self.stays[index].enrollment if self.stays else None

    def _stay_changed(self, *_: object) -> None:
        enrollment = self._selected()
        self.engagement.setVisible(enrollment is not None and enrollment.date_of_engagement is None)

    def enroll(self) -> None:
        problems = self.enroll_date.parse_problems()
        if not problems:
            try:
                outreach.enroll(
                    self.vault,
                    self.client_id,
                    self.enroll_project.currentData(),
                    self.enroll_date.values()["entry_date"],
                    today=self.today,
                )
            except ValidationError as error:
                problems = list(error.errors)
            except VaultError as error:
                self.enroll_problem.setText(str(error))
                return
        left = spread(problems, [self.enroll_date])
        self.enroll_problem.setText(" ".join(e.message for e in left))
        if problems:
            return
        self.message.setText(self.tr("Enrolled. Now record the contact."))
        self.refresh()

    def save(self) -> None:
        """Store the contact (and the engagement date); refused in words beside the fields otherwise."""
        enrollment = self._selected()
        if enrollment is None:
            self.message.setText(self.tr("Enroll the client in a street outreach project first."))
            return
        unreadable = self.contact.parse_problems() + self.engagement.parse_problems()
        errors = list(unreadable)
        contact: CurrentLivingSituation | None = None
        if not errors:
            engaged = self.engagement.values()["date_of_engagement"] if self.engagement.isVisibleTo(self) else None
            try:
                contact = outreach.record_contact(
                    self.vault, enrollment, self.contact.values(), engaged=engaged, today=self.today
                )
            except ValidationError as error:
                errors = list(error.errors)
            except VaultError as error:
                self.message.setText(str(error))
                return
        left = spread(errors, [self.contact, self.engagement])
        if errors:
            self.message.setText(
                " ".join(e.message for e in left)
                or self.tr("The contact was not saved; see the notes beside the fields.")
            )
            bad = {e.field for e in errors}
            for form in (self.contact, self.engagement):
                name = next((n for n in form.values() if n in bad), None)
                if name is not None:
                    form.widget_for(name).setFocus()
                    break
            return
        self.message.setText(self.tr("Contact saved on this laptop; it will be sent at the next sync."))
        self.contact.set_values(dict.fromkeys(CONTACT_FIELDS))
        self.engagement.set_values({"date_of_engagement": None})
        self.refresh()
        assert contact is not None  # no errors: record_contact ran and returned it
        self.saved.emit(contact.id)
