"""When a record was made travels with it: a laptop that pulls a record keeps the server's creation
time (an imported record its source's DateCreated), not the moment of the pull, so the data quality
report's timeliness (HUD Q6e) on a coordinator's laptop counts from when the record was entered.
Malformed times are refused with the page, and a laptop keeps its own creation time of its records."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from app.services.quality_report import quality_report
from app.storage import record_dates
from app.sync import pull
from app.sync.errors import BadResponse
from server.db.schema import record as record_table
from server.services import record_store
from server.services.record_store import Provenance
from tests.domain import factories as f
from tests.sync.laptops import laptop

on_server = pytest.mark.parametrize("live", ["sqlite"], indirect=True)
AGENCY = "Created Dates Shelter"
IMPORTED = datetime(2025, 1, 14, 15, 30, tzinfo=timezone.utc)  # the source's DateCreated: 4 days late


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def _stored(vault, kind: str, record_id: str) -> str:
    return vault.conn.execute("SELECT date_created FROM record WHERE kind = ? AND id = ?",
                              (kind, record_id)).fetchone()[0]


def test_a_pull_page_with_a_malformed_creation_time_is_refused_and_changes_nothing(vault):
    client = f.client(id=new_id())
    for bad in ("2025-01-14", -1, True, 1.5):
        page = {"changes": [{"kind": "client", "id": client.id, "version": 1, "deleted": False,
                             "body": client.to_dict(), "clocks": {}, "created_ms": bad}], "cursor": 1, "more": False}
        with pytest.raises(BadResponse):
            pull.pull(vault, lambda method, target, body: page)
        assert pull.cursor(vault) == 0 and vault.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 0


@on_server
def test_an_imported_stay_keeps_its_source_date_created_on_the_laptop(world, tmp_path):
    device = laptop(world, tmp_path, AGENCY)
    agency, project = world.agency(AGENCY), world.projects[AGENCY]
    client = f.client(id=new_id())
    stay = f.enrollment(id=new_id(), personal_id=client.id, project_id=project, household_id=new_id(),
                        entry_date=date(2025, 1, 10))
    given = Provenance(device.staff.id, _ms(IMPORTED), _ms(IMPORTED))
    with record_store.writing(world.live.ctx.engine) as conn:  # as an HMIS CSV import stores them
        for rec in (client, stay):
            record_store.write(conn, world.live.clock.now_ms(), kind=rec.KIND, body=rec.to_dict(), clocks={},
                               agency_id=agency, user_id=device.staff.id, op_id=None, provenance=given)
    device.sync()
    assert _stored(device.vault, "enrollment", stay.id) == "2025-01-14T15:30:00+00:00"
    assert record_dates.created(device.vault, "enrollment", timezone.utc)[stay.id] == date(2025, 1, 14)
    report = quality_report(device.vault, as_of=date(2025, 6, 1), zone=timezone.utc)
    assert report.project(project).timeliness.count("start", "days_4_6") == 1


@on_server
def test_a_record_made_on_one_laptop_is_dated_by_the_server_on_the_other_and_kept_on_its_own(world, tmp_path):
    first, second = laptop(world, tmp_path, AGENCY), laptop(world, tmp_path, AGENCY)
    client = f.client(id=new_id())
    first.records.save(client)
    made_here = _stored(first.vault, "client", client.id)
    first.sync()
    second.sync()
    with world.live.ctx.engine.connect() as conn:
        created_ms = conn.execute(select(record_table.c.date_created_ms)
                                  .where(record_table.c.id == client.id)).scalar_one()
    assert _stored(first.vault, "client", client.id) == made_here  # its own record: its own time
    assert _stored(second.vault, "client", client.id) == \
        datetime.fromtimestamp(created_ms / 1000, timezone.utc).isoformat(timespec="seconds")
