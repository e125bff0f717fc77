"""What this device last heard from the server about each of its users, kept inside the vault.

Why: offline, the device must still refuse a user whose training has lapsed or whom the server
has disabled, show the right screens for their role, and accept each TOTP code once. The facts
are stored per key slot (the slot id, not the username, names the entry) in the vault's meta table,
so they are encrypted with everything else and cannot be edited from outside.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from app.security import offline_totp
from app.storage.key_slots import slot_id
from app.storage.vault import Vault

_PREFIX = "sign_in:"
SIGNED_IN_ONCE = "signed_in_once"  # meta: set at the vault's first successful online sign-in


@dataclass
class UserFacts:
    role: str | None = None
    training_expires: str | None = None  # ISO date, as the server sends it
    last_step: int = -1  # the last TOTP step accepted on this device
    blocked: str | None = None  # 'disabled' or 'training_lapsed' when the server last said so

    def training_lapsed(self, now_ms: int) -> bool:
        """Training that ended before today (UTC, as the server counts) bars sign-in."""
        if self.training_expires is None:
            return False
        try:
            expires = date.fromisoformat(self.training_expires)
        except ValueError:
            return True  # a date we cannot read is not proof of training
        return expires < datetime.fromtimestamp(now_ms / 1000, UTC).date()


def _key(username: str) -> str:
    return _PREFIX + slot_id(username)


def facts(vault: Vault, username: str) -> UserFacts:
    text = vault.meta(_key(username))
    if not text:
        return UserFacts()
    data = json.loads(text)
    return UserFacts(**{k: data[k] for k in UserFacts.__dataclass_fields__ if k in data})


def keep(vault: Vault, username: str, known: UserFacts) -> None:
    vault.set_meta(_key(username), json.dumps(asdict(known), sort_keys=True))


def from_server(vault: Vault, username: str, answer: dict) -> UserFacts:
    """Take the role and training date of a successful login answer; clears any earlier block."""
    user = answer.get("user")
    if not isinstance(user, dict):
        user = {}
    known = facts(vault, username)
    role, training = user.get("role"), user.get("training_expires")
    known.role = role if isinstance(role, str) else known.role
    known.training_expires = training if isinstance(training, str) else known.training_expires
    known.blocked = None
    keep(vault, username, known)
    return known


def block(vault: Vault, username: str, status: str) -> None:
    """Remember the server's refusal, so an offline attempt is refused the same way."""
    known = facts(vault, username)
    known.blocked = status
    keep(vault, username, known)


def has_signed_in(vault: Vault) -> bool:
    return vault.meta(SIGNED_IN_ONCE) is not None


def note_code(vault: Vault, username: str, seed: str | None, code: str, now_ms: int) -> None:
    """A code the server just accepted is spent here too: it must not open the vault offline."""
    if not seed:
        return
    known = facts(vault, username)
    step = offline_totp.accepted_step(seed, code, known.last_step, now_ms)
    if step is not None:
        known.last_step = step
        keep(vault, username, known)
