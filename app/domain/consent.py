"""Consent: the client's release of information (our own record, not an HMIS CSV file).

Sync and search use it to decide what another agency may see, so its dates
must make sense: it cannot expire before it was signed or be revoked before it
was given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import codes
from .errors import FieldError
from .record import Record, attr


@dataclass(frozen=True, kw_only=True)
class Consent(Record):
    """A release of information signed (or refused) by a client with one agency."""

    KIND = "consent"
    CSV_FILE = ""
    PARENTS = ("personal_id",)

    personal_id: str = attr("Client", ref=True)
    agency_id: str = attr("Agency", ref=True)
    granted: bool = attr("Consent given")
    scope: str = attr("What may be shared", choices=codes.CONSENT_SCOPE)
    signed_date: date = attr("Date signed", past=True)
    expires_date: date | None = attr("Expiry date", default=None)
    revoked_date: date | None = attr("Date revoked", default=None, past=True)
    method: str = attr("How consent was given", choices=codes.CONSENT_METHOD)

    def is_active(self, on: date) -> bool:
        """True when consent was given and is in force on *on*."""
        if not self.granted or on < self.signed_date:
            return False
        if self.expires_date is not None and on >= self.expires_date:
            return False
        return self.revoked_date is None or on < self.revoked_date

    def _rules(self, today: date) -> Iterable[FieldError]:
        if self.expires_date is not None and self.expires_date <= self.signed_date:
            yield FieldError("expires_date", "not_after_signed", "Expiry date must be after the date signed.")
        if self.revoked_date is not None and self.revoked_date < self.signed_date:
            yield FieldError("revoked_date", "before_signed", "Date revoked cannot be before the date signed.")
        if not self.granted and self.scope != "none":
            yield FieldError(
                "scope", "scope_without_consent", "When consent is refused, choose 'Do not share outside this agency'."
            )
