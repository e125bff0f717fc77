"""Coordinated entry assessment (4.19), as in Assessment.csv, with the CAN's own questions and
answers (AssessmentQuestions.csv) and its scores or results (AssessmentResults.csv).

HUD fixes only the assessment's date, location, type, level and prioritization status; the
questions and results are each CoC's own, so they are kept as the words the CAN uses, and each
belongs to its assessment (and through it to the enrollment and the client).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, blank


@dataclass(frozen=True, kw_only=True)
class Assessment(EnrollmentRecord):
    """One coordinated entry assessment of one client."""

    KIND = "assessment"
    CSV_FILE = "Assessment"

    assessment_date: date = attr("Date of assessment", past=True)
    assessment_location: str = attr("Assessment location", max_len=250)
    assessment_type: int = attr("Assessment type", codes=hud_list("4.19.3"))
    assessment_level: int = attr("Assessment level", codes=hud_list("4.19.4"))
    prioritization_status: int = attr("Prioritization status", codes=hud_list("4.19.7"))

    def _rules(self, today: date) -> Iterable[FieldError]:
        if blank(self.assessment_location):
            yield FieldError("assessment_location", "required", "Assessment location cannot be empty.")


@dataclass(frozen=True, kw_only=True)
class _AssessmentPart(EnrollmentRecord):
    PARENTS: ClassVar[tuple[str, ...]] = ("enrollment_id", "personal_id", "assessment_id")

    assessment_id: str = attr("Assessment", ref=True)


@dataclass(frozen=True, kw_only=True)
class AssessmentQuestion(_AssessmentPart):
    """One question of a CAN's assessment and the client's answer."""

    KIND = "assessment_question"
    CSV_FILE = "AssessmentQuestions"

    assessment_question_group: str | None = asked("Question group", max_len=250)
    assessment_question_order: int | None = asked("Question order")
    assessment_question: str = attr("Question", max_len=250)
    assessment_answer: str | None = asked("Answer", max_len=500)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if blank(self.assessment_question):
            yield FieldError("assessment_question", "required", "Question cannot be empty.")
        if (self.assessment_question_order or 0) < 0:
            yield FieldError("assessment_question_order", "negative", "Question order cannot be less than zero.")


@dataclass(frozen=True, kw_only=True)
class AssessmentResult(_AssessmentPart):
    """One result of a CAN's assessment (a score, a level, a recommendation)."""

    KIND = "assessment_result"
    CSV_FILE = "AssessmentResults"

    assessment_result_type: str = attr("Result type", max_len=250)
    assessment_result: str | None = asked("Result", max_len=250)

    def _rules(self, today: date) -> Iterable[FieldError]:
        if blank(self.assessment_result_type):
            yield FieldError("assessment_result_type", "required", "Result type cannot be empty.")
