"""One batch that builds on itself: each operation sees what the ones before it wrote.

A push holds its rows back and writes them at its end (record_store.held_back). What must still
hold, on both backends: an enrollment finds the client made earlier in its batch, a record
changed twice in one batch gets two versions (the second built on the first), a release of
information in the batch shares the client made in it, and a refused operation leaves nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from server.db.schema import client_key, record, record_history
from server.services.client_keys import client_keys
from tests.domain import factories


@pytest.fixture(scope="module")
def pair(world):
    return world.signed_in("case_manager", "Batch Shelter"), world.signed_in("case_manager", "Batch Partner")


def test_a_batch_of_an_intake_builds_on_its_own_earlier_operations(world, pair):
    worker, partner = pair
    agency = world.agency("Batch Shelter")
    person = replace(factories.client(id=new_id()), first_name="Imelda").to_dict()
    client_id = person.pop("id")
    renamed = {"first_name": "Imelde"}
    stay = factories.enrollment(
        id=new_id(),
        personal_id=client_id,
        project_id=world.projects["Batch Shelter"],
        household_id=new_id(),
        entry_date=date.today(),
    ).to_dict()
    release = factories.consent(
        id=new_id(),
        personal_id=client_id,
        agency_id=agency,
        signed_date=date.today() - timedelta(days=1),
        expires_date=date.today() + timedelta(days=30),
    ).to_dict()
    orphan = factories.enrollment(
        id=new_id(),
        personal_id=new_id(),
        project_id=world.projects["Batch Shelter"],
        household_id=new_id(),
        entry_date=date.today(),
    ).to_dict()
    results = worker.push(
        worker.op("client", client_id, person),
        worker.op("enrollment", stay["id"], stay),
        worker.op("client", client_id, renamed, base_version=1),
        worker.op("enrollment", orphan["id"], orphan),
        worker.op("consent", release["id"], release),
    )

    assert [r["status"] for r in results] == ["applied", "applied", "applied", "rejected", "applied"], results
    assert [r["version"] for r in results[:3]] == [1, 1, 2]
    with world.live.ctx.engine.connect() as conn:
        versions = conn.execute(
            select(record_history.c.version, record_history.c.body)
            .where(record_history.c.id == client_id)
            .order_by(record_history.c.version)
        ).all()
        assert [v for v, _ in versions] == [1, 2]
        assert '"Imelda"' in versions[0].body and '"Imelde"' in versions[1].body
        keys = set(conn.execute(select(client_key.c.key).where(client_key.c.client_id == client_id)).scalars())
        stored = conn.execute(select(record.c.id).where(record.c.id.in_([orphan["id"], stay["id"]]))).scalars()
        assert set(stored) == {stay["id"]}, "the refused enrollment left nothing"
    assert keys == client_keys(person | renamed | {"id": client_id}), "the keys follow the second version"

    seen, _ = partner.pull_all()
    shared = [c for c in seen if c["id"] == client_id]
    assert shared and shared[-1]["body"]["first_name"] == "Imelde", "the release shared the client made with it"
