"""The guided household intake: project, head of household, members, entry answers, review, one save.

Why pages in a stack and not QWizard: members are added and edited in a loop and the entry page
repeats per member, which QWizard's fixed page graph fits badly; a stack with our own Next/Back
keeps one keyboard path (Alt+N, Alt+B, Ctrl+S) whatever the household looks like.
Why drafts: a family arrives at 11 pm and the laptop may lock, close or crash halfway; every page
change, every pause in typing and every close or lock keeps what was typed, encrypted in the vault.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.domain.client import Client
from app.domain.errors import ValidationError
from app.domain.ids import new_id
from app.services import intake_flow as flow
from app.services.drafts import DraftError, Drafts
from app.storage.errors import RecordNotFound, VaultError
from app.storage.vault import Vault
from app.sync import projects
from app.ui.intake.draft_offer import DraftOffer
from app.ui.intake.duplicate_dialog import DuplicateDialog
from app.ui.intake.enrollment_page import EnrollmentPage
from app.ui.intake.household_page import HouseholdPage
from app.ui.intake.person_page import PersonPage, identity_key
from app.ui.intake.project_page import ProjectPage
from app.ui.intake.review_page import ReviewPage

KIND = "intake"


class IntakeWizard(QWidget):
    """Emits ``saved(client_ids)`` (head first) after the one save, ``cancelled()`` when discarded."""

    saved = Signal(list)
    cancelled = Signal()
    AUTOSAVE_MS = 3000  # a pause in typing this long keeps a draft

    def __init__(
        self, vault: Vault, *, today: date | None = None, search_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.today = vault, today or date.today()
        self.drafts = Drafts(vault)
        self.projects = projects.enrollable(vault)
        self.state = flow.new_state()
        self.state["members"][0]["client"] = flow.prefill(search_text)
        self.draft_id = new_id()
        self._dirty = False
        self._finished = False
        self._dialog: DuplicateDialog | None = None

        self.banner = DraftOffer(self.drafts, KIND)
        self.banner.chosen.connect(self.resume_draft)

        self.project_page = ProjectPage(self.projects, self.today)
        self.person_page = PersonPage(self.today)
        self.household_page = HouseholdPage()
        self.enrollment_page = EnrollmentPage(self.today)
        self.review_page = ReviewPage(self.today)
        self.pages: dict[str, ProjectPage | PersonPage | HouseholdPage | EnrollmentPage | ReviewPage] = {
            "project": self.project_page,
            "person": self.person_page,
            "household": self.household_page,
            "enrollment": self.enrollment_page,
            "review": self.review_page,
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            if hasattr(page, "changed"):
                page.changed.connect(self._typed)
        self.household_page.add_requested.connect(self.add_member)
        self.household_page.edit_requested.connect(lambda i: self._go("person", i))
        self.household_page.remove_requested.connect(self.remove_member)

        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("&Next >"))
        self.save_button = QPushButton(self.tr("&Save intake (Ctrl+S)"))
        self.discard = QPushButton(self.tr("Discard this intake"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.save)
        self.discard.clicked.connect(self.cancel)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.shortcut.activated.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_draft)
        self._show("project", 0)
        self.banner.offer(besides=self.draft_id)

    # -- where we are ------------------------------------------------------------------------
    @property
    def step(self) -> tuple[str, int]:
        return self.state["page"], self.state["current"]

    def _project(self) -> projects.Project | None:
        return next((p for p in self.projects if p.id == self.state["project_id"]), None)

    def _show(self, name: str, index: int) -> None:
        self.state["page"], self.state["current"] = name, index
        page = self.pages[name]
        if name == "project":
            self.project_page.load(self.state)
        elif name == "person":
            self.person_page.load(self.state, index)
        elif name == "household":
            self.household_page.load(self.state)
        elif name == "enrollment":
            project = self._project()
            self.state.update(
                funders=list(project.funders) if project else [],  # as the device knows them now
                project_type=project.project_type if project else None,
            )
            self.enrollment_page.load(self.state, index, project.project_type if project else 0)
        else:
            project = self._project()
            problems = self.review_page.load(self.state, project.name if project else "")
            self.status.setText(
                self.tr("No HUD rule is broken; press Ctrl+S to save the whole household.")
                if not problems
                else self.tr("Some answers break a HUD rule; go back to fix them.")
            )
        self.stack.setCurrentWidget(page)
        self.back.setEnabled(name != "project")
        self.next.setVisible(name != "review")
        self.save_button.setVisible(name == "review")
        if name != "review":
            self.status.setText("")
        page.focus_first()

    def _go(self, name: str, index: int, *, keep_page: bool = True) -> None:
        """Leave the current page (its answers kept) for another, and keep a draft."""
        if keep_page:
            self._store()
        self._show(name, index)
        self._dirty = True
        self.save_draft()

    def _form_page(self, name: str) -> ProjectPage | PersonPage | EnrollmentPage | None:
        """The page of ``name`` when it is one with answers to store and check (not household or review)."""
        with_answers: dict[str, ProjectPage | PersonPage | EnrollmentPage] = {
            "project": self.project_page,
            "person": self.person_page,
            "enrollment": self.enrollment_page,
        }
        return with_answers.get(name)

    def _store(self) -> None:
        name, _ = self.step
        page = self._form_page(name)
        if page is not None:
            page.store(self.state)

    def _refuse(self, count: int) -> None:
        self.status.setText(self.tr("Problems on this page: %n. Each is shown beside its field.", "", count))

    # -- moving --------------------------------------------------------------------------------
    def go_next(self) -> None:
        """Next, refused while the page breaks a rule (the focus goes to the first problem)."""
        if self._dialog is not None:
            return
        self._store()
        name, index = self.step
        page = self._form_page(name)
        if page is not None:
            errors = page.problems(self.state)
            if errors:
                self._refuse(len(errors))
                return
        if name == "project":
            self._go("person", 0)
        elif name == "person":
            if self.person_page.needs_duplicate_check(self.state) and self._check_duplicates(index):
                return
            self._go("household", 0)
        elif name == "household":
            self._go("enrollment", 0)
        elif name == "enrollment":
            last = len(self.state["members"]) - 1
            self._go("enrollment", index + 1) if index < last else self._go("review", 0)

    def go_back(self) -> None:
        name, index = self.step
        target = {
            "project": ("project", 0),
            "person": ("project", 0) if index == 0 else ("household", 0),
            "household": ("person", 0),
            "review": ("enrollment", len(self.state["members"]) - 1),
            "enrollment": ("household", 0) if index == 0 else ("enrollment", index - 1),
        }[name]
        self._go(*target)

    def add_member(self) -> None:
        self.state["members"].append(flow.new_member(head=False))
        self._go("person", len(self.state["members"]) - 1)

    def remove_member(self, index: int) -> None:
        if 0 < index < len(self.state["members"]):
            del self.state["members"][index]
            self._go("household", 0, keep_page=False)

    # -- the duplicate check -------------------------------------------------------------------
    def _check_duplicates(self, index: int) -> bool:
        """Open the duplicate check when known clients may be this person; True when it opened."""
        member = self.state["members"][index]
        others = [m["client_id"] for i, m in enumerate(self.state["members"]) if i != index]
        found = flow.possible_duplicates(self.vault, flow.client_of(member), exclude=others)
        if not found:
            member["checked"] = identity_key(member["client"])
            return False
        self._dialog = DuplicateDialog(found, self)
        self._dialog.finished.connect(lambda result: self._duplicate_answered(index, result))
        self._dialog.open()
        return True

    def _duplicate_answered(self, index: int, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None or not result:
            self.person_page.focus_first()
            return
        member = self.state["members"][index]
        if dialog.chosen is None:
            member["checked"] = identity_key(member["client"])
            self._go("household", 0)
            return
        try:
            known = flow.existing_client(self.vault, dialog.chosen)
        except RecordNotFound:
            self.status.setText(self.tr("That client is no longer on this laptop; search again."))
            return
        member.update(
            client_id=known.id, existing=True, client={f: getattr(known, f) for f in Client.field_names() if f != "id"}
        )
        self._go("person", index, keep_page=False)  # show the known record, not what was typed
        self.status.setText(self.tr("Using the known client's record. Check their answers, then press Next."))

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        """The one save: the whole household in one transaction, or nothing and the rules in words."""
        if self.step[0] != "review":
            self.status.setText(self.tr("Go on to the review page to save the intake."))
            return
        try:
            ids = flow.save_intake(self.vault, self.state, today=self.today)
        except ValidationError as error:
            project = self._project()
            self.review_page.load(self.state, project.name if project else "")
            self.review_page.show_messages([e.message for e in error.errors])
            self.status.setText(self.tr("Nothing was saved: fix the problems listed, then save again."))
            return
        except VaultError as error:
            self.status.setText(str(error))
            return
        self._finished = True
        self.timer.stop()
        self.drafts.discard(KIND, self.draft_id)
        self.status.setText(self.tr("Saved. The household is on this laptop and will be sent at the next sync."))
        self.saved.emit(ids)

    def cancel(self) -> None:
        """Throw this intake away on purpose (closing the window keeps it as a draft instead)."""
        self._finished = True
        self.timer.stop()
        self.drafts.discard(KIND, self.draft_id)
        self.cancelled.emit()

    # -- drafts ------------------------------------------------------------------------------------
    def _typed(self) -> None:
        self._dirty = True
        self.timer.start()

    def _summary(self) -> str:
        return self.tr("Household of %n", "", len(self.state["members"]))

    def save_draft(self) -> bool:
        """Keep what was typed so far in the vault (the main window calls this on lock and close)."""
        self.timer.stop()
        if self._finished or not self._dirty or self.vault.conn is None:
            return False
        self._store()
        try:
            self.drafts.save(KIND, self.draft_id, self.state, summary=self._summary())
        except (DraftError, VaultError) as error:
            self.status.setText(str(error))
            return False
        self._dirty = False
        return True

    def resume_draft(self, draft_id: str) -> None:
        """Bring an unfinished intake back as it was left, under its own draft id."""
        state = self.drafts.load(KIND, draft_id)
        if state is None:
            self.banner.offer(besides=self.draft_id)
            return
        self.state, self.draft_id = copy.deepcopy(state), draft_id
        self._show(self.state["page"], self.state["current"])
        self.status.setText(self.tr("The intake was brought back as it was left."))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_draft()
        super().closeEvent(event)
