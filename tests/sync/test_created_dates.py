"""When a record was made travels with it: the laptop that makes a record sends its creation time
with the push, the server keeps it (an imported record keeps its source's DateCreated), and a
laptop that pulls the record keeps that time, not the moment of the push or the pull, so the data
quality report's timeliness (HUD Q6e) on a coordinator's laptop counts from when the record was
entered. Malformed times are refused with the page, a push with a time ahead of the server's is
refused whole, and a laptop keeps its own creation time of its records."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from app.services.quality_report import quality_report
from app.storage import outbox, record_dates
from app.sync import pull
from app.sync.errors import BadResponse
from server.db.schema import record as record_table
from server.services import record_store
from server.services.record_store import Provenance
from tests.domain import factories as f
from tests.sync.laptops import laptop

on_server = pytest.mark.parametrize("live", ["sqlite"], indirect=True)
on_both = pytest.mark.parametrize("live", ["sqlite", "postgresql"], indirect=True)
DAY_S = 86_400
AGENCY = "Created Dates Shelter"
OUTREACH = "Created Dates Outreach"  # its project holds only the stays the tests below make
IMPORTED = datetime(2025, 1, 14, 15, 30, tzinfo=UTC)  # the source's DateCreated: 4 days late


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def _stored(vault, kind: str, record_id: str) -> str:
    return vault.conn.execute(
        "SELECT date_created FROM record WHERE kind = ? AND id = ?", (kind, record_id)
    ).fetchone()[0]


def _on_server(world, record_id: str) -> int | None:
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(record_table.c.date_created_ms).where(record_table.c.id == record_id)).scalar()


def test_a_pull_page_with_a_malformed_creation_time_is_refused_and_changes_nothing(vault):
    client = f.client(id=new_id())
    for bad in ("2025-01-14", -1, True, 1.5):
        page = {
            "changes": [
                {
                    "kind": "client",
                    "id": client.id,
                    "version": 1,
                    "deleted": False,
                    "body": client.to_dict(),
                    "clocks": {},
                    "created_ms": bad,
                }
            ],
            "cursor": 1,
            "more": False,
        }

        def answer(method: str, target: str, body: object, page: dict[str, Any] = page) -> object:
            return page

        with pytest.raises(BadResponse):
            pull.pull(vault, answer)
        assert pull.cursor(vault) == 0 and vault.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 0


@on_server
def test_an_imported_stay_keeps_its_source_date_created_on_the_laptop(world, tmp_path):
    device = laptop(world, tmp_path, AGENCY)
    agency, project = world.agency(AGENCY), world.projects[AGENCY]
    client = f.client(id=new_id())
    stay = f.enrollment(
        id=new_id(), personal_id=client.id, project_id=project, household_id=new_id(), entry_date=date(2025, 1, 10)
    )
    given = Provenance(device.staff.id, _ms(IMPORTED), _ms(IMPORTED))
    with record_store.writing(world.live.ctx.engine) as conn:  # as an HMIS CSV import stores them
        for rec in (client, stay):
            record_store.write(
                conn,
                world.live.clock.now_ms(),
                kind=rec.KIND,
                body=rec.to_dict(),
                clocks={},
                agency_id=agency,
                user_id=device.staff.id,
                op_id=None,
                provenance=given,
            )
    device.sync()
    assert device.vault is not None
    assert _stored(device.vault, "enrollment", stay.id) == "2025-01-14T15:30:00+00:00"
    assert record_dates.created(device.vault, "enrollment", UTC)[stay.id] == date(2025, 1, 14)
    report = quality_report(device.vault, as_of=date(2025, 6, 1), zone=UTC)
    assert report.project(project).timeliness.count("start", "days_4_6") == 1


@on_server
def test_a_record_made_on_one_laptop_is_dated_by_that_laptop_on_the_server_and_the_other(world, tmp_path):
    first, second = laptop(world, tmp_path, AGENCY), laptop(world, tmp_path, AGENCY)
    client = f.client(id=new_id())
    first.records.save(client)
    made_here = _stored(first.vault, "client", client.id)
    first.sync()
    second.sync()
    created_ms = _on_server(world, client.id)
    assert created_ms == _ms(datetime.fromisoformat(made_here))
    assert _stored(first.vault, "client", client.id) == made_here  # its own record: its own time
    assert (
        _stored(second.vault, "client", client.id)
        == datetime.fromtimestamp(created_ms / 1000, UTC).isoformat(timespec="seconds")
        == made_here
    )


@on_both
def test_a_stay_made_offline_on_day_0_and_synced_on_day_4_counts_from_day_0_on_another_laptop(world, tmp_path):
    """An outreach worker's intake made on Monday and synced on Friday: on the coordinator's laptop
    the quality report's timeliness counts it from Monday, as on the worker's own; a second version
    synced a day later does not move it."""
    worker = laptop(world, tmp_path, OUTREACH, "outreach_worker")
    project = world.projects[OUTREACH]
    client = f.client(id=new_id(), ssn=None, ssn_data_quality=99)
    entry = datetime.now(UTC).date() - timedelta(days=1)  # made a day after the start: 1 day late
    stay = f.enrollment(id=new_id(), personal_id=client.id, project_id=project, household_id=new_id(), entry_date=entry)
    worker.records.save_all([client, stay])
    made = _stored(worker.vault, "enrollment", stay.id)
    try:
        world.live.clock.advance(4 * DAY_S)  # four days offline
        worker.sign_in()
        assert worker.sync().ok
        assert _on_server(world, stay.id) == _ms(datetime.fromisoformat(made))
        coordinator = laptop(world, tmp_path, OUTREACH, "data_coordinator")
        assert coordinator.sync().ok
        assert _stored(coordinator.vault, "enrollment", stay.id) == made
        late = (record_dates.created_on(made, UTC) - entry).days  # 1, or 2 across midnight UTC
        for device in (worker, coordinator):
            assert device.vault is not None
            times = quality_report(device.vault, zone=UTC).project(project).timeliness
            assert times.count("start", "days_1_3") == 1 and times.count("start", "days_4_6") == 0, late

        world.live.clock.advance(DAY_S)  # a day later, a second version
        worker.sign_in()
        worker.records.save(replace(stay, length_of_stay=4), expected_version=1)
        second = worker.sync()
        assert second.ok and second.pushed["applied"] == 1
        assert _on_server(world, stay.id) == _ms(datetime.fromisoformat(made))
        newcomer = laptop(world, tmp_path, OUTREACH, "data_coordinator")
        assert newcomer.sync().ok
        assert newcomer.records.get("enrollment", stay.id).length_of_stay == 4
        assert _stored(newcomer.vault, "enrollment", stay.id) == made
    finally:
        world.live.clock.advance(-5 * DAY_S)


@on_both
def test_a_record_dated_ahead_of_the_server_refuses_the_push_whole_until_the_servers_time_reaches_it(world, tmp_path):
    """A laptop whose clock ran two hours ahead when it made a record: the push is refused with the
    reason, nothing of the batch is applied and the outbox is kept; once the server's time reaches
    the record (less the hour's allowance) the same outbox goes through."""
    worker = laptop(world, tmp_path, OUTREACH, "outreach_worker")
    first, ahead = (
        f.client(id=new_id(), ssn=None, ssn_data_quality=99),
        f.client(id=new_id(), ssn=None, ssn_data_quality=99),
    )
    worker.records.save(first)
    worker.records.save(ahead)
    assert worker.vault is not None
    when = datetime.fromtimestamp(world.live.clock.now_ms() // 1000 + 2 * 3600, UTC)  # whole seconds
    with worker.vault.transaction() as conn:  # as the fast clock stamped it
        conn.execute(
            "UPDATE record SET date_created = ? WHERE kind = 'client' AND id = ?",
            (when.isoformat(timespec="seconds"), ahead.id),
        )
    pending = outbox.pending_count(worker.vault.conn)
    report = worker.sync()
    assert report.status == "refused" and "later than the server's time" in report.message, report.message
    assert outbox.pending_count(worker.vault.conn) == pending == 2
    assert _on_server(world, first.id) is None and _on_server(world, ahead.id) is None
    try:
        world.live.clock.advance(3600 + 60)
        worker.sign_in()
        assert worker.sync().ok
        assert _on_server(world, ahead.id) == _ms(when) and _on_server(world, first.id) is not None
        assert outbox.pending_count(worker.vault.conn) == 0
    finally:
        world.live.clock.advance(-(3600 + 60))
