"""The record repository: save, read and soft-delete any HUD record kind in the vault.

Why one repository for every kind: each change must do the same four things in one transaction
(validate, write the row, queue the changed fields in the outbox, append to the audit chain), and
doing them in one place means no kind of record can skip one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, Literal, TypeVar, cast, overload

from app.domain.assessment import Assessment, AssessmentQuestion, AssessmentResult
from app.domain.client import Client
from app.domain.consent import Consent
from app.domain.current_living_situation import CurrentLivingSituation
from app.domain.disability import Disability
from app.domain.employment_education import EmploymentEducation
from app.domain.enrollment import Enrollment
from app.domain.event import Event
from app.domain.exit import Exit
from app.domain.health_and_dv import HealthAndDV
from app.domain.income_benefits import IncomeBenefits
from app.domain.record import Record
from app.domain.registry import RECORD_TYPES
from app.domain.service import Service
from app.domain.youth_education_status import YouthEducationStatus
from app.storage import audit, client_search, outbox, prioritization_fields
from app.storage.errors import OtherAgencyEnrollment, OtherAgencyRecord, RecordNotFound, StaleRecord
from app.storage.vault import Vault

R = TypeVar("R", bound=Record)
_LINKS = ("personal_id", "enrollment_id", "household_id")


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def body_text(body: dict[str, Any]) -> str:
    """The stored form of a record body: one byte form, so two bodies compare as text."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def links_of(record: Record) -> tuple[str | None, str | None, str | None]:
    values = {name: getattr(record, name, None) for name in _LINKS}
    if record.KIND == "client":
        values["personal_id"] = record.id
    return values["personal_id"], values["enrollment_id"], values["household_id"]


