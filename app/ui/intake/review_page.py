"""Step 5 of an intake: every member with any rule still broken, in words, before the one save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.errors import FieldError
from app.services import intake_flow as flow
from app.ui.intake.common import tr
from app.ui.intake.household_page import member_line
from app.ui.table_model import ItemsModel


class ReviewPage(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        heading = QLabel(tr("Review and save"))
        heading.setObjectName("heading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ItemsModel([tr("Member"), tr("What still needs attention")], lambda row: row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(tr("Household members and problems"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def load(self, state: dict[str, Any], project_name: str) -> list[FieldError]:
        """List every member and what they still need; returns all problems (empty: ready to save)."""
        rows, every = [], []
        for i, member in enumerate(state["members"]):
            found = flow.member_problems(state, member, today=self.today)
            every += found
            rows.append((member_line(i, member), " ".join(dict.fromkeys(e.message for e in found)) or tr("Ready")))
        household = flow.household_level_problems(state, today=self.today)
        every += household
        self.model.reset(rows)
        heads = sum(1 for m in state["members"] if m["relationship"] == codes.HEAD_OF_HOUSEHOLD)
        self.summary.setText(
            tr("%1 people entering %2 on %3. Press Ctrl+S to save the whole household.")
            .replace("%1", str(len(state["members"])))
            .replace("%2", project_name)
            .replace("%3", state["entry_date"].strftime("%m/%d/%Y") if state["entry_date"] else "")
            if heads == 1
            else tr("The household needs one head of household.")
        )
        self.show_messages([e.message for e in household])
        return every

    def show_messages(self, messages: list[str]) -> None:
        text = " ".join(dict.fromkeys(messages))
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def focus_first(self) -> None:
        self.table.setFocus()
