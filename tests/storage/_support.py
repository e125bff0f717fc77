"""Helpers shared by the storage tests (no fixtures here; see tests/conftest.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.storage.key_slots import KdfParams
from app.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSWORD, USER

PAGE = 4096


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names and contents): compare before/after to prove 'untouched'."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out[str(path.relative_to(folder)) + "/"] = "dir"
    return out


def open_fast(profile: Path, username: str = USER, password: str = PASSWORD, floor: KdfParams = FAST_KDF) -> Vault:
    return Vault.open(profile, username, password, floor=floor)


def slot_path(profile: Path, username: str = USER) -> Path:
    from app.storage.key_slots import KeySlots
    from app.storage.vault import SLOTS_DIR

    return KeySlots(profile / SLOTS_DIR).path_for(username)


def rewrite_slot(raw: bytes, edit, *, recompute_check: bool) -> bytes:
    """Apply ``edit(body_dict)`` to a slot file; optionally recompute its SHA-256 'check' field."""
    body = json.loads(raw)
    edit(body)
    if recompute_check:
        body.pop("check", None)
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        body["check"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(body, indent=1, sort_keys=True).encode() + b"\n"


def fill_raw(vault: Vault, rows: int = 300, size: int = 200) -> None:
    """Put some data in through SQL (no domain needed): enough rows to span dozens of pages."""
    with vault.transaction() as conn:
        for i in range(rows):
            conn.execute(
                "INSERT INTO record (kind, id, body, version, date_created, date_updated, user_id)"
                " VALUES ('test', ?, ?, 1, '2024-01-01', '2024-01-01', 'alice')",
                (f"{i:032x}", json.dumps({"n": i, "pad": "p" * size})),
            )
