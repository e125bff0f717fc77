"""Check-in: tell the server this device is alive; hear policy, the lease renewal and commands.

Why it runs before anyone signs in: the only command a lost laptop must obey is a wipe, and the
person holding it will never sign in. Signed in, the check-in also carries the audit chain from
the entry the server anchored last to the head, so a rewritten history is caught there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.storage import audit, outbox
from app.storage.vault import Vault
from app.sync import identity, lease
from app.sync.device_file import DeviceFile
from app.sync.errors import BadResponse, NotEnrolled
from app.sync.transport import Transport

MAX_LINKS = 50_000


@dataclass(frozen=True)
class CheckIn:
    policy: dict
    audit_accepted: bool
    wipe: dict | None  # the signed wipe command, if the server has one for this device
    lease: lease.LeaseState  # renewed by this check-in


def audit_links(vault: Vault) -> list[list]:
    """[seq, prev_hash, hash] from the anchored entry (or the first) to the head."""
    anchored = int(vault.meta("audit_anchor_seq") or 0)
    entries = audit.entries(vault.conn, after=max(anchored - 1, 0), limit=MAX_LINKS)
    return [[e.seq, e.prev_hash, e.hash] for e in entries]


def _checked(answer: object) -> tuple[dict, dict, dict | None]:
    """The policy, the audit answer and the wipe command (if any), or BadResponse."""
    if not isinstance(answer, dict):
        raise BadResponse()
    policy, report, commands = answer.get("policy"), answer.get("audit"), answer.get("commands")
    if (
        not isinstance(policy, dict)
        or not all(isinstance(v, int) for v in policy.values())
        or not isinstance(report, dict)
        or not isinstance(commands, list)
    ):
        raise BadResponse()
    wipe = next((c for c in commands if isinstance(c, dict) and c.get("type") == "wipe"), None)
    return policy, report, wipe


def check_in(profile: Path, vault: Vault | None, transport: Transport) -> CheckIn:
    """One check-in, signed by the vault's key when someone is signed in, else by the check-in key."""
    device = identity.device_file(vault) if vault is not None else DeviceFile.load(profile)
    if device is None:
        raise NotEnrolled()
    if vault is not None:
        pending, links, signer = outbox.pending_count(vault.conn), audit_links(vault), identity.signer(vault)
    else:
        pending, links, signer = device.pending_changes, [], identity.checkin_signer(device)
    answer = transport.call(
        "POST",
        "/v1/devices/check-in",
        {"pending_changes": pending, "device_clock_ms": max(transport.now_ms(), 0), "audit_links": links},
        signer=signer,
    )
    policy, report, wipe = _checked(answer)
    accepted = report.get("accepted") is True
    if vault is not None and accepted and isinstance(report.get("seq"), int):
        with vault.transaction():
            vault.set_meta("audit_anchor_seq", str(report["seq"]))
            vault.set_meta("audit_anchor_hash", str(report.get("hash")))
    elif vault is not None:
        with vault.transaction() as conn:
            audit.append(conn, actor=vault.username, action="audit_anchor_refused")
    state = lease.renew(
        profile, vault, transport.now_ms(), policy, pending_changes=pending if vault is not None else None
    )
    return CheckIn(policy, accepted, wipe, state)
