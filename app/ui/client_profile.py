"""One client at a glance: the HUD elements in words, what is missing, stays, services, consent.

Why a badge next to each element: at 11 pm the worker has a minute to fix what the record lacks
while the client is still there; "Missing" next to the date of birth says exactly what to ask.
The SSN is shown as its last four digits only: enough to confirm the person, no more on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.client import Client
from app.domain.service import Service
from app.services.clients import QUALITY_WORDS, ClientDirectory, ClientProfile, EnrollmentView
from app.ui.ce_section import CESection
from app.ui.consent_words import consent_words
from app.ui.exit_form import ExitForm
from app.ui.forms import show_date
from app.ui.hud_words import hud
from app.ui.service_form import ServiceForm
from app.ui.stage_assessment_form import StageAssessmentForm
from app.ui.table_model import ItemsModel, list_view


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientProfile", text)


def _day(value: date | None) -> str:
    return show_date(value) if value else ""


def elements(c: Client) -> list[tuple[str, str, str, str]]:
    """(data quality key, element, answer in words, how it was reported) for the identity box."""
    name = " ".join(p for p in (c.first_name, c.middle_name, c.last_name, c.name_suffix) if p)
    races = [codes.RACE_FIELDS[f] for f in c.races()] or ([codes.RACE_NONE.label(c.race_none)] if c.race_none else [])
    return [
        ("name", _tr("Name"), name, hud(codes.NAME_DATA_QUALITY.label(c.name_data_quality))),
        ("alias", _tr("Also known as"), c.alias or "", ""),
        (
            "ssn",
            _tr("SSN"),
            f"xxx-xx-{c.ssn[5:]}" if c.ssn and len(c.ssn) == 9 else "",
            hud(codes.SSN_DATA_QUALITY.label(c.ssn_data_quality)),
        ),
        ("dob", _tr("Date of birth"), _day(c.dob), hud(codes.DOB_DATA_QUALITY.label(c.dob_data_quality))),
        ("race", _tr("Race and ethnicity"), "; ".join(hud(r) for r in races), ""),
        ("sex", _tr("Sex"), hud(codes.SEX.label(c.sex)), ""),
        ("veteran_status", _tr("Veteran status"), hud(codes.VETERAN_STATUS.label(c.veteran_status)), ""),
    ]


def _stay_cells(stay: EnrollmentView) -> list[str]:
    ex = stay.exit
    return [
        stay.project_name,
        hud(codes.PROJECT_TYPE.label(stay.project_type)) if stay.project_type is not None else "",
        _day(stay.enrollment.entry_date),
        _day(ex.exit_date) if ex else _tr("Open"),
        hud(codes.DESTINATION.label(ex.destination)) if ex else "",
    ]


class ClientProfileView(QWidget):
    """The profile of one client; opening it is an audited record view."""

    def __init__(
        self, directory: ClientDirectory, client_id: str, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.directory, self.client_id, self.today = directory, client_id, today
        self.dialog: QDialog | None = None  # the form (exit, service, CE) while it is open
        self.profile: ClientProfile | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.identity = QGroupBox(self.tr("Client"))
        self.grid = QGridLayout(self.identity)
        self.badges: dict[str, QLabel] = {}
        self.answers: dict[str, QLabel] = {}
        for row, (key, element, _, _) in enumerate(elements(Client())):
            answer, how, badge = QLabel(), QLabel(), QLabel()
            badge.setObjectName("quality")
            badge.setStyleSheet("color: #b00020; font-weight: bold;")
            for label in (answer, how):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(QLabel(element), row, 0)
            self.grid.addWidget(answer, row, 1)
            self.grid.addWidget(how, row, 2)
            self.grid.addWidget(badge, row, 3)
            self.answers[key], self.badges[key] = answer, badge
            self.answers[key + ":how"] = how
        self.consent_box = QGroupBox(self.tr("Release of information"))
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self.consent_box).addWidget(self.consent)
        self.stays = ItemsModel(
            [self.tr("Project"), self.tr("Project type"), self.tr("Entry"), self.tr("Exit"), self.tr("Destination")],
            _stay_cells,
        )
        self.stays_table = self._table(self.stays, self.tr("Enrollments"))
        self.services = ItemsModel([self.tr("Date"), self.tr("Service")], self._service_cells)
        self.services_table = self._table(self.services, self.tr("Services and bed nights"))
        self.exit_button = QPushButton(self.tr("E&xit…"))
        self.service_button = QPushButton(self.tr("Record &service / bed night…"))
        self.assessment_button = QPushButton(self.tr("&Update or annual assessment…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.exit_button)
        actions.addWidget(self.service_button)
        actions.addWidget(self.assessment_button)
        actions.addStretch(1)
        stays_label, services_label = QLabel(self.tr("&Enrollments")), QLabel(self.tr("Ser&vices and bed nights"))
        stays_label.setBuddy(self.stays_table)
        services_label.setBuddy(self.services_table)
        self.ce_section = CESection(directory, self._open, today=today)
        services_column = QVBoxLayout()
        services_column.addWidget(services_label)
        services_column.addWidget(self.services_table)
        bottom = QHBoxLayout()
        bottom.addLayout(services_column, 2)
        bottom.addWidget(self.ce_section, 3)
        top = QHBoxLayout()
        top.addWidget(self.identity, 3)
        top.addWidget(self.consent_box, 2)
        layout = QVBoxLayout(self)
        for part in (self.heading, top, stays_label, self.stays_table, actions, self.message, bottom):
            layout.addLayout(part) if isinstance(part, QHBoxLayout) else layout.addWidget(part)
        QWidget.setTabOrder(self.stays_table, self.exit_button)
        QWidget.setTabOrder(self.exit_button, self.service_button)
        QWidget.setTabOrder(self.service_button, self.assessment_button)
        QWidget.setTabOrder(self.assessment_button, self.services_table)
        QWidget.setTabOrder(self.services_table, self.ce_section.table)
        self.stays_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_actions())
        self.exit_button.clicked.connect(self.start_exit)
        self.service_button.clicked.connect(self.start_service)
        self.assessment_button.clicked.connect(self.start_assessment)
        self.reload(audit=True)

    def _table(self, model: ItemsModel, name: str) -> QTableView:
        return list_view(model, name)

    def _service_cells(self, s: Service) -> list[str]:
        if s.record_type == codes.BED_NIGHT:
            what = self.tr("Bed night")
        else:
            what = (
                self.tr("%1, type %2")
                .replace("%1", hud(codes.RECORD_TYPE.label(s.record_type)))
                .replace("%2", str(s.type_provided))
            )
            if s.fa_amount is not None:
                what += f", ${s.fa_amount:,.2f}"
        stay = next((v for v in self.stays.items if v.enrollment.id == s.enrollment_id), None)
        return [_day(s.date_provided), f"{what} ({stay.project_name})" if stay else what]

    # -- showing -------------------------------------------------------------------------
    def reload(self, *, audit: bool = False) -> None:
        """Read the profile again (after a save this user made, without counting another view)."""
        profile = self.profile = self.directory.profile(self.client_id, audit=audit)
        self.heading.setText(
            " ".join(p for p in (profile.client.first_name, profile.client.last_name) if p)
            or self.tr("(no name given)")
        )
        for key, _, answer, how in elements(profile.client):
            self.answers[key].setText(answer or self.tr("(none)"))
            self.answers[key + ":how"].setText(self.tr(how) if how else "")
            bucket = profile.flags.get(key)
            self.badges[key].setText(self.tr(QUALITY_WORDS[bucket]) if bucket else "")
            self.badges[key].setAccessibleName(self.badges[key].text())
        self.consent.setText(consent_words(profile.consent))
        self.consent_box.setStyleSheet(
            ""
            if profile.consent.in_force
            else "QGroupBox { border: 2px solid #b00020; margin-top: 1.4em; }"
            " QGroupBox::title { subcontrol-origin: margin; left: 8px; }"
        )
        self.stays.reset(list(profile.enrollments))
        self.services.reset(list(profile.services))
        self.ce_section.show_profile(profile)
        open_rows = [i for i, v in enumerate(profile.enrollments) if v.is_open]
        if profile.enrollments:
            self.stays_table.selectRow(open_rows[0] if open_rows else 0)
        self._enable_actions()

    def badge(self, key: str) -> str:
        """The data quality words shown next to an element ('' when it is fine)."""
        return self.badges[key].text()

    def selected_stay(self) -> EnrollmentView | None:
        row = self.stays_table.currentIndex().row()
        return self.stays.items[row] if 0 <= row < len(self.stays.items) else None

    def _enable_actions(self) -> None:
        stay = self.selected_stay()
        self.ce_section.follow_stay(stay)
        for button in (self.exit_button, self.service_button, self.assessment_button):
            button.setEnabled(stay is not None and stay.is_open and not stay.other_agency)
        if stay is not None and stay.other_agency:
            self.message.setText(
                self.tr("This enrollment belongs to another agency: only that agency can record its exit or services.")
            )

    def _actionable(self) -> EnrollmentView | None:
        """The selected stay if this agency may add to it; otherwise say why and give none."""
        stay = self.selected_stay()
        if stay is None or not stay.is_open:
            self.message.setText(self.tr("Choose an open enrollment first."))
            return None
        if stay.other_agency:
            self.message.setText(
                self.tr("This enrollment belongs to another agency: only that agency can record its exit or services.")
            )
            return None
        return stay

    # -- actions -------------------------------------------------------------------------
    def start_exit(self) -> None:
        stay = self._actionable()
        if stay is None:
            return
        form = ExitForm(self.directory, stay, today=self.today, parent=self)
        self._open(form, lambda: self.tr("Exits saved: %1.").replace("%1", str(len(form.saved_all))))

    def start_service(self) -> None:
        stay = self._actionable()
        if stay is None:
            return
        saved = self.tr("The service was saved.")
        self._open(ServiceForm(self.directory, stay, today=self.today, parent=self), lambda: saved)

    def start_assessment(self) -> None:
        stay = self._actionable()
        if stay is None:
            return
        form = StageAssessmentForm(self.directory, stay, today=self.today, parent=self)
        self._open(form, lambda: self.tr("The update or annual assessment was saved."))

    def _open(self, dialog: QDialog, done: Callable[[], str]) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.reload()
                self.message.setText(done())

        dialog.finished.connect(finished)
        dialog.open()
