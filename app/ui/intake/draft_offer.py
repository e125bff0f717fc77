"""The offer, on opening an intake, to continue one this user left unfinished.

Why offered and not restored silently: two intakes may have been left (a lock at 22:41, a crash
later); the worker says which family is in front of them, or throws an old draft away.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.drafts import Draft, Drafts
from app.ui.intake.common import tr


def when(draft: Draft) -> str:
    """The local time a draft was started: the hour today, the date too on another day."""
    started = draft.started_at.astimezone()
    if started.date() == datetime.now().astimezone().date():
        return started.strftime("%H:%M")
    return started.strftime("%m/%d/%Y %H:%M")


class DraftOffer(QWidget):
    """Emits ``chosen(draft_id)`` for Continue; hides itself when no drafts are left."""

    chosen = Signal(str)

    def __init__(self, drafts: Drafts, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts, self.kind = drafts, kind
        self.offered: list[Draft] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume = QPushButton(tr("&Continue that intake"))
        self.drop = QPushButton(tr("Discard that &draft"))
        self.resume.clicked.connect(self._resume)
        self.drop.clicked.connect(self._drop)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.resume)
        row.addWidget(self.drop)

    def offer(self, *, besides: str) -> None:
        """Offer the newest draft of this kind other than ``besides`` (the one being typed)."""
        self.offered = [d for d in self.drafts.list(self.kind) if d.id != besides]
        if not self.offered:
            self.hide()
            return
        draft = self.offered[0]
        self.text.setText(
            tr("Continue the intake started at %1? (%2)").replace("%1", when(draft)).replace("%2", draft.summary)
        )
        self.show()
        self.resume.setFocus()

    def _resume(self) -> None:
        if self.offered:
            self.hide()
            self.chosen.emit(self.offered[0].id)

    def _drop(self) -> None:
        if self.offered:
            self.drafts.discard(self.kind, self.offered[0].id)
            self.offer(besides=self.offered[0].id)
