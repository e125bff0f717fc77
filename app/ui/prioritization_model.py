"""The prioritization list's words and table model: what each row says, sorted in Python.

Why the sort is done here rather than by a Qt proxy model: a proxy asks the model for each cell on
every comparison, which on 10,000 people takes seconds; sorting the rows' precomputed words once
takes milliseconds. Why the service's fixed English words are listed: so the catalogue holds them
and the screen and the CSV say them in the reader's language.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services import prioritization as service
from app.services.clients import display_name
from app.ui.table_model import ItemsModel

CONTEXT = "PrioritizationScreen"
HEADERS = (
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Name"), QT_TRANSLATE_NOOP("PrioritizationScreen", "Date of birth"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "CE project"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Project start date"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Prioritization status"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Last assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Assessment type"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Assessment level"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Open referral"))
# The service's fixed English words (its sentences word for word), so the catalogue holds them.
WORDS = (
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Placed on prioritization list"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Not placed on prioritization list"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Not assessed yet"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Phone"), QT_TRANSLATE_NOOP("PrioritizationScreen", "Virtual"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "In Person"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Crisis Needs Assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Housing Needs Assessment"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Yes"), QT_TRANSLATE_NOOP("PrioritizationScreen", "No"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Personal ID"), QT_TRANSLATE_NOOP("PrioritizationScreen", "Last name"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "First name"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Coordinated entry project"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Unknown code"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "(client not on this laptop)"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "(no name given)"),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "Only a Data Coordinator, a case manager doing coordinated entry or a "
                      "System Administrator can see the CAN's prioritization list."),
    QT_TRANSLATE_NOOP("PrioritizationScreen", "The list could not be written there, and nothing was saved. Choose a "
                      "folder you can write to."))
STATUSES = ((None, QT_TRANSLATE_NOOP("PrioritizationScreen", "Every status")), (1, "Placed on prioritization list"),
            (2, "Not placed on prioritization list"), (0, "Not assessed yet"))


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


def screen_cells(row: service.Row, words: Callable[[str], str] = tr) -> tuple[str, ...]:
    """The row's words as shown: translated, never colour alone."""
    _pid, _last, _first, dob, where, start, status, assessed, kind, level, referral = service.cells(row, words)
    if not row.on_laptop:
        name = words("(client not on this laptop)")
    elif row.first_name or row.last_name:
        name = display_name(row.first_name, row.last_name)
    else:
        name = words("(no name given)")
    return (name, dob, where, start, status, assessed, kind, level, referral)


class ListModel(ItemsModel):
    """Rows with their words worked out once; sorted by those words in Python (see the module)."""

    def __init__(self, parent=None) -> None:
        super().__init__([tr(h) for h in HEADERS], lambda item: item[1], parent)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102 (Qt's)
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        rows = self._rows
        ranked = sorted(range(len(rows)), reverse=order == Qt.SortOrder.DescendingOrder,
                        key=lambda i: (rows[i][column].casefold(), rows[i][0].casefold()))
        self.items, self._rows = [self.items[i] for i in ranked], [rows[i] for i in ranked]
        moved_to = {old: new for new, old in enumerate(ranked)}
        kept = self.persistentIndexList()  # the selected row stays selected, wherever it moves
        self.changePersistentIndexList(kept, [self.index(moved_to[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()
