"""The lease: a device that stops checking in warns, then locks, then destroys its data.

Why a monotonic "last seen" time: days are counted on the device's own clock, from the last
successful check-in to the latest time the device has ever seen. Turning the clock back cannot
make that time smaller, so it cannot extend the lease; turning it forward only brings the lock
sooner. The marks live in the vault (authoritative once someone signs in) and in the device file
(so a laptop nobody signs in to still locks and shreds).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.storage.vault import Vault
from app.sync.device_file import DeviceFile

DAY_MS = 86_400_000
DEFAULT_POLICY = {"lease_warn_days": 7, "lease_lock_days": 14, "lease_shred_days": 30}
OK, WARN, LOCK, SHRED = "ok", "warn", "lock", "shred"


@dataclass(frozen=True)
class LeaseState:
    level: str
    days_since_check_in: float
    days_to_next: float | None  # until the next level, if there is one

    def message(self) -> str:
        days = int(self.days_since_check_in)
        if self.level == OK:
            return "In touch with the server."
        if self.level == WARN:
            return (
                f"This laptop has not reached the server for {days} days. Connect and sync soon: in "
                f"{max(0, int(self.days_to_next or 0))} days it will lock."
            )
        if self.level == LOCK:
            return (
                f"This laptop has not reached the server for {days} days and is locked. Connect to the "
                "network and sync to unlock it."
            )
        return "This laptop has not reached the server for too long; its data has been destroyed."


def evaluate(renewed_ms: int, last_seen_ms: int, now_ms: int, policy: dict | None = None) -> LeaseState:
    """Where the lease stands at ``now_ms`` (or at the latest time seen, if the clock went back)."""
    rules = DEFAULT_POLICY | {k: v for k, v in (policy or {}).items() if k in DEFAULT_POLICY}
    effective = max(now_ms, last_seen_ms, renewed_ms)
    days = (effective - renewed_ms) / DAY_MS
    steps = [(WARN, rules["lease_warn_days"]), (LOCK, rules["lease_lock_days"]), (SHRED, rules["lease_shred_days"])]
    level = OK
    for name, limit in steps:
        if days >= limit:
            level = name
    upcoming = next((limit for _name, limit in steps if days < limit), None)
    return LeaseState(level, days, None if upcoming is None else upcoming - days)


def _int(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0


def observe(profile: Path, vault: Vault | None, now_ms: int) -> LeaseState:
    """Evaluate the lease and remember the latest time seen, in the vault and the device file."""
    device = DeviceFile.load(profile)
    renewed, seen, policy = 0, now_ms, {}
    if device is not None:
        renewed, seen, policy = device.lease_renewed_ms, max(seen, device.last_seen_ms), device.policy
    vault_seen = _int(vault.meta("last_seen_ms")) if vault is not None else 0
    if vault is not None:
        renewed = _int(vault.meta("lease_renewed_ms"))  # the vault's mark wins over the file's
        seen = max(seen, vault_seen)
        policy = json.loads(vault.meta("policy") or "{}") or policy
    if not renewed:  # not enrolled: there is no lease to run out
        return evaluate(now_ms, now_ms, now_ms, policy)
    state = evaluate(renewed, seen, now_ms, policy)
    seen = max(seen, renewed)
    if vault is not None and vault_seen != seen:
        vault.set_meta("last_seen_ms", str(seen))
    if device is not None and (device.last_seen_ms, device.lease_renewed_ms) != (seen, renewed):
        device.last_seen_ms, device.lease_renewed_ms = seen, renewed
        device.save(profile)
    return state


def renew(
    profile: Path, vault: Vault | None, now_ms: int, policy: dict, *, pending_changes: int | None = None
) -> LeaseState:
    """A check-in succeeded: the lease starts again from the latest time this device has seen.
    The device file also takes the count of unsynced changes, when the caller knows it."""
    device = DeviceFile.load(profile)
    seen = max(now_ms, device.last_seen_ms if device else 0)
    if vault is not None:
        seen = max(seen, _int(vault.meta("last_seen_ms")))
        with vault.transaction():
            vault.set_meta("lease_renewed_ms", str(seen))
            vault.set_meta("last_seen_ms", str(seen))
            vault.set_meta("policy", json.dumps(policy, sort_keys=True))
    if device is not None:
        device.lease_renewed_ms = device.last_seen_ms = seen
        device.policy = dict(policy)
        if pending_changes is not None:
            device.pending_changes = pending_changes
        device.save(profile)
    return evaluate(seen, seen, now_ms, policy)
