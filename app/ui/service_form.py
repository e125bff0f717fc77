"""Record a service, or tonight's bed night, for an open enrollment.

Why bed night is one keystroke: a night-by-night shelter (HUD project type 1) records attendance
as one bed night per person per night, at the door, often for a queue of people. So for such a
project the form opens as tonight's bed night and Enter saves it; anywhere, Alt+B saves a bed
night for the date in the form.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.errors import FieldError, ValidationError
from app.domain.service import Service
from app.services.clients import ClientDirectory, EnrollmentView
from app.storage.errors import VaultError
from app.ui.forms import RecordForm

FIELDS = ("date_provided", "record_type", "type_provided", "other_type_provided", "fa_amount")


class ServiceForm(QDialog):
    """Modal form for one open enrollment; accepted once the service is saved."""

    def __init__(self, directory: ClientDirectory, stay: EnrollmentView, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory, self.stay = directory, stay
        self.today = today or date.today()
        self.saved: Service | None = None
        self.setWindowTitle(self.tr("Service or bed night"))
        heading = QLabel(self.tr("Service for %1").replace("%1", stay.project_name))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.form = RecordForm(Service, FIELDS, today=self.today,
                               labels={"type_provided": self.tr("Type of service (HUD code)")})
        self.form.set_values({"date_provided": self.today})
        self.bed_night_button = QPushButton(self.tr("&Bed night"))
        self.bed_night_button.setToolTip(self.tr("Save a bed night for the date above (Alt+B)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.addButton(self.bed_night_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.bed_night_button.clicked.connect(self.save_bed_night)
        self.form.changed.connect(self._follow_record_type)
        if stay.is_night_by_night:
            self._as_bed_night()
            self.save_button.setFocus()  # Enter saves tonight's bed night
        else:
            self.form.first_widget().setFocus()

    def _as_bed_night(self) -> None:
        self.form.set_values({"record_type": codes.BED_NIGHT, "type_provided": codes.BED_NIGHT, "fa_amount": None,
                              "other_type_provided": None})
        self._follow_record_type()

    def _follow_record_type(self) -> None:
        """A bed night has no type to choose and no amount: those fields step out of the way."""
        night = self.form.values()["record_type"] == codes.BED_NIGHT
        if night:
            self.form.set_values({"type_provided": codes.BED_NIGHT})
        for name in ("type_provided", "other_type_provided", "fa_amount"):
            self.form.widget_for(name).setEnabled(not night)

    def save_bed_night(self) -> None:
        self._as_bed_night()
        self.submit()

    def submit(self) -> None:
        e = self.stay.enrollment
        record, errors = self.form.check(enrollment_id=e.id, personal_id=e.personal_id)
        if record is None:
            self._refused(errors)
            return
        try:
            self.directory.record_service(record)  # type: ignore[arg-type]
        except ValidationError as error:
            self._refused(list(error.errors))
            return
        except VaultError as error:
            self.message.setText(str(error))
            return
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def _refused(self, errors: list[FieldError]) -> None:
        self.form.show_problems(errors)
        self.message.setText(self.tr("Nothing was saved: fix the answers marked above."))
