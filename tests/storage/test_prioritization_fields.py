"""The vault's narrow copy of the prioritization list's fields stays exactly what the live record
bodies say, through every way a record is written: saved, edited, deleted, pulled by sync,
dropped, a batch refused whole; and a vault made before the copy existed gets it when opened.

The oracle (``from_bodies``) decodes every live body with Python's json module from the stored
text, apart from how the copy is made (the writers' values, the migration's json_extract); each
step checks the copy against it, and the list against what the step should have done to it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.ids import new_id
from app.services import prioritization as p
from app.storage import remote_records
from app.storage.connection import create_encrypted
from app.storage.key_slots import DATA_KEY_BYTES, KeySlots
from app.storage.migrations import LATEST, available, current_version, migrate
from app.storage.paths import ensure_private_dir
from app.storage.records import Records
from app.storage.vault import DB_NAME, SLOTS_DIR
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.domain import factories as f
from tests.services.prioritization_fixture import (
    ACCESS,
    AS_OF,
    NEIGHBOUR,
    SHELTER,
    assessed,
    build,
    event,
    expected,
    stay,
)
from tests.storage._support import open_fast

COPY_STEP = next(m.number for m in available() if m.name.endswith("_prioritization_fields.sql"))
TABLES = ("client", "enrollment", "exit", "assessment", "event")
AWKWARD = [
    'Jos\u00e9 "Pepe"',
    'a,"last_name":"Smith',
    "back\\slash",
    "O'Brien",
    "\u5f20\u4f1f",
    "}{",
    "emoji \U0001f600 \U0001f3e0",
    "tab\tand\nnewline",
    "x" * 50,
    "null",
    "12",
]


def from_bodies(vault) -> dict[str, set[tuple]]:
    """What the copy must hold, worked out from the live records' bodies with Python's json."""
    want: dict[str, set[tuple]] = {kind: set() for kind in TABLES}
    for kind, record_id, personal_id, enrollment_id, created, text in vault.conn.execute(
        "SELECT kind, id, personal_id, enrollment_id, date_created, body FROM record WHERE date_deleted IS NULL"
    ):
        body, under = json.loads(text), enrollment_id if enrollment_id is not None else ""
        row = _expected_row(kind, record_id, personal_id, under, created, body)
        if row is not None:
            want[kind].add(row)
    return want


def _expected_row(kind: str, record_id: str, personal_id: str, under: str, created: str, body: dict) -> tuple | None:
    """The copy's row for one live record, or None for a kind the copy does not keep."""
    if kind == "client":
        return (record_id, body.get("first_name"), body.get("last_name"), body.get("dob"))
    if kind == "enrollment":
        return (body["project_id"], record_id, personal_id, body.get("entry_date"))
    if kind == "exit":
        return (under, record_id)
    if kind == "assessment":
        return (
            under,
            body.get("assessment_date") or "",
            created,
            record_id,
            body.get("assessment_type"),
            body.get("assessment_level"),
            body.get("prioritization_status"),
        )
    if kind == "event":
        return (under, record_id, body.get("event"), body.get("referral_result"))
    return None


def held(vault) -> dict[str, set[tuple]]:
    return {kind: set(vault.conn.execute(f"SELECT * FROM prioritization_{kind}")) for kind in TABLES}


def check_copy(vault) -> None:
    assert held(vault) == from_bodies(vault)


def names(vault) -> list[tuple]:
    return [
        (r.last_name, r.first_name, r.on_laptop, r.status, r.open_referral, r.projects)
        for r in p.compute(vault, "data_coordinator").rows
    ]


def test_the_hand_made_can_is_copied_exactly_and_gives_the_hand_made_list(vault):
    people = build(vault)
    check_copy(vault)
    assert sum(len(rows) for rows in held(vault).values()) == 27  # 6 clients, 8 stays, 2 exits, 6 + 5 others
    assert [list(p.cells(r)) for r in p.compute(vault, "case_manager").rows] == expected(people)


@pytest.mark.parametrize("first", AWKWARD)
def test_awkward_text_codes_and_empties_are_copied_as_saved(vault, first):
    build(vault)
    store = Records(vault, today=AS_OF)
    person = f.client(id=new_id(), first_name=first, last_name=None, name_data_quality=2, dob=None, dob_data_quality=99)
    other = f.client(id=new_id(), first_name="Ana", last_name=f'{first[:20]}"first_name":"Eve', dob=date(1980, 1, 2))
    store.save_all([person, other, stay(person, ACCESS), stay(other, ACCESS)])
    check_copy(vault)
    assert vault.conn.execute(
        "SELECT first_name, last_name, dob FROM prioritization_client WHERE id = ?", (person.id,)
    ).fetchone() == (first, None, None)
    row = next(r for r in p.compute(vault, "data_coordinator").rows if r.personal_id == person.id)
    assert (row.first_name, row.last_name, row.dob) == (first, None, None)
    kinds = vault.conn.execute(
        "SELECT DISTINCT typeof(assessment_type), typeof(assessment_date) FROM prioritization_assessment"
    ).fetchall()
    assert kinds == [("integer", "text")]


