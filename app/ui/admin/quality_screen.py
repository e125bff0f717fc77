"""The data quality report for a Data Coordinator: per project and HUD element, and who to fix.

Why the report runs on a worker with its own connection: it reads every record on the laptop,
which on a coordinator's laptop is tens of thousands; the window keeps working meanwhile. Client
names are looked up for the list on the same worker; they stay in this window, never in a log.
Beside the counts, HUD's Q6e timeliness table: how many days after a project start or exit its
record was made, for the projects shown (all of them added up under "All projects").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QRunnable, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.data_quality import ELEMENT_FIELDS
from app.domain.registry import RECORD_TYPES
from app.domain.timeliness import BAND_KEYS, Timeliness, total
from app.services.quality_report import ElementCounts, ProjectQuality, QualityReport, quality_report
from app.storage.errors import RecordNotFound
from app.storage.records import Records
from app.storage.vault import Vault
from app.ui.admin.common import sentence, table, tr
from app.ui.hud_words import hud
from app.ui.table_model import ItemsModel
from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.worker import run_in_background

# Labels shown through tr() (context AdminScreens); QT_TRANSLATE_NOOP marks them for the catalogue.
KIND_LABELS = {
    "client": QT_TRANSLATE_NOOP("AdminScreens", "Client"),
    "enrollment": QT_TRANSLATE_NOOP("AdminScreens", "Enrollment"),
    "exit": QT_TRANSLATE_NOOP("AdminScreens", "Exit"),
    "income_benefits": QT_TRANSLATE_NOOP("AdminScreens", "Income and benefits"),
    "disability": QT_TRANSLATE_NOOP("AdminScreens", "Disability"),
    "health_and_dv": QT_TRANSLATE_NOOP("AdminScreens", "Health and DV"),
    "current_living_situation": QT_TRANSLATE_NOOP("AdminScreens", "Current living situation"),
}
ELEMENT_LABELS = {
    "name": QT_TRANSLATE_NOOP("AdminScreens", "Name (3.01)"),
    "ssn": QT_TRANSLATE_NOOP("AdminScreens", "Social Security Number (3.02)"),
    "dob": QT_TRANSLATE_NOOP("AdminScreens", "Date of birth (3.03)"),
    "race": QT_TRANSLATE_NOOP("AdminScreens", "Race and ethnicity (3.04)"),
}
#: HUD's Q6e rows, in words ("< 0 days": the record was made before the day it records).
BAND_LABELS = {
    "before": QT_TRANSLATE_NOOP("AdminScreens", "Before it happened (< 0 days)"),
    "same_day": QT_TRANSLATE_NOOP("AdminScreens", "The same day (0 days)"),
    "days_1_3": QT_TRANSLATE_NOOP("AdminScreens", "1 to 3 days later"),
    "days_4_6": QT_TRANSLATE_NOOP("AdminScreens", "4 to 6 days later"),
    "days_7_10": QT_TRANSLATE_NOOP("AdminScreens", "7 to 10 days later"),
    "days_11_plus": QT_TRANSLATE_NOOP("AdminScreens", "11 or more days later"),
}
_ALL = "*"


def timeliness_sentence(counted: Timeliness) -> str:
    """The Q6e table in one sentence, for a screen reader and for a glance."""
    parts = []
    for record, text in (
        ("start", tr("Project starts entered the same day: %1 of %2; 11 or more days later: %3.")),
        ("exit", tr("Project exits entered the same day: %1 of %2; 11 or more days later: %3.")),
    ):
        parts.append(
            text.replace("%1", str(counted.count(record, "same_day")))
            .replace("%2", str(counted.total(record)))
            .replace("%3", str(counted.count(record, "days_11_plus")))
        )
    return " ".join(parts)


def element_label(kind: str, element: str) -> str:
    if element in ELEMENT_FIELDS:
        return tr(ELEMENT_LABELS[element])
    try:
        return hud(RECORD_TYPES[kind].field_label(element))
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
        self.job: QRunnable | None = None  # the report being made off the UI thread
        heading = QLabel(self.tr("Data quality of the records on this laptop"))
        heading.setObjectName("heading")
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        self.project.currentIndexChanged.connect(lambda *_: self._show())
        label = QLabel(self.tr("&Project:"))
        label.setBuddy(self.project)
        self.reload = QPushButton(self.tr("&Refresh"))
        self.reload.clicked.connect(self.refresh)
        self.model = ItemsModel(
            [
                tr("Project"),
                tr("Record"),
                tr("Element"),
                tr("Don't know / refused"),
                tr("Missing"),
                tr("Invalid"),
                tr("Total"),
            ],
            self._cells,
        )
        self.table = table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Data quality by element"))
        self.timely_model = ItemsModel(
            [tr("Time for record entry"), tr("Project start records"), tr("Project exit records")], self._band_cells
        )
        self.timely_table = table()
        self.timely_table.setModel(self.timely_model)
        self.timely_table.setAccessibleName(self.tr("Timeliness of entry (HUD Q6e)"))
        # Six rows, always all shown: the table is as tall as they are, its first column as wide as its words.
        self.timely_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.timely_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timely_table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.timely_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        timely_label = QLabel(self.tr("&Timeliness of entry (HUD Q6e)"))
        timely_label.setBuddy(self.timely_table)
        self.timely_summary = QLabel()
        self.timely_summary.setWordWrap(True)
        self.timely: Timeliness = Timeliness()
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
        side_layout.addWidget(timely_label)
        side_layout.addWidget(self.timely_table)
        side_layout.addWidget(self.timely_summary)
        side_layout.addWidget(QLabel(self.tr("Clients with issues")))
        side_layout.addWidget(self.client_list, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        for before, after in (
            (self.project, self.reload),
            (self.reload, self.table),
            (self.table, self.timely_table),
            (self.timely_table, self.client_list),
        ):
            QWidget.setTabOrder(before, after)

    @property
    def busy(self) -> bool:
        return self.job is not None

    @staticmethod
    def _cells(row: tuple[ProjectQuality, ElementCounts]) -> Sequence[str]:
        project, e = row
        return (
            project_label(project),
            tr(KIND_LABELS.get(e.kind, e.kind)),
            element_label(e.kind, e.element),
            str(e.dont_know_refused),
            str(e.missing),
            str(e.invalid),
            str(e.total),
        )

    def _band_cells(self, key: str) -> Sequence[str]:
        return (tr(BAND_LABELS[key]), str(self.timely.count("start", key)), str(self.timely.count("exit", key)))

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
        report, names = cast("tuple[QualityReport, dict[str, str]]", answer)  # what work() in refresh returns
        self.report, self.names = report, names
        # The project shown before, if any; the first report shows all (None is "no enrollment").
        chosen = self.project.currentData() if self.project.count() else _ALL
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All projects"), _ALL)
        for p in report.projects:
            self.project.addItem(project_label(p), p.project_id)
        found = self.project.findData(chosen)
        self.project.setCurrentIndex(found if found >= 0 else 0)
        self.project.blockSignals(False)
        self._show()
        self.status.setText(self.tr("Report made for %1.").replace("%1", report.as_of.isoformat()))

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
        self.timely = total(p.timeliness for p in projects)
        self.timely_model.reset(BAND_KEYS if self.report is not None else ())
        self.timely_summary.setText(timeliness_sentence(self.timely) if self.report is not None else "")
        people = sorted({i for p in projects for i in p.clients_with_issues}, key=lambda i: self.names.get(i, i))
        self.clients.setStringList([self.names.get(i, i[:8]) for i in people])
        judged = sum(sum(p.records.values()) for p in projects)
        self.summary.setText(
            self.tr("Records checked: %n.", "", judged)
            + " "
            + self.tr("Clients with at least one issue: %n.", "", len(people))
        )
