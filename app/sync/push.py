"""Push: send the outbox in small batches and keep the server's answer for every operation.

Why per-batch transactions: the answers for a batch are written together, so a crash leaves each
operation either answered or still pending. A pending operation is simply sent again; the server
knows it by its operation id and answers as before, so nothing is applied twice. Rejected
operations stay in the outbox with the server's reason, for a person to see.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.storage import audit, outbox
from app.storage.vault import Vault
from app.sync.errors import BadResponse

BATCH = 100
STATUSES = ("applied", "merged", "conflict", "rejected")
Call = Callable[[str, str, object], object]


@dataclass
class PushSummary:
    sent: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))


def _created_ms(vault: Vault, op: outbox.Operation) -> int | None:
    """When this laptop made the record, for an operation that may create it on the server (an
    upsert based on no server version): the server keeps it as the record's creation time, so HUD's
    timeliness of entry counts from the making, not from the sync days later. None if unknown."""
    if op.op != "upsert" or op.base_version is not None:
        return None
    row = vault.conn.execute(
        "SELECT date_created FROM record WHERE kind = ? AND id = ?", (op.kind, op.record_id)
    ).fetchone()
    if row is None:
        return None
    try:
        moment = datetime.fromisoformat(row[0])
    except (TypeError, ValueError):
        return None
    ms = int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp() * 1000)
    return ms if ms >= 0 else None


def _wire(op: outbox.Operation, device_id: str, created_ms: int | None = None) -> dict:
    sent = {
        "op_id": op.op_id(device_id),
        "kind": op.kind,
        "record_id": op.record_id,
        "op": op.op,
        "base_version": op.base_version,
        "fields": op.fields,
        "hlc": op.hlc,
    }
    if created_ms is not None:  # left out otherwise: a server from before the field takes the batch
        sent["created_ms"] = created_ms
    return sent


def _checked(answer: object, sent: list[dict]) -> list[dict]:
    results = answer.get("results") if isinstance(answer, dict) else None
    if not isinstance(results, list) or len(results) != len(sent):
        raise BadResponse()
    for result, op in zip(results, sent):
        if not isinstance(result, dict) or result.get("op_id") != op["op_id"] or result.get("status") not in STATUSES:
            raise BadResponse()
    return results


def push(
    vault: Vault, call: Call, *, progress: Callable[[int, int], None] = lambda done, total: None, batch: int = BATCH
) -> PushSummary:
    """Drain the outbox; returns how many went and how the server answered."""
    summary = PushSummary()
    device_id = vault.device_id
    assert device_id is not None  # Vault.create gives every vault its id; enrollment swaps it for the server's
    total = outbox.pending_count(vault.conn)
    after = 0
    while True:
        ops = outbox.pending(vault.conn, limit=batch, after=after)
        if not ops:
            return summary
        sent = [_wire(op, device_id, _created_ms(vault, op)) for op in ops]
        results = _checked(call("POST", "/v1/sync/push", {"operations": sent}), sent)
        with vault.transaction() as conn:
            for op, result in zip(ops, results):
                conn.execute(
                    "UPDATE outbox SET state = ?, result = ? WHERE seq = ? AND state = 'pending'",
                    (result["status"], json.dumps(result, sort_keys=True), op.seq),
                )
                summary.counts[result["status"]] += 1
            audit.append(
                conn,
                actor=vault.username,
                action="sync_push",
                detail={s: sum(r["status"] == s for r in results) for s in STATUSES},
            )
        summary.sent += len(ops)
        after = ops[-1].seq
        progress(summary.sent, total)


def rejected(vault: Vault) -> list[dict]:
    """Operations the server refused, with its reason, newest first: kept until a person acts."""
    rows = vault.conn.execute(
        "SELECT seq, kind, record_id, result, created_at FROM outbox WHERE state = 'rejected' ORDER BY seq DESC"
    ).fetchall()
    return [
        {
            "seq": seq,
            "kind": kind,
            "record_id": record_id,
            "reason": json.loads(result).get("reason"),
            "created_at": created,
        }
        for seq, kind, record_id, result, created in rows
    ]
