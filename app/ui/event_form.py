"""Record a coordinated entry event (a referral, a diversion, a scheduled assessment), and later
the result of a referral to a housing opening.

Why the follow-up questions step out of the way: HUD asks each of them only for particular
events (the diversion result for a diversion, the location and result for a housing referral);
an answer typed for another event says something that did not happen, so the form disables and
empties what the chosen event does not ask. The referral result is a second, small dialog on the
same record: it arrives days later, often from another worker, and is an edit of that event.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.domain import event as ce_event
from app.domain.event import Event
from app.services.clients import ClientDirectory, EnrollmentView
from app.services.coordinated_entry import CoordinatedEntry
from app.ui.forms import RecordForm, show_date
from app.ui.record_dialog import RecordDialog

FIELDS = (
    "event_date",
    "event",
    "prob_sol_div_rr_result",
    "referral_case_manage_after",
    "location_crisis_or_ph_housing",
    "referral_result",
    "result_date",
)
RESULT_FIELDS = ("referral_result", "result_date")

#: Which events ask each follow-up question (HUD 4.20 dependencies).
ASKED_WHEN = {
    "prob_sol_div_rr_result": frozenset({ce_event.DIVERSION}),
    "referral_case_manage_after": frozenset({ce_event.POST_PLACEMENT_CASE_MANAGEMENT}),
    "location_crisis_or_ph_housing": ce_event.HOUSING_REFERRALS,
    "referral_result": ce_event.HOUSING_REFERRALS,
}


def event_words(event: Event) -> str:
    """The event in HUD's words (English; translated by the caller's context)."""
    return Event.code_list("event").label(event.event)  # type: ignore[union-attr]


def _follow_result(form: RecordForm) -> None:
    """The date of result is asked once there is a result."""
    has_result = form.values()["referral_result"] is not None
    if not has_result:
        form.set_values({"result_date": None})
    form.widget_for("result_date").setEnabled(has_result)


class EventForm(RecordDialog):
    """Modal form for one open CE enrollment; accepted once the event is saved."""

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
        self.setWindowTitle(self.tr("Coordinated entry event"))
        self.heading.setText(self.tr("Event for %1").replace("%1", stay.project_name))
        self.save_button.setText(self.tr("&Save event"))
        self.refused_text = self.tr("Nothing was saved: fix the answers marked above.")
        self.form.set_values({"event_date": self.today})
        self.form.changed.connect(self._follow_event)
        self._follow_event()
        self.form.first_widget().setFocus()

    def make_form(self) -> RecordForm:
        return RecordForm(Event, FIELDS, today=self.today)

    def _follow_event(self) -> None:
        """Only the questions the chosen event asks stay enabled; the others are emptied."""
        chosen = self.form.values()["event"]
        for name, events in ASKED_WHEN.items():
            asked = chosen in events
            if not asked:
                self.form.set_values({name: None})
            self.form.widget_for(name).setEnabled(asked)
        _follow_result(self.form)

    def asked(self) -> list[str]:
        """The fields the form asks now (enabled)."""
        return [name for name in FIELDS if self.form.widget_for(name).isEnabled()]

    def submit(self) -> None:
        record, errors = self.form.check(**self.fixed)
        if record is None:
            self.refuse(errors)
            return
        self.store(record, lambda: self.ce.record_event(record))  # type: ignore[arg-type]


class ReferralResultForm(RecordDialog):
    """The result of one referral to a housing opening, and its date: an edit of that event."""

    # The referral being edited. The name hides QWidget.event (the event handler) on the instance;
    # renaming it would change what Qt finds there, so that is left for a change of its own.
    event: Event  # type: ignore[assignment]

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        event: Event,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(directory, stay, today=today, parent=parent)
        self.event = event
        self.ce = CoordinatedEntry(directory.vault, today=directory.today or today)
        self.version = self.ce.version(event.id)
        self.setWindowTitle(self.tr("Referral result"))
        self.heading.setText(
            self.tr("Result of the referral of %1: %2")
            .replace("%1", show_date(event.event_date))
            .replace("%2", self.tr(event_words(event)))
        )
        self.save_button.setText(self.tr("&Save result"))
        self.refused_text = self.tr("The result was not saved: fix the answers marked above.")
        self.form.set_values({"referral_result": event.referral_result, "result_date": event.result_date or self.today})
        self.form.first_widget().setFocus()

    def make_form(self) -> RecordForm:
        return RecordForm(Event, RESULT_FIELDS, today=self.today)

    def submit(self) -> None:
        problems = self.form.parse_problems()
        if problems:
            self.refuse(problems)
            return
        values = self.form.values()
        if values["referral_result"] is None:
            self.refuse([], self.tr("Choose the referral's result first."))
            return
        saved: list[Event] = []
        self.store(
            self.event,
            lambda: saved.append(
                self.ce.record_referral_result(
                    self.event.id, values["referral_result"], values["result_date"], expected_version=self.version
                )
            ),
        )
        if saved:  # a stale record or a refusal is said under the form by ``store``
            self.saved = saved[0]
