"""The device policy the HMIS Admin sets (idle lock, session length, failed sign-ins), as this
device last heard it.

Why two copies: the lockout must read the limit before anyone signs in, so the device file holds
one; once a vault is open its own copy wins, because nobody can edit it from outside.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.storage.vault import Vault
from app.sync import identity
from app.sync.device_file import DeviceFile

MAX_SESSION_HOURS = 12
DEFAULT_SESSION_HOURS = 12
DEFAULT_IDLE_MINUTES = 15
DEFAULT_MAX_FAILURES = 10


def current(profile: Path, vault: Vault | None = None) -> dict:
    stored = json.loads(vault.meta("policy") or "{}") if vault is not None else {}
    if stored:
        return stored
    device = DeviceFile.load(profile)
    return dict(device.policy) if device is not None and isinstance(device.policy, dict) else {}


def keep(vault: Vault, policy: object) -> None:
    """Store a policy the server sent (ignored unless it has the shape the server gives)."""
    if not (isinstance(policy, dict) and policy and all(type(v) is int for v in policy.values())):
        return
    vault.set_meta("policy", json.dumps(policy, sort_keys=True))
    device = identity.device_file(vault)
    device.policy = dict(policy)
    device.save(vault.profile)


def _number(policy: dict, key: str, default: int) -> int:
    value = policy.get(key)
    return value if type(value) is int and value > 0 else default


def session_hours(policy: dict) -> int:
    """A session lasts the policy's hours, and never more than twelve."""
    return min(_number(policy, "session_hours", DEFAULT_SESSION_HOURS), MAX_SESSION_HOURS)


def idle_lock_minutes(policy: dict) -> int:
    return _number(policy, "idle_lock_minutes", DEFAULT_IDLE_MINUTES)


def max_failed_logins(policy: dict) -> int:
    return _number(policy, "max_failed_logins", DEFAULT_MAX_FAILURES)
