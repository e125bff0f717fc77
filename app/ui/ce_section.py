"""The profile's coordinated entry section: the client's CE history, what is still open, and the
buttons to record an assessment, an event and a referral's result.

Why "open" is said in words: at a case conference the question is "what are we waiting on?"; a
referral with no result is written out above the history and marked "Open" in its row, so it is
read the same on a grey-scale screen, by a screen reader, or printed. Why the buttons say why
they are off: a worker who cannot record here must learn what to choose instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.assessment import Assessment
from app.domain.event import HOUSING_REFERRALS, Event
from app.domain.record import Record
from app.services.clients import ClientDirectory, ClientProfile, EnrollmentView
from app.services.coordinated_entry import AssessmentView, CEHistory, CoordinatedEntry, EventView
from app.ui.assessment_form import AssessmentForm
from app.ui.event_form import EventForm, ReferralResultForm, event_words
from app.ui.forms import show_date
from app.ui.hud_words import hud
from app.ui.table_model import ItemsModel, list_view


def _tr(text: str) -> str:
    return QCoreApplication.translate("CESection", text)


def _label(record_type: type[Record], name: str, value: int | None) -> str:
    codes = record_type.code_list(name)
    return hud(codes.label(value)) if codes is not None and value is not None else ""


def history_cells(item: AssessmentView | EventView) -> list[str]:
    """Date, record, details, status: one row of the CE history, in words."""
    if isinstance(item, AssessmentView):
        a = item.assessment
        details = (
            _tr("%1, %2, at %3")
            .replace("%1", _label(Assessment, "assessment_level", a.assessment_level))
            .replace("%2", _label(Assessment, "assessment_type", a.assessment_type))
            .replace("%3", a.assessment_location)
        )
        details += " · " + _tr("Questions answered: %1").replace("%1", str(len(item.questions)))
        for r in item.results:
            details += f" · {r.assessment_result_type}: {r.assessment_result or ''}"
        return [
            show_date(a.assessment_date),
            _tr("Assessment") + f" ({item.project_name})",
            details,
            _label(Assessment, "prioritization_status", a.prioritization_status),
        ]
    e = item.event
    details = hud(event_words(e))
    if e.location_crisis_or_ph_housing:
        details += " · " + e.location_crisis_or_ph_housing
    if e.is_open_referral:
        status = _tr("OPEN: waiting for a result")
    elif e.referral_result is not None:
        status = (
            _tr("%1 on %2")
            .replace("%1", _label(Event, "referral_result", e.referral_result))
            .replace("%2", show_date(e.result_date) if e.result_date else "?")
        )
    else:
        status = ""
    return [show_date(e.event_date), _tr("Event") + f" ({item.project_name})", details, status]


def open_words(history: CEHistory) -> str:
    """What is still open, written out: each referral with no result, or that there is none."""
    waiting = history.open_referrals
    if not waiting:
        return _tr("Nothing open: every referral has its result.")
    items = "; ".join(
        _tr("%1 on %2").replace("%1", hud(event_words(v.event))).replace("%2", show_date(v.event.event_date))
        for v in waiting
    )
    return _tr("Open referrals waiting for a result: %1. %2").replace("%1", str(len(waiting))).replace("%2", items)


class CESection(QGroupBox):
    """Coordinated entry on the profile; ``open_dialog(dialog, done)`` is the profile's way to open
    a form and reload itself once it is saved."""

    def __init__(
        self,
        directory: ClientDirectory,
        open_dialog: Callable[[QDialog, Callable[[], str]], None],
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Coordinated entry"))
        self.directory, self.open_dialog, self.today = directory, open_dialog, today
        self.ce = CoordinatedEntry(directory.vault, today=directory.today or today)
        self.profile: ClientProfile | None = None
        self.stay: EnrollmentView | None = None
        self.open_label = QLabel()
        self.open_label.setObjectName("ceOpen")
        self.open_label.setWordWrap(True)
        self.open_label.setStyleSheet("font-weight: bold;")
        self.model = ItemsModel(
            [self.tr("Date"), self.tr("Record"), self.tr("Details"), self.tr("Status")], history_cells
        )
        self.table = list_view(self.model, self.tr("Coordinated entry history"))
        table_label = QLabel(self.tr("Coordinated entry histor&y"))
        table_label.setBuddy(self.table)
        self.assessment_button = QPushButton(self.tr("Record &assessment…"))
        self.event_button = QPushButton(self.tr("Record even&t…"))
        self.result_button = QPushButton(self.tr("Record referral &result…"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.assessment_button, self.event_button, self.result_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_label)
        layout.addWidget(table_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        QWidget.setTabOrder(self.table, self.assessment_button)
        QWidget.setTabOrder(self.assessment_button, self.event_button)
        QWidget.setTabOrder(self.event_button, self.result_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.assessment_button.clicked.connect(self.start_assessment)
        self.event_button.clicked.connect(self.start_event)
        self.result_button.clicked.connect(self.start_result)

    # -- showing -------------------------------------------------------------------------
    def show_profile(self, profile: ClientProfile) -> None:
        self.profile = profile
        history = self.ce.history(profile.client.id)
        items: list[AssessmentView | EventView] = sorted(
            [*history.assessments, *history.events],
            reverse=True,
            key=lambda v: v.assessment.assessment_date if isinstance(v, AssessmentView) else v.event.event_date,
        )
        self.model.reset(items)
        self.open_label.setText(open_words(history))
        waiting = [i for i, v in enumerate(items) if isinstance(v, EventView) and v.event.is_open_referral]
        if items:
            self.table.selectRow(waiting[0] if waiting else 0)
        self._enable()

    def follow_stay(self, stay: EnrollmentView | None) -> None:
        """The enrollment chosen on the profile: assessments and events go onto it."""
        self.stay = stay
        self._enable()

    def selected_referral(self) -> EventView | None:
        row = self.table.currentIndex().row()
        item = self.model.items[row] if 0 <= row < len(self.model.items) else None
        return item if isinstance(item, EventView) and item.event.event in HOUSING_REFERRALS else None

    def _stay_reason(self) -> str | None:
        if self.stay is None:
            return self.tr("Choose a coordinated entry enrollment above to record an assessment or an event.")
        reason = self.ce.why_not(self.stay.enrollment.id)
        if reason == "not_coordinated_entry":
            return self.tr(
                "%1 does not take part in coordinated entry: choose a coordinated entry enrollment "
                "to record an assessment or an event."
            ).replace("%1", self.stay.project_name)
        if reason == "other_agency":
            return self.tr(
                "This enrollment belongs to another agency: its coordinated entry history is shown, "
                "and only that agency can add to it."
            )
        if reason == "enrollment_closed":
            return self.tr("This enrollment has ended: assessments and events are recorded on an open enrollment.")
        return None

    def _result_reason(self) -> str | None:
        referral = self.selected_referral()
        if referral is None:
            return self.tr("Choose a referral to a housing opening in the history to record its result.")
        if referral.other_agency or self._stay_of(referral) is None:
            return self.tr("This referral belongs to another agency: only that agency can record its result.")
        return None

    def _stay_of(self, referral: EventView) -> EnrollmentView | None:
        stays = self.profile.enrollments if self.profile else ()
        return next((s for s in stays if s.enrollment.id == referral.event.enrollment_id and not s.other_agency), None)

    def _enable(self) -> None:
        stay_reason, result_reason = self._stay_reason(), self._result_reason()
        self.assessment_button.setEnabled(stay_reason is None)
        self.event_button.setEnabled(stay_reason is None)
        self.result_button.setEnabled(result_reason is None)
        self.why.setText(" ".join(r for r in (stay_reason, result_reason) if r))

    # -- actions -------------------------------------------------------------------------
    def start_assessment(self) -> None:
        if self._stay_reason() is None and self.stay is not None:
            self.open_dialog(
                AssessmentForm(self.directory, self.stay, today=self.today, parent=self),
                lambda: self.tr("The assessment was saved."),
            )

    def start_event(self) -> None:
        if self._stay_reason() is None and self.stay is not None:
            self.open_dialog(
                EventForm(self.directory, self.stay, today=self.today, parent=self),
                lambda: self.tr("The event was saved."),
            )

    def start_result(self) -> None:
        referral = self.selected_referral()
        stay = self._stay_of(referral) if referral is not None and not referral.other_agency else None
        if referral is not None and stay is not None:
            self.open_dialog(
                ReferralResultForm(self.directory, stay, referral.event, today=self.today, parent=self),
                lambda: self.tr("The referral's result was saved."),
            )
