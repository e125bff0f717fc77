"""Exit: the end of an enrollment and where the person went (HMIS Exit.csv, 3.11/3.12), with the
program elements HUD collects at exit: HOPWA housing assessment (W5), RHY completion, sexual and
labor exploitation, counseling, safe and appropriate exit and aftercare (R15-R20), and the SSVF
case management exit reason (V9)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .hud_lists import hud_list
from .record import EnrollmentRecord, asked, attr, blank, only_when

#: R15 follow-ups, asked only when the gateway question before them is 'Yes'.
_EXCHANGE_FOR_SEX = (
    "exchange_for_sex_past_three_months",
    "count_of_exchange_for_sex",
    "asked_or_forced_to_exchange_for_sex",
)
#: R18 counseling: the kinds and the number of sessions, asked only when counseling was received.
_COUNSELING = ("individual_counseling", "family_counseling", "group_counseling", "session_count_at_exit")
#: R20 aftercare: how it was provided, asked only when it was.
_AFTERCARE_WAYS = ("email_social_media", "telephone", "in_person_individual", "in_person_group")


@dataclass(frozen=True, kw_only=True)
class Exit(EnrollmentRecord):
    """Project exit date and destination."""

    KIND = "exit"
    CSV_FILE = "Exit"

    exit_date: date = attr("Project exit date", past=True)
    destination: int = attr("Destination", default=codes.NOT_COLLECTED, codes=codes.DESTINATION)
    destination_subsidy_type: int | None = attr(
        "Destination rental subsidy type", default=None, codes=codes.RENTAL_SUBSIDY_TYPE
    )
    other_destination: str | None = attr("Other destination (describe)", default=None, max_len=50)
    # W5 HOPWA housing assessment at exit
    housing_assessment: int | None = asked("Housing assessment at exit", hud_list("W5.1"))
    subsidy_information: int | None = asked("Subsidy information", hud_list("W5.AB"))
    # R17 project completion status
    project_completion_status: int | None = asked("Project completion status", hud_list("R17.1"))
    early_exit_reason: int | None = asked("Major reason for leaving early", hud_list("R17.A"))
    # R15 commercial sexual exploitation, R16 labor exploitation
    exchange_for_sex: int | None = asked("Ever received anything in exchange for sex", hud_list("1.8"))
    exchange_for_sex_past_three_months: int | None = asked("Exchanged sex in the past three months", hud_list("1.8"))
    count_of_exchange_for_sex: int | None = asked("How many times sex was exchanged", hud_list("R15.B"))
    asked_or_forced_to_exchange_for_sex: int | None = asked(
        "Ever made or persuaded to have sex in exchange for something", hud_list("1.8")
    )
    asked_or_forced_to_exchange_for_sex_past_three_months: int | None = asked(
        "Made or persuaded to exchange sex in the past three months", hud_list("1.8")
    )
    workplace_violence_threats: int | None = asked("Workplace violence or threats", hud_list("1.8"))
    workplace_promise_difference: int | None = asked("Work was different from what was promised", hud_list("1.8"))
    coerced_to_continue_work: int | None = asked("Forced or coerced to keep working", hud_list("1.8"))
    labor_exploit_past_three_months: int | None = asked("Labor exploitation in the past three months", hud_list("1.8"))
    # R18 counseling
    counseling_received: int | None = asked("Counseling received", hud_list("1.10"))
    individual_counseling: int | None = asked("Individual counseling", hud_list("1.10"))
    family_counseling: int | None = asked("Family counseling", hud_list("1.10"))
    group_counseling: int | None = asked("Group counseling", hud_list("1.10"))
    session_count_at_exit: int | None = attr("Number of counseling sessions received by exit", default=None)
    post_exit_counseling_plan: int | None = asked("Plan for continued counseling after exit", hud_list("1.10"))
    sessions_in_plan: int | None = attr("Number of sessions planned after exit", default=None)
    # R19 safe and appropriate exit
    destination_safe_client: int | None = asked("Exit destination safe, as the client sees it", hud_list("1.8"))
    destination_safe_worker: int | None = asked("Exit destination safe, as the worker sees it", hud_list("R19.A"))
    pos_adult_connections: int | None = asked("Positive connection with an adult", hud_list("R19.A"))
    pos_peer_connections: int | None = asked("Positive connection with peers", hud_list("R19.A"))
    pos_community_connections: int | None = asked("Positive connection with the community", hud_list("R19.A"))
    # R20 aftercare
    aftercare_date: date | None = attr("Date aftercare was provided", default=None, past=True)
    aftercare_provided: int | None = asked("Aftercare provided", hud_list("R20.2"))
    email_social_media: int | None = asked("Aftercare by email or social media", hud_list("1.10"))
    telephone: int | None = asked("Aftercare by telephone", hud_list("1.10"))
    in_person_individual: int | None = asked("Aftercare in person, one to one", hud_list("1.10"))
    in_person_group: int | None = asked("Aftercare in person, in a group", hud_list("1.10"))
    # V9 SSVF case management exit reason
    cm_exit_reason: int | None = asked("Reason case management ended", hud_list("V9.1"))

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.destination == codes.RENTAL_WITH_SUBSIDY:
            if self.destination_subsidy_type is None:
                yield FieldError(
                    "destination_subsidy_type",
                    "required",
                    "Destination rental subsidy type is needed for a rental with an ongoing housing subsidy.",
                )
        elif self.destination_subsidy_type is not None:
            yield FieldError(
                "destination_subsidy_type",
                "not_applicable",
                "Destination rental subsidy type only applies to a rental with an ongoing housing subsidy.",
            )
        if not blank(self.other_destination) and self.destination != codes.OTHER_DESTINATION:
            yield FieldError(
                "other_destination", "not_applicable", "Describe the destination only when the destination is 'Other'."
            )
        yield from self._program_rules()

    def _program_rules(self) -> Iterable[FieldError]:
        yield from only_when(
            self, "exchange_for_sex", (1,), _EXCHANGE_FOR_SEX, "the client has received something in exchange for sex"
        )
        yield from only_when(
            self,
            "asked_or_forced_to_exchange_for_sex",
            (1,),
            ("asked_or_forced_to_exchange_for_sex_past_three_months",),
            "the client was ever made or persuaded to exchange sex",
        )
        yield from only_when(self, "counseling_received", (1,), _COUNSELING, "counseling was received")
        yield from only_when(
            self, "post_exit_counseling_plan", (1,), ("sessions_in_plan",), "there is a plan for counseling after exit"
        )
        yield from only_when(self, "aftercare_provided", (1,), _AFTERCARE_WAYS, "aftercare was provided")
        for f in ("session_count_at_exit", "sessions_in_plan"):
            if (getattr(self, f) or 0) < 0:
                yield FieldError(f, "negative", f"{self._label(f)} cannot be less than zero.")
