"""Step 4 of an intake: each member's entry elements, chosen by project type, age and head of household.

Why sources hide behind their "from any source" question: most people at a shelter door answer
"No" (or the worker cannot ask yet), and thirty source questions in the tab order would make the
common case slow; they appear the moment the answer is "Yes".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.disability import HIV_AIDS, W4_FIELDS
from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError
from app.domain.funder_elements import HIV
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.services import intake_flow as flow
from app.services import program_elements as program
from app.ui.forms import RecordForm
from app.ui.hud_words import hud
from app.ui.intake.common import first_problem_widget, keep_letters_free, scrolling, spread, tr
from app.ui.intake.disability_answers import DisabilityAnswers


class GatewayBlock(QWidget):
    """A 'from any source' question and its sources, shown only when the answer is 'Yes'."""

    changed = Signal()

    def __init__(self, gateway: Sequence[str], detail: Sequence[str], today: date) -> None:
        super().__init__()
        self.gateway = RecordForm(IncomeBenefits, gateway, today=today)
        self.detail = RecordForm(IncomeBenefits, detail, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gateway)
        layout.addWidget(self.detail)
        QWidget.setTabOrder(list(self._inputs(self.gateway))[-1], self.detail.first_widget())
        self.gateway.changed.connect(self._edited)
        self.detail.changed.connect(self.changed)
        self._edited()

    @staticmethod
    def _inputs(form: RecordForm) -> list[QWidget]:
        return [form.widget_for(name) for name in form.values()]

    def _edited(self) -> None:
        self.detail.setVisible(self.gateway.values()[next(iter(self.gateway.values()))] == 1)
        self.changed.emit()

    def forms(self) -> list[RecordForm]:
        return [self.gateway, self.detail]

    def set_values(self, values: dict[str, Any]) -> None:
        for form in self.forms():
            form.set_values({k: v for k, v in values.items() if k in form.values()})
        self._edited()

    def values(self) -> dict[str, Any]:
        return {**self.gateway.values(), **self.detail.values()}


def _codes_first(form: RecordForm) -> None:
    """Lists keyed by text (VAMC stations) show the code first, so "689" finds its station."""
    for name in form.values():
        box = form.widget_for(name)
        if isinstance(box, QComboBox):
            for i in range(box.count()):
                if isinstance(box.itemData(i), str):
                    box.setItemText(i, f"{box.itemData(i)} {box.itemText(i)}")


class EnrollmentPage(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today, self.project_type = today, 0
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.message)
        self.area: QScrollArea | None = None
        self.index = 0

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def load(self, state: dict[str, Any], index: int, project_type: int) -> None:
        """Build the questions this member is asked and fill in what was answered before."""
        self.index, self.project_type = index, project_type
        member = state["members"][index]
        head = index == 0
        adult = flow.counts_as_adult(member["client"].get("dob"), state["entry_date"])
        self.asked = flow.asked(self.project_type, head=head, adult=adult)
        self.heading.setText(
            tr("Entry answers for member %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(state["members"])))
        )
        if self.area is not None:
            self.layout_.removeWidget(self.area)
            self.area.deleteLater()
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.enrollment = RecordForm(Enrollment, self.asked.enrollment, today=self.today)
        self.enrollment.set_values(member["enrollment"])
        box.addWidget(self._group(tr("Enrollment"), self.enrollment))
        self.blocks: list[GatewayBlock] = []
        parts = (
            [
                (tr("Income"), flow.INCOME_GATEWAY, flow.INCOME_DETAIL),
                (tr("Non-cash benefits"), flow.BENEFITS_GATEWAY, flow.BENEFITS_DETAIL),
            ]
            if self.asked.income
            else []
        )
        parts.append((tr("Health insurance"), flow.INSURANCE_GATEWAY, flow.INSURANCE_DETAIL))
        for title, gateway, detail in parts:
            block = GatewayBlock(gateway, detail, self.today)
            block.set_values(member["income"])
            self.blocks.append(block)
            box.addWidget(self._group(title, block))
        self.disabilities = DisabilityAnswers()
        self.disabilities.set_answers(member["disabilities"])
        box.addWidget(self._group(tr("Disabilities"), self.disabilities))
        self.dv = RecordForm(HealthAndDV, flow.DV_FIELDS, today=self.today) if self.asked.dv else None
        if self.dv is not None:
            self.dv.set_values(member["dv"])
            box.addWidget(self._group(tr("Domestic violence"), self.dv))
        self._add_program(state, member, box)
        box.addStretch(1)
        self.area = scrolling(inner)
        self.layout_.addWidget(self.area, 1)
        keep_letters_free(inner)
        chain: list[RecordForm | GatewayBlock | DisabilityAnswers] = [
            self.enrollment,
            *self.blocks,
            self.disabilities,
            *([self.dv] if self.dv else []),
            *(form for _, _, form in self.program),
        ]
        for form in chain:
            form.changed.connect(self.changed)
        self.disabilities.changed.connect(self._hiv_answered)
        self._hiv_answered()
        self.message.hide()

    def _add_program(self, state: dict[str, Any], member: dict[str, Any], box: QVBoxLayout) -> None:
        """The funders' program elements (only the chosen project's funders), each in its own group;
        fields the page already asks (income, benefits, insurance, DV) are not asked twice."""
        asked_here = {
            "enrollment": self.asked.enrollment,
            "client": flow.CLIENT_FIELDS,
            "income_benefits": (
                *flow.INCOME_GATEWAY,
                *flow.INCOME_DETAIL,
                *flow.BENEFITS_GATEWAY,
                *flow.BENEFITS_DETAIL,
                *flow.INSURANCE_GATEWAY,
                *flow.INSURANCE_DETAIL,
            ),
            "health_and_dv": flow.DV_FIELDS if self.asked.dv else (),
        }
        self.program: list[tuple[Any, QGroupBox, RecordForm]] = []
        elements = flow.program_asked(state, member, assume_hiv=True)
        answers = member.get("program", {})
        self.funders_note = QLabel(
            tr("Asked because this project is funded by %1.").replace(
                "%1", program.who_requires(state.get("funders") or ())
            )
        )
        self.funders_note.setWordWrap(True)
        for element in elements:
            fields = program.shown_fields([element], element.kind, asked_here.get(element.kind, ()))
            if not fields:
                continue
            form = RecordForm(program.RECORD_TYPES[element.kind], fields, today=self.today)
            form.set_values({k: v for k, v in answers.get(element.kind, {}).items() if k in fields})
            _codes_first(form)
            group = self._group(tr("%1 %2").replace("%1", element.code).replace("%2", hud(element.title)), form)
            self.program.append((element, group, form))
        if self.program:
            box.addWidget(self.funders_note)
        for _, group, _ in self.program:
            box.addWidget(group)

    def _hiv_answered(self) -> None:
        """HOPWA's W3 and W4 are asked of a client whose HIV/AIDS answer is 'Yes'."""
        hiv = self.disabilities.answers().get(str(HIV_AIDS), {}).get("response") == 1
        for element, group, form in self.program:
            if element.who == HIV:
                group.setVisible(hiv)
                form.setVisible(hiv)

    def forms(self) -> list[RecordForm]:
        return [
            self.enrollment,
            *(f for b in self.blocks for f in b.forms()),
            *([self.dv] if self.dv else []),
            *(form for _, _, form in self.program),
        ]

    def store(self, state: dict[str, Any]) -> None:
        member = state["members"][self.index]
        member["enrollment"] = self.enrollment.values()
        income: dict[str, Any] = {}
        for block in self.blocks:
            income.update(block.values())
        member["income"] = income
        member["disabilities"] = self.disabilities.answers()
        member["dv"] = self.dv.values() if self.dv is not None else {}
        answers: dict[str, dict[str, Any]] = {}
        for element, _, form in self.program:
            answers.setdefault(element.kind, {}).update(form.values())
        member["program"] = answers

    def problems(self, state: dict[str, Any]) -> list[FieldError]:
        """The rules of the enrollment and each entry assessment, beside their fields."""
        member = state["members"][self.index]
        unreadable = [e for form in self.forms() for e in form.parse_problems()]
        bad = {e.field for e in unreadable}
        errors = unreadable + [
            e for e in flow.enrollment_of(state, member).problems(today=self.today) if e.field not in bad
        ]
        income, *rest = flow.assessments_of(state, member)
        errors += [e for e in income.problems(today=self.today) if e.field not in bad]
        by_type: dict[int, list[FieldError]] = {}
        for record in rest:
            found = [e for e in record.problems(today=self.today) if e.field not in bad]
            if record.KIND == "disability":
                errors += [e for e in found if e.field in W4_FIELDS]  # HOPWA's, beside their own fields
                found = [e for e in found if e.field not in W4_FIELDS]
                if found:
                    by_type[record.disability_type] = found
            else:
                errors += found
        errors += [e for e in flow.program_problems(state, member) if e.field not in bad]
        left = spread(errors, self.forms())
        self.message.setText(" ".join(e.message for e in left))
        self.message.setVisible(bool(left))
        first_disability = self.disabilities.show_problems(by_type)
        target = first_problem_widget(errors, self.forms()) or first_disability
        if target is not None:
            target.setFocus()
        return errors + [e for found in by_type.values() for e in found]

    def focus_first(self) -> None:
        self.enrollment.first_widget().setFocus()
