"""Remote wipe end to end over HTTP, with the signatures checked on both sides; audit anchoring."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.sync import wire
from server.db.schema import audit
from tests.server.harness import ApiError


def _report(device, wipe_id: str, unsynced: int) -> dict:
    return {
        "wipe_id": wipe_id,
        "device_id": device.id,
        "unsynced_changes": unsynced,
        "destroyed": ["key_slots", "database", "wal", "shm", "caches"],
        "completed_ms": device.live.clock.now_ms(),
    }


def test_wipe_lifecycle_pending_received_completed(world):
    laptop = world.signed_in("outreach_worker", "Street Team")
    coordinator = world.signed_in("security_coordinator", "Street Team")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")
    assert order["status"] == "pending"
    # Ordering twice gives the same open order, not a second one.
    assert coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")["id"] == order["id"]

    with pytest.raises(ApiError) as blocked:
        laptop.call("GET", "/v1/sync/pull?cursor=0")
    assert blocked.value.status == 403 and "wiped" in blocked.value.detail

    answer = laptop.call("POST", "/v1/devices/check-in", {"pending_changes": 3, "device_clock_ms": 1})
    [command] = answer["commands"]
    assert command["type"] == "wipe" and command["command"]["device_id"] == laptop.id
    assert wire.verify_statement(laptop.server_key, command["command"], command["signature"])
    forged = dict(command["command"], device_id="f" * 32)
    assert not wire.verify_statement(laptop.server_key, forged, command["signature"])

    laptop.call("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"})
    assert coordinator.call("GET", f"/v1/wipes/{order['id']}")["status"] == "received"

    report = _report(laptop, order["id"], 3)
    done = laptop.call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.key, report)},
    )
    assert done["status"] == "completed" and done["report"]["unsynced_changes"] == 3
    status = coordinator.call("GET", f"/v1/wipes/{order['id']}")
    assert status["status"] == "completed" and status["report"]["destroyed"]
    listed = next(d for d in coordinator.call("GET", "/v1/devices") if d["id"] == laptop.id)
    assert listed["wipe"]["status"] == "completed" and listed["revoked_ms"] is not None
    with pytest.raises(ApiError) as gone:
        laptop.call("POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1})
    assert gone.value.status == 401


def test_forged_replayed_and_foreign_acknowledgements_are_refused(world):
    laptop = world.signed_in("case_manager", "Hope Shelter")
    other = world.signed_in("case_manager", "Hope Shelter")
    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")

    # Signed by a key that is not the device's.
    report = _report(laptop, order["id"], 0)
    with pytest.raises(ApiError) as forged:
        laptop.call(
            "POST",
            f"/v1/wipes/{order['id']}/ack",
            {
                "stage": "completed",
                "report": report,
                "report_signature": wire.sign_statement(Ed25519PrivateKey.generate(), report),
            },
        )
    assert forged.value.status == 400
    # A report that claims fewer lost changes than were signed.
    signed = wire.sign_statement(laptop.key, report)
    with pytest.raises(ApiError):
        laptop.call(
            "POST",
            f"/v1/wipes/{order['id']}/ack",
            {"stage": "completed", "report": dict(report, unsynced_changes=1), "report_signature": signed},
        )
    # Another device cannot acknowledge this device's order.
    with pytest.raises(ApiError) as foreign:
        other.call("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"})
    assert foreign.value.status == 404
    # The same signed request sent twice: the replay is refused.
    nonce = hashlib.sha256(b"once").hexdigest()[:32]
    first = laptop.raw("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"}, nonce=nonce)
    assert first.status_code == 200
    replay = laptop.raw("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"}, nonce=nonce)
    assert replay.status_code == 401
    # Unsigned acknowledgement.
    assert laptop.raw("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"}, sign=False).status_code == 401
    assert coordinator.call("GET", f"/v1/wipes/{order['id']}")["status"] == "received"


def test_a_coordinator_cannot_wipe_another_agencys_device(world):
    laptop = world.signed_in("case_manager", "Hope Shelter")
    stranger = world.signed_in("security_coordinator", "Street Team")
    worker = world.signed_in("case_manager", "Hope Shelter")
    for who in (stranger, worker):
        with pytest.raises(ApiError) as refused:
            who.call("POST", f"/v1/devices/{laptop.id}/wipe")
        assert refused.value.status == 403


def test_an_order_never_picked_up_shows_as_expired(world):
    laptop = world.device("Street Team")
    admin = world.signed_in("system_admin", None, device_agency="Street Team")
    order = admin.call("POST", f"/v1/devices/{laptop.id}/wipe")
    world.live.clock.advance(91 * 86400)
    admin.login(admin.user)
    assert admin.call("GET", f"/v1/wipes/{order['id']}")["status"] == "expired"


def test_an_expired_order_can_be_given_again_and_the_laptop_gets_the_new_one(world):
    laptop = world.device("Street Team")
    admin = world.signed_in("system_admin", None, device_agency="Street Team")
    first = admin.call("POST", f"/v1/devices/{laptop.id}/wipe")
    world.live.clock.advance(91 * 86400)  # the laptop stayed away past the order's life
    admin.login(admin.user)
    second = admin.call("POST", f"/v1/devices/{laptop.id}/wipe")
    assert second["id"] != first["id"] and second["status"] == "pending"
    assert admin.call("GET", f"/v1/wipes/{first['id']}")["status"] == "expired"
    [command] = laptop.call("POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1})["commands"]
    assert command["command"]["wipe_id"] == second["id"]  # a current order, which the laptop will obey
    listed = next(d for d in admin.call("GET", "/v1/devices") if d["id"] == laptop.id)
    assert listed["wipe"]["id"] == second["id"]


def _links(n: int, start_prev: str = "0" * 64, first: int = 1):
    out, prev = [], start_prev
    for seq in range(first, first + n):
        digest = hashlib.sha256(f"{seq}{prev}".encode()).hexdigest()
        out.append([seq, prev, digest])
        prev = digest
    return out


def test_the_audit_chain_must_extend_the_anchored_head(world):
    laptop = world.device("Hope Shelter")
    chain = _links(5)
    first = laptop.call(
        "POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": chain}
    )
    assert first["audit"]["accepted"] and first["audit"]["seq"] == 5
    more = _links(3, chain[-1][2], 6)
    ok = laptop.call(
        "POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": [chain[-1]] + more}
    )
    assert ok["audit"]["accepted"] and ok["audit"]["seq"] == 8
    rewritten = _links(9, "1" * 64)  # a whole new history
    refused = laptop.call(
        "POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": rewritten}
    )
    assert not refused["audit"]["accepted"] and refused["audit"]["seq"] == 8 and refused["audit"]["reason"]
    gap = laptop.call(
        "POST",
        "/v1/devices/check-in",
        {"pending_changes": 0, "device_clock_ms": 1, "audit_links": [more[-1]] + _links(2, "2" * 64, 9)},
    )
    assert not gap["audit"]["accepted"]


def test_links_sent_again_from_an_older_anchor_are_not_a_rewrite(world):
    """A check-in applied here whose answer was lost: the device resends from its older anchor."""
    laptop = world.device("Hope Shelter")
    chain = _links(6)
    laptop.call("POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": chain[:4]})
    again = laptop.call(
        "POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": chain}
    )
    assert again["audit"]["accepted"] and again["audit"]["seq"] == 6
    forked = chain[:2] + _links(4, "3" * 64, 3)  # passes by the anchored seq with another hash
    refused = laptop.call(
        "POST", "/v1/devices/check-in", {"pending_changes": 0, "device_clock_ms": 1, "audit_links": forked}
    )
    assert not refused["audit"]["accepted"] and refused["audit"]["seq"] == 6


def test_only_the_vault_key_anchors_the_audit_chain(world):
    laptop = world.device("Hope Shelter", checkin_key=True)
    body = {"pending_changes": 0, "device_clock_ms": 1, "audit_links": _links(3)}
    by_checkin_key = laptop.call("POST", "/v1/devices/check-in", body, key=laptop.checkin_key)
    assert by_checkin_key["audit"]["seq"] == 0  # heard, not anchored
    assert laptop.call("POST", "/v1/devices/check-in", body)["audit"]["seq"] == 3


def test_a_refused_cross_agency_request_is_audited(world):
    laptop = world.signed_in("case_manager", "Hope Shelter")
    stranger = world.signed_in("security_coordinator", "Street Team")
    with pytest.raises(ApiError):
        stranger.call("POST", f"/v1/devices/{laptop.id}/wipe")
    with world.live.ctx.engine.connect() as conn:
        rows = conn.execute(
            select(audit.c.outcome).where(audit.c.action == "forbidden", audit.c.actor == stranger.user.id)
        ).all()
    assert rows and rows[-1][0] == "refused"
