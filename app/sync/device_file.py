"""The device facts kept beside the vault, readable before anyone signs in.

Why outside the vault: a lost laptop must still obey a wipe order at its next contact, and the
lease must still lock or shred it, when nobody ever types a password (a thief won't). So the
profile keeps, in ``device.json``: the server address and pinned key, this device's id, the
server's signing key, the *check-in key* (a second Ed25519 key that the server accepts only for
check-ins and wipe acknowledgements), the last known count of unsynced changes, and the lease
marks. Nothing in it is personal data. The vault keeps its own copy of the lease marks, which wins
at unlock: editing this file can delay a shred until the next sign-in, never past it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.storage.files import shred, shred_leftovers, write_atomically

NAME = "device.json"


@dataclass
class DeviceFile:
    server_url: str
    device_id: str
    server_public_key: str  # base64, verifies wipe commands
    checkin_key: str  # base64 raw Ed25519 private key; signs check-ins and wipe acknowledgements only
    spki_pin: str | None = None
    ca_file: str | None = None
    pending_changes: int = 0
    lease_renewed_ms: int = 0
    last_seen_ms: int = 0
    policy: dict = field(default_factory=dict)
    wipe_report: dict | None = None  # a completed wipe's signed report, until the server has it

    @staticmethod
    def path(profile: Path) -> Path:
        return profile / NAME

    @classmethod
    def load(cls, profile: Path) -> DeviceFile | None:
        """The profile's device facts, or None before enrollment (or if the file is unreadable)."""
        try:
            data = json.loads(cls.path(profile).read_text("utf-8"))
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (OSError, ValueError, TypeError):
            return None

    def save(self, profile: Path) -> None:
        write_atomically(self.path(profile), json.dumps(asdict(self), indent=1, sort_keys=True).encode())
        shred_leftovers(profile, NAME)  # earlier copies a killed process left: they hold the check-in key

    @classmethod
    def destroy(cls, profile: Path) -> None:
        shred(cls.path(profile))
        shred_leftovers(profile, NAME)
