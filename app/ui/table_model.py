"""One table model for every list in the window: items, and a function giving each row's text.

Why one: search results, review items, duplicate candidates, users, devices and audit entries are
all "a list of things shown as columns of words"; each screen says only what its columns are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class ItemsModel(QAbstractTableModel):
    """Rows of ``items``; ``cells(item)`` gives the text of each column (computed once per reset)."""

    def __init__(
        self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers, self.cells = list(headers), cells
        self.items: list[Any] = []
        self._rows: list[Sequence[str]] = []

    def reset(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items, self._rows = list(items), [self.cells(item) for item in items]
        self.endResetModel()

    def row_text(self, row: int) -> Sequence[str]:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in _SHOWN:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def list_view(model: QAbstractTableModel | None = None, name: str = "") -> QTableView:
    """A read-only table of whole rows: one row at a time is picked, and Tab leaves the table for
    the buttons after it (arrow keys move within it)."""
    view = QTableView()
    if model is not None:
        view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view
