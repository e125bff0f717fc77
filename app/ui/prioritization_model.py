"""The prioritization list's words and table model: what each row says, sorted in Python.

Why the sort is done here rather than by a Qt proxy model: a proxy asks the model for each cell on
every comparison, which on 10,000 people takes seconds; sorting one column's words, worked out
once, takes milliseconds. Why the words are worked out a column at a time, when first needed:
opening the list should not spell out ninety thousand cells to paint thirty rows. Why the
service's fixed English words are listed: so the catalogue holds them and the screen and the CSV
say them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services import prioritization as service
from app.services.clients import display_name
from app.ui.translations import QT_TRANSLATE_NOOP

CONTEXT = "PrioritizationScreen"
HEADERS = (
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Name"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Date of birth"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "CE project"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Project start date"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Prioritization status"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Last assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Assessment type"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Assessment level"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Open referral"),
)
# The service's fixed English words (its sentences word for word), so the catalogue holds them.
WORDS = (
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Placed on prioritization list"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Not placed on prioritization list"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Not assessed yet"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Phone"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Virtual"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "In Person"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Crisis Needs Assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Housing Needs Assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Yes"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "No"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Personal ID"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Last name"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "First name"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Coordinated entry project"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Unknown code"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "(client not on this laptop)"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "(no name given)"),
    QT_TRANSLATE_NOOP(
        "PrioritizationScreen",
        "Only a Data Coordinator, a case manager doing coordinated entry or a "
        "System Administrator can see the CAN's prioritization list.",
    ),
    QT_TRANSLATE_NOOP(
        "PrioritizationScreen",
        "The list could not be written there, and nothing was saved. Choose a folder you can write to.",
    ),
)
STATUSES = (
    (None, QT_TRANSLATE_NOOP("PrioritizationScreen", "Every status")),
    (1, "Placed on prioritization list"),
    (2, "Not placed on prioritization list"),
    (0, "Not assessed yet"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def memo_tr() -> Callable[[str], str]:
    """``tr`` remembering its answers: one list asks the same dozen words thousands of times."""
    known: dict[str, str] = {}

    def words(text: str) -> str:
        if text not in known:
            known[text] = tr(text)
        return known[text]

    return words


def _name(row: service.Row, words: Callable[[str], str]) -> str:
    if not row.on_laptop:
        return words("(client not on this laptop)")
    if row.first_name or row.last_name:
        return display_name(row.first_name, row.last_name)
    return words("(no name given)")


#: The screen's columns (HEADERS): the name as intake lists show it, then the CSV's words from the
#: date of birth on (service.COLUMNS), so the screen and the file say the same.
COLUMNS = (_name, *service.COLUMNS[3:])
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def screen_cells(row: service.Row, words: Callable[[str], str] = tr) -> tuple[str, ...]:
    """The row's words as shown: translated, never colour alone."""
    return tuple(column(row, words) for column in COLUMNS)


class ListModel(QAbstractTableModel):
    """Everyone on the list, and the positions of those shown, in the order shown.

    A column's words are worked out for everyone the first time the column is sorted or searched
    on, and a cell's words when it is painted: opening the list on 10,000 people works out one
    column (the name, sorted on), not ninety thousand cells.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [tr(h) for h in HEADERS]
        self.everyone: list[service.Row] = []
        self.order: list[int] = []  # positions in everyone of the people shown, in the order shown
        self._words = memo_tr()
        self._columns: dict[int, list[str]] = {}
        self._folded: dict[int, list[str]] = {}

    def load(self, everyone: Sequence[service.Row]) -> None:
        """A new list, none of it shown yet (``show`` picks who is)."""
        self.beginResetModel()
        self.everyone, self.order = list(everyone), []
        self._words, self._columns, self._folded = memo_tr(), {}, {}
        self.endResetModel()

    def show(self, order: Sequence[int]) -> None:
        """Show the people at these positions of ``everyone``, in this order."""
        self.beginResetModel()
        self.order = list(order)
        self.endResetModel()

    @property
    def items(self) -> list[service.Row]:
        """The people shown, in the order shown."""
        return [self.everyone[i] for i in self.order]

    def column(self, column: int) -> list[str]:
        """The column's words for everyone, in ``everyone`` order."""
        if column not in self._columns:
            make, words = COLUMNS[column], self._words
            self._columns[column] = [make(row, words) for row in self.everyone]
        return self._columns[column]

    def folded(self, column: int) -> list[str]:
        """``column`` case-folded, as searching and sorting compare it."""
        if column not in self._folded:
            self._folded[column] = [text.casefold() for text in self.column(column)]
        return self._folded[column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in _SHOWN:
            return None
        at, column = self.order[index.row()], index.column()
        known = self._columns.get(column)
        return known[at] if known is not None else COLUMNS[column](self.everyone[at], self._words)

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        key, name, shown = self.folded(column), self.folded(0), self.order
        ranked = sorted(
            range(len(shown)),
            reverse=order == Qt.SortOrder.DescendingOrder,
            key=lambda i: (key[shown[i]], name[shown[i]]),
        )
        self.order = [shown[i] for i in ranked]
        moved_to = {old: new for new, old in enumerate(ranked)}
        kept = self.persistentIndexList()  # the selected row stays selected, wherever it moves
        self.changePersistentIndexList(kept, [self.index(moved_to[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()