def test_saves_edits_and_deletes_change_the_list_at_once(vault):
    people = build(vault)
    store = Records(vault, today=AS_OF)
    gus = f.client(id=new_id(), first_name="Gus", last_name="Garcia", dob=date(1990, 3, 3))
    gus_stay = stay(gus, ACCESS, entry_date=date(2025, 3, 1))
    store.save_all([gus, gus_stay])
    check_copy(vault)
    assert ("Garcia", "Gus", True, None, False, ("Hartford access point",)) in names(vault)
    # A new name, a move to a project outside coordinated entry and back.
    store.save(replace(gus, first_name="Gustavo"))
    assert ("Garcia", "Gustavo", True, None, False, ("Hartford access point",)) in names(vault)
    store.save(replace(gus_stay, project_id=SHELTER))
    check_copy(vault)
    assert "Garcia" not in [n[0] for n in names(vault)]
    store.save(replace(gus_stay, project_id=NEIGHBOUR))
    assert ("Garcia", "Gustavo", True, None, False, ("Neighbour access point",)) in names(vault)
    # An assessment, edited, then deleted.
    score = assessed(gus_stay, assessment_date=date(2025, 3, 5), prioritization_status=2)
    store.save(score)
    assert ("Garcia", "Gustavo", True, 2, False, ("Neighbour access point",)) in names(vault)
    store.save(replace(score, prioritization_status=1))
    assert ("Garcia", "Gustavo", True, 1, False, ("Neighbour access point",)) in names(vault)
    store.delete("assessment", score.id)
    check_copy(vault)
    assert ("Garcia", "Gustavo", True, None, False, ("Neighbour access point",)) in names(vault)
    # A referral opened, then given its result.
    referral = event(gus_stay, event=13, location_crisis_or_ph_housing="Hartford RRH", event_date=date(2025, 3, 6))
    store.save(referral)
    assert ("Garcia", "Gustavo", True, None, True, ("Neighbour access point",)) in names(vault)
    store.save(replace(referral, referral_result=1, result_date=date(2025, 3, 9)))
    assert ("Garcia", "Gustavo", True, None, False, ("Neighbour access point",)) in names(vault)
    # An exit takes him off; deleting the exit puts him back.
    leaving = f.exit_(id=new_id(), enrollment_id=gus_stay.id, personal_id=gus.id, exit_date=date(2025, 4, 1))
    store.save(leaving)
    assert "Garcia" not in [n[0] for n in names(vault)]
    store.delete("exit", leaving.id)
    assert "Garcia" in [n[0] for n in names(vault)]
    # His client record deleted: still listed by his stay, as not on this laptop.
    store.delete("client", gus.id)
    check_copy(vault)
    assert (None, None, False, None, False, ("Neighbour access point",)) in names(vault)
    store.delete("enrollment", gus_stay.id)
    check_copy(vault)
    assert [list(p.cells(r)) for r in p.compute(vault, "case_manager").rows] == expected(people)


def test_records_pulled_by_sync_and_dropped_change_the_list(vault):
    people = build(vault)
    hal = f.client(id=new_id(), first_name="Hal", last_name="Hughes", dob=date(1985, 6, 6))
    hal_stay = stay(hal, NEIGHBOUR, entry_date=date(2025, 2, 2))
    with vault.transaction() as conn:
        for record in (hal, hal_stay):
            remote_records.accept(conn, record, server_version=1, deleted=False, other_agency=True)
    check_copy(vault)
    assert ("Hughes", "Hal", True, None, False, ("Neighbour access point",)) in names(vault)
    with vault.transaction() as conn:  # the server's later version: an assessment, a new name
        remote_records.accept(
            conn,
            assessed(hal_stay, assessment_date=date(2025, 2, 3), prioritization_status=1),
            server_version=2,
            deleted=False,
            other_agency=True,
        )
        remote_records.accept(
            conn, replace(hal, first_name="Harold"), server_version=3, deleted=False, other_agency=True
        )
    check_copy(vault)
    assert ("Hughes", "Harold", True, 1, False, ("Neighbour access point",)) in names(vault)
    with vault.transaction() as conn:  # deleted on the server
        remote_records.accept(conn, hal_stay, server_version=4, deleted=True, other_agency=True)
    check_copy(vault)
    assert "Hughes" not in [n[0] for n in names(vault)]
    with vault.transaction() as conn:  # undeleted, then its release ends and the laptop drops it all
        remote_records.accept(conn, hal_stay, server_version=5, deleted=False, other_agency=True)
    assert "Hughes" in [n[0] for n in names(vault)]
    with vault.transaction() as conn:
        for kind, record in (("client", hal), ("enrollment", hal_stay)):
            remote_records.drop(conn, kind, record.id)
    check_copy(vault)
    assert [list(p.cells(r)) for r in p.compute(vault, "case_manager").rows] == expected(people)


