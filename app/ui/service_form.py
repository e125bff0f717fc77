"""Record a service, or tonight's bed night, for an open enrollment.

Why bed night is one keystroke: a night-by-night shelter (HUD project type 1) records attendance
as one bed night per person per night, at the door, often for a queue of people. So for such a
project the form opens as tonight's bed night and Enter saves it; anywhere, Alt+B saves a bed
night for the date in the form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from app.domain import codes
from app.domain.service import Service
from app.services.clients import ClientDirectory, EnrollmentView
from app.ui.forms import RecordForm
from app.ui.record_dialog import RecordDialog

FIELDS = ("date_provided", "record_type", "type_provided", "other_type_provided", "fa_amount")


class ServiceForm(RecordDialog):
    """Modal form for one open enrollment; accepted once the service is saved."""

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(directory, stay, today=today, parent=parent)
        self.setWindowTitle(self.tr("Service or bed night"))
        self.heading.setText(self.tr("Service for %1").replace("%1", stay.project_name))
        self.save_button.setText(self.tr("&Save"))
        self.refused_text = self.tr("Nothing was saved: fix the answers marked above.")
        self.form.set_values({"date_provided": self.today})
        self.bed_night_button = QPushButton(self.tr("&Bed night"))
        self.bed_night_button.setToolTip(self.tr("Save a bed night for the date above (Alt+B)"))
        self.buttons.addButton(self.bed_night_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.bed_night_button.clicked.connect(self.save_bed_night)
        self.form.changed.connect(self._follow_record_type)
        if stay.is_night_by_night:
            self._as_bed_night()
            self.save_button.setFocus()  # Enter saves tonight's bed night
        else:
            self.form.first_widget().setFocus()

    def make_form(self) -> RecordForm:
        return RecordForm(
            Service, FIELDS, today=self.today, labels={"type_provided": self.tr("Type of service (HUD code)")}
        )

    def _as_bed_night(self) -> None:
        self.form.set_values(
            {
                "record_type": codes.BED_NIGHT,
                "type_provided": codes.BED_NIGHT,
                "fa_amount": None,
                "other_type_provided": None,
            }
        )
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
        record, errors = self.form.check(**self.fixed)
        if record is None:
            self.refuse(errors)
            return
        self.store(record, lambda: self.directory.record_service(record))  # type: ignore[arg-type]
