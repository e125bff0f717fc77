"""Which fields sync may settle on its own, and which need a person.

When a device and the server both changed the same field to different values, the merge
(``merge.py``) follows the field's policy:

``latest``  the change with the later clock stamp wins; the losing value is kept in history.
            Right for most answers: the newest observation is the best one, and an old value
            can be found again in the history if it was the right one.
``review``  the server value is kept, both values are recorded as a conflict and a person
            picks. Used where silently keeping the wrong side would hurt the person the record
            is about -- their identity, their safety, where they went, who they live with and
            what they agreed to share. The later clock is not a good enough reason there: it
            only says which laptop synced last, not which worker had the right answer.

The table is declarative on purpose: a reviewer can read the whole of it in one place, and a
test checks every name in it against the record definitions, so a renamed field cannot quietly
fall back to ``latest``.

Field names are checked before anything else. A name that is not part of the record kind is
refused with ``UnknownField``: it would otherwise be merged as ``latest`` and written to the
server, and an unknown field is a bug or a tampered request, never data to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .registry import RECORD_TYPES

LATEST = "latest"
REVIEW = "review"

#: kind -> the fields merged with the ``review`` policy; every other field is ``latest``.
REVIEW_FIELDS: Mapping[str, frozenset[str]] = {
    # Identity (3.01-3.03, 4.21, 3.07). A wrong name, SSN or birth date silently kept links
    # the person to someone else's history, breaks duplicate matching and can cost them a
    # housing referral or benefits. The data quality answers travel with the values they
    # describe: keeping one side's value with the other side's quality code would be a record
    # that neither worker entered.
    "client": frozenset(
        {
            "first_name",
            "middle_name",
            "last_name",
            "name_suffix",
            "name_data_quality",
            "ssn",
            "ssn_data_quality",
            "dob",
            "dob_data_quality",
            "sex",
            "veteran_status",  # decides eligibility for VA programs (SSVF, HUD-VASH)
        }
    ),
    # Domestic violence (4.11). Safety: "currently fleeing" drives how the record is shared
    # and whether the person is routed to a victim service provider. Losing a "yes" to a
    # stale "no" because of clock order could expose someone to the person they are fleeing.
    "health_and_dv": frozenset(
        {
            "domestic_violence_survivor",
            "when_occurred",
            "currently_fleeing",
        }
    ),
    # Exit destination (3.12). It is the outcome HUD measures and the basis for follow-up
    # and returns-to-homelessness reporting; two workers disagreeing means one is wrong.
    "exit": frozenset(
        {
            "destination",
            "destination_subsidy_type",
        }
    ),
    # Enrollment (3.10, 3.15, household). Who is head of household, which household the
    # person is in and when they entered decide eligibility, bed counts and every length-of-
    # stay measure; moving a child between households by clock order is not acceptable.
    "enrollment": frozenset(
        {
            "relationship_to_hoh",
            "entry_date",
            "household_id",
        }
    ),
    # Consent. Whether the person agreed, to what, and when they took it back decide who may
    # see their record. Sharing more than they agreed to cannot be undone.
    "consent": frozenset(
        {
            "granted",
            "scope",
            "revoked_date",
        }
    ),
    # Coordinated entry (4.19, 4.20). Whether a person is on the CAN's prioritization list, and
    # whether a referral to a housing opening was accepted or rejected and when, decide who is
    # offered the next unit. Two workers disagreeing is a case conference question, not a clock
    # race. The assessment's other answers, the CAN's own questions and results, employment
    # and education are observations: the newest is the best, the older one stays in history.
    "assessment": frozenset(
        {
            "prioritization_status",
        }
    ),
    "event": frozenset(
        {
            "event",
            "referral_result",
            "result_date",
        }
    ),
}

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


class UnknownKind(ValueError):
    """The record kind is not one sync knows."""

    def __init__(self) -> None:
        super().__init__("This kind of record is not known.")


class UnknownField(ValueError):
    """A field name that is not part of the record kind.

    The message names the field (only when it looks like a field name) and the kind, never a
    value, so it is safe to log and to return to the device.
    """

    def __init__(self, kind: str, name: object) -> None:
        self.kind = kind
        self.field = name if isinstance(name, str) and _KEY_RE.fullmatch(name) else "(unrecognised field)"
        super().__init__(f"{self.field}: this field is not part of a {kind} record.")


def field_names(kind: str) -> tuple[str, ...]:
    """The field names of *kind*, in declaration order; ``UnknownKind`` if there is no such kind."""
    try:
        cls = RECORD_TYPES[kind]
    except (KeyError, TypeError):
        raise UnknownKind() from None
    return cls.field_names()


def check_fields(kind: str, names: Iterable[object]) -> None:
    """Raise ``UnknownField`` for the first name in *names* that is not a field of *kind*."""
    known = frozenset(field_names(kind))
    for name in names:
        if not isinstance(name, str) or name not in known:
            raise UnknownField(kind, name)


def policy(kind: str, field: str) -> str:
    """``REVIEW`` or ``LATEST`` for *field* of *kind*; ``UnknownField`` / ``UnknownKind`` otherwise."""
    check_fields(kind, (field,))
    return REVIEW if field in REVIEW_FIELDS.get(kind, frozenset()) else LATEST


def review_fields(kind: str) -> frozenset[str]:
    """The ``review`` fields of *kind* (empty for kinds where every field is ``latest``)."""
    field_names(kind)
    return REVIEW_FIELDS.get(kind, frozenset())


def _check_table() -> None:
    # Fail at import rather than let a renamed field silently become 'latest'.
    for kind, names in REVIEW_FIELDS.items():
        if kind not in RECORD_TYPES:
            raise RuntimeError(f"merge policy names a record kind that does not exist: {kind}")
        missing = sorted(names - frozenset(RECORD_TYPES[kind].field_names()))
        if missing:
            raise RuntimeError(f"merge policy names {kind} fields that do not exist: {', '.join(missing)}")


_check_table()
