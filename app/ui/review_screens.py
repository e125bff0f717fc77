"""Screens for a Data Coordinator: settle field conflicts and possible duplicate clients.

Why decisions go through app.sync.review: a decision is stored on the laptop at once (and a
conflict's chosen value written to the record) and sent at the next sync, so these screens work
offline. Each list is a model over the vault's review items, refreshed after every decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.registry import RECORD_TYPES
from app.storage.errors import RecordNotFound, VaultError
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import review
from app.sync.errors import SyncError
from app.ui.hud_words import hud
from app.ui.table_model import ItemsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewScreens", text)


def _words(value: object) -> str:
    return _tr("(blank)") if value is None or value == "" else str(value)


class _ReviewScreen(QWidget):
    """A table of open items of one type, a detail area for the selected one, and a message line."""

    changed = Signal()  # a decision was stored
    TYPE = ""

    def __init__(self, vault: Vault, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.records = Records(vault)
        self.model = ItemsModel(headers, self.cells)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.detail = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)

    def cells(self, item: dict) -> Sequence[str]:
        raise NotImplementedError

    def show_item(self, item: dict | None) -> None:
        raise NotImplementedError

    def selected(self) -> dict | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def show_selected(self) -> None:
        item = self.selected()
        self.detail.setEnabled(item is not None)
        self.show_item(item)

    def refresh(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.reset(review.items(self.vault, self.TYPE))
        if self.model.items:
            self.table.selectRow(min(row, len(self.model.items) - 1))
        self.show_selected()

    def apply(self, decide: Callable[[dict], None], done: str) -> None:
        """Run a decision on the selected item; say what happened, in words."""
        item = self.selected()
        if item is None:
            self.message.setText(self.tr("Choose an item in the list first."))
            return
        try:
            decide(item)
        except (VaultError, SyncError, ValueError) as error:
            words = " ".join(e.message for e in error.errors) if isinstance(error, ValidationError) else str(error)
            self.message.setText(self.tr("That could not be saved: %1").replace("%1", words))
            return
        self.message.setText(done)
        self.refresh()
        self.changed.emit()


class ConflictScreen(_ReviewScreen):
    TYPE = "conflict"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(
            vault, [_tr("Record"), _tr("Field"), _tr("Value sent in conflict"), _tr("Current value")], parent
        )
        self.heading.setText(self.tr("Conflicts: the same field was changed in two places"))
        self.ours, self.theirs = QLabel(), QLabel()
        for label in (self.ours, self.theirs):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_server = QPushButton(self.tr("&Keep the current value"))
        self.use_device = QPushButton(self.tr("&Use the value sent in conflict"))
        self.edited = QLineEdit()
        self.edited.setAccessibleName(self.tr("Another value"))
        self.use_edited = QPushButton(self.tr("Use &this value"))
        grid = QGridLayout(self.detail)
        grid.addWidget(QLabel(self.tr("Value sent in conflict")), 0, 0)
        grid.addWidget(QLabel(self.tr("Current value")), 0, 1)
        grid.addWidget(self.ours, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addWidget(self.use_device, 2, 0)
        grid.addWidget(self.keep_server, 2, 1)
        edit = QHBoxLayout()
        edit.addWidget(self.edited, 1)
        edit.addWidget(self.use_edited)
        grid.addLayout(edit, 3, 0, 1, 2)
        self.use_device.clicked.connect(lambda: self.choose(lambda item: item["client"]))
        self.keep_server.clicked.connect(lambda: self.choose(lambda item: item["server"]))
        self.use_edited.clicked.connect(lambda: self.choose(self._edited_value))
        self.edited.returnPressed.connect(self.use_edited.click)
        self.refresh()

    @staticmethod
    def _label(item: dict) -> tuple[str, str]:
        kind = RECORD_TYPES.get(item.get("kind", ""))
        if kind is None:
            return item.get("kind", ""), item.get("field", "")
        try:
            return _tr(kind.__name__), hud(kind.field_label(item["field"]))
        except KeyError:
            return _tr(kind.__name__), item.get("field", "")

    def cells(self, item: dict) -> Sequence[str]:
        return (*self._label(item), _words(item.get("client")), _words(item.get("server")))

    def show_item(self, item: dict | None) -> None:
        self.ours.setText(_words(item.get("client")) if item else "")
        self.theirs.setText(_words(item.get("server")) if item else "")
        self.edited.setText("" if item is None or item.get("client") is None else str(item["client"]))

    def _edited_value(self, item: dict) -> object:
        text = self.edited.text().strip()
        if not text:
            return None
        if any(
            isinstance(item.get(side), int) and not isinstance(item.get(side), bool) for side in ("client", "server")
        ):
            try:
                return int(text)
            except ValueError:
                raise ValueError(self.tr("enter a whole number.")) from None
        return text

    def choose(self, value_of: Callable[[dict], object]) -> None:
        self.apply(
            lambda item: review.resolve_conflict(self.records, item["id"], value_of(item)),
            self.tr("Saved on this device; it will be sent at the next sync."),
        )


class DuplicateScreen(_ReviewScreen):
    TYPE = "duplicate"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(
            vault,
            [_tr("First client"), _tr("Date of birth"), _tr("Second client"), _tr("Date of birth"), _tr("Match")],
            parent,
        )
        self.heading.setText(self.tr("Possible duplicate clients"))
        self.keep_first = QPushButton(self.tr("Merge, keeping the &first"))
        self.keep_second = QPushButton(self.tr("Merge, keeping the &second"))
        self.dismiss = QPushButton(self.tr("&Not the same person"))
        row = QHBoxLayout(self.detail)
        for button in (self.keep_first, self.keep_second, self.dismiss):
            row.addWidget(button)
        self.keep_first.clicked.connect(lambda: self.settle(lambda item: item["client_id"]))
        self.keep_second.clicked.connect(lambda: self.settle(lambda item: item["other_id"]))
        self.dismiss.clicked.connect(lambda: self.settle(lambda item: None))
        self.refresh()

    def _person(self, client_id: str | None) -> tuple[str, str]:
        try:
            client = self.records.get("client", client_id or "")
        except RecordNotFound:
            return self.tr("not on this device"), ""
        name = " ".join(p for p in (client.first_name, client.last_name) if p) or self.tr("(no name)")
        return name, _words(client.dob)

    def cells(self, item: dict) -> Sequence[str]:
        score = item.get("score")
        return (
            *self._person(item.get("client_id")),
            *self._person(item.get("other_id")),
            f"{score:.0%}" if isinstance(score, (int, float)) and 0 <= score <= 1 else _words(score),
        )

    def show_item(self, item: dict | None) -> None:
        pass

    def settle(self, keep_of: Callable[[dict], str | None]) -> None:
        self.apply(
            lambda item: review.settle_duplicate(self.vault, item["id"], keep=keep_of(item)),
            self.tr("Saved on this device; it will be sent at the next sync."),
        )
