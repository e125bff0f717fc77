"""Remote wipe: obey a signed order meant for this device, destroy its data, and say so.

Why in this order: the report (what will be destroyed, how many changes were never synced) is
signed and written to the device file first, then the key slots are shredded (without them the
database key is gone for good), then the files are deleted, then the report is sent. A crash
anywhere in between resumes at the next start, and the device file, which holds no personal
data, goes only once the server has the report. A command that is forged, expired, or meant for
another device is refused and the refusal is recorded.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from app.storage import audit, outbox
from app.storage.files import shred
from app.storage.key_slots import KeySlots
from app.storage.vault import DB_NAME, SLOTS_DIR, Vault
from app.sync import identity, wire
from app.sync.device_file import DeviceFile
from app.sync.errors import SyncError
from app.sync.transport import Transport

log = logging.getLogger(__name__)
FOLDERS = ("attachments", "cache")


class WipeRefused(Exception):
    """A wipe command this device will not obey; ``str()`` says why, without personal data."""


def verify(envelope: dict, device: DeviceFile, now_ms: int) -> dict:
    """The command inside ``envelope`` if the server signed it, for this device, and it is current."""
    command, signature = envelope.get("command"), envelope.get("signature")
    if not isinstance(command, dict) or not isinstance(signature, str):
        raise WipeRefused("the wipe command is malformed")
    if not wire.verify_statement(wire.unb64(device.server_public_key), command, signature):
        raise WipeRefused("the wipe command is not signed by the server this device enrolled with")
    if command.get("type") != "wipe" or command.get("device_id") != device.device_id:
        raise WipeRefused("the wipe command is for another device")
    expires = command.get("expires_ms")
    if not isinstance(expires, int) or expires <= now_ms or not isinstance(command.get("wipe_id"), str):
        raise WipeRefused("the wipe command has expired (an old command sent again)")
    return command


def refuse(vault: Vault | None, reason: str) -> None:
    log.warning("wipe command refused: %s", reason)
    if vault is not None and vault.conn is not None:
        with vault.transaction() as conn:
            audit.append(conn, actor=vault.username, action="wipe_refused", detail={"reason": reason})


def _present(profile: Path) -> list[str]:
    found = []
    if KeySlots(profile / SLOTS_DIR).count():
        found.append("key_slots")
    for name, label in ((DB_NAME, "database"), (f"{DB_NAME}-wal", "wal"), (f"{DB_NAME}-shm", "shm")):
        if (profile / name).exists():
            found.append(label)
    found += [folder for folder in FOLDERS if (profile / folder).exists()]
    return found


def destroy(profile: Path, vault: Vault | None) -> list[str]:
    """Crypto-shred the key slots, then delete the database, its WAL and SHM, attachments and caches."""
    present = _present(profile)
    if vault is not None and vault.conn is not None:
        vault.close()
    KeySlots(profile / SLOTS_DIR).shred_all()
    shutil.rmtree(profile / SLOTS_DIR, ignore_errors=True)
    for name in (f"{DB_NAME}-wal", f"{DB_NAME}-shm", DB_NAME):
        shred(profile / name)
    for leftover in profile.glob(f".{DB_NAME}.building*"):
        leftover.unlink(missing_ok=True)
    for folder in FOLDERS:
        shutil.rmtree(profile / folder, ignore_errors=True)
    return present


def execute(profile: Path, vault: Vault | None, transport: Transport, envelope: dict) -> dict:
    """Carry out a verified wipe order; returns the signed report (sent, or kept to send later)."""
    device = DeviceFile.load(profile)
    assert device is not None
    try:
        command = verify(envelope, device, transport.now_ms())
    except WipeRefused as error:
        refuse(vault, str(error))
        raise
    signer = identity.checkin_signer(device)
    wipe_id = command["wipe_id"]
    try:
        transport.call("POST", f"/v1/wipes/{wipe_id}/ack", {"stage": "received"}, signer=signer)
    except SyncError:
        pass  # the wipe must not wait for the link; the completion below also marks it received
    unsynced = (
        outbox.pending_count(vault.conn) if vault is not None and vault.conn is not None else device.pending_changes
    )
    report = {
        "wipe_id": wipe_id,
        "device_id": device.device_id,
        "destroyed": _present(profile) + ["device_key"],
        "unsynced_changes": unsynced,
        "completed_ms": transport.now_ms(),
    }
    # Signed by the vault's own key when the vault is open: that key is destroyed next, so only the
    # laptop itself could have signed, and the server counts the wipe proven. A locked laptop has
    # only its check-in key, kept outside the vault; its report is taken as "unproven".
    open_vault = vault if vault is not None and vault.is_open and identity.is_enrolled(vault) else None
    proof = identity.signer(open_vault) if open_vault is not None else signer
    device.wipe_report = {"report": report, "signature": wire.sign_statement(proof.key, report)}
    device.save(profile)
    destroy(profile, vault)
    _send_report(profile, device, transport)
    return report


def finish(profile: Path, transport: Transport) -> bool:
    """Finish a wipe a crash or a dead link interrupted; True when nothing is left to do."""
    device = DeviceFile.load(profile)
    if device is None or device.wipe_report is None:
        return device is None
    destroy(profile, None)  # a crash may have stopped the wipe half way
    return _send_report(profile, device, transport)


def _send_report(profile: Path, device: DeviceFile, transport: Transport) -> bool:
    """Send the kept wipe report; once the server has it, the device file goes too."""
    report = device.wipe_report
    assert report is not None  # both callers have set it or checked it
    try:
        transport.call(
            "POST",
            f"/v1/wipes/{report['report']['wipe_id']}/ack",
            {"stage": "completed", "report": report["report"], "report_signature": report["signature"]},
            signer=identity.checkin_signer(device),
        )
    except SyncError as error:
        if "already completed" not in str(error):
            return False
    DeviceFile.destroy(profile)
    return True
