"""Record an update (data collection stage 2) or an annual assessment (stage 5) for an open stay:
the stage, the information date and the elements the project's funders ask then.

Why the window is on screen: HUD counts an annual assessment only when it is dated within 30
days of an anniversary of the head of household's project start, so the form shows that window
and says, as the date is typed, when it falls outside it (an update is the way to record it).
Why one group per element, shown for the chosen stage: HOPWA's T-cells are an annual element
only, and the answers already typed stay put when the worker switches between the two stages.
The pieces are the exit form's: RecordForm per element, the scrolling box and ``spread``.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import FieldError, ValidationError
from app.domain.funder_elements import ANNUAL, UPDATE, Element
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.services import program_elements as program
from app.services import stage_elements
from app.services.clients import ClientDirectory, EnrollmentView
from app.ui.forms import RecordForm, show_date
from app.ui.intake.common import (
    element_group,
    first_problem_widget,
    keep_letters_free,
    reset_type_ahead,
    scrolling,
    spread,
)
from app.ui.record_dialog import RecordDialog

STAGES = (UPDATE, ANNUAL)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StageAssessmentForm", text)


def said(error: FieldError) -> str:
    """The date rules in the worker's language (the service says them in English)."""
    words = {
        "not_in_list": _tr("Choose whether this is an update or an annual assessment."),
        "stay_ended": _tr("This stay has ended: an update or annual assessment can only be recorded during a stay."),
        "required": _tr("Information date is required."),
        "before_entry": _tr("Information date cannot be before the project start date."),
        "future": _tr("Information date cannot be in the future."),
        "annual_window": _tr(
            "An annual assessment must be dated no more than 30 days before or after an anniversary "
            "of the head of household's project start date (HUD). Record an update for any other "
            "date."
        ),
        "annual_recorded": _tr(
            "An annual assessment is already recorded for this anniversary: HUD counts only one a "
            "year. Record an update instead."
        ),
        "other_agency": _tr(
            "This enrollment belongs to another agency: only that agency can record its updates and assessments."
        ),
        "nothing_asked": _tr(
            "This project's funders ask no program elements of this client at this stage: there is nothing to record."
        ),
    }
    return words.get(error.code, error.message) if error.field in ("information_date", "") else error.message


