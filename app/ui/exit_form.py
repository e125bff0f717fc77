"""Record a project exit: the date and where the person went, checked as it is typed.

Why the checks run on every edit: the worker learns that an exit date is before the project start
while the client is still at the desk, not after pressing Save. Empty required answers are only
called out once Save has been tried, so the form does not scold a worker halfway through typing.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.enrollment_rules import exit_problems
from app.domain.errors import FieldError, ValidationError
from app.domain.exit import Exit
from app.services.clients import ClientDirectory, EnrollmentView
from app.storage.errors import VaultError
from app.ui.forms import RecordForm, show_date

FIELDS = ("exit_date", "destination", "destination_subsidy_type", "other_destination")


class ExitForm(QDialog):
    """Modal form for one open enrollment; accepted once the exit is saved."""

    def __init__(self, directory: ClientDirectory, stay: EnrollmentView, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory, self.stay = directory, stay
        self.today = today or date.today()
        self.tried = False
        self.saved: Exit | None = None
        self.setWindowTitle(self.tr("Project exit"))
        entry = stay.enrollment.entry_date
        heading = QLabel(self.tr("Exit from %1 (entered %2)").replace("%1", stay.project_name)
                         .replace("%2", show_date(entry)))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.form = RecordForm(Exit, FIELDS, today=self.today)
        self.form.set_values({"exit_date": self.today, "destination": None})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save exit"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
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
        self.form.changed.connect(self.check)
        self.check()
        self.form.first_widget().setFocus()

    def _fixed(self) -> dict:
        e = self.stay.enrollment
        return {"enrollment_id": e.id, "personal_id": e.personal_id}

    def problems(self) -> tuple[Exit | None, list[FieldError]]:
        """The exit as typed and everything wrong with it (the exit's rules and the stay's dates)."""
        record, errors = self.form.check(**self._fixed())
        values = self.form.values()
        if values["exit_date"] is not None:
            candidate = Exit(**self._fixed(), **{**values, "destination": codes.NOT_COLLECTED})  # dates only
            errors += exit_problems(candidate, self.stay.enrollment)
        return (record if not errors else None), errors

    def check(self) -> list[FieldError]:
        """Show the problems as the worker types; an empty answer counts once Save was tried."""
        values = self.form.values()
        destination = values["destination"]
        for name, applies in (("destination_subsidy_type", destination == codes.RENTAL_WITH_SUBSIDY),
                              ("other_destination", destination == codes.OTHER_DESTINATION)):
            self.form.widget_for(name).setEnabled(applies)  # a disabled field is skipped by Tab
            if not applies:
                self.form.set_values({name: None})
        values = self.form.values()
        _, errors = self.problems()
        blank = {name for name, value in values.items() if value is None}
        shown = [e for e in errors if self.tried or not (e.code == "required" and e.field in blank)]
        self.form.show_problems(shown)
        return errors

    def submit(self) -> None:
        self.tried = True
        if self.check():
            self.message.setText(self.tr("The exit was not saved: fix the answers marked above."))
            return
        record, _ = self.problems()
        assert record is not None
        try:
            self.directory.record_exit(record)  # type: ignore[arg-type]
        except ValidationError as error:
            self.form.show_problems(error.errors)
            self.message.setText(self.tr("The exit was not saved: fix the answers marked above."))
            return
        except VaultError as error:
            self.message.setText(str(error))
            return
        self.saved = record  # type: ignore[assignment]
        self.accept()
