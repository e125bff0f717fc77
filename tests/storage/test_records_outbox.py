"""The record repository: each change is validated, written, queued in the outbox and audited in
one transaction; invalid or stale changes leave nothing behind."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest

from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.errors import ValidationError
from app.domain.ids import new_id
from app.storage import audit, client_search, outbox
from app.storage.errors import RecordNotFound, StaleRecord
from app.storage.records import Records
from tests.storage._support import open_fast

TODAY = date(2025, 6, 1)
TABLES = ("record", "outbox", "audit_log", "client_search", "client_name_key")


def _counts(vault) -> dict[str, int]:
    return {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _state(vault) -> dict:
    """Everything the repository writes, for 'nothing changed' comparisons."""
    return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES} | {
        "meta": vault.conn.execute("SELECT * FROM meta ORDER BY key").fetchall()
    }


def client(**kw: Any) -> Client:
    base: dict[str, Any] = dict(
        first_name="Marisol",
        last_name="Quintero-Blake",
        name_data_quality=1,
        ssn="287654321",
        ssn_data_quality=1,
        dob=date(1984, 3, 9),
        dob_data_quality=1,
    )
    base.update(kw)
    return Client(**base)


def enrollment(personal_id: str, **kw: Any) -> Enrollment:
    base: dict[str, Any] = dict(
        personal_id=personal_id, project_id=new_id(), entry_date=date(2025, 5, 1), relationship_to_hoh=1
    )
    base.update(kw)
    return Enrollment(**base)


def invalid_client() -> Client:
    return client(ssn="000000000")  # full SSN reported but impossible


@pytest.fixture
def records(vault):
    return Records(vault, today=TODAY)


def test_each_save_writes_one_record_one_outbox_row_and_one_audit_entry(vault, records):
    c = client()
    before = _counts(vault)
    assert records.save(c) == 1
    after = _counts(vault)
    assert after["record"] == before["record"] + 1
    assert after["outbox"] == before["outbox"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    op = outbox.pending(vault.conn)[-1]
    assert (op.kind, op.record_id, op.op, op.base_version) == ("client", c.id, "upsert", None)
    assert op.fields["first_name"] == "Marisol" and "id" not in op.fields
    entry = audit.entries(vault.conn)[-1]
    assert (entry.action, entry.kind, entry.record_id) == ("create", "client", c.id)
    assert "Marisol" not in entry.detail and "287654321" not in entry.detail
    assert audit.verify(vault.conn).ok

    e = enrollment(c.id)
    records.save(e)
    again = _counts(vault)
    assert (again["record"], again["outbox"], again["audit_log"]) == (
        after["record"] + 1,
        after["outbox"] + 1,
        after["audit_log"] + 1,
    )
    assert records.children("enrollment", personal_id=c.id) == [e]


def test_update_queues_only_changed_fields_and_bumps_version(vault, records):
    c = client()
    records.save(c)
    before = _counts(vault)
    assert records.save(dataclasses.replace(c, last_name="Blake")) == 2
    after = _counts(vault)
    assert after["outbox"] == before["outbox"] + 1 and after["audit_log"] == before["audit_log"] + 1
    assert after["record"] == before["record"]
    op = outbox.pending(vault.conn)[-1]
    assert op.op == "upsert" and op.fields == {"last_name": "Blake"}
    entry = audit.entries(vault.conn)[-1]
    assert entry.action == "update" and json.loads(entry.detail) == {"fields": ["last_name"]}
    assert records.get("client", c.id).last_name == "Blake"
    assert records.version("client", c.id) == 2


def test_save_is_one_transaction_with_its_outbox_and_audit_rows(vault, records):
    """Rolled back together: inside an outer transaction that fails, none of the three remain."""
    before = _state(vault)
    with pytest.raises(RuntimeError), vault.transaction():
        records.save(client())
        records.save(client(first_name="Second"))
        raise RuntimeError("power cut stand-in")
    assert _state(vault) == before


def test_invalid_record_changes_nothing(vault, records):
    records.save(client(first_name="Existing"))
    before = _state(vault)
    with pytest.raises(ValidationError) as info:
        records.save(invalid_client())
    assert "000000000" not in str(info.value)
    assert _state(vault) == before
    bad_enrollment = enrollment(new_id(), relationship_to_hoh=12345)
    with pytest.raises(ValidationError):
        records.save(bad_enrollment)
    assert _state(vault) == before


def test_invalid_update_changes_nothing(vault, records):
    c = client()
    records.save(c)
    before = _state(vault)
    with pytest.raises(ValidationError):
        records.save(dataclasses.replace(c, dob=date(2099, 1, 1)))  # in the future
    assert _state(vault) == before
    assert records.get("client", c.id) == c


@pytest.mark.parametrize("bad_position", [0, 2, 4])
def test_save_all_failing_half_way_leaves_nothing(vault, records, bad_position):
    batch = [client(first_name=f"Member{i}") for i in range(5)]
    batch[bad_position] = invalid_client()
    before = _state(vault)
    with pytest.raises(ValidationError):
        records.save_all(batch)
    assert _state(vault) == before
    assert not vault.conn.in_transaction


def test_save_all_failing_on_a_deleted_record_leaves_nothing(vault, records):
    gone = client(first_name="Gone")
    records.save(gone)
    records.delete("client", gone.id)
    before = _state(vault)
    with pytest.raises(RecordNotFound):
        records.save_all([client(first_name="A"), enrollment(new_id()), dataclasses.replace(gone, last_name="X")])
    assert _state(vault) == before


def test_save_all_success_writes_everything(vault, records):
    head = client(first_name="Head")
    kid = client(first_name="Kid", dob=date(2015, 2, 2))
    e1, e2 = enrollment(head.id), enrollment(kid.id, relationship_to_hoh=2)
    e2 = dataclasses.replace(e2, household_id=e1.household_id)
    before = _counts(vault)
    records.save_all([head, kid, e1, e2])
    after = _counts(vault)
    assert after["record"] - before["record"] == 4
    assert after["outbox"] - before["outbox"] == 4
    assert after["audit_log"] - before["audit_log"] == 4
    assert {e.id for e in records.children("enrollment", household_id=e1.household_id)} == {e1.id, e2.id}


def test_soft_delete(vault, records):
    c = client()
    records.save(c)
    before = _counts(vault)
    records.delete("client", c.id)
    row = vault.conn.execute(
        "SELECT date_deleted, version, body FROM record WHERE kind = 'client' AND id = ?", (c.id,)
    ).fetchone()
    assert row is not None and row[0] is not None and row[1] == 2
    assert json.loads(row[2])["first_name"] == "Marisol"  # kept for HMIS CSV export of the deletion
    after = _counts(vault)
    assert after["record"] == before["record"]
    assert after["outbox"] == before["outbox"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    op = outbox.pending(vault.conn)[-1]
    assert (op.op, op.kind, op.record_id, op.fields) == ("delete", "client", c.id, {})
    assert audit.entries(vault.conn)[-1].action == "delete"
    with pytest.raises(RecordNotFound):
        records.get("client", c.id)
    assert records.count("client") == 0
    assert not [h for h in client_search.search(vault.conn, "Marisol Quintero") if h.client_id == c.id]
    state = _state(vault)
    with pytest.raises(RecordNotFound):
        records.delete("client", c.id)
    with pytest.raises(RecordNotFound):
        records.save(dataclasses.replace(c, first_name="Back"))
    assert _state(vault) == state


def test_delete_unknown_record(vault, records):
    before = _state(vault)
    with pytest.raises(RecordNotFound):
        records.delete("client", new_id())
    assert _state(vault) == before


def test_unchanged_save_writes_nothing(vault, records):
    c = client()
    records.save(c)
    before = _state(vault)
    assert records.save(c) == 1
    assert records.save(Client.from_dict(c.to_dict())) == 1
    assert records.save(records.get("client", c.id), expected_version=1) == 1
    assert _state(vault) == before


def test_expected_version_mismatch_is_stale(vault, records):
    c = client()
    records.save(c)
    records.save(dataclasses.replace(c, last_name="Second"))
    before = _state(vault)
    with pytest.raises(StaleRecord):
        records.save(dataclasses.replace(c, last_name="Third"), expected_version=1)
    assert _state(vault) == before
    assert records.save(dataclasses.replace(c, last_name="Third"), expected_version=2) == 3


def test_view_is_audited_and_get_is_not(vault, records):
    c = client()
    records.save(c)
    n = _counts(vault)["audit_log"]
    assert records.get("client", c.id) == c
    assert _counts(vault)["audit_log"] == n
    assert records.view("client", c.id) == c
    entry = audit.entries(vault.conn, after=n)[-1]
    assert (entry.action, entry.record_id) == ("view", c.id)


def test_outbox_sequence_never_reused(vault, records, profile):
    for i in range(3):
        records.save(client(first_name=f"P{i}"))
    seqs = [op.seq for op in outbox.pending(vault.conn)]
    vault.conn.execute("DELETE FROM outbox")  # as if sync had drained it
    records.save(client(first_name="After"))
    assert outbox.pending(vault.conn)[-1].seq > max(seqs)


def test_records_survive_reopen(vault, records, profile):
    saved = [client(first_name=f"Keep{i}") for i in range(10)]
    records.save_all(saved)
    vault.close()
    v = open_fast(profile)
    try:
        r = Records(v, today=TODAY)
        # Client.first_name is Optional, but every client saved here has one (sorted() of a None would raise)
        assert sorted(c.first_name for c in r.children("client")) == sorted(c.first_name for c in saved)  # type: ignore[type-var]
        assert outbox.pending_count(v.conn) == 10
        assert audit.verify(v.conn).ok
    finally:
        v.close()
