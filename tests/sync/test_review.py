"""Conflicts, possible duplicates and refused changes as a person meets them on the laptop."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.storage.errors import RecordNotFound
from app.sync import push, review
from server.db.schema import conflict, duplicate
from tests.sync.laptops import duplicate_pair, laptop, new_client, new_enrollment

AGENCY = "Review Shelter"


def _both_have(one, two, client) -> None:
    one.records.save(client)
    assert one.sync().ok and two.sync().ok


def test_a_conflict_is_listed_offline_resolved_on_the_laptop_and_synced(world, tmp_path):
    coordinator = laptop(world, tmp_path, AGENCY, "data_coordinator")
    worker = laptop(world, tmp_path, AGENCY, "case_manager")
    client = new_client(first_name="Maria")
    _both_have(coordinator, worker, client)
    coordinator.records.save(replace(client, first_name="Mariah"))
    worker.records.save(replace(client, first_name="Marie"))
    assert coordinator.sync().ok
    report = worker.sync()
    assert report.ok and report.pushed["conflict"] == 1
    assert "need a decision" in report.message
    assert coordinator.sync().ok
    assert coordinator.vault is not None
    [item] = review.items(coordinator.vault, "conflict")
    assert (item["record_id"], item["field"], item["server"], item["client"]) == (
        client.id,
        "first_name",
        "Mariah",
        "Marie",
    )
    # Settled offline: the laptop shows the choice at once and sends it at the next sync.
    review.resolve_conflict(coordinator.records, item["id"], "Marie")
    assert coordinator.records.get("client", client.id).first_name == "Marie"
    assert review.items(coordinator.vault, "conflict") == []
    assert coordinator.sync().ok
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(select(conflict.c.status).where(conflict.c.id == item["id"])).scalar() == "resolved"
    assert worker.sync().ok
    assert worker.records.get("client", client.id).first_name == "Marie"
    assert review.items(coordinator.vault, "conflict", status="settled")[0]["id"] == item["id"]


def test_a_refused_change_is_kept_with_its_reason_and_not_sent_again(world, tmp_path):
    worker = laptop(world, tmp_path, AGENCY)
    world.agency("Someone Else's Shelter")
    client = new_client()
    stray = new_enrollment(world, "Someone Else's Shelter", client.id)
    worker.records.save_all([client, stray])
    report = worker.sync()
    assert report.ok and report.pushed == {"applied": 1, "merged": 0, "conflict": 0, "rejected": 1}
    assert "refused by the server" in report.message
    assert worker.vault is not None
    [kept] = push.rejected(worker.vault)
    assert kept["record_id"] == stray.id and "project" in kept["reason"]
    again = worker.sync()
    assert again.ok and sum(again.pushed.values()) == 0 and again.rejected == 1


def test_possible_duplicates_are_merged_from_the_laptop(world, tmp_path):
    coordinator, worker, first, second = duplicate_pair(world, tmp_path, AGENCY, "Deshawn", "Okonkwo-Baptiste")
    [item] = [
        i
        for i in review.items(coordinator.vault, "duplicate")
        if {i["client_id"], i["other_id"]} == {first.id, second.id}
    ]
    review.settle_duplicate(coordinator.vault, item["id"], keep=first.id)
    report = coordinator.sync()
    assert report.ok and report.decisions_sent == 1
    with world.live.ctx.engine.connect() as conn:
        assert conn.execute(select(duplicate.c.status).where(duplicate.c.id == item["id"])).scalar() == "merged"
    assert worker.sync().ok
    assert worker.records.count("client") == coordinator.records.count("client")
    with pytest.raises(RecordNotFound):
        worker.records.get("client", second.id)
    assert worker.records.get("client", first.id) == first