class Records:
    """Reads and writes records in one vault on behalf of the signed-in user."""

    def __init__(self, vault: Vault, *, today: date | None = None) -> None:
        self.vault = vault
        self.today = today

    @property
    def actor(self) -> str:
        return self.vault.username

    def _row(self, kind: str, record_id: str) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self.vault.conn.execute(
            "SELECT body, version, date_deleted, server_version, other_agency FROM record WHERE kind = ? AND id = ?",
            (kind, record_id),
        ).fetchone()
        return row

    def _check_ours(self, row: tuple[Any, ...] | None, enrollment_id: str | None) -> None:
        """Only this agency's records change here, and new ones go only into its own enrollments."""
        if row is not None and row[4]:
            raise OtherAgencyRecord()
        if enrollment_id and self.of_other_agency("enrollment", enrollment_id):
            raise OtherAgencyEnrollment()

    def of_other_agency(self, kind: str, record_id: str) -> bool:
        """Whether the record is another agency's, shared with this one: shown, never changed here."""
        row = self.vault.conn.execute(
            "SELECT other_agency FROM record WHERE kind = ? AND id = ?", (kind, record_id)
        ).fetchone()
        return bool(row and row[0])

    def save(self, record: Record, *, expected_version: int | None = None) -> int:
        """Validate and store ``record``; returns its new local version.

        ``expected_version`` is the version the editor started from: if the record has moved on
        since, the save is refused rather than silently overwriting someone's work.
        """
        record.validate(today=self.today)
        body = record.to_dict()
        with self.vault.transaction() as conn:
            row = self._row(record.KIND, record.id)
            if row is not None and row[2] is not None:
                raise RecordNotFound()
            self._check_ours(row, getattr(record, "enrollment_id", None))
            if row is not None and expected_version is not None and row[1] != expected_version:
                raise StaleRecord()
            old = json.loads(row[0]) if row else {}
            changed = {k: v for k, v in body.items() if k != "id" and (k not in old or old[k] != v)}
            if row is not None and not changed:
                return int(row[1])
            version = (row[1] + 1) if row else 1
            now = now_text()
            personal_id, enrollment_id, household_id = links_of(record)
            text = body_text(body)
            if row is None:
                conn.execute(
                    "INSERT INTO record (kind, id, personal_id, enrollment_id, household_id, body, version,"
                    " date_created, date_updated, user_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                    (record.KIND, record.id, personal_id, enrollment_id, household_id, text, now, now, self.actor),
                )
            else:
                conn.execute(
                    "UPDATE record SET personal_id = ?, enrollment_id = ?, household_id = ?, body = ?,"
                    " version = ?, date_updated = ?, user_id = ? WHERE kind = ? AND id = ?",
                    (personal_id, enrollment_id, household_id, text, version, now, self.actor, record.KIND, record.id),
                )
            prioritization_fields.refresh(conn, record.KIND, record.id, body, personal_id, enrollment_id)
            latest = row[3] if row is not None else None
            bases = self._bases(record.KIND, record.id, changed, latest) if row is not None else {None: changed}
            for base, fields in bases.items():
                outbox.append(
                    conn,
                    kind=record.KIND,
                    record_id=record.id,
                    op="upsert",
                    base_version=base,
                    fields=fields,
                    hlc=self.vault.next_stamp(),
                )
            # An update names the fields it changed (never their values); a create sets them all.
            audit.append(
                conn,
                actor=self.actor,
                action="create" if row is None else "update",
                kind=record.KIND,
                record_id=record.id,
                detail=None if row is None else {"fields": sorted(changed)},
            )
            if record.KIND == "client":
                client_search.index(conn, cast(Client, record))  # the "client" kind is the Client type
            return version

    def save_all(self, records: Iterable[Record]) -> None:
        """Store several records as one unit: all of them, or none (a household intake)."""
        with self.vault.transaction():
            for record in records:
                self.save(record)

    def delete(self, kind: str, record_id: str) -> None:
        """Soft delete, as HMIS CSV does: the row stays with DateDeleted, and the delete syncs."""
        with self.vault.transaction() as conn:
            row = self._row(kind, record_id)
            if row is None or row[2] is not None:
                raise RecordNotFound()
            self._check_ours(row, None)
            now = now_text()
            conn.execute(
                "UPDATE record SET date_deleted = ?, date_updated = ?, version = version + 1,"
                " user_id = ? WHERE kind = ? AND id = ?",
                (now, now, self.actor, kind, record_id),
            )
            prioritization_fields.refresh(conn, kind, record_id, None)
            outbox.append(
                conn,
                kind=kind,
                record_id=record_id,
                op="delete",
                base_version=row[3],
                fields={},
                hlc=self.vault.next_stamp(),
            )
            audit.append(conn, actor=self.actor, action="delete", kind=kind, record_id=record_id)
            if kind == "client":
                client_search.unindex(conn, record_id)

    # Typed per kind (the kind names its RECORD_TYPES class); any other str gives a plain Record.
    @overload
    def get(self, kind: Literal["client"], record_id: str) -> Client: ...
    @overload
    def get(self, kind: Literal["enrollment"], record_id: str) -> Enrollment: ...
    @overload
    def get(self, kind: Literal["exit"], record_id: str) -> Exit: ...
    @overload
    def get(self, kind: Literal["income_benefits"], record_id: str) -> IncomeBenefits: ...
    @overload
    def get(self, kind: Literal["disability"], record_id: str) -> Disability: ...
    @overload
    def get(self, kind: Literal["health_and_dv"], record_id: str) -> HealthAndDV: ...
    @overload
    def get(self, kind: Literal["current_living_situation"], record_id: str) -> CurrentLivingSituation: ...
    @overload
    def get(self, kind: Literal["service"], record_id: str) -> Service: ...
    @overload
    def get(self, kind: Literal["consent"], record_id: str) -> Consent: ...
    @overload
    def get(self, kind: Literal["employment_education"], record_id: str) -> EmploymentEducation: ...
    @overload
    def get(self, kind: Literal["youth_education_status"], record_id: str) -> YouthEducationStatus: ...
    @overload
    def get(self, kind: Literal["assessment"], record_id: str) -> Assessment: ...
    @overload
    def get(self, kind: Literal["assessment_question"], record_id: str) -> AssessmentQuestion: ...
    @overload
    def get(self, kind: Literal["assessment_result"], record_id: str) -> AssessmentResult: ...
    @overload
    def get(self, kind: Literal["event"], record_id: str) -> Event: ...
    @overload
    def get(self, kind: str, record_id: str) -> Record: ...
    def get(self, kind: str, record_id: str) -> Record:
        """The current record, for the app's own use (not audited; see ``view``)."""
        row = self._row(kind, record_id)
        if row is None or row[2] is not None:
            raise RecordNotFound()
        return RECORD_TYPES[kind].from_dict(json.loads(row[0]))

    @overload
    def view(self, kind: Literal["client"], record_id: str) -> Client: ...
    @overload
    def view(self, kind: Literal["enrollment"], record_id: str) -> Enrollment: ...
    @overload
    def view(self, kind: Literal["exit"], record_id: str) -> Exit: ...
    @overload
    def view(self, kind: Literal["income_benefits"], record_id: str) -> IncomeBenefits: ...
    @overload
    def view(self, kind: Literal["disability"], record_id: str) -> Disability: ...
    @overload
    def view(self, kind: Literal["health_and_dv"], record_id: str) -> HealthAndDV: ...
    @overload
    def view(self, kind: Literal["current_living_situation"], record_id: str) -> CurrentLivingSituation: ...
    @overload
    def view(self, kind: Literal["service"], record_id: str) -> Service: ...
    @overload
    def view(self, kind: Literal["consent"], record_id: str) -> Consent: ...
    @overload
    def view(self, kind: Literal["employment_education"], record_id: str) -> EmploymentEducation: ...
    @overload
    def view(self, kind: Literal["youth_education_status"], record_id: str) -> YouthEducationStatus: ...
    @overload
    def view(self, kind: Literal["assessment"], record_id: str) -> Assessment: ...
    @overload
    def view(self, kind: Literal["assessment_question"], record_id: str) -> AssessmentQuestion: ...
    @overload
    def view(self, kind: Literal["assessment_result"], record_id: str) -> AssessmentResult: ...
    @overload
    def view(self, kind: Literal["event"], record_id: str) -> Event: ...
    @overload
    def view(self, kind: str, record_id: str) -> Record: ...
    def view(self, kind: str, record_id: str) -> Record:
        """The record as shown to a person: the view is written to the audit trail."""
        record = self.get(kind, record_id)
        with self.vault.transaction() as conn:
            audit.append(conn, actor=self.actor, action="view", kind=kind, record_id=record_id)
        return record

    def version(self, kind: str, record_id: str) -> int:
        row = self._row(kind, record_id)
        if row is None:
            raise RecordNotFound()
        return int(row[1])

    @overload
    def children(
        self,
        kind: Literal["client"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Client]: ...
    @overload
    def children(
        self,
        kind: Literal["enrollment"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Enrollment]: ...
    @overload
    def children(
        self,
        kind: Literal["exit"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Exit]: ...
    @overload
    def children(
        self,
        kind: Literal["income_benefits"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[IncomeBenefits]: ...
    @overload
    def children(
        self,
        kind: Literal["disability"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Disability]: ...
    @overload
    def children(
        self,
        kind: Literal["health_and_dv"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[HealthAndDV]: ...
    @overload
    def children(
        self,
        kind: Literal["current_living_situation"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[CurrentLivingSituation]: ...
    @overload
    def children(
        self,
        kind: Literal["service"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Service]: ...
    @overload
    def children(
        self,
        kind: Literal["consent"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Consent]: ...
    @overload
    def children(
        self,
        kind: Literal["employment_education"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[EmploymentEducation]: ...
    @overload
    def children(
        self,
        kind: Literal["youth_education_status"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[YouthEducationStatus]: ...
    @overload
    def children(
        self,
        kind: Literal["assessment"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Assessment]: ...
    @overload
    def children(
        self,
        kind: Literal["assessment_question"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[AssessmentQuestion]: ...
    @overload
    def children(
        self,
        kind: Literal["assessment_result"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[AssessmentResult]: ...
    @overload
    def children(
        self,
        kind: Literal["event"],
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Event]: ...
    @overload
    def children(
        self,
        kind: str,
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Record]: ...
    def children(
        self,
        kind: str,
        *,
        personal_id: str | None = None,
        enrollment_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Any]:  # the overloads above give each kind's type
        """Live records of ``kind`` linked to a person, an enrollment or a household."""
        clauses, args = ["kind = ?", "date_deleted IS NULL"], [kind]
        for column, value in (
            ("personal_id", personal_id),
            ("enrollment_id", enrollment_id),
            ("household_id", household_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        rows = self.vault.conn.execute(
            f"SELECT body FROM record WHERE {' AND '.join(clauses)} ORDER BY date_created, id",  # noqa: S608 (clauses name fixed columns; values are bound)
            args,
        )
        cls = RECORD_TYPES[kind]
        return [cls.from_dict(json.loads(body)) for (body,) in rows]

    def count(self, kind: str) -> int:
        return int(
            self.vault.conn.execute(
                "SELECT count(*) FROM record WHERE kind = ? AND date_deleted IS NULL", (kind,)
            ).fetchone()[0]
        )

    def _bases(
        self, kind: str, record_id: str, changed: dict[str, Any], latest: int | None
    ) -> dict[int | None, dict[str, Any]]:
        """The changed fields grouped by the server version each was seen in.

        A field this device changed and has not yet heard back about was seen in the version
        that earlier change was based on, not in whatever was pulled since (the screen showed
        the device's own value over it); basing it on the newer version would silently replace
        a value the person never saw. Every other field was seen in ``latest``, the last version
        pulled.
        """
        seen_in: dict[str, int | None] = {}
        for _op, base, fields in outbox.pending_for(self.vault.conn, kind, record_id):
            for name in fields:
                seen_in.setdefault(name, base)
        groups: dict[int | None, dict[str, Any]] = {}
        for name, value in changed.items():
            groups.setdefault(seen_in.get(name, latest), {})[name] = value
        return groups