def test_a_batch_refused_whole_leaves_the_copy_as_it_was(vault):
    build(vault)
    before = held(vault)
    ivy = f.client(id=new_id(), first_name="Ivy", last_name="Irwin")
    with pytest.raises(ValidationError):
        Records(vault, today=AS_OF).save_all([ivy, stay(ivy, ACCESS), f.client(id=new_id(), dob=date(2099, 1, 1))])
    assert held(vault) == before


def test_a_changed_date_created_is_followed(vault):
    people = build(vault)
    first, second = (
        assessed(people["dee_open"], assessment_date=date(2025, 3, 10), prioritization_status=code) for code in (1, 2)
    )
    Records(vault, today=AS_OF).save_all([first, second])
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE record SET date_created = '2000-01-01T00:00:00+00:00' WHERE id IN (?, ?)", (first.id, second.id)
        )
        conn.execute("UPDATE record SET date_created = '2099-01-01T00:00:00+00:00' WHERE id = ?", (first.id,))
    check_copy(vault)
    assert p.compute(vault, "data_coordinator").rows[1].status == 1


def _old_vault(profile, rows: list[tuple], meta: list[tuple]) -> None:
    """A vault whose schema stops before the copy existed, holding ``rows`` of record as an older
    app wrote them (no copy of anything) and ``meta``."""
    ensure_private_dir(profile)
    key = secrets.token_bytes(DATA_KEY_BYTES)
    conn = create_encrypted(profile / DB_NAME, key)
    try:
        assert migrate(conn, target=COPY_STEP - 1) == COPY_STEP - 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'prioritization%'").fetchone() == (0,)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO record VALUES ({', '.join('?' * len(rows[0]))})", rows)
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    KeySlots(profile / SLOTS_DIR).add(key, USER, PASSWORD, FAST_KDF)


def test_a_vault_made_before_the_copy_gets_it_when_opened(vault, tmp_path):
    people = build(vault)
    store = Records(vault, today=AS_OF)
    gone = f.client(id=new_id(), first_name="Gone", last_name="Gardner")
    store.save_all([gone, stay(gone, ACCESS)])
    store.delete("client", gone.id)
    awkward = [f.client(id=new_id(), first_name=name, last_name="Awk") for name in AWKWARD]
    store.save_all([*awkward, *(stay(person, NEIGHBOUR) for person in awkward)])
    columns = [c for (_n, c, *_rest) in vault.conn.execute("PRAGMA table_info(record)")]
    rows = vault.conn.execute(f"SELECT {', '.join(columns)} FROM record").fetchall()
    _old_vault(tmp_path / "old", rows, vault.conn.execute("SELECT key, value FROM meta").fetchall())
    old = open_fast(tmp_path / "old")
    try:
        assert current_version(old.conn) == LATEST
        check_copy(old)
        assert held(old) == held(vault)  # the same copy as the records' writers kept
        assert gone.id not in {row[0] for row in held(old)["client"]}  # a deleted record is not copied
        listed = p.compute(old, "data_coordinator").rows
        assert listed == p.compute(vault, "data_coordinator").rows
        ours = {person.id for person in people.values()}
        assert [list(p.cells(r)) for r in listed if r.personal_id in ours] == expected(people)
        assert [r.on_laptop for r in listed if r.personal_id == gone.id] == [False]
        # a row's first_name is Optional, but every awkward name is a string (sorted() of a None would raise)
        assert sorted(r.first_name for r in listed if r.last_name == "Awk") == sorted(AWKWARD)  # type: ignore[type-var]
        Records(old, today=AS_OF).delete(
            "enrollment", next(e.id for e in Records(old).children("enrollment", personal_id=gone.id))
        )
        check_copy(old)  # and from now on its writers keep it
        assert gone.id not in {r.personal_id for r in p.compute(old, "data_coordinator").rows}
    finally:
        old.close()
