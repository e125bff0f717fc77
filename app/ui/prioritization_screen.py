"""A CAN's prioritization list on screen: who is in coordinated entry, sorted and filtered, and
written to a CSV file the coordinator chooses, for the case conference.

Why the filter runs over the model's case-folded words of the three searched columns (worked out
once, on the first search: prioritization_model) rather than a proxy model: typing stays instant
on 10,000 people. Why the list is made on a worker: it reads every enrollment, assessment and
event on the laptop, and the window keeps painting meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRunnable, Qt, QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import prioritization as service
from app.storage import closing
from app.storage.vault import Vault
from app.ui.prioritization_model import HEADERS, STATUSES, ListModel, tr
from app.ui.table_model import list_view
from app.ui.worker import run_in_background


class PrioritizationScreen(QWidget):
    # The search box. Its name hides QWidget.find (a static lookup by window id, unused here);
    # tests and bench/prioritization.py use it, so it keeps the name.
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, vault: Vault, role: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.role = vault, role
        self.listing: service.PrioritizationList | None = None
        self.job: QRunnable | None = None  # the list being made off the UI thread
        self.closed = False  # closed since the last refresh: a list still being made is not shown
        self.dialog: QFileDialog | None = None
        self.heading = QLabel(self.tr("Prioritization list"))
        self.heading.setObjectName("heading")
        self.can = QComboBox()
        self.can.setAccessibleName(self.tr("CAN"))
        self.can.activated.connect(lambda *_: self.refresh())
        self.can_label = QLabel(self.tr("C&AN:"))
        self.can_label.setBuddy(self.can)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("name, date of birth or project"))
        self.find.textChanged.connect(lambda *_: self._show())
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Prioritization status"))
        for code, words in STATUSES:
            self.status_filter.addItem(tr(words), code)
        self.status_filter.currentIndexChanged.connect(lambda *_: self._show())
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        self.referral_only = QCheckBox(self.tr("Only with an open &referral"))
        self.referral_only.toggled.connect(lambda *_: self._show())
        self.sort_by = QComboBox()
        self.sort_by.setAccessibleName(self.tr("Sort by"))
        for header in HEADERS:
            self.sort_by.addItem(tr(header))
        sort_label = QLabel(self.tr("Sort &by:"))
        sort_label.setBuddy(self.sort_by)
        self.descending = QCheckBox(self.tr("&Descending"))
        self.model = ListModel(self)
        self.table = list_view(self.model, self.tr("People on the prioritization list"))
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted_by_header)
        self.sort_by.currentIndexChanged.connect(lambda *_: self._sort())
        self.descending.toggled.connect(lambda *_: self._sort())
        self.reload = QPushButton(self.tr("&Update the list"))
        self.reload.clicked.connect(self.refresh)
        self.export = QPushButton(self.tr("&Export to CSV…"))
        self.export.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        filters = QHBoxLayout()
        for widget, stretch in (
            (self.can_label, 0),
            (self.can, 0),
            (find_label, 0),
            (self.find, 2),
            (status_label, 0),
            (self.status_filter, 1),
            (self.referral_only, 0),
        ):
            filters.addWidget(widget, stretch)
        sorting = QHBoxLayout()
        for widget in (sort_label, self.sort_by, self.descending):
            sorting.addWidget(widget)
        sorting.addStretch(1)
        sorting.addWidget(self.reload)
        sorting.addWidget(self.export)
        layout = QVBoxLayout(self)
        for part in (self.heading, filters, sorting, self.summary):
            layout.addWidget(part) if isinstance(part, QWidget) else layout.addLayout(part)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._show_cans()
        self.setFocusProxy(self.find)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def refresh(self) -> None:
        """Draw the list again from what the laptop holds now, on a worker with its own connection."""
        if self.busy:
            return
        vault, role, can = self.vault, self.role, self.can.currentData()

        def work() -> service.PrioritizationList:
            twin = vault.twin()
            try:
                listing = service.compute(twin, role, can)
            except BaseException:
                twin.close()
                raise
            # Closing wipes the pages it read (some 15 ms on 10,000 people): done on the pool once
            # the list is handed over, not while the person waits for it (see storage.closing).
            QThreadPool.globalInstance().start(lambda: closing.close_quietly(twin))
            return listing

        self.closed = False
        self.reload.setEnabled(False)
        self.status.setText(self.tr("Reading the coordinated entry records on this laptop…"))
        self.job = run_in_background(work, self._done, self._failed)

    def _done(self, listing: object) -> None:
        self.job = None
        self.reload.setEnabled(True)
        if not self.closed:
            self.show_list(listing)  # type: ignore[arg-type]

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A closed list lets go of everyone's details at once, rather than whenever Qt deletes it."""
        self.closed = True
        self.listing = None
        self.model.load([])
        super().closeEvent(event)

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.reload.setEnabled(True)
        self.status.setText(
            tr(str(error))
            if isinstance(error, (service.NotAllowed, service.ExportFailed))
            else self.tr("The list could not be made. Try again; if it keeps happening, tell your HMIS Admin.")
        )

    def show_list(self, listing: service.PrioritizationList) -> None:
        self.listing = listing
        self.model.load(listing.rows)
        self._show_cans()
        if listing.can is None:
            self.heading.setText(self.tr("Prioritization list"))
            self.status.setText(
                self.tr(
                    "This laptop does not know its CAN yet. Sign in once with a connection so "
                    "it learns the CAN's coordinated entry projects."
                )
            )
        else:
            self.heading.setText(self.tr("Prioritization list of the %1 CAN").replace("%1", listing.can))
            self.status.setText(
                self.tr("Made from the records on this laptop. What others recorded since the last sync is not in it.")
            )
        self._show()

    def _show_cans(self) -> None:
        cans = self.listing.cans if self.listing else ()
        self.can.clear()
        for name in cans:
            self.can.addItem(name, name)
        if self.listing and self.listing.can:
            self.can.setCurrentIndex(max(0, self.can.findData(self.listing.can)))
        for widget in (self.can, self.can_label):
            widget.setVisible(len(cans) > 1)

    def shown(self) -> list[service.Row]:
        """The people shown, in the order shown: what an export writes."""
        return self.model.items

    def _show(self) -> None:
        words = self.find.text().strip().casefold()
        code = self.status_filter.currentData()
        only_referred = self.referral_only.isChecked()
        everyone = self.model.everyone
        names, births, places = (self.model.folded(column) for column in range(3)) if words else ((), (), ())
        picked = [
            at
            for at, row in enumerate(everyone)
            if (code is None or (row.status or 0) == code)
            and (not only_referred or row.open_referral)
            and (not words or words in names[at] or words in births[at] or words in places[at])
        ]
        self.model.show(picked)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.summary.setText(
            self.tr("Showing %1 of %2 people.").replace("%1", str(len(picked))).replace("%2", str(len(everyone)))
        )
        self.export.setEnabled(bool(picked))

    def _sort(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.descending.isChecked() else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(self.sort_by.currentIndex(), order)

    def _sorted_by_header(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_by.blockSignals(True)
        self.sort_by.setCurrentIndex(column)
        self.sort_by.blockSignals(False)
        self.descending.blockSignals(True)
        self.descending.setChecked(order == Qt.SortOrder.DescendingOrder)
        self.descending.blockSignals(False)

    def choose_file(self) -> None:
        """Ask where to write the list (Qt's own dialog, so it works the same by keyboard everywhere)."""
        self.dialog = QFileDialog(
            self, self.tr("Export the prioritization list"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.dialog.setDefaultSuffix("csv")
        self.dialog.fileSelected.connect(self.export_to)
        self.dialog.open()

    def export_to(self, path: str) -> None:
        try:
            written = service.write_csv(Path(path), self.shown(), self.role, tr)
        except (service.NotAllowed, service.ExportFailed) as error:
            self.status.setText(tr(str(error)))
            return
        self.status.setText(
            self.tr("%1 people written to %2.").replace("%1", str(written)).replace("%2", Path(path).name)
        )
