"""The data quality report for a Data Coordinator: per project and HUD element, and who to fix.

Why the report runs on a worker with its own connection: it reads every record on the laptop,
which on a coordinator's laptop is tens of thousands; the window keeps working meanwhile. Client
names are looked up for the list on the same worker; they stay in this window, never in a log.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from app.domain.data_quality import ELEMENT_FIELDS
from app.domain.registry import RECORD_TYPES
from app.services.quality_report import ElementCounts, ProjectQuality, QualityReport, quality_report
from app.storage.errors import RecordNotFound
from app.storage.records import Records
from app.storage.vault import Vault
from app.ui.admin.common import sentence, table, tr
from app.ui.table_model import ItemsModel
from app.ui.worker import run_in_background

KIND_LABELS = {"client": "Client", "enrollment": "Enrollment", "exit": "Exit", "income_benefits": "Income and benefits",
               "disability": "Disability", "health_and_dv": "Health and DV",
               "current_living_situation": "Current living situation"}
ELEMENT_LABELS = {"name": "Name (3.01)", "ssn": "Social Security Number (3.02)", "dob": "Date of birth (3.03)",
                  "race": "Race and ethnicity (3.04)"}
_ALL = "*"


def element_label(kind: str, element: str) -> str:
    if element in ELEMENT_FIELDS:
        return tr(ELEMENT_LABELS[element])
    try:
        return tr(RECORD_TYPES[kind].field_label(element))
    except KeyError:
        return element


def project_label(project: ProjectQuality) -> str:
    if project.project_id is None:
        return tr("No enrollment on this laptop")
    return project.name or tr("Project %1 (not on this laptop)").replace("%1", project.project_id[:8])


def _names(vault: Vault, report: QualityReport) -> dict[str, str]:
    store = Records(vault)
    found: dict[str, str] = {}
    for personal_id in {i for p in report.projects for i in p.clients_with_issues}:
        try:
            client = store.get("client", personal_id)
        except RecordNotFound:
            found[personal_id] = tr("client not on this laptop")
            continue
        name = " ".join(p for p in (client.first_name, client.last_name) if p) or tr("(no name)")
        found[personal_id] = f"{name} · {client.dob.isoformat() if client.dob else tr('no date of birth')}"
    return found


class QualityScreen(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.vault, self.as_of = vault, as_of
        self.report: QualityReport | None = None
        self.names: dict[str, str] = {}
        self.job = None
        heading = QLabel(self.tr("Data quality of the records on this laptop"))
        heading.setObjectName("heading")
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        self.project.currentIndexChanged.connect(lambda *_: self._show())
        label = QLabel(self.tr("&Project:"))
        label.setBuddy(self.project)
        self.reload = QPushButton(self.tr("&Refresh"))
        self.reload.clicked.connect(self.refresh)
        self.model = ItemsModel([tr("Project"), tr("Record"), tr("Element"), tr("Don't know / refused"),
                                 tr("Missing"), tr("Invalid"), tr("Total")], self._cells)
        self.table = table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Data quality by element"))
        self.clients = QStringListModel(self)
        self.client_list = QListView()
        self.client_list.setModel(self.clients)
        self.client_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.client_list.setAccessibleName(self.tr("Clients with issues"))
        self.summary = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.project, 1)
        bar.addWidget(self.reload)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Clients with issues")))
        side_layout.addWidget(self.client_list, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    @property
    def busy(self) -> bool:
        return self.job is not None

    @staticmethod
    def _cells(row: tuple[ProjectQuality, ElementCounts]) -> Sequence[str]:
        project, e = row
        return (project_label(project), tr(KIND_LABELS.get(e.kind, e.kind)), element_label(e.kind, e.element),
                str(e.dont_know_refused), str(e.missing), str(e.invalid), str(e.total))

    def refresh(self) -> None:
        if self.busy:
            return
        vault, as_of = self.vault, self.as_of

        def work() -> tuple[QualityReport, dict[str, str]]:
            twin = vault.twin()
            try:
                report = quality_report(twin, as_of=as_of)
                return report, _names(twin, report)
            finally:
                twin.close()

        self.reload.setEnabled(False)
        self.status.setText(self.tr("Checking every record on this laptop…"))
        self.job = run_in_background(work, self._done, self._failed)

    def _done(self, answer: object) -> None:
        self.job = None
        self.reload.setEnabled(True)
        self.report, self.names = answer  # type: ignore[misc]
        chosen = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All projects"), _ALL)
        for p in self.report.projects:
            self.project.addItem(project_label(p), p.project_id)
        found = self.project.findData(chosen)
        self.project.setCurrentIndex(found if found >= 0 else 0)
        self.project.blockSignals(False)
        self._show()
        self.status.setText(self.tr("Report made for %1.").replace("%1", self.report.as_of.isoformat()))

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.reload.setEnabled(True)
        self.status.setText(sentence(error))

    def shown_projects(self) -> list[ProjectQuality]:
        if self.report is None:
            return []
        chosen = self.project.currentData()
        return [p for p in self.report.projects if chosen == _ALL or p.project_id == chosen]

    def _show(self) -> None:
        projects = self.shown_projects()
        self.model.reset([(p, e) for p in projects for e in p.elements])
        people = sorted({i for p in projects for i in p.clients_with_issues}, key=lambda i: self.names.get(i, i))
        self.clients.setStringList([self.names.get(i, i[:8]) for i in people])
        judged = sum(sum(p.records.values()) for p in projects)
        self.summary.setText(self.tr("Records checked: %n.", "", judged) + " "
                             + self.tr("Clients with at least one issue: %n.", "", len(people)))
