"""Step 1 of an intake: the project the household enters and the project start date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError
from app.sync.projects import Project
from app.ui.forms import RecordForm
from app.ui.intake.common import first_problem_widget, keep_letters_free, spread, tr


class ProjectPage(QWidget):
    changed = Signal()

    def __init__(self, projects: list[Project], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projects, self.today = projects, today
        heading = QLabel(tr("Project and project start date"))
        heading.setObjectName("heading")
        self.project = QComboBox()
        self.project.setAccessibleName(tr("Project"))
        for p in projects:
            self.project.addItem(tr("%1 (%2)").replace("%1", p.name).replace("%2", tr(p.type_label)), p.id)
        self.project_problem = QLabel()
        self.project_problem.setWordWrap(True)
        self.project_problem.setStyleSheet("color: #b00020;")
        self.empty = QLabel(
            tr(
                "There are no projects on this laptop yet. Sign in while connected to the "
                "internet (or run a sync) so your agency's projects are copied here, then "
                "start the intake again."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not projects)
        self.project.setEnabled(bool(projects))
        self.date_form = RecordForm(Enrollment, ["entry_date"], today=today)
        self.date_form.set_values({"entry_date": today})
        keep_letters_free(self.date_form, "nbscdp")
        choose = QFormLayout()
        label = QLabel(tr("&Project"))
        label.setBuddy(self.project)
        choose.addRow(label, self.project)
        choose.addRow("", self.project_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addLayout(choose)
        layout.addWidget(self.date_form)
        layout.addStretch(1)
        QWidget.setTabOrder(self.project, self.date_form.first_widget())
        self.project.currentIndexChanged.connect(self.changed)
        self.date_form.changed.connect(self.changed)

    def focus_first(self) -> None:
        (self.project if self.projects else self.date_form.first_widget()).setFocus()

    def project_type(self, project_id: str | None) -> int | None:
        return next((p.project_type for p in self.projects if p.id == project_id), None)

    def load(self, state: dict[str, Any]) -> None:
        if state.get("project_id"):
            index = self.project.findData(state["project_id"])
            if index >= 0:
                self.project.setCurrentIndex(index)
        if state.get("entry_date"):
            self.date_form.set_values({"entry_date": state["entry_date"]})

    def store(self, state: dict[str, Any]) -> None:
        state["project_id"] = self.project.currentData()
        state["entry_date"] = self.date_form.values()["entry_date"]
        chosen = next((p for p in self.projects if p.id == state["project_id"]), None)
        state["funders"] = list(chosen.funders) if chosen else []  # the elements their manuals require
        state["project_type"] = chosen.project_type if chosen else None

    def problems(self, state: dict[str, Any]) -> list[FieldError]:
        """Shown next to their fields; the focus goes to the first."""
        errors: list[FieldError] = []
        if not state.get("project_id"):
            errors.append(
                FieldError(
                    "project_id",
                    "required",
                    tr("Choose the project the household is entering.") if self.projects else self.empty.text(),
                )
            )
        unreadable = self.date_form.parse_problems()
        errors += unreadable
        if not unreadable:
            probe = Enrollment(
                personal_id="0" * 32,
                project_id="0" * 32,
                # None on purpose when no date was given: the record's own rules say it cannot be empty
                entry_date=state.get("entry_date"),  # type: ignore[arg-type]
                relationship_to_hoh=1,
            )
            errors += [e for e in probe.problems(today=self.today) if e.field == "entry_date"]
        spread(errors, [self.date_form])
        project_errors = [e.message for e in errors if e.field == "project_id"]
        self.project_problem.setText(" ".join(project_errors))
        self.project_problem.setVisible(bool(project_errors))
        if errors:
            target = (
                self.project if project_errors and self.projects else first_problem_widget(errors, [self.date_form])
            )
            (target or self.project).setFocus()
        return errors
