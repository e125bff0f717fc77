"""The client directory: search as you type, and one client's profile as the intake worker sees it.

Why a service between the screens and the vault: the UI never touches SQL, a search result
carries only what a list may show (never a full SSN), and opening a profile is a record view
that must land in the audit trail every time, whichever screen opened it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain import codes
from app.domain.client import Client
from app.domain.consent import Consent
from app.domain.data_quality import DataQualityReport, assess
from app.domain.enrollment import Enrollment
from app.domain.enrollment_rules import exit_problems, service_problems
from app.domain.errors import FieldError, ValidationError, raise_if_any
from app.domain.exit import Exit
from app.domain.service import Service
from app.storage import client_search
from app.storage.records import Records
from app.storage.vault import Vault
from app.sync import projects

#: HUD's words for the three data quality buckets, as shown next to a field.
QUALITY_WORDS = {
    "missing": "Missing",
    "dont_know_refused": "Client doesn't know / refused",
    "invalid": "Invalid",
}


@dataclass(frozen=True)
class ClientRow:
    """One search result: enough to pick the right person, never more (at most the SSN's last 4)."""

    client_id: str
    name: str
    dob: date | None
    ssn_last4: str | None
    alias: str | None


@dataclass(frozen=True)
class EnrollmentView:
    """An enrollment with the words a person needs: the project's name and type, and its exit."""

    enrollment: Enrollment
    project_name: str
    project_type: int | None
    exit: Exit | None
    quality: DataQualityReport
    other_agency: bool = False  # another agency's stay, shared by its release: read here, never changed

    @property
    def is_open(self) -> bool:
        return self.exit is None

    @property
    def is_night_by_night(self) -> bool:
        """Emergency shelter, night-by-night: attendance is recorded as bed nights."""
        return self.project_type == 1


@dataclass(frozen=True)
class HouseholdMember:
    """Someone who leaves with the head of household: the stay to close, their name as lists show
    it, and how they are related to the head, in HUD's words."""

    enrollment: Enrollment
    name: str
    relationship: str


class ExitRefused(ValidationError):
    """Exits that were not saved, and why, by enrollment id, so a screen can name the member
    (the exception itself carries no names: it may end up in a log)."""

    def __init__(self, problems: Mapping[str, Sequence[FieldError]]) -> None:
        self.problems = {enrollment_id: tuple(errors) for enrollment_id, errors in problems.items() if errors}
        super().__init__(e for errors in self.problems.values() for e in errors)


@dataclass(frozen=True)
class ConsentStatus:
    """The client's release of information with this agency, in words."""

    consent: Consent | None
    summary: str
    in_force: bool = False
    state: str = "none"  # none, in_force, refused, revoked, expired or starts: the screen's own words

    @property
    def on_file(self) -> bool:
        return self.consent is not None


@dataclass(frozen=True)
class ClientProfile:
    client: Client
    quality: DataQualityReport
    enrollments: tuple[EnrollmentView, ...]
    services: tuple[Service, ...]
    consent: ConsentStatus
    flags: dict[str, str] = field(default_factory=dict)  # DQ key -> bucket, for the client's elements

    @property
    def open_enrollments(self) -> tuple[EnrollmentView, ...]:
        return tuple(e for e in self.enrollments if e.is_open)


def display_name(first: str | None, last: str | None) -> str:
    """'Last, First' as intake lists are read; a placeholder when no name was given."""
    if first and last:
        return f"{last}, {first}"
    return last or first or "(no name given)"


def _parse_dob(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def consent_status(consents: list[Consent], *, agency_id: str | None, today: date) -> ConsentStatus:
    """The release that matters today: one in force if there is, else the latest one, in words."""
    mine = [c for c in consents if agency_id is None or c.agency_id == agency_id]
    if not mine:
        return ConsentStatus(None, "No release of information on file.")
    active = [c for c in mine if c.is_active(today)]
    current = max(active or mine, key=lambda c: (c.signed_date, c.id))
    scope = codes.CONSENT_SCOPE.get(current.scope, current.scope)
    signed = current.signed_date.isoformat()
    if current.is_active(today):
        until = f", until {current.expires_date.isoformat()}" if current.expires_date else ", with no end date"
        return ConsentStatus(
            current, f"Release of information in force: {scope} (signed {signed}{until}).", True, "in_force"
        )
    if not current.granted:
        return ConsentStatus(current, f"The client refused a release of information on {signed}.", state="refused")
    if current.revoked_date is not None and current.revoked_date <= today:
        return ConsentStatus(
            current, f"The release of information was revoked on {current.revoked_date.isoformat()}.", state="revoked"
        )
    if current.expires_date is not None and current.expires_date <= today:
        return ConsentStatus(
            current, f"The release of information expired on {current.expires_date.isoformat()}.", state="expired"
        )
    return ConsentStatus(current, f"The release of information starts on {signed}.", state="starts")


class ClientDirectory:
    """Finds clients and assembles their profiles from one vault (use a twin on another thread)."""

    def __init__(self, vault: Vault, *, agency_id: str | None = None, today: date | None = None) -> None:
        self.vault, self.agency_id, self.today = vault, agency_id, today
        self.records = Records(vault, today=today)

    def search(self, text: str, limit: int = 50) -> list[ClientRow]:
        """Clients matching a name, nickname, DOB or SSN digits typed in one box, best first."""
        hits = client_search.search(self.vault.conn, text, limit=limit)
        return [
            ClientRow(h.client_id, display_name(h.first_name, h.last_name), _parse_dob(h.dob), h.ssn_last4, h.alias)
            for h in hits
        ]

    def profile(self, client_id: str, *, audit: bool = True) -> ClientProfile:
        """Everything the profile screen shows; opening it is written to the audit trail as a view
        (``audit=False`` only to redraw a profile already open after this user's own save).
        Raises RecordNotFound for an unknown or deleted client."""
        client = (self.records.view if audit else self.records.get)("client", client_id)
        assert isinstance(client, Client)
        today = self.today or date.today()
        names = {p.id: p for p in projects.known(self.vault)}
        views = []
        enrollments = sorted(
            self.records.children("enrollment", personal_id=client_id), key=lambda e: (e.entry_date, e.id), reverse=True
        )
        for e in enrollments:
            assert isinstance(e, Enrollment)
            exits = self.records.children("exit", enrollment_id=e.id)
            project = names.get(e.project_id)
            views.append(
                EnrollmentView(
                    e,
                    project.name if project else "Project not on this device",
                    project.project_type if project else None,
                    exits[-1] if exits else None,
                    assess(e, client=client),
                    self.records.of_other_agency("enrollment", e.id),
                )
            )
        latest = enrollments[0] if enrollments else None
        quality = assess(client, enrollment=latest, as_of=today)
        flags = {key: bucket for bucket in QUALITY_WORDS for key in getattr(quality, bucket)}
        services = sorted(
            self.records.children("service", personal_id=client_id), key=lambda s: (s.date_provided, s.id), reverse=True
        )
        consents = self.records.children("consent", personal_id=client_id)
        return ClientProfile(
            client,
            quality,
            tuple(views),
            tuple(services),
            consent_status(consents, agency_id=self.agency_id, today=today),
            flags,
        )

    # -- changes from the profile --------------------------------------------------------
    def household_to_exit(self, stay: EnrollmentView) -> list[HouseholdMember]:
        """The others who leave with a head of household: members of the same household still
        open in the same project. Empty for anyone who is not the head (HUD exits a household
        through its head; a member leaving alone changes nobody else's stay)."""
        head = stay.enrollment
        if not head.is_head_of_household:
            return []
        members = []
        for e in self.records.children("enrollment", household_id=head.household_id):
            assert isinstance(e, Enrollment)
            if e.id == head.id or e.project_id != head.project_id or self.records.children("exit", enrollment_id=e.id):
                continue
            client = self.records.get("client", e.personal_id)
            assert isinstance(client, Client)
            members.append(
                HouseholdMember(
                    e,
                    display_name(client.first_name, client.last_name),
                    codes.RELATIONSHIP_TO_HOH.label(e.relationship_to_hoh),
                )
            )
        return sorted(members, key=lambda m: (m.enrollment.relationship_to_hoh, m.name))

    def record_exit(self, exit: Exit) -> None:
        """Close one enrollment (see ``record_exits``)."""
        self.record_exits([exit])

    def record_exits(self, exits: Sequence[Exit]) -> None:
        """Close several enrollments (a household leaving together) in one transaction: all of
        them or none, each checked against its enrollment as stored now. Raises ExitRefused,
        naming by enrollment what is wrong (in words), and saves nothing when any rule is broken."""
        problems: dict[str, list[FieldError]] = {}
        with self.vault.transaction():
            for exit in exits:
                enrollment = self.records.get("enrollment", exit.enrollment_id)
                assert isinstance(enrollment, Enrollment)
                earlier = self.records.children("exit", enrollment_id=enrollment.id) + [
                    x for x in exits if x.enrollment_id == enrollment.id and x.id != exit.id
                ]  # twice in one save
                errors = list(exit.problems(today=self.today)) + exit_problems(exit, enrollment, earlier)
                if errors:
                    problems[enrollment.id] = errors
            if problems:
                raise ExitRefused(problems)
            for exit in exits:
                self.records.save(exit)

    def record_service(self, service: Service) -> None:
        """Record a service or bed night within its enrollment's stay, in one transaction.
        Raises ValidationError (messages in words) and saves nothing when a rule is broken."""
        service.validate(today=self.today)
        with self.vault.transaction():
            enrollment = self.records.get("enrollment", service.enrollment_id)
            assert isinstance(enrollment, Enrollment)
            exits = self.records.children("exit", enrollment_id=enrollment.id)
            raise_if_any(
                service_problems(
                    service,
                    enrollment,
                    exits[-1] if exits else None,
                    self.records.children("service", enrollment_id=enrollment.id),
                )
            )
            self.records.save(service)
