"""HMIS CSV export over HTTP, and an export taken back in by another server to the same records."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

import pytest

from app.domain.ids import new_id
from server.hmis_csv import spec
from tests.domain import factories
from tests.server.harness import ApiError, World, start_server


def _household(world: World, device) -> list[str]:
    project_id = world.projects["Hope Shelter"]
    client = factories.client(id=new_id(), ssn="234567891")
    enrollment = factories.enrollment(
        id=new_id(),
        personal_id=client.id,
        project_id=project_id,
        household_id=new_id(),
        entry_date=date.today() - timedelta(days=20),
    )
    income = factories.income(
        id=new_id(), enrollment_id=enrollment.id, personal_id=client.id, information_date=enrollment.entry_date
    )
    disability = factories.disability(
        id=new_id(), enrollment_id=enrollment.id, personal_id=client.id, information_date=enrollment.entry_date
    )
    exit_ = factories.exit_(
        id=new_id(), enrollment_id=enrollment.id, personal_id=client.id, exit_date=date.today() - timedelta(days=2)
    )
    ops = [device.op(r.KIND, r.id, r.to_dict()) for r in (client, enrollment, income, disability, exit_)]
    results = device.push(*ops)
    assert [r["status"] for r in results] == ["applied"] * 5, results
    return [client.id, enrollment.id, income.id, disability.id, exit_.id]


def _export(device, **body) -> bytes:
    body = {"start": (date.today() - timedelta(days=60)).isoformat(), "end": date.today().isoformat()} | body
    response = device.raw("POST", "/v1/exports", body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    return response.content


def _rows(data: bytes, file: str) -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read(spec.file_name(file)).decode("utf-8")
    return [line.split(",") for line in text.strip().split("\r\n")]


def test_export_has_every_fy2026_file_with_its_headers_and_reimports_to_the_same_records(world, tmp_path):
    worker = world.signed_in("case_manager", "Hope Shelter")
    coordinator = world.signed_in("data_coordinator", "Hope Shelter")
    ids = _household(world, worker)
    data = _export(coordinator)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
    for file, columns in spec.FILES.items():
        assert spec.file_name(file) in names
        assert _rows(data, file)[0] == [c.name for c in columns]
    assert any(ids[0] in line for line in _rows(data, "Client")[1:])

    other = start_server(tmp_path / "second", None)
    try:
        second = World(other)
        admin = second.signed_in("system_admin", None, device_agency="Importer")
        response = admin.raw("POST", "/v1/imports", raw_body=data, headers={"Content-Type": "application/zip"})
        assert response.status_code == 200, response.text
        assert response.json()["records_written"] >= 5
        again = admin.raw("POST", "/v1/imports", raw_body=data, headers={"Content-Type": "application/zip"})
        assert again.json()["records_written"] == 0  # nothing doubled
        for kind, record_id in zip(("client", "enrollment", "income_benefits", "disability", "exit"), ids):
            theirs = admin.call("GET", f"/v1/records/{kind}/{record_id}")["body"]
            ours = worker.call("GET", f"/v1/records/{kind}/{record_id}")["body"]
            assert theirs == ours
    finally:
        other.stop()


def test_hashed_export_carries_no_names_or_ssn(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    coordinator = world.signed_in("data_coordinator", "Hope Shelter")
    _household(world, worker)
    data = _export(coordinator, hashed=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        client_csv = archive.read("Client.csv")
    assert b"Quinones" not in client_csv and b"234567891" not in client_csv


def _with_cell(data: bytes, member: str, column: bytes, value: bytes) -> bytes:
    """The export with one cell of the first data row of one file replaced."""
    source, edited = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(edited, "w") as out:
        for name in source.namelist():
            content = source.read(name)
            if name == member:
                lines = content.split(b"\r\n")
                cells = lines[1].split(b",")
                cells[lines[0].split(b",").index(column)] = value
                lines[1] = b",".join(cells)
                content = b"\r\n".join(lines)
            out.writestr(name, content)
    return edited.getvalue()


def test_a_bad_import_is_refused_whole_with_the_file_row_and_column(world):
    admin = world.signed_in("system_admin", None, device_agency="Hope Shelter")
    coordinator = world.signed_in("data_coordinator", "Hope Shelter")
    broken = _with_cell(_export(coordinator), "Enrollment.csv", b"EntryDate", b"31/31/2020")
    with world.live.ctx.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM record").scalar()
    response = admin.raw("POST", "/v1/imports", raw_body=broken)
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "Enrollment" in detail and "row 2" in detail and "EntryDate" in detail
    with world.live.ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM record").scalar() == before


def test_only_data_coordinators_and_admins_export_and_only_their_projects(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    stranger = world.signed_in("data_coordinator", "Street Team")
    with pytest.raises(ApiError) as refused:
        worker.call("POST", "/v1/exports", {"start": "2026-01-01", "end": "2026-02-01"})
    assert refused.value.status == 403
    world.agency("Hope Shelter")
    with pytest.raises(ApiError) as foreign:
        stranger.call(
            "POST",
            "/v1/exports",
            {"start": "2026-01-01", "end": "2026-02-01", "project_ids": [world.projects["Hope Shelter"]]},
        )
    assert foreign.value.status == 403


def test_an_import_answers_the_data_quality_problems_it_took_as_given(world):
    admin = world.signed_in("system_admin", None, device_agency="Hope Shelter")
    edited = _with_cell(
        _export(world.signed_in("data_coordinator", "Hope Shelter")), "Project.csv", b"OperatingEndDate", b"2000-01-01"
    )
    answer = admin.call("POST", "/v1/imports", raw_body=edited)
    assert answer["problems_total"] == 1
    assert [(p["file"], p["row"], p["column"]) for p in answer["problems"]] == [("Project.csv", 2, "OperatingEndDate")]
