"""A push carries when the device made each new record (``created_ms``): the server keeps it as the
record's creation time when the push creates the record, never changes it after, gives it to other
devices and to the HMIS CSV export, and refuses a whole batch holding an impossible one."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from server.db.schema import device as device_table
from server.db.schema import record as record_table
from server.hmis_csv import spec
from server.services.clock import utc_datetime
from server.services.sync import FUTURE_SLACK_MS
from tests.domain import factories
from tests.server.harness import ApiError

AGENCY = "Created Times Outreach"
DAY_MS = 86_400_000


@pytest.fixture(scope="module")
def team(world):
    return {
        "worker": world.signed_in("outreach_worker", AGENCY),
        "other": world.signed_in("case_manager", AGENCY),
        "dc": world.signed_in("data_coordinator", AGENCY),
    }


def _client() -> dict:
    return factories.client(id=new_id(), ssn=None, ssn_data_quality=99).to_dict()


def _made(op: dict, created_ms: object) -> dict:
    return dict(op, created_ms=created_ms)


def _created_on_server(world, record_id: str) -> int | None:
    with world.live.ctx.engine.connect() as conn:
        return conn.execute(select(record_table.c.date_created_ms).where(record_table.c.id == record_id)).scalar()


def _pulled_created(device, record_id: str) -> int:
    changes, _ = device.pull_all()
    [change] = [c for c in changes if c["id"] == record_id]
    return change["created_ms"]


def test_a_new_record_keeps_the_devices_creation_time_and_others_pull_it(world, team):
    body = _client()
    made = world.live.clock.now_ms() - 4 * DAY_MS  # made offline four days ago
    [result] = team["worker"].push(_made(team["worker"].op("client", body["id"], body), made))
    assert result["status"] == "applied"
    assert _created_on_server(world, body["id"]) == made
    assert _pulled_created(team["other"], body["id"]) == made


def test_later_versions_never_change_the_creation_time(world, team):
    body = _client()
    made = world.live.clock.now_ms() - 3 * DAY_MS
    worker, other = team["worker"], team["other"]
    worker.push(_made(worker.op("client", body["id"], body), made))
    # A second version (and a device that wrongly sends a time with it) leaves the first one.
    [again] = worker.push(_made(worker.op("client", body["id"], {"alias": "Ro"}, base_version=1), made + DAY_MS))
    [theirs] = other.push(_made(other.op("client", body["id"], {"veteran_status": 1}, base_version=1), 0))
    # And one more create of the same record from another device (it made it too, offline).
    [twice] = other.push(_made(other.op("client", body["id"], {"alias": "Rosie"}), made - DAY_MS))
    assert [r["status"] for r in (again, theirs, twice)] == ["applied", "merged", "merged"]
    assert _created_on_server(world, body["id"]) == made
    assert _pulled_created(other, body["id"]) == made


def test_an_old_style_push_without_a_creation_time_is_dated_by_the_server(world, team):
    body = _client()
    op = team["worker"].op("client", body["id"], body)
    assert "created_ms" not in op
    before = world.live.clock.now_ms()
    [result] = team["worker"].push(op)
    after = world.live.clock.now_ms()
    assert result["status"] == "applied"
    assert before <= _created_on_server(world, body["id"]) <= after


def test_a_time_before_the_devices_enrollment_is_kept(world, team):
    """Work done in a vault before it was enrolled is real work: its time is taken (see _check_created)."""
    worker = team["worker"]
    with world.live.ctx.engine.connect() as conn:
        enrolled = conn.execute(select(device_table.c.enrolled_ms).where(device_table.c.id == worker.id)).scalar_one()
    body = _client()
    [result] = worker.push(_made(worker.op("client", body["id"], body), enrolled - 10 * DAY_MS))
    assert result["status"] == "applied"
    assert _created_on_server(world, body["id"]) == enrolled - 10 * DAY_MS


def test_a_time_just_inside_the_clock_allowance_is_taken(world, team):
    body = _client()
    made = world.live.clock.now_ms() + FUTURE_SLACK_MS - 60_000
    [result] = team["worker"].push(_made(team["worker"].op("client", body["id"], body), made))
    assert result["status"] == "applied" and _created_on_server(world, body["id"]) == made


@pytest.mark.parametrize("bad", ["2025-01-14T09:00:00+00:00", 1.5, True, -1, 2**60, {"ms": 1}])
def test_a_malformed_or_negative_creation_time_refuses_the_whole_batch(world, team, bad):
    _refused_whole(world, team, bad, "created_ms")


def test_a_creation_time_in_the_future_refuses_the_whole_batch(world, team):
    ahead = world.live.clock.now_ms() + FUTURE_SLACK_MS + 120_000  # server's now passes while it is sent
    detail = _refused_whole(world, team, ahead, "operations.1.created_ms")
    assert "later than the server's time" in detail


def _refused_whole(world, team, bad: object, named: str) -> str:
    """A good new record first, then the bad one: the answer names the field and neither is applied."""
    worker = team["worker"]
    good, wrong = _client(), _client()
    _, cursor = team["other"].pull_all()
    ops = [
        _made(worker.op("client", good["id"], good), world.live.clock.now_ms()),
        _made(worker.op("client", wrong["id"], wrong), bad),
    ]
    with pytest.raises(ApiError) as refused:
        worker.push(*ops)
    assert refused.value.status == 422 and named in refused.value.detail
    assert wrong["last_name"] not in refused.value.detail  # the reason carries no personal data
    for record_id in (good["id"], wrong["id"]):
        assert _created_on_server(world, record_id) is None
    changes, _ = team["other"].pull_all(cursor)
    assert not [c for c in changes if c["id"] in (good["id"], wrong["id"])]
    # Sent again put right, the same operations apply: the refusal used none of their ids up.
    results = worker.push(ops[0], dict(ops[1], created_ms=world.live.clock.now_ms()))
    assert [r["status"] for r in results] == ["applied", "applied"]
    return refused.value.detail


def test_the_hmis_csv_export_dates_a_pushed_stay_by_its_making(world, team):
    worker = team["worker"]
    client = factories.client(id=new_id(), ssn=None, ssn_data_quality=99)
    stay = factories.enrollment(
        id=new_id(),
        personal_id=client.id,
        project_id=world.projects[AGENCY],
        household_id=new_id(),
        entry_date=date.today() - timedelta(days=6),
    )
    made = world.live.clock.now_ms() - 5 * DAY_MS
    results = worker.push(*[_made(worker.op(r.KIND, r.id, r.to_dict()), made) for r in (client, stay)])
    assert [r["status"] for r in results] == ["applied", "applied"]
    response = team["dc"].raw(
        "POST",
        "/v1/exports",
        {"start": (date.today() - timedelta(days=30)).isoformat(), "end": date.today().isoformat()},
    )
    assert response.status_code == 200, response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read(spec.file_name("Enrollment")).decode("utf-8"))))
    [row] = [r for r in rows if r["EnrollmentID"] == stay.id]
    assert row["DateCreated"] == utc_datetime(made).strftime("%Y-%m-%d %H:%M:%S")
