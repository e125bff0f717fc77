"""A same-agency duplicate is found however many look-alikes other agencies hold.

Why: the candidate query took its top N by shared keys before the visibility filter, so at scale
people the pushing agency may not see filled the cut and a true duplicate in its own agency was
never scored (issue 16: 984 sharing two keys, 7 left after the filter). Here 1,000 exact copies of
a new client sit in ten other agencies with no release, and the agency's own earlier intake of
the same person differs by a typo, so it shares fewer keys than any copy and ranks below them all.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from server.db.schema import duplicate
from server.services import record_store
from tests.domain import factories

pytestmark = pytest.mark.slow

LOOK_ALIKES, AGENCIES = 1000, 10


def _person(**kw) -> dict:
    fields = {"first_name": "Marisol", "last_name": "Echeverria"} | kw  # and the factory's SSN and birth date
    return replace(factories.client(id=new_id()), **fields).to_dict()


def test_a_duplicate_in_the_own_agency_is_raised_past_a_thousand_hidden_look_alikes(world):
    worker = world.signed_in("case_manager", "Own Agency")
    staff = world.staff("case_manager", "Own Agency")
    others = [world.agency(f"Look-alike Agency {i}") for i in range(AGENCIES)]
    now = world.live.clock.now_ms()
    # Written straight through the record store (as a push would store them) in one transaction,
    # so the look-alikes do not raise a million duplicates among themselves first.
    hidden = []
    with record_store.writing(world.live.ctx.engine) as conn:
        for i in range(LOOK_ALIKES):
            body = _person()
            hidden.append(body["id"])
            record_store.write(
                conn,
                now,
                kind="client",
                body=body,
                clocks={},
                agency_id=others[i % AGENCIES],
                user_id=staff.id,
                op_id=None,
            )
    # The same person, typed differently and without the SSN: fewer keys shared than any copy.
    earlier = _person(last_name="Echevaria", ssn=None, ssn_data_quality=99)
    [first] = worker.push(worker.op("client", earlier["id"], earlier))
    assert first["status"] == "applied"
    new = _person()
    [result] = worker.push(worker.op("client", new["id"], new))
    assert result["status"] == "applied"
    with world.live.ctx.engine.connect() as conn:
        raised = conn.execute(select(duplicate.c.other_id).where(duplicate.c.client_id == new["id"])).scalars().all()
    assert earlier["id"] in raised, "the own agency's duplicate was crowded out by clients it may not see"
    assert not set(raised) & set(hidden), "a client of another agency was revealed as a duplicate"
    assert raised == [earlier["id"]]


def test_two_intakes_of_one_person_in_one_batch_are_one_pair(world):
    worker = world.signed_in("case_manager", "Own Agency")
    first = _person(first_name="Teodora", last_name="Villanueva")
    second = dict(first, id=new_id())
    results = worker.push(worker.op("client", first["id"], first), worker.op("client", second["id"], second))
    assert [r["status"] for r in results] == ["applied", "applied"]
    with world.live.ctx.engine.connect() as conn:
        pairs = conn.execute(
            select(duplicate.c.client_id, duplicate.c.other_id).where(
                duplicate.c.client_id.in_([first["id"], second["id"]])
            )
        ).all()
    assert [tuple(p) for p in pairs] == [(second["id"], first["id"])]
