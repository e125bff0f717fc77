"""The frame every "record one thing for this stay" dialog shares: heading, form, message, Save/Cancel.

Why one frame: the exit and service forms (and any later one, such as a contact) must behave the
same way under the worker's hands: the form first, Enter saves, Escape cancels, a refusal is
shown next to the fields with one sentence under them, and a storage failure is a sentence too,
never a traceback. Each form says only what is its own: its fields, its words and how it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import FieldError, ValidationError
from app.domain.record import Record
from app.services.clients import ClientDirectory, EnrollmentView
from app.storage.errors import VaultError
from app.ui.forms import RecordForm


class RecordDialog(QDialog):
    """A modal form for one open enrollment; accepted once its record is saved (``saved``).

    Subclasses give ``make_form`` and ``submit``, set the title, heading and Save text, and may add
    widgets to ``body`` (between the form and the message)."""

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory, self.stay = directory, stay
        self.today = today or date.today()
        self.saved: Record | None = None
        self.refused_text = ""  # the sentence under the form when a save is refused
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.form = self.make_form()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Only once the buttons are in the dialog: Qt then keeps Save as the dialog's own default, so
        # Enter saves again after Tab has passed over Cancel or another button.
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def make_form(self) -> RecordForm:
        raise NotImplementedError

    def submit(self) -> None:
        raise NotImplementedError

    @property
    def fixed(self) -> dict[str, str]:
        """The links every record of this stay carries: the enrollment and its client."""
        e = self.stay.enrollment
        return {"enrollment_id": e.id, "personal_id": e.personal_id}

    def store(self, record: Record | None, save: Callable[[], None]) -> None:
        """Run ``save``; on success remember ``record`` and close, else say why and stay open.
        (None when ``save`` makes the records: the caller then sets ``saved`` itself.)"""
        try:
            save()
        except ValidationError as error:
            self.refused(error)
            return
        except VaultError as error:
            self.message.setText(str(error))
            return
        self.saved = record
        self.accept()

    def refused(self, error: ValidationError) -> None:
        """What the service refused: by default, every problem next to its field."""
        self.refuse(error.errors)

    def refuse(self, errors: Sequence[FieldError], note: str = "") -> None:
        """Show the problems next to their fields and say, in one sentence (and ``note``), that
        nothing was saved."""
        self.form.show_problems(errors)
        self.message.setText(" ".join(part for part in (self.refused_text, note) if part))
