"""Drafts: what a worker has typed but not yet saved, kept inside the encrypted vault.

Why in the vault and not in a temp file or the settings: a half-typed intake holds names, dates of
birth and SSNs, which may only ever rest encrypted. Why not as records: a draft is not a change to
anyone's HMIS data, so it never enters the outbox or the audit chain and never syncs. Drafts belong
to the user who typed them; another user of the same laptop never sees them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.domain.ids import is_valid_id
from app.storage.vault import Vault

#: A draft bigger than this is not a form someone typed; refusing it keeps autosave cheap.
MAX_BYTES = 1_000_000
_DATE, _MONEY = "__date__", "__decimal__"


class DraftError(ValueError):
    """A draft that cannot be kept; ``str()`` is a sentence for the person at the screen."""


@dataclass(frozen=True)
class Draft:
    """One unfinished form, described without personal data (safe to list on any screen)."""

    kind: str
    id: str
    summary: str
    started_at: datetime
    updated_at: datetime


def _encode(value: Any) -> Any:
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_MONEY: format(value, "f")}
    raise TypeError


def _decode(obj: dict) -> Any:
    if len(obj) == 1 and _DATE in obj:
        return date.fromisoformat(obj[_DATE])
    if len(obj) == 1 and _MONEY in obj:
        return Decimal(obj[_MONEY])
    return obj


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Drafts:
    """The signed-in user's drafts in one vault."""

    def __init__(self, vault: Vault, *, now: Callable[[], datetime] = _utc_now) -> None:
        self.vault = vault
        self.now = now

    @staticmethod
    def _check(kind: str, draft_id: str) -> None:
        if not (isinstance(kind, str) and kind.isidentifier() and len(kind) <= 40):
            raise DraftError("A draft needs a short name for its kind of form.")
        if not is_valid_id(draft_id):
            raise DraftError("A draft needs a valid id.")

    def save(self, kind: str, draft_id: str, data: Mapping[str, Any], *, summary: str = "") -> None:
        """Keep ``data`` (JSON values, dates and Decimals) as the latest state of this draft.

        ``summary`` is shown in lists of drafts, so it must not hold personal data
        ("Household of 3", never a name).
        """
        self._check(kind, draft_id)
        if not isinstance(data, Mapping):
            raise DraftError("A draft must be a set of named answers.")
        try:
            text = json.dumps(dict(data), default=_encode, sort_keys=True, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError):
            raise DraftError("This draft holds a value that cannot be kept.") from None
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise DraftError("This draft is too large to keep.")
        stamp = self.now().isoformat(timespec="seconds")
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT INTO draft (username, kind, id, data, summary, started_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username, kind, id) DO UPDATE SET"
                " data = excluded.data, summary = excluded.summary, updated_at = excluded.updated_at",
                (self.vault.username, kind, draft_id, text, summary[:120], stamp, stamp),
            )

    def load(self, kind: str, draft_id: str) -> dict[str, Any] | None:
        """The draft's data as it was saved, or None when there is no such draft of this user."""
        self._check(kind, draft_id)
        row = self.vault.conn.execute(
            "SELECT data FROM draft WHERE username = ? AND kind = ? AND id = ?", (self.vault.username, kind, draft_id)
        ).fetchone()
        return json.loads(row[0], object_hook=_decode) if row else None

    def list(self, kind: str | None = None) -> list[Draft]:
        """This user's drafts (of one kind, or all), the most recently touched first."""
        sql = "SELECT kind, id, summary, started_at, updated_at FROM draft WHERE username = ?"
        args: list[str] = [self.vault.username]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        rows = self.vault.conn.execute(sql + " ORDER BY updated_at DESC, id", args).fetchall()
        return [Draft(k, i, s, datetime.fromisoformat(a), datetime.fromisoformat(u)) for k, i, s, a, u in rows]

    def discard(self, kind: str, draft_id: str) -> None:
        """Forget a draft (after it was saved for real, or thrown away on purpose)."""
        self._check(kind, draft_id)
        with self.vault.transaction() as conn:
            conn.execute(
                "DELETE FROM draft WHERE username = ? AND kind = ? AND id = ?", (self.vault.username, kind, draft_id)
            )
