"""Step 3 of an intake: who is in the household so far; add, edit or remove members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from app.domain import codes
from app.ui.forms import show_date
from app.ui.hud_words import hud
from app.ui.intake.common import tr


def member_line(index: int, member: dict[str, Any]) -> str:
    """How one member is listed on screen (never in logs or titles)."""
    values = member["client"]
    name = " ".join(str(values[f]) for f in ("first_name", "last_name") if values.get(f)) or tr("(no name)")
    relation = (
        hud(codes.RELATIONSHIP_TO_HOH.label(member["relationship"]))
        if member["relationship"]
        else tr("relationship not chosen")
    )
    born = tr(", born %1").replace("%1", show_date(values["dob"])) if values.get("dob") else ""
    return f"{index + 1}. {name}{born} ({relation})"


class MembersModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def reset(self, lines: list[str]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.lines[index.row()]
        return None


class HouseholdPage(QWidget):
    """Signals ask the wizard to go to a member's page; the wizard owns the state."""

    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(tr("Household members"))
        heading.setObjectName("heading")
        hint = QLabel(
            tr("Add everyone who is entering the project together. Press Next when the household is complete.")
        )
        hint.setWordWrap(True)
        self.model = MembersModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(tr("Household members"))
        self.list.activated.connect(lambda index: self.edit_requested.emit(index.row()))
        self.add = QPushButton(tr("Add a &member"))
        self.edit = QPushButton(tr("&Edit member"))
        self.remove = QPushButton(tr("&Remove member"))
        self.add.clicked.connect(self.add_requested)
        self.edit.clicked.connect(lambda: self.edit_requested.emit(max(self.list.currentIndex().row(), 0)))
        self.remove.clicked.connect(self._remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _remove(self) -> None:
        row = self.list.currentIndex().row()
        if row <= 0:
            self.message.setText(tr("Choose a member other than the head of household to remove."))
            return
        self.remove_requested.emit(row)

    def load(self, state: dict[str, Any]) -> None:
        self.model.reset([member_line(i, m) for i, m in enumerate(state["members"])])
        self.list.setCurrentIndex(self.model.index(len(state["members"]) - 1, 0))
        self.message.setText("")

    def focus_first(self) -> None:
        self.add.setFocus()