class StageAssessmentForm(RecordDialog):
    """Modal form for one open enrollment; accepted once the stage's records are saved."""

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(directory, stay, today=today, parent=parent)
        self.tried = False
        self.saved_records: list[Record] = []
        self.facts = stage_elements.stay_facts(directory, stay.enrollment.id)
        self.setWindowTitle(self.tr("Update or annual assessment"))
        self.heading.setText(
            self.tr("Update or annual assessment for %1 (entered %2)")
            .replace("%1", stay.project_name)
            .replace("%2", show_date(stay.enrollment.entry_date))
        )
        self.save_button.setText(self.tr("&Save assessment"))
        self.refused_text = self.tr("Nothing was saved: fix the answers marked above.")
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Update"), UPDATE)
        self.stage.addItem(self.tr("Annual assessment"), ANNUAL)
        self.stage.setAccessibleName(self.tr("Data collection stage"))
        self._add_stage()
        self.window_note = QLabel()
        self.window_note.setWordWrap(True)
        self.body.addWidget(self.window_note)
        self.asked: dict[int, tuple[Element, ...]] = {}
        self.funders: list[int] = []
        for stage in STAGES:
            self.asked[stage], self.funders = stage_elements.elements_at(directory, stay.enrollment, stage, self.today)
        self.program: list[tuple[Element, RecordForm, QGroupBox]] = []
        self._add_program()
        self.form.set_values({"information_date": self.today})
        self.stage.setCurrentIndex(STAGES.index(self._likely_stage()))
        self.stage.currentIndexChanged.connect(self._follow_stage)
        self.form.changed.connect(self.check)
        self._follow_stage()
        self._chain_tabs()
        self.stage.setFocus()

    def make_form(self) -> RecordForm:
        return RecordForm(IncomeBenefits, ("information_date",), today=self.today)

    # -- building ------------------------------------------------------------------------
    def _add_stage(self) -> None:
        row = QWidget()
        layout = QFormLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Data collection stage"))
        label.setBuddy(self.stage)
        layout.addRow(label, self.stage)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.form), row)

    def _add_program(self) -> None:
        """Every element either stage asks of this client, each in its own group (shown for its stages)."""
        elements = list(dict.fromkeys(e for stage in STAGES for e in self.asked[stage]))
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.program_note = QLabel()
        self.program_note.setWordWrap(True)
        box.addWidget(self.program_note)
        for element in elements:
            form, group = element_group(element, program.RECORD_TYPES[element.kind], box, today=self.today)
            form.changed.connect(self.check)
            self.program.append((element, form, group))
        box.addStretch(1)
        keep_letters_free(inner, self._own_letters())
        area = scrolling(inner)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the groups wrap to its width
        self.body.addWidget(area, 1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.setStretchFactor(self.body, 1)  # the answers take the height, not the frame's closing stretch
        for i in range(outer.count()):
            item = outer.itemAt(i)
            assert item is not None  # i < count()
            if item.spacerItem() is not None:
                outer.setStretch(i, 0)

    def _own_letters(self) -> str:
        """The Alt+letters of Save, the stage and the date, in the language shown: kept off the answers."""
        texts = [self.save_button.text()] + [label.text() for label in self.findChildren(QLabel)]
        return "".join(t[t.index("&") + 1].lower() for t in texts if "&" in t[:-1])

    def _chain_tabs(self) -> None:
        """Stage, date, the answers in the order shown, then Save and Cancel."""
        order: list[QWidget] = [self.stage, self.form.widget_for("information_date")]
        for _, form, _ in self.program:
            order += [form.widget_for(name) for name in form.values()]
        order += list(self.buttons.buttons())
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _likely_stage(self) -> int:
        """Annual when today is in HUD's window and none is recorded yet; else an update."""
        problems = stage_elements.date_problems(self.facts, ANNUAL, self.today, today=self.today)
        return UPDATE if problems else ANNUAL

    # -- following the worker ------------------------------------------------------------
    def current_stage(self) -> int:
        return int(self.stage.currentData())

    def elements(self) -> tuple[Element, ...]:
        return self.asked[self.current_stage()]

    def _follow_stage(self) -> None:
        asked = set(self.elements())
        for element, _, group in self.program:
            group.setVisible(element in asked)  # a hidden group is skipped by Tab and not saved
        who = program.who_requires(self.funders)
        if asked:
            self.program_note.setText(
                self.tr("Asked at this stage because this project is funded by %1.").replace("%1", who)
            )
        else:
            self.program_note.setText(
                self.tr(
                    "This project's funders ask no program elements of this client at "
                    "this stage: there is nothing to record."
                )
            )
        self.check()

    def _show_window(self, day: date | None) -> None:
        span = self.facts.window(day or self.today)
        start = self.facts.head_start or self.stay.enrollment.entry_date
        if span is None or start is None:
            self.window_note.setText("")
            return
        self.window_note.setText(
            self.tr(
                "HUD's annual assessment window nearest this date: %1 to %2 (30 days "
                "either side of the anniversary of the head of household's project start, "
                "%3). Any other date is an update."
            )
            .replace("%1", show_date(span[0]))
            .replace("%2", show_date(span[1]))
            .replace("%3", show_date(start))
        )

    def answers(self) -> dict[str, dict]:
        """Record kind -> field -> value, from the groups asked at the chosen stage only."""
        asked = set(self.elements())
        out: dict[str, dict] = {}
        for element, form, _ in self.program:
            if element in asked:
                out.setdefault(element.kind, {}).update(form.values())
        return out

    def problems(self) -> list[FieldError]:
        """Everything wrong as typed: the date's HUD rules, unreadable text, the records' own rules
        and what the funders require at this stage."""
        date_unreadable = self.form.parse_problems()
        unreadable = date_unreadable + [
            e for element, form, _ in self.program if element in self.elements() for e in form.parse_problems()
        ]
        day = self.form.values()["information_date"]
        errors = (
            []
            if date_unreadable
            else stage_elements.date_problems(self.facts, self.current_stage(), day, today=self.today)
        )
        if not self.elements():
            errors.append(FieldError("", "nothing_asked", said(FieldError("", "nothing_asked", ""))))
            return unreadable + errors
        answers = self.answers()
        records = stage_elements.records_of(
            self.stay.enrollment, self.elements(), answers, self.current_stage(), day or self.today
        )
        bad = {e.field for e in unreadable}
        return unreadable + [
            e
            for e in errors
            + stage_elements.stage_problems(self.elements(), answers, records, self.funders, today=self.today)
            if e.field not in bad
        ]

    def check(self) -> list[FieldError]:
        """Show the problems as the worker types; an empty answer counts once Save was tried."""
        self._show_window(self.form.values()["information_date"])
        errors = self.problems()
        shown = [e for e in errors if self.tried or e.code not in ("funder_required", "required", "nothing_asked")]
        self._show(shown)
        return errors

    def _show(self, errors: list[FieldError]) -> None:
        worded = [FieldError(e.field, e.code, said(e)) for e in errors]
        left = spread(worded, [form for _, form, _ in self.program])
        self.form.show_problems(left)

    # -- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        self.tried = True
        errors = self.check()
        if errors:
            self._refused_here(errors)
            return
        stage, day, answers = self.current_stage(), self.form.values()["information_date"], self.answers()
        self.saved_records = []
        self.store(
            None,
            lambda: self.saved_records.extend(
                stage_elements.record_assessment(self.directory, self.stay.enrollment.id, stage, day, answers)
            ),
        )
        self.saved = self.saved_records[0] if self.saved_records else None

    def refused(self, error: ValidationError) -> None:
        """What the service refused (the stay may have changed since the form opened)."""
        self._show(list(error.errors))
        self._refused_here(list(error.errors))

    def _refused_here(self, errors: list[FieldError]) -> None:
        """Say so, start every list's type-ahead afresh (Enter ended that typing) and go to the
        first answer marked."""
        self.message.setText(self.refused_text)
        reset_type_ahead(self)
        widget = first_problem_widget(
            errors, [self.form] + [form for _, form, group in self.program if not group.isHidden()]
        )
        if widget is not None:
            widget.setFocus()
