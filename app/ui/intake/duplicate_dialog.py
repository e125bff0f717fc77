"""The duplicate check before a new client is made: known people who may be the one typed.

Why a choice and not a warning: a second record for the same person splits their history (and
every HUD count of chronic homelessness), so the worker either takes the known client or says in
so many words that this is a new person.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.intake_flow import Candidate
from app.ui.forms import show_date
from app.ui.intake.common import tr
from app.ui.table_model import ItemsModel, list_view


def _candidate_cells(c: Candidate) -> tuple[str, ...]:
    return (
        c.name or tr("(no name)"),
        show_date(c.dob) if c.dob else tr("(unknown)"),
        c.ssn_last4 or tr("(unknown)"),
        f"{c.score:.0%}",
    )


class DuplicateDialog(QDialog):
    """``chosen`` is the picked client's id after ``accept``, or None for "This is a new person"."""

    def __init__(self, candidates: Sequence[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Possible duplicate"))
        self.chosen: str | None = None
        intro = QLabel(
            tr(
                "These clients already known on this laptop may be the person you typed. "
                "Pick one to use their record, or say this is a new person."
            )
        )
        intro.setWordWrap(True)
        self.model = ItemsModel([tr("Name"), tr("Date of birth"), tr("SSN (last 4)"), tr("Match")], _candidate_cells)
        self.model.reset(candidates)
        self.table = list_view(self.model, tr("Possible matches"))
        self.table.selectRow(0)
        self.table.activated.connect(lambda *_: self.use_selected())
        self.use = QPushButton(tr("&Use this client"))
        self.new = QPushButton(tr("This is a &new person"))
        self.use.setDefault(True)
        self.use.clicked.connect(self.use_selected)
        self.new.clicked.connect(self.new_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use)
        buttons.addWidget(self.new)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.setFocus()

    def use_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.items):
            self.chosen = self.model.items[row].client_id
            self.accept()

    def new_person(self) -> None:
        self.chosen = None
        self.accept()
