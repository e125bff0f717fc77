"""The check-in key: a second device key, kept outside the vault, that may sign only check-in and
wipe acknowledgements, so a lost laptop obeys a wipe order before anyone signs in (a thief won't)."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, insert, inspect, select

from app.sync import wire
from server.db.engine import make_engine
from server.db.schema import agency, audit, device, wipe
from server.services import devices
from tests.server.harness import PASSWORD, ApiError, Device, ThrowawayPostgres, migrate, postgres_reachable

CHECK_IN = {"pending_changes": 0, "device_clock_ms": 1}


def _locked(laptop: Device) -> Device:
    """The same laptop before anyone signs in: only its check-in key is at hand."""
    assert laptop.checkin_key is not None, "a laptop made with checkin_key=True"
    locked = Device(laptop.live)
    locked.key, locked.id, locked.server_key = laptop.checkin_key, laptop.id, laptop.server_key
    return locked


def _report(laptop: Device, wipe_id: str, unsynced: int = 0) -> dict:
    return {
        "wipe_id": wipe_id,
        "device_id": laptop.id,
        "unsynced_changes": unsynced,
        "destroyed": ["key_slots", "database", "wal", "shm", "caches"],
        "completed_ms": laptop.live.clock.now_ms(),
    }


def _device_count(world) -> int:
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(device)).scalar_one()


def _stored_checkin_key(world, device_id: str):
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(device.c.checkin_key).where(device.c.id == device_id)).scalar_one()


def test_the_proof_without_a_checkin_key_is_byte_for_byte_what_it_was():
    assert devices.enrollment_proof("ABCD-EFGH", "cGs=", "Laptop") == (
        b'{"code":"ABCD-EFGH","name":"Laptop","public_key":"cGs=","purpose":"enroll"}'
    )
    assert devices.enrollment_proof("ABCD-EFGH", "cGs=", "Laptop", "Y2s=") == (
        b'{"checkin_key":"Y2s=","code":"ABCD-EFGH","name":"Laptop","public_key":"cGs=","purpose":"enroll"}'
    )


@pytest.mark.parametrize("with_checkin_key", [False, True])
def test_an_enrollment_whose_answer_was_lost_can_be_asked_again(world, with_checkin_key):
    code = world.code("Hope Shelter")
    laptop = Device(world.live, checkin_key=with_checkin_key)
    first = laptop.enroll(code)
    before = _device_count(world)
    assert laptop.enroll(code) == first  # the same keys, the same code: the same device
    assert _device_count(world) == before
    other = Device(world.live, checkin_key=with_checkin_key)  # another device with that code: refused
    with pytest.raises(ApiError) as refused:
        other.enroll(code)
    assert refused.value.status == 403 and _device_count(world) == before


def test_enrollment_registers_the_checkin_key(world):
    laptop = Device(world.live, checkin_key=True)
    result = laptop.enroll(world.code("Hope Shelter"))
    assert set(result) == {"device_id", "agency_id", "server_public_key"}
    assert laptop.id is not None and laptop.checkin_key is not None
    assert bytes(_stored_checkin_key(world, laptop.id)) == wire.public_bytes(laptop.checkin_key)


def test_a_lost_laptop_obeys_a_wipe_with_only_its_checkin_key(world):
    laptop = world.device("Street Team", checkin_key=True)
    coordinator = world.signed_in("security_coordinator", "Street Team")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")
    locked = _locked(laptop)  # nobody signs in: the vault key stays locked away

    answer = locked.call("POST", "/v1/devices/check-in", {"pending_changes": 2, "device_clock_ms": 1})
    [wipe_command] = answer["commands"]
    assert wipe_command["command"]["wipe_id"] == order["id"] and wipe_command["command"]["device_id"] == laptop.id
    assert locked.server_key is not None  # learnt at enrollment
    assert wire.verify_statement(locked.server_key, wipe_command["command"], wipe_command["signature"])

    locked.call("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"})
    assert coordinator.call("GET", f"/v1/wipes/{order['id']}")["status"] == "received"
    report = _report(laptop, order["id"], 2)
    done = locked.call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.checkin_key, report)},
    )
    # The check-in key lives outside the vault: whoever copied the laptop's files holds it too, so
    # its report says the wipe happened without proving it (issue 15).
    assert done["status"] == "unproven"
    status = coordinator.call("GET", f"/v1/wipes/{order['id']}")
    assert status["status"] == "unproven" and status["report"]["unsynced_changes"] == 2
    listed = next(d for d in coordinator.call("GET", "/v1/devices") if d["id"] == laptop.id)
    assert listed["wipe"]["status"] == "unproven" and listed["revoked_ms"] is not None
    with pytest.raises(ApiError) as gone:  # revoked: neither key is accepted any more
        locked.call("POST", "/v1/devices/check-in", CHECK_IN)
    assert gone.value.status == 401


def _completion_outcome(world, laptop: Device) -> str:
    """The outcome of the one wipe_completed entry the server audited for ``laptop``."""
    with world.live.ctx.engine.connect() as conn:
        [entry] = conn.execute(
            select(audit.c.outcome).where(audit.c.action == "wipe_completed", audit.c.device_id == laptop.id)
        ).all()
    return entry.outcome


def test_a_report_signed_by_the_vault_key_proves_the_wipe(world):
    laptop = world.device("Street Team", checkin_key=True)
    coordinator = world.signed_in("security_coordinator", "Street Team")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")
    locked = _locked(laptop)  # the acknowledgement travels under the check-in key, as the app sends it
    report = _report(laptop, order["id"], 0)
    done = locked.call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.key, report)},
    )
    assert done["status"] == "completed"  # signed inside the vault, by the key the wipe destroyed after
    listed = next(d for d in coordinator.call("GET", "/v1/devices") if d["id"] == laptop.id)
    assert listed["wipe"]["status"] == "completed"
    assert _completion_outcome(world, laptop) == "ok"


def test_an_unproven_report_is_audited_as_unproven(world):
    laptop = world.device("Street Team", checkin_key=True)
    coordinator = world.signed_in("security_coordinator", "Street Team")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")
    report = _report(laptop, order["id"], 0)
    _locked(laptop).call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.checkin_key, report)},
    )
    assert _completion_outcome(world, laptop) == "unproven"


def test_the_checkin_key_opens_nothing_else(world):
    laptop = world.device("Hope Shelter", checkin_key=True)
    person = world.staff("case_manager", "Hope Shelter")
    laptop.login(person)
    record_id = "a" * 32
    attempts = [
        ("GET", "/v1/sync/pull?cursor=0", None),
        ("POST", "/v1/sync/push", {"operations": [laptop.op("client", record_id, {"first_name": "Ann"})]}),
        ("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": laptop.totp(person)}),
        ("POST", "/v1/auth/refresh", {"refresh_token": laptop.refresh_token}),
    ]
    for method, target, body in attempts:
        # Even with the laptop's own valid bearer token, a check-in key signature is refused.
        response = laptop.raw(method, target, body, key=laptop.checkin_key)
        assert response.status_code == 401, (target, response.text)
        assert "signature is not valid" in response.json()["detail"]
    with world.live.ctx.engine.connect() as conn:
        refused = conn.execute(
            select(func.count())
            .select_from(audit)
            .where(audit.c.action == "bad_signature", audit.c.device_id == laptop.id)
        ).scalar_one()
    assert refused == len(attempts)
    # The vault key still does all of it.
    laptop.pull_all()
    assert laptop.call("POST", "/v1/devices/check-in", CHECK_IN)["commands"] == []


def test_a_checkin_signed_by_the_checkin_key_cannot_be_replayed(world):
    laptop = world.device("Hope Shelter", checkin_key=True)
    nonce = hashlib.sha256(b"checkin-once").hexdigest()[:32]
    now = world.live.clock.now_ms()
    first = laptop.raw("POST", "/v1/devices/check-in", CHECK_IN, key=laptop.checkin_key, nonce=nonce, now_ms=now)
    assert first.status_code == 200, first.text
    replay = laptop.raw("POST", "/v1/devices/check-in", CHECK_IN, key=laptop.checkin_key, nonce=nonce, now_ms=now)
    assert replay.status_code == 401 and "replay" in replay.json()["detail"]
    # One nonce space per device, whichever of its keys signed.
    again = laptop.raw("POST", "/v1/devices/check-in", CHECK_IN, nonce=nonce)
    assert again.status_code == 401 and "replay" in again.json()["detail"]
    # The clock-skew rule holds for the check-in key too.
    stale = laptop.raw("POST", "/v1/devices/check-in", CHECK_IN, key=laptop.checkin_key, now_ms=now - 3600_000)
    assert stale.status_code == 401 and "clock" in stale.json()["detail"]


def test_a_checkin_key_signs_only_for_its_own_device(world):
    owner = world.device("Hope Shelter", checkin_key=True)
    other = world.device("Hope Shelter", checkin_key=True)
    response = other.raw("POST", "/v1/devices/check-in", CHECK_IN, key=owner.checkin_key)
    assert response.status_code == 401


def _enroll_body(code: str, key: Ed25519PrivateKey, checkin: Ed25519PrivateKey | None, name: str = "Laptop") -> dict:
    public = wire.b64(wire.public_bytes(key))
    body = {"code": code, "public_key": public, "name": name}
    if checkin is not None:
        body["checkin_key"] = wire.b64(wire.public_bytes(checkin))
    statement = devices.enrollment_proof(code, public, name, body.get("checkin_key"))
    body["proof"] = wire.b64(key.sign(statement))
    if checkin is not None:
        body["checkin_proof"] = wire.b64(checkin.sign(statement))
    return body


def test_bad_checkin_keys_and_proofs_are_refused_and_create_no_device(world):
    code = world.code("Hope Shelter")
    key, checkin, stranger = (Ed25519PrivateKey.generate() for _ in range(3))
    good = _enroll_body(code, key, checkin)
    statement = devices.enrollment_proof(code, good["public_key"], "Laptop", good["checkin_key"])
    same = _enroll_body(code, key, key)
    cases = [
        ("proof by another key", dict(good, checkin_proof=wire.b64(stranger.sign(statement))), 400, "check-in key"),
        ("proof by the device key", dict(good, checkin_proof=good["proof"]), 400, "check-in key"),
        ("proof missing", {k: v for k, v in good.items() if k != "checkin_proof"}, 400, "check-in proof"),
        ("same key twice", same, 400, "different"),
        ("not base64", dict(good, checkin_key="not base64!"), 400, "check-in key is not valid base64"),
        ("too short", dict(good, checkin_key=wire.b64(b"\x01" * 16)), 400, "32-byte"),
        ("far too long", dict(good, checkin_key="A" * 200), 422, "checkin_key"),
        ("not text", dict(good, checkin_key=12345), 422, "checkin_key"),
        (
            "proof without key",
            dict(_enroll_body(code, key, None), checkin_proof=good["checkin_proof"]),
            400,
            "without a check-in key",
        ),
        # The device key signed the old statement, which does not name the check-in key.
        (
            "device proof leaves the key out",
            dict(good, proof=_enroll_body(code, key, None)["proof"]),
            400,
            "holds its key",
        ),
    ]
    before = _device_count(world)
    anon = Device(world.live)
    for label, body, status, reason in cases:
        response = anon.raw("POST", "/v1/devices/enroll", body, sign=False)
        assert response.status_code == status, (label, response.text)
        assert reason in response.json()["detail"], (label, response.text)
    assert _device_count(world) == before
    # The code was not spent by any of them: the real enrollment still works with it.
    response = anon.raw("POST", "/v1/devices/enroll", good, sign=False)
    assert response.status_code == 200, response.text
    assert _device_count(world) == before + 1


def test_a_device_without_a_checkin_key_still_works(world):
    laptop = world.signed_in("case_manager", "Hope Shelter")
    assert laptop.checkin_key is None and _stored_checkin_key(world, laptop.id) is None
    assert laptop.call("POST", "/v1/devices/check-in", CHECK_IN)["commands"] == []
    laptop.pull_all()
    stranger = Ed25519PrivateKey.generate()
    assert laptop.raw("POST", "/v1/devices/check-in", CHECK_IN, key=stranger).status_code == 401

    coordinator = world.signed_in("security_coordinator", "Hope Shelter")
    order = coordinator.call("POST", f"/v1/devices/{laptop.id}/wipe")
    report = _report(laptop, order["id"])
    with pytest.raises(ApiError) as forged:
        laptop.call(
            "POST",
            f"/v1/wipes/{order['id']}/ack",
            {"stage": "completed", "report": report, "report_signature": wire.sign_statement(stranger, report)},
        )
    assert forged.value.status == 400
    done = laptop.call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.key, report)},
    )
    assert done["status"] == "completed"


def test_the_device_key_still_signs_for_a_device_with_a_checkin_key(world):
    laptop = world.device("Street Team", checkin_key=True)
    other = world.device("Street Team", checkin_key=True)
    admin = world.signed_in("system_admin", None, device_agency="Street Team")
    order = admin.call("POST", f"/v1/devices/{laptop.id}/wipe")
    assert laptop.call("POST", "/v1/devices/check-in", CHECK_IN)["commands"]
    laptop.call("POST", f"/v1/wipes/{order['id']}/ack", {"stage": "received"})
    report = _report(laptop, order["id"])
    # Another device's check-in key is not this device's.
    with pytest.raises(ApiError) as foreign:
        laptop.call(
            "POST",
            f"/v1/wipes/{order['id']}/ack",
            {
                "stage": "completed",
                "report": report,
                "report_signature": wire.sign_statement(other.checkin_key, report),
            },
        )
    assert foreign.value.status == 400
    done = laptop.call(
        "POST",
        f"/v1/wipes/{order['id']}/ack",
        {"stage": "completed", "report": report, "report_signature": wire.sign_statement(laptop.key, report)},
    )
    assert done["status"] == "completed"


# -- the migration: devices enrolled before it keep working, and it can be undone ---------------
def _has_checkin_column(engine) -> bool:
    return "checkin_key" in {c["name"] for c in inspect(engine).get_columns("device")}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_migration_keeps_enrolled_devices_and_can_be_undone(backend, tmp_path):
    if backend == "postgresql" and not postgres_reachable():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
    database = ThrowawayPostgres() if backend == "postgresql" else None
    url = database.__enter__() if database else f"sqlite:///{tmp_path / 'server.db'}"
    engine = make_engine(url)
    try:
        migrate(engine, "0001")
        assert not _has_checkin_column(engine)
        with engine.begin() as conn:  # a device enrolled before check-in keys, with a wipe that names it
            conn.execute(
                insert(agency).values(
                    id="1" * 32, name="Old Agency", coc_code="CT-505", can_name="Greater Hartford", created_ms=1
                )
            )
            conn.execute(
                insert(device).values(
                    id="2" * 32,
                    agency_id="1" * 32,
                    name="Old laptop",
                    public_key=b"\x07" * 32,
                    enrolled_by="0" * 32,
                    enrolled_ms=1,
                )
            )
            conn.execute(
                insert(wipe).values(
                    id="3" * 32,
                    device_id="2" * 32,
                    issued_by="0" * 32,
                    issued_ms=1,
                    expires_ms=2,
                    command="{}",
                    signature="x",
                    status="pending",
                )
            )
        migrate(engine, "head")
        with engine.connect() as conn:
            row = conn.execute(select(device).where(device.c.id == "2" * 32)).one()
        assert row.checkin_key is None and bytes(row.public_key) == b"\x07" * 32
        assert devices.signing_keys(row, allow_checkin_key=True) == [("device", row.public_key)]
        migrate(engine, "0001", down=True)
        assert not _has_checkin_column(engine)
        with engine.connect() as conn:
            assert conn.execute(select(device.c.name).where(device.c.id == "2" * 32)).scalar_one() == "Old laptop"
            assert conn.execute(select(wipe.c.device_id)).scalar_one() == "2" * 32
        migrate(engine, "head")
        assert _has_checkin_column(engine)
    finally:
        engine.dispose()
        if database:
            database.__exit__(None, None, None)
