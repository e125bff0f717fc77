"""Find a client: one box for name, nickname, date of birth or SSN digits, results as you type.

Why a worker and a twin connection: a search over 100,000 clients can take tens of milliseconds
and the worker keeps typing; it runs on a second connection to the vault off the UI thread, one
at a time, and an answer for text that has since changed is dropped (the newest text is searched
next), so the list never shows results for something the worker no longer has in the box.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services.clients import ClientDirectory, ClientRow
from app.storage.vault import Vault
from app.ui.table_model import ItemsModel, list_view
from app.ui.worker import run_in_background

DEBOUNCE_MS = 150
NEW_INTAKE = "Ctrl+N"


def _row_cells(row: ClientRow) -> tuple[str, ...]:
    """The columns that tell two people apart at a desk."""
    return (
        row.name,
        row.dob.strftime("%m/%d/%Y") if row.dob else "",
        f"xxx-xx-{row.ssn_last4}" if row.ssn_last4 else "",
        row.alias or "",
    )


class ClientsScreen(QWidget):
    open_client = Signal(str)  # client id
    new_intake_requested = Signal(str)  # what was typed, to start the intake with

    def __init__(self, vault: Vault, *, agency_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.agency_id = vault, agency_id
        self._twin: Vault | None = None
        self._job: QRunnable | None = None  # the running search; one at a time, since they share the twin
        self._searched = ""  # the text the shown results are for
        self._closing = False
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Name, nickname, date of birth or last 4 of SSN"))
        self.box.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find a client"))
        label.setObjectName("heading")
        label.setBuddy(self.box)
        self.model = ItemsModel(
            [self.tr("Name"), self.tr("Date of birth"), self.tr("SSN (last 4)"), self.tr("Also known as")],
            _row_cells,
            self,
        )
        self.table = list_view(self.model, self.tr("Clients found"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New intake (%1)").replace("%1", NEW_INTAKE))
        self.shortcut = QShortcut(QKeySequence(NEW_INTAKE), self)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.box, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._into_results)
        self.box.installEventFilter(self)
        self.timer.timeout.connect(self.search_now)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self._new_intake)
        self.shortcut.activated.connect(self._new_intake)
        self._say_hint()

    # -- typing and searching ------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._searched = ""
            self.model.reset([])
            self._say_hint()
            return
        self.timer.start()

    def search_now(self) -> None:
        """Search for what is in the box now (the debounce timer calls this)."""
        self.timer.stop()
        text = self.box.text().strip()
        if not text or self._job is not None:
            return  # a running search starts the newest text when it comes back
        vault, agency, twin = self.vault, self.agency_id, self._twin

        def work() -> tuple[Vault, str, list[ClientRow]]:
            mine = twin or vault.twin()
            try:
                return mine, text, ClientDirectory(mine, agency_id=agency).search(text)
            except BaseException:
                mine.close()
                raise

        self._job = run_in_background(work, self._found, self._failed)

    def _found(self, answer: object) -> None:
        self._job = None
        twin, text, rows = cast("tuple[Vault, str, list[ClientRow]]", answer)  # what work() in search_now returns
        self._twin = twin
        if self._closing:
            self.release()
            return
        if text != self.box.text().strip():
            self.search_now()  # stale: the box has moved on
            return
        self._searched = text
        self.model.reset(rows)
        if rows:
            self.table.selectRow(0)
            self.status.setText(self.tr("Clients found: %n. Press Enter or Down to go to the list.", "", len(rows)))
        else:
            self.status.setText(
                self.tr(
                    "No client found. Check the spelling, try a date of birth, or press %1 for a new intake."
                ).replace("%1", NEW_INTAKE)
            )

    def _failed(self, error: Exception) -> None:
        self._job, self._twin = None, None  # the worker closed its connection
        self.status.setText(self.tr("The search could not run. Try again; nothing was changed."))

    def _say_hint(self) -> None:
        self.status.setText(
            self.tr("Type a name, nickname, date of birth (MM/DD/YYYY) or the last 4 digits of the SSN.")
        )

    @property
    def searching(self) -> bool:
        return self._job is not None or self.timer.isActive()

    # -- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._into_results()
            return True
        return super().eventFilter(watched, event)

    def _into_results(self) -> None:
        if self.timer.isActive():
            self.search_now()
        if self.model.items:
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client.emit(self.model.items[index.row()].client_id)

    def _new_intake(self) -> None:
        self.new_intake_requested.emit(self.box.text().strip())

    # -- lifetime ------------------------------------------------------------------------
    def release(self) -> None:
        """Close the search connection (the window calls this when it locks or closes); a search
        still running closes it when it comes back."""
        self._closing = self._job is not None
        if self._twin is not None and self._job is None:
            self._twin.close()
            self._twin = None

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.release()
        super().closeEvent(event)
