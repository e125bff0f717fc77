"""One sync cycle end to end: enroll, sign in, push, pull, two laptops of one agency agree."""

from __future__ import annotations

import json
import threading

from app.storage import outbox
from app.storage.vault import Vault
from app.sync import identity
from tests.conftest import FAST_KDF
from tests.server.harness import PASSWORD
from tests.sync.laptops import Laptop, laptop, new_client, new_enrollment


def test_a_client_made_offline_reaches_a_colleague(world, tmp_path):
    one = laptop(world, tmp_path, "Harbor House")
    two = laptop(world, tmp_path, "Harbor House")
    client = new_client()
    one.records.save_all([client, new_enrollment(world, "Harbor House", client.id)])
    report = one.sync()
    assert report.ok, report.message
    assert report.pushed["applied"] == 2
    got = two.sync()
    assert got.ok, got.message
    assert two.records.get("client", client.id) == client
    assert len(two.records.children("enrollment", personal_id=client.id)) == 1
    again = one.sync()
    assert again.ok and again.pending == 0


def test_an_expired_access_token_is_refreshed_quietly(world, tmp_path):
    device = laptop(world, tmp_path, "Harbor House")
    device.records.save(new_client())
    world.live.clock.advance(16 * 60)  # access tokens last 15 minutes; the session lasts hours
    report = device.sync()
    assert report.ok, report.message
    assert report.pushed["applied"] == 1


def test_when_the_session_has_ended_the_sync_asks_for_sign_in_and_keeps_the_outbox(world, tmp_path):
    device = laptop(world, tmp_path, "Harbor House")
    device.records.save(new_client())
    world.live.clock.advance(13 * 3600)  # past the 12-hour session
    try:
        report = device.sync()
        assert report.status == "sign_in_required" and "Sign-in required" in report.message
        assert device.vault is not None
        assert outbox.pending_count(device.vault.conn) == 1
        device.sign_in()
        assert device.sync().ok
        assert outbox.pending_count(device.vault.conn) == 0
    finally:
        world.live.clock.advance(-13 * 3600)


def test_changes_made_before_enrollment_sync_under_the_server_device_id(world, tmp_path):
    person = world.staff("case_manager", "Harbor House")
    profile = tmp_path / "early"
    vault = Vault.create(profile, person.username, PASSWORD, kdf=FAST_KDF)
    early = new_client()
    device = Laptop(world.live, profile, person, vault)
    device.records.save(early)
    identity.enroll(vault, device.transport(), code=world.code("Harbor House"), name="Early laptop")
    device.sign_in()
    report = device.sync()
    assert report.ok and report.pushed["applied"] == 1


def test_a_sync_on_its_own_connection_runs_beside_intake(world, tmp_path):
    device = laptop(world, tmp_path, "Harbor House")
    device.records.save_all([new_client() for _ in range(250)])
    assert device.vault is not None
    twin = device.vault.twin()
    results = []
    worker = threading.Thread(
        target=lambda: results.append(Laptop(world.live, device.profile, device.staff, twin).sync())
    )
    worker.start()
    during = [new_client() for _ in range(20)]
    for client in during:
        device.records.save(client)  # intake goes on while the sync writes
    worker.join()
    twin.close()
    assert results[0].ok, results[0].message
    final = device.sync()
    assert final.ok and final.pending == 0
    assert sum(results[0].pushed.values()) + sum(final.pushed.values()) == 270


def _access_token(device: Laptop) -> str:
    """The access token of the session the laptop keeps."""
    session = device.opened_vault.meta("session")
    assert session is not None, "the laptop keeps no session"
    return json.loads(session)["access_token"]


def test_pages_are_fetched_ahead_and_an_expired_token_midway_is_renewed(world, tmp_path):
    maker = laptop(world, tmp_path, "Harbor House")
    reader = laptop(world, tmp_path, "Harbor House")
    assert reader.sync().ok
    made = [new_client() for _ in range(1100)]
    maker.records.save_all(made)
    assert maker.sync().ok
    token_before = _access_token(reader)
    pages = []

    def on_event(event):
        if event.stage == "pull":
            pages.append(event.done)
            if len(pages) == 1:  # the token runs out while the next pages are on their way
                world.live.clock.advance(16 * 60)

    report = reader.sync(on_event=on_event)
    assert report.ok, report.message
    assert report.pulled >= 1100 and len(pages) >= 3
    assert _access_token(reader) != token_before
    assert reader.records.count("client") == maker.records.count("client")
    assert all(reader.records.get("client", c.id) == c for c in made[::50])


def test_a_sync_brings_the_agencys_projects_for_offline_intake(world, tmp_path):
    from app.sync import projects

    device = laptop(world, tmp_path, "Project Shelter")
    assert device.sync().ok
    assert device.vault is not None
    kept = projects.known(device.vault)
    assert [p.id for p in kept] == [world.projects["Project Shelter"]] and kept[0].type_label.startswith(
        "Emergency shelter"
    )
