"""Record a project exit: the date and where the person went, checked as it is typed; for a head of
household, the rest of the household leaves with them in the same save.

Why the checks run on every edit: the worker learns that an exit date is before the project start
while the client is still at the desk, not after pressing Save. Empty required answers are only
called out once Save has been tried, so the form does not scold a worker halfway through typing.

Why the household is offered, ticked: HUD expects every member to exit when the household leaves,
and a worker who had to find each child's profile would miss some. One date and one destination
serve them all (the form says so); whoever stays is unticked, and a member whose exit cannot be
saved stops the whole save, named, so the household is never left half exited.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from app.domain import codes
from app.domain.enrollment_rules import exit_problems
from app.domain.errors import FieldError, ValidationError
from app.domain.exit import Exit
from app.domain.funder_elements import EXIT
from app.services import program_elements as program
from app.services import stage_elements
from app.services.clients import ClientDirectory, EnrollmentView, ExitRefused, HouseholdMember
from app.ui.forms import RecordForm, show_date
from app.ui.hud_words import hud
from app.ui.intake.common import element_group, scrolling, spread
from app.ui.record_dialog import RecordDialog

FIELDS = ("exit_date", "destination", "destination_subsidy_type", "other_destination")
_CHECK = Qt.ItemDataRole.CheckStateRole


class MembersModel(QAbstractListModel):
    """The household members who may leave with the head, each with a tick (all ticked at first)."""

    def __init__(self, members: list[HouseholdMember], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members = members
        self.ticked = [True] * len(members)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        member = self.members[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{member.name} ({hud(member.relationship)})"
        if role == _CHECK:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(  # noqa: N802 (Qt's name)
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != _CHECK:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [_CHECK])
        return True

    def chosen(self) -> list[HouseholdMember]:
        return [m for m, ticked in zip(self.members, self.ticked) if ticked]


class ExitForm(RecordDialog):
    """Modal form for one open enrollment (and, for a head, the household); accepted once saved."""

    def __init__(
        self,
        directory: ClientDirectory,
        stay: EnrollmentView,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(directory, stay, today=today, parent=parent)
        self.tried = False
        self.saved_all: list[Exit] = []
        self.setWindowTitle(self.tr("Project exit"))
        self.heading.setText(
            self.tr("Exit from %1 (entered %2)")
            .replace("%1", stay.project_name)
            .replace("%2", show_date(stay.enrollment.entry_date))
        )
        self.save_button.setText(self.tr("&Save exit"))
        self.refused_text = self.tr("The exit was not saved: fix the answers marked above.")
        self.form.set_values({"exit_date": self.today, "destination": None})
        self.members = MembersModel(directory.household_to_exit(stay), self)
        self.members_view: QListView | None = None
        if self.members.members:
            self._add_household()
        self.elements, self.funders = stage_elements.elements_at(directory, stay.enrollment, EXIT, self.today)
        self.program: list[tuple[str, RecordForm]] = []
        if self.elements:
            self._add_program()
        self.form.changed.connect(self.check)
        self.check()
        self.form.first_widget().setFocus()

    def make_form(self) -> RecordForm:
        return RecordForm(Exit, FIELDS, today=self.today)

    def _add_household(self) -> None:
        box = QGroupBox(self.tr("Household"))
        label = QLabel(
            self.tr(
                "&Household members leaving too. Each one ticked exits with the same date and "
                "destination as above; untick anyone who stays (Space ticks and unticks)."
            )
        )
        label.setWordWrap(True)
        view = self.members_view = QListView()
        view.setModel(self.members)
        view.setAccessibleName(self.tr("Household members leaving too"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setCurrentIndex(self.members.index(0))
        view.setMaximumHeight(view.sizeHintForRow(0) * (len(self.members.members) + 1) + 2 * view.frameWidth())
        label.setBuddy(view)
        inside = QVBoxLayout(box)
        inside.addWidget(label)
        inside.addWidget(view)
        self.body.addWidget(box)
        last_field = self.form.widget_for(FIELDS[-1])
        QWidget.setTabOrder(last_field, view)  # after the answers they share, before Save

    def _add_program(self) -> None:
        """The exit elements the project's funders require of this client, each in its own group."""
        inner = QWidget()
        box = QVBoxLayout(inner)
        note = QLabel(
            self.tr("Asked at exit because this project is funded by %1.").replace(
                "%1", program.who_requires(self.funders)
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        for element in self.elements:
            form, _group = element_group(element, program.RECORD_TYPES[element.kind], box, today=self.today)
            form.changed.connect(self.check)
            self.program.append((element.kind, form))
        self.body.addWidget(scrolling(inner), 1)
        # The whole chain, not just its first link: answers put into the dialog after its buttons
        # would otherwise be reached only after Save and Cancel.
        order = [self.members_view or self.form.widget_for(FIELDS[-1])]
        order += [form.widget_for(name) for _, form in self.program for name in form.values()]
        order += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _answers(self) -> dict[str, dict]:
        answers: dict[str, dict] = {}
        for kind, form in self.program:
            answers.setdefault(kind, {}).update(form.values())
        return answers

    def _others(self, answers: dict[str, dict]) -> list:
        day = self.form.values()["exit_date"] or self.today
        return stage_elements.records_of(self.stay.enrollment, self.elements, answers, EXIT, day)

    def problems(self) -> tuple[Exit | None, list[FieldError]]:
        """The exit as typed and everything wrong with it (the exit's rules, the stay's dates and
        what the funders require at exit)."""
        answers = self._answers()
        unreadable = [e for _, form in self.program for e in form.parse_problems()]
        record, errors = self.form.check(**self.fixed, **program.kept(self.elements, "exit", answers.get("exit", {})))
        values = self.form.values()
        if values["exit_date"] is not None:
            links = self.fixed
            candidate = Exit(  # dates only
                enrollment_id=links["enrollment_id"],
                personal_id=links["personal_id"],
                **{**values, "destination": codes.NOT_COLLECTED},
            )
            errors += exit_problems(candidate, self.stay.enrollment)
        if self.elements:
            bad = {e.field for e in unreadable}
            errors = (
                unreadable
                + [e for e in errors if e.field not in bad]
                + [
                    e
                    for e in stage_elements.stage_problems(
                        self.elements, answers, self._others(answers), self.funders, today=self.today
                    )
                    if e.field not in bad
                ]
            )
        assert record is None or isinstance(record, Exit)  # the form is an Exit's
        return (record if not errors else None), errors

    def check(self) -> list[FieldError]:
        """Show the problems as the worker types; an empty answer counts once Save was tried."""
        values = self.form.values()
        destination = values["destination"]
        for name, applies in (
            ("destination_subsidy_type", destination == codes.RENTAL_WITH_SUBSIDY),
            ("other_destination", destination == codes.OTHER_DESTINATION),
        ):
            self.form.widget_for(name).setEnabled(applies)  # a disabled field is skipped by Tab
            if not applies:
                self.form.set_values({name: None})
        values = self.form.values()
        _, errors = self.problems()
        blank = {name for name, value in values.items() if value is None}
        shown = [
            e
            for e in errors
            if self.tried or not (e.code == "funder_required" or (e.code == "required" and e.field in blank))
        ]
        if not self.program:
            self.form.show_problems(shown)
            return errors
        left = spread(shown, [form for _, form in self.program])
        self.form.show_problems(left)
        return errors

    def submit(self) -> None:
        self.tried = True
        if self.check():
            self.message.setText(self.refused_text)
            return
        record, _ = self.problems()
        assert record is not None
        values = self.form.values()
        exits = [record] + [
            Exit(enrollment_id=m.enrollment.id, personal_id=m.enrollment.personal_id, **values)
            for m in self.members.chosen()
        ]
        also = self._others(self._answers()) if self.elements else []
        self.saved_all = exits  # before the store: a saved dialog closes, and its owner reads this then
        self.store(record, lambda: stage_elements.record_exit_with(self.directory, exits, also))
        if self.saved is None:
            self.saved_all = []

    def refused(self, error: ValidationError) -> None:
        """The head's problems go next to the fields; a member's are said with the member's name."""
        if not isinstance(error, ExitRefused):
            return super().refused(error)
        names = {m.enrollment.id: f"{m.name} ({hud(m.relationship)})" for m in self.members.members}
        own = error.problems.get(self.stay.enrollment.id, ())
        notes = [
            self.tr("%1: %2").replace("%1", names[enrollment_id]).replace("%2", " ".join(e.message for e in errs))
            for enrollment_id, errs in error.problems.items()
            if enrollment_id in names
        ]
        if not notes:
            return self.refuse(own)
        lead = self.tr("No exit was saved, for anyone in the household.")
        self.form.show_problems(own)
        self.message.setText(" ".join([lead, *notes] + ([self.refused_text] if own else [])))
