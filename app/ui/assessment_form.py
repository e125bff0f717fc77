"""Record a coordinated entry assessment: HUD's five answers, then the CAN's own questions with
the client's answers and the results (scores, levels), added row by row from the keyboard.

Why rows and not a spreadsheet grid: each CAN asks its own questions, a different number each
time; a worker adds a row (Alt+Q, Alt+R), types, and Tab goes on through the row, so nothing
needs the mouse. A row left wholly blank is ignored; a row half filled is refused, named, with
the whole assessment (nothing is saved until every row is right).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.assessment import Assessment, AssessmentQuestion, AssessmentResult
from app.domain.errors import FieldError, ValidationError
from app.domain.ids import new_id
from app.domain.record import Record
from app.services.clients import ClientDirectory, EnrollmentView
from app.services.coordinated_entry import AssessmentRefused, CoordinatedEntry
from app.ui.forms import RecordForm
from app.ui.hud_words import hud
from app.ui.record_dialog import RecordDialog

FIELDS = ("assessment_date", "assessment_location", "assessment_type", "assessment_level", "prioritization_status")
QUESTION_FIELDS = ("assessment_question_group", "assessment_question_order", "assessment_question", "assessment_answer")
RESULT_FIELDS = ("assessment_result_type", "assessment_result")
_INT = re.compile(r"\d{1,9}")


class PartRows(QGroupBox):
    """Rows of one kind of assessment part (questions, or results), each a line of text inputs."""

    row_added = Signal()  # the dialog puts the new row in its Tab order

    def __init__(
        self,
        title: str,
        record_type: type[Record],
        fields: tuple[str, ...],
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.record_type, self.fields = record_type, fields
        self.rows: list[dict[str, QLineEdit]] = []
        self.row_problems: list[QLabel] = []
        self.grid = QGridLayout()
        for column, name in enumerate(fields):
            self.grid.addWidget(QLabel(hud(record_type.field_label(name))), 0, column)
        self.add_button = QPushButton(add_text)
        self.empty = QLabel(self.tr("No rows yet."))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)

    def add_row(self) -> dict[str, QLineEdit]:
        """A new row after the others; focus goes to its first input, and Tab runs through it."""
        line = len(self.rows) + 1
        row: dict[str, QLineEdit] = {}
        for column, name in enumerate(self.fields):
            edit = QLineEdit()
            edit.setAccessibleName(
                self.tr("Row %1: %2").replace("%1", str(line)).replace("%2", hud(self.record_type.field_label(name)))
            )
            max_len = self.record_type._spec_map()[name].max_len
            if max_len:
                edit.setMaxLength(max_len)
            self.grid.addWidget(edit, 2 * line - 1, column)
            edit.show()  # now: a layout shows what it is given only later, and a hidden input takes no focus
            row[name] = edit
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.setStyleSheet("color: #b00020;")
        problem.hide()
        self.grid.addWidget(problem, 2 * line, 0, 1, len(self.fields))
        self.rows.append(row)
        self.row_problems.append(problem)
        self.empty.hide()
        self.row_added.emit()
        next(iter(row.values())).setFocus()
        return row

    def focus_order(self) -> list[QWidget]:
        """Every row's inputs in reading order, then the Add button."""
        return [edit for row in self.rows for edit in row.values()] + [self.add_button]

    def _filled(self) -> list[tuple[int, dict[str, QLineEdit]]]:
        return [(i, row) for i, row in enumerate(self.rows) if any(e.text().strip() for e in row.values())]

    def parts(self, fixed: dict[str, str]) -> tuple[list[Record], dict[int, list[FieldError]]]:
        """The records of the rows with anything typed (their index in that list is the row the
        service names), and the rows whose text cannot even be read, by that index."""
        parts, unreadable = [], {}
        for index, (_, row) in enumerate(self._filled()):
            values: dict[str, Any] = {}  # Any: typed by the row's record type, known at run time
            for name, edit in row.items():
                text = edit.text().strip()
                if name == "assessment_question_order":
                    if text and not _INT.fullmatch(text):
                        unreadable[index] = [
                            FieldError(
                                name, "unreadable", self.tr("Question order must be a whole number of zero or more.")
                            )
                        ]
                    values[name] = int(text) if _INT.fullmatch(text) else None
                else:
                    values[name] = text or ("" if name in ("assessment_question", "assessment_result_type") else None)
            parts.append(self.record_type(**fixed, **values))
        return parts, unreadable

    def show_problems(self, problems: Mapping[int, Sequence[FieldError]]) -> None:
        """Each problem under its row (``problems`` by the index ``parts`` gave); the others clear."""
        filled = [i for i, _ in self._filled()]
        by_row = {filled[i]: errors for i, errors in problems.items() if i < len(filled)}
        for i, label in enumerate(self.row_problems):
            text = " ".join(e.message for e in by_row.get(i, ()))
            label.setText(text)
            label.setVisible(bool(text))


class AssessmentForm(RecordDialog):
    """Modal form for one open CE enrollment; accepted once the assessment and its rows are saved."""

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(directory, stay, today=today, parent=parent)
        self.ce = CoordinatedEntry(directory.vault, today=directory.today or today)
        self.setWindowTitle(self.tr("Coordinated entry assessment"))
        self.heading.setText(self.tr("Assessment for %1").replace("%1", stay.project_name))
        self.save_button.setText(self.tr("&Save assessment"))
        self.refused_text = self.tr("Nothing was saved: fix the answers marked above.")
        self.questions = PartRows(
            self.tr("The CAN's questions and answers"), AssessmentQuestion, QUESTION_FIELDS, self.tr("Add &question")
        )
        self.results = PartRows(self.tr("Results"), AssessmentResult, RESULT_FIELDS, self.tr("Add &result"))
        self.body.addWidget(self.questions)
        self.body.addWidget(self.results)
        for rows in (self.questions, self.results):
            rows.row_added.connect(self._order_tabs)
        self._order_tabs()
        self.form.set_values({"assessment_date": self.today})
        self.form.first_widget().setFocus()

    def _order_tabs(self) -> None:
        """Tab reads the dialog top to bottom: HUD's answers, each question row, each result row, Save."""
        chain = (
            [self.form.widget_for(name) for name in FIELDS]
            + self.questions.focus_order()
            + self.results.focus_order()
            + [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def make_form(self) -> RecordForm:
        return RecordForm(Assessment, FIELDS, today=self.today)

    def submit(self) -> None:
        record, errors = self.form.check(**self.fixed)
        links = dict(self.fixed, assessment_id=record.id if record else new_id())
        questions, bad_questions = self.questions.parts(links)
        results, bad_results = self.results.parts(links)
        for parts, bad in ((questions, bad_questions), (results, bad_results)):
            for i, part in enumerate(parts):
                if i not in bad and part.problems(today=self.today):
                    bad[i] = list(part.problems(today=self.today))
        self.questions.show_problems(bad_questions)
        self.results.show_problems(bad_results)
        if record is None or bad_questions or bad_results:
            self.refuse(errors)
            return
        self.store(record, lambda: self.ce.record_assessment(record, questions, results))  # type: ignore[arg-type]

    def refused(self, error: ValidationError) -> None:
        if isinstance(error, AssessmentRefused):
            self.questions.show_problems(error.questions)
            self.results.show_problems(error.results)
        self.refuse([e for e in error.errors if "." not in e.field])
