"""Conflicts and possible duplicates: listed offline, settled by a person, sent like any change.

Why a queue of decisions: a Data Coordinator may settle items on a laptop with no link. The
decision is stored here at once (a conflict's chosen value is also written to the record, so the
laptop shows it), and the sync sends it when it can. A decision the server refuses stays with
its reason; one the server already has (settled elsewhere) is simply done.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from app.storage.records import Records, now_text
from app.storage.vault import Vault
from app.sync.errors import BadResponse, Refused

Call = Callable[[str, str, object], object]
_PATHS = {"conflict": "/v1/conflicts", "duplicate": "/v1/duplicates"}
# The roles the server lets settle conflicts and duplicates (it enforces this; the device only
# spares the others two requests it would refuse).
SETTLERS = frozenset({"system_admin", "data_coordinator"})


def items(vault: Vault, type_: str | None = None, status: str = "open") -> list[dict]:
    """What waits for a person, as the server last listed it (and not yet settled here)."""
    rows = vault.conn.execute(
        "SELECT id, type, body, status FROM review_item WHERE status = ?"  # noqa: S608 (placeholders only; values are bound)
        + (" AND type = ?" if type_ else "")
        + " ORDER BY seen_at, id",
        (status, type_) if type_ else (status,),
    ).fetchall()
    return [{"id": i, "type": t, "status": s, **json.loads(b)} for i, t, b, s in rows]


def refresh(vault: Vault, call: Call) -> int:
    """Fetch the open items this user may settle; items gone from the server are settled here."""
    found = 0
    for type_, path in _PATHS.items():
        try:
            answer = call("GET", path, None)
        except Refused as error:
            if error.http_status == 403:  # this role does not settle them; nothing to show
                continue
            raise
        if not isinstance(answer, list) or not all(
            isinstance(a, dict) and isinstance(a.get("id"), str) for a in answer
        ):
            raise BadResponse()
        with vault.transaction() as conn:
            ids = [a["id"] for a in answer]
            for item in answer:
                conn.execute(
                    "INSERT INTO review_item (id, type, body, seen_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                    (item["id"], type_, json.dumps({k: v for k, v in item.items() if k != "id"}), now_text()),
                )
            conn.execute(
                f"UPDATE review_item SET status = 'settled' WHERE type = ? AND status = 'open'"  # noqa: S608 (placeholders only; values are bound)
                f" AND id NOT IN ({','.join('?' * len(ids))})",
                (type_, *ids),
            )
        found += len(answer)
    return found


def _queue(vault: Vault, item_id: str, type_: str, action: str, value: object) -> None:
    with vault.transaction() as conn:
        row = conn.execute("SELECT status FROM review_item WHERE id = ? AND type = ?", (item_id, type_)).fetchone()
        if row is None or row[0] != "open":
            raise Refused("That item is not open on this device.", 409)
        conn.execute(
            "INSERT INTO review_action (item_id, type, action, value, created_at) VALUES (?, ?, ?, ?, ?)",
            (item_id, type_, action, json.dumps(value), now_text()),
        )
        conn.execute("UPDATE review_item SET status = 'settling' WHERE id = ?", (item_id,))


def resolve_conflict(records: Records, item_id: str, value: object) -> None:
    """Settle a field conflict with either side's value or an edited one; shown here at once."""
    vault = records.vault
    with vault.transaction():
        row = vault.conn.execute(
            "SELECT body FROM review_item WHERE id = ? AND type = 'conflict'", (item_id,)
        ).fetchone()
        if row is None:
            raise Refused("That conflict is not on this device.", 404)
        item = json.loads(row[0])
        _queue(vault, item_id, "conflict", "resolve", value)
        record = records.get(item["kind"], item["record_id"])
        records.save(type(record).from_dict(record.to_dict() | {item["field"]: value}))


def settle_duplicate(vault: Vault, item_id: str, *, keep: str | None) -> None:
    """Merge the pair keeping ``keep``, or (``keep=None``) dismiss it as two different people."""
    if keep is None:
        _queue(vault, item_id, "duplicate", "dismiss", None)
    else:
        _queue(vault, item_id, "duplicate", "merge", {"keep": keep})


def send(vault: Vault, call: Call) -> tuple[int, int]:
    """Send queued decisions in order; returns (done, refused)."""
    done = refused = 0
    rows = vault.conn.execute(
        "SELECT seq, item_id, type, action, value FROM review_action WHERE state = 'pending' ORDER BY seq"
    ).fetchall()
    for seq, item_id, type_, action, value in rows:
        body = (
            {"value": json.loads(value)} if action == "resolve" else (json.loads(value) if action == "merge" else None)
        )
        try:
            result, state = call("POST", f"{_PATHS[type_]}/{item_id}/{action}", body), "done"
        except Refused as error:
            if error.http_status == 409 and "already" in str(error):
                result, state = {"note": str(error)}, "done"  # settled elsewhere, or our earlier try got there
            else:
                result, state = {"reason": str(error)}, "rejected"
        with vault.transaction() as conn:
            conn.execute(
                "UPDATE review_action SET state = ?, result = ? WHERE seq = ?", (state, json.dumps(result), seq)
            )
            conn.execute(
                "UPDATE review_item SET status = ? WHERE id = ?", ("settled" if state == "done" else "open", item_id)
            )
        done += state == "done"
        refused += state == "rejected"
    return done, refused
