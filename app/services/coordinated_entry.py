"""Coordinated entry on a client's CE enrollment: assessments with the CAN's questions and results,
events (referrals, diversion), a referral's result, and the client's CE history with what is open.

Why a service of its own: an assessment is several records (the assessment, each question and
answer, each result) that only mean something together, so they are checked all first and saved
in one vault transaction or not at all; and only a coordinated entry project's enrollment of this
agency takes them (another agency's is shown, never changed), refused in words otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.domain.assessment import Assessment, AssessmentQuestion, AssessmentResult
from app.domain.enrollment import Enrollment
from app.domain.errors import FieldError, ValidationError, raise_if_any
from app.domain.event import Event
from app.storage.errors import RecordNotFound
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import projects

COORDINATED_ENTRY_TYPE = 14  # HUD project type 14: Coordinated Entry


class AssessmentRefused(ValidationError):
    """An assessment not saved; the problems of each question and result row, by row index, so a
    form can mark the row (field names are ``questions.<row>.<field>``, ``results.<row>.<field>``)."""

    def __init__(
        self,
        errors: Iterable[FieldError],
        questions: Mapping[int, Sequence[FieldError]],
        results: Mapping[int, Sequence[FieldError]],
    ) -> None:
        self.questions = {i: tuple(e) for i, e in questions.items() if e}
        self.results = {i: tuple(e) for i, e in results.items() if e}
        super().__init__(errors)


@dataclass(frozen=True)
class AssessmentView:
    assessment: Assessment
    questions: tuple[AssessmentQuestion, ...]  # in the CAN's order
    results: tuple[AssessmentResult, ...]
    project_name: str
    other_agency: bool = False


@dataclass(frozen=True)
class EventView:
    event: Event
    project_name: str
    other_agency: bool = False  # another agency's event: its result is recorded by that agency


@dataclass(frozen=True)
class CEHistory:
    assessments: tuple[AssessmentView, ...]  # newest first
    events: tuple[EventView, ...]  # newest first

    @property
    def open_referrals(self) -> tuple[EventView, ...]:
        return tuple(v for v in self.events if v.event.is_open_referral)


def _rows(prefix: str, row: int, errors: Iterable[FieldError], what: str) -> list[FieldError]:
    return [FieldError(f"{prefix}.{row}.{e.field}", e.code, f"{what} {row + 1}: {e.message}") for e in errors]


class CoordinatedEntry:
    """Records and reads coordinated entry for one vault, on behalf of its signed-in user."""

    def __init__(self, vault: Vault, *, today: date | None = None) -> None:
        self.vault, self.today = vault, today
        self.records = Records(vault, today=today)

    # -- which enrollments take CE -------------------------------------------------------------
    def _projects(self) -> dict[str, projects.Project]:
        return {p.id: p for p in projects.known(self.vault)}

    def is_ce_project(self, project_id: str) -> bool:
        project = self._projects().get(project_id)
        return project is not None and (project.coordinated_entry or project.project_type == COORDINATED_ENTRY_TYPE)

    def why_not(self, enrollment_id: str) -> str | None:
        """None when this agency may record CE on the enrollment now; else why not, as a code:
        'not_coordinated_entry', 'other_agency' or 'enrollment_closed'."""
        error = self._enrollment_problem(enrollment_id)
        return error.code if error else None

    def _enrollment_problem(self, enrollment_id: str) -> FieldError | None:
        enrollment = self.records.get("enrollment", enrollment_id)
        assert isinstance(enrollment, Enrollment)
        project = self._projects().get(enrollment.project_id)
        if not self.is_ce_project(enrollment.project_id):
            name = project.name if project else "This project"
            return FieldError(
                "enrollment_id",
                "not_coordinated_entry",
                f"{name} does not take part in coordinated entry: assessments and events are "
                "recorded on a coordinated entry project's enrollment.",
            )
        if self.records.of_other_agency("enrollment", enrollment_id):
            return FieldError(
                "enrollment_id",
                "other_agency",
                "This enrollment belongs to another agency: only that agency can add to its coordinated entry records.",
            )
        if self.records.children("exit", enrollment_id=enrollment_id):
            return FieldError(
                "enrollment_id",
                "enrollment_closed",
                "This enrollment has ended: coordinated entry is recorded on an open enrollment.",
            )
        return None

    def _within_stay(self, day: date, enrollment_id: str, field: str, label: str) -> list[FieldError]:
        enrollment = self.records.get("enrollment", enrollment_id)
        assert isinstance(enrollment, Enrollment)
        if day < enrollment.entry_date:
            return [FieldError(field, "before_entry", f"{label} cannot be before the project start date.")]
        return []

    # -- recording ------------------------------------------------------------------------------
    def record_assessment(
        self, assessment: Assessment, questions: Sequence[AssessmentQuestion], results: Sequence[AssessmentResult]
    ) -> None:
        """Save the assessment with its questions and results (linked to it here), all or none.
        Raises AssessmentRefused naming every field of every row that is wrong."""
        assessment_id, enrollment_id, personal_id = assessment.id, assessment.enrollment_id, assessment.personal_id
        questions = [
            replace(q, assessment_id=assessment_id, enrollment_id=enrollment_id, personal_id=personal_id)
            for q in questions
        ]
        results = [
            replace(r, assessment_id=assessment_id, enrollment_id=enrollment_id, personal_id=personal_id)
            for r in results
        ]
        with self.vault.transaction():
            problem = self._enrollment_problem(assessment.enrollment_id)
            if problem:
                raise AssessmentRefused([problem], {}, {})
            errors = list(assessment.problems(today=self.today))
            if not any(e.field == "assessment_date" for e in errors):
                errors += self._within_stay(
                    assessment.assessment_date, assessment.enrollment_id, "assessment_date", "Date of assessment"
                )
            by_question = {
                i: _rows("questions", i, q.problems(today=self.today), "Question row") for i, q in enumerate(questions)
            }
            by_result = {
                i: _rows("results", i, r.problems(today=self.today), "Result row") for i, r in enumerate(results)
            }
            errors += [e for rows in (*by_question.values(), *by_result.values()) for e in rows]
            if errors:
                raise AssessmentRefused(errors, by_question, by_result)
            self.records.save_all([assessment, *questions, *results])

    def record_event(self, event: Event) -> None:
        """Save a CE event on its enrollment; ValidationError in words, nothing saved, otherwise."""
        with self.vault.transaction():
            problem = self._enrollment_problem(event.enrollment_id)
            raise_if_any([problem] if problem else [])
            errors = list(event.problems(today=self.today))
            if not any(e.field == "event_date" for e in errors):
                errors += self._within_stay(event.event_date, event.enrollment_id, "event_date", "Date of event")
            raise_if_any(errors)
            self.records.save(event)

    def record_referral_result(
        self,
        event_id: str,
        referral_result: int | None,
        result_date: date | None,
        *,
        expected_version: int | None = None,
    ) -> Event:
        """Record a referral's result on the event itself (an edit: it syncs and merges per field).
        Raises ValidationError (nothing saved) when the result breaks a rule or the event is not
        this agency's; StaleRecord when it changed since ``expected_version``."""
        with self.vault.transaction():
            event = self.records.get("event", event_id)
            assert isinstance(event, Event)
            if self.records.of_other_agency("event", event_id) or self.records.of_other_agency(
                "enrollment", event.enrollment_id
            ):
                raise_if_any(
                    [
                        FieldError(
                            "referral_result",
                            "other_agency",
                            "This referral belongs to another agency: only that agency can record its result.",
                        )
                    ]
                )
            changed = replace(event, referral_result=referral_result, result_date=result_date)
            errors = list(changed.problems(today=self.today))
            if referral_result is not None and result_date is None:
                errors.append(FieldError("result_date", "required", "Date of result cannot be empty."))
            raise_if_any(errors)
            self.records.save(changed, expected_version=expected_version)
            return changed

    # -- reading --------------------------------------------------------------------------------
    def _name(self, enrollment_id: str, names: dict[str, projects.Project]) -> str:
        try:
            enrollment = self.records.get("enrollment", enrollment_id)
        except RecordNotFound:
            return "Project not on this device"
        project = names.get(enrollment.project_id)
        return project.name if project else "Project not on this device"

    def history(self, client_id: str) -> CEHistory:
        """The client's assessments (with their questions and results) and events, newest first."""
        names = self._projects()
        questions = self.records.children("assessment_question", personal_id=client_id)
        results = self.records.children("assessment_result", personal_id=client_id)
        assessments = sorted(
            self.records.children("assessment", personal_id=client_id),
            key=lambda a: (a.assessment_date, a.id),
            reverse=True,
        )
        events = sorted(
            self.records.children("event", personal_id=client_id), key=lambda e: (e.event_date, e.id), reverse=True
        )
        return CEHistory(
            tuple(
                AssessmentView(
                    a,
                    tuple(
                        sorted(
                            (q for q in questions if q.assessment_id == a.id),
                            key=lambda q: q.assessment_question_order or 0,
                        )
                    ),
                    tuple(r for r in results if r.assessment_id == a.id),
                    self._name(a.enrollment_id, names),
                    self.records.of_other_agency("assessment", a.id),
                )
                for a in assessments
            ),
            tuple(
                EventView(
                    e,
                    self._name(e.enrollment_id, names),
                    self.records.of_other_agency("event", e.id),
                )
                for e in events
            ),
        )

    def open_referrals(self, client_id: str) -> tuple[EventView, ...]:
        """Referrals to a housing opening that still wait for their result, newest first."""
        return self.history(client_id).open_referrals

    def version(self, event_id: str) -> int:
        """The event's local version, for ``record_referral_result(expected_version=...)``."""
        return self.records.version("event", event_id)
