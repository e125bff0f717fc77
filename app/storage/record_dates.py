"""When each record was made on this laptop: the vault row's date_created, which no record body holds.

Why apart from ``records``: only reports need it (HUD's timeliness of entry), and they need it for
every record of a kind at once, so it is one read per kind rather than one per record.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from app.storage.vault import Vault


def created_on(stamp: str, zone: tzinfo | None = None) -> date:
    """The calendar day of a stored UTC time, in ``zone`` (None: this laptop's own time zone)."""
    return datetime.fromisoformat(stamp).astimezone(zone).date()


def created(vault: Vault, kind: str, zone: tzinfo | None = None) -> dict[str, date]:
    """Record id -> the day it was made, for every live record of ``kind``."""
    rows = vault.conn.execute("SELECT id, date_created FROM record WHERE kind = ? AND date_deleted IS NULL", (kind,))
    return {record_id: created_on(stamp, zone) for record_id, stamp in rows}
