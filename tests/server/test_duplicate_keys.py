"""The duplicate search's keys: pairs of facts, so a crowd sharing one name is never counted.

Why: each key was one fact, and a push counted everyone holding any of its client's facts; a
state holds thousands of Johns, and every push of a John grew with them (issue 12: push cost
10.7 times as high at 50,000 clients as at 1,000). A key is now a pair of facts from two parts
of the client, and people worth scoring (two sound-alike names, a name and the birth date, ...)
still share one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select

from app.domain.ids import new_id
from server.db.schema import client_key, duplicate
from server.services import record_store
from server.services.client_keys import client_keys
from tests.domain import factories
from tests.server.harness import migrate

BORN = "1980-05-17"


def _body(first: str | None, last: str | None, dob: str | None = BORN, ssn: str | None = None) -> dict:
    return {"id": new_id(), "first_name": first, "last_name": last, "dob": dob, "ssn": ssn}


def test_sound_alike_names_share_a_key_with_no_other_fact():
    assert client_keys(_body("John", "Smith", None)) & client_keys(_body("Jon", "Smyth", "1999-01-01"))


def test_a_name_and_the_birth_date_share_a_key():
    assert client_keys(_body("Rosa", "Quinones")) & client_keys(_body("Rosa", "Delgado"))
    assert client_keys(_body("Rosa", "Quinones")) & client_keys(_body("Maria", "Quinones"))


def test_the_last_four_and_the_birth_date_share_a_key():
    assert client_keys(_body(None, None, ssn="234567891")) & client_keys(_body("Ana", None, ssn="999997891"))


def test_swapped_first_and_last_names_share_a_key():
    assert client_keys(_body("Quinones", "Rosa", None)) & client_keys(_body("Rosa", "Quinones", "2001-02-03"))


def test_one_fact_in_common_is_no_shared_key():
    john = client_keys(_body("John", "Smith", "1980-01-01", "123451234"))
    assert not john & client_keys(_body("John", "Garcia", "1975-03-04", "987655678"))  # the first name
    assert not john & client_keys(_body("Maria", "Lopez", "1980-01-01"))  # the birth date
    assert not john & client_keys(_body("Maria", "Lopez", None, "555551234"))  # the last four


def test_the_sounds_of_one_name_are_no_pair():
    assert client_keys(_body("John", None, None)) == set()
    assert client_keys(_body(None, None, None)) == set()


def test_keys_are_short_digests_with_no_name_code_or_birth_date():
    keys = client_keys(_body("Wolfeschlegelsteinhausenbergerdorff", "Featherstonehaugh-Cholmondeley", ssn="234567891"))
    assert keys and all(k.startswith("p:") and len(k) == 26 for k in keys)
    assert not any(part in k for k in keys for part in ("m:", "n:", "dob:", BORN, "7891"))


def _shared(conn, client_id: str) -> int:
    mine = select(client_key.c.key).where(client_key.c.client_id == client_id)
    return conn.execute(
        select(func.count())
        .select_from(client_key)
        .where(client_key.c.key.in_(mine), client_key.c.client_id != client_id)
    ).scalar_one()


def test_a_crowd_sharing_only_a_first_name_is_never_looked_at(world):
    worker = world.signed_in("case_manager", "Key Shelter")
    staff = world.staff("case_manager", "Key Shelter")
    agency_id, now = world.agencies["Key Shelter"], world.live.clock.now_ms()
    crowd = [
        replace(
            factories.client(id=new_id()),
            first_name="Jonathan",
            last_name=f"Zq{i:03d}x",
            dob=date(1940, 1, 1) + timedelta(days=i),
            ssn=None,
            ssn_data_quality=99,
        ).to_dict()
        for i in range(300)
    ]
    with record_store.writing(world.live.ctx.engine) as conn:
        record_store.write_new(conn, now, [record_store.NewRecord("client", b, {}, agency_id, staff.id) for b in crowd])
    earlier = replace(factories.client(id=new_id()), first_name="Jonathan", last_name="Whitcombe").to_dict()
    again = replace(factories.client(id=new_id()), first_name="Jonathon", last_name="Whitcomb").to_dict()
    for body in (earlier, again):
        [result] = worker.push(worker.op("client", body["id"], body))
        assert result["status"] == "applied"
    with world.live.ctx.engine.connect() as conn:
        raised = conn.execute(select(duplicate.c.other_id).where(duplicate.c.client_id == again["id"])).scalars().all()
        shared = _shared(conn, again["id"])
        held = set(conn.execute(select(client_key.c.key).where(client_key.c.client_id == again["id"])).scalars())
    assert raised == [earlier["id"]]
    assert held == client_keys(again)
    assert 0 < shared <= len(held), "only the earlier intake shares a key; the 300 namesakes none"


def test_the_migration_rebuilds_every_clients_keys_from_its_body(world):
    staff = world.staff("case_manager", "Key Shelter")
    agency_id, now, engine = world.agencies["Key Shelter"], world.live.clock.now_ms(), world.live.ctx.engine
    bodies = [
        replace(factories.client(id=new_id()), first_name=first, last_name=last).to_dict()
        for first, last in (("Ines", "Balderrama"), ("Tomas", "Okonkwo"), ("Lucia", "Ferreira Souza"))
    ]
    gone = replace(factories.client(id=new_id()), first_name="Paulo").to_dict()
    with record_store.writing(engine) as conn:
        record_store.write_new(
            conn,
            now,
            [record_store.NewRecord("client", b, {}, agency_id, staff.id) for b in bodies]
            + [record_store.NewRecord("client", gone, {}, agency_id, staff.id, deleted=True)],
        )
    with engine.connect() as conn:
        before = conn.execute(select(client_key.c.client_id, client_key.c.key)).all()
    migrate(engine, "0007", down=True)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(client_key)).scalar_one() == 0
    migrate(engine, "head")
    with engine.connect() as conn:
        after = conn.execute(select(client_key.c.client_id, client_key.c.key)).all()
    assert sorted(after) == sorted(before)
    assert {k for c, k in after if c == bodies[2]["id"]} == client_keys(bodies[2])
    assert not {c for c, _ in after} & {gone["id"]}
