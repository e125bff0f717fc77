"""4.05-4.10 at entry: one answer per disability type, and the long-term question where HUD asks it.

Why not a RecordForm: a Disability record holds one type, and its answer list depends on the type
(substance use has its own), so the six records are shown as six rows of one small grid.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from app.domain import codes
from app.domain.disability import ASKS_INDEFINITE, Disability
from app.domain.errors import FieldError
from app.ui.hud_words import hud
from app.ui.intake.common import tr


class DisabilityAnswers(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Disabilities")), 0, 0)
        grid.addWidget(QLabel(tr("Answer")), 0, 1)
        grid.addWidget(QLabel(tr("Long-term and impairs independent living")), 0, 2)
        self.responses: dict[int, QComboBox] = {}
        self.indefinite: dict[int, QComboBox] = {}
        self.problem_labels: dict[int, QLabel] = {}
        order: list[QWidget] = []
        for row, (kind, words) in enumerate(codes.DISABILITY_TYPE.choices(), start=1):
            label = QLabel(hud(words))
            response = QComboBox()
            for code, text in Disability.response_list(kind).choices():
                response.addItem(hud(text), code)
            response.setAccessibleName(hud(words))
            label.setBuddy(response)
            grid.addWidget(label, row * 2 - 1, 0)
            grid.addWidget(response, row * 2 - 1, 1)
            order.append(response)
            if kind in ASKS_INDEFINITE:
                follow = QComboBox()
                follow.addItem("", None)
                for code, text in codes.NO_YES_REASONS.choices():
                    follow.addItem(hud(text), code)
                follow.setAccessibleName(tr("%1: long-term and impairs independent living").replace("%1", hud(words)))
                grid.addWidget(follow, row * 2 - 1, 2)
                self.indefinite[kind] = follow
                order.append(follow)
                follow.currentIndexChanged.connect(self._edited)
            problem = QLabel()
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            grid.addWidget(problem, row * 2, 0, 1, 3)
            self.responses[kind], self.problem_labels[kind] = response, problem
            response.currentIndexChanged.connect(self._edited)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.set_answers({})

    def _edited(self, *_: object) -> None:
        for kind, follow in self.indefinite.items():
            answer = self.responses[kind].currentData()
            follow.setEnabled(answer in (1, 2, 3) if kind == codes.SUBSTANCE_USE else answer == 1)
        self.changed.emit()

    def first_widget(self) -> QWidget:
        return next(iter(self.responses.values()))

    def set_answers(self, answers: dict[str, Any]) -> None:
        for kind, box in self.responses.items():
            answer = answers.get(str(kind), {})
            box.setCurrentIndex(max(box.findData(answer.get("response", codes.NOT_COLLECTED)), 0))
            if kind in self.indefinite:
                follow = self.indefinite[kind]
                follow.setCurrentIndex(max(follow.findData(answer.get("indefinite")), 0))
        self._edited()

    def answers(self) -> dict[str, Any]:
        """Per type (as text, for the draft): the answer and, where asked, the long-term answer."""
        out = {}
        for kind, box in self.responses.items():
            follow = self.indefinite.get(kind)
            out[str(kind)] = {
                "response": box.currentData(),
                "indefinite": follow.currentData() if follow is not None and follow.isEnabled() else None,
            }
        return out

    def show_problems(self, problems: dict[int, list[FieldError]]) -> QWidget | None:
        """Show each type's problems under its row; the input of the first one is returned."""
        first = None
        for kind, label in self.problem_labels.items():
            text = " ".join(e.message for e in problems.get(kind, []))
            label.setText(text)
            label.setVisible(bool(text))
            if text and first is None:
                first = self.responses[kind]
        return first
