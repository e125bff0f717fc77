"""The HMIS Admin keeps project descriptor rows over HTTP; an export carries them and an import of
that export gives them back. Bad input is refused in words and changes nothing."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

import pytest

from server.hmis_csv import spec
from tests.server.harness import ApiError, World, start_server


def _funder(project_id: str, **cells) -> dict:
    return {
        "values": {
            "FunderID": "CTF0001",
            "ProjectID": project_id,
            "Funder": "2",
            "GrantID": "CT0123L1E012301",
            "StartDate": "2025-07-01",
            **cells,
        }
    }


@pytest.fixture(scope="module")
def admin(world: World):
    return world.signed_in("system_admin", None, device_agency="Descriptor Agency")


def _rows(device, file: str, project_id: str | None = None) -> list[dict]:
    return device.call("GET", f"/v1/descriptors/{file}" + (f"?project_id={project_id}" if project_id else ""))


@pytest.mark.parametrize(
    "cells, words",
    [
        ({"Funder": "999"}, "not on HUD's list 2.06.1"),
        ({"Funder": "two"}, "whole number"),
        ({"StartDate": "07/01/2025"}, "YYYY-MM-DD"),
        ({"GrantID": ""}, "GrantID: HUD requires a value"),
        ({"EndDate": "2025-01-01"}, "ends before it starts"),
        ({"Colour": "blue"}, "has no column Colour"),
        ({"DateUpdated": "2025-01-01 00:00:00"}, "kept by the service"),
    ],
)
def test_a_bad_row_is_refused_in_words_and_nothing_is_kept(world, admin, cells, words):
    project_id = world.projects["Descriptor Agency"]
    with pytest.raises(ApiError) as refused:
        admin.call("PUT", "/v1/descriptors/Funder", _funder(project_id, **cells))
    assert refused.value.status == 400 and words in refused.value.detail
    assert _rows(admin, "Funder", project_id) == []


def test_a_row_for_a_project_that_is_not_here_is_refused(admin):
    with pytest.raises(ApiError) as refused:
        admin.call("PUT", "/v1/descriptors/Funder", _funder("f" * 32))
    assert refused.value.status == 404 and "not a project of this service" in refused.value.detail


def test_only_the_hmis_admin_keeps_descriptors(world):
    coordinator = world.signed_in("data_coordinator", "Descriptor Agency")
    with pytest.raises(ApiError) as refused:
        coordinator.call("PUT", "/v1/descriptors/Funder", _funder(world.projects["Descriptor Agency"]))
    assert refused.value.status == 403
    with pytest.raises(ApiError):
        coordinator.call("GET", "/v1/descriptors/Funder")


def test_rows_are_created_changed_deleted_and_exported(world, admin, tmp_path):
    project_id = world.projects["Descriptor Agency"]
    made = admin.call("PUT", "/v1/descriptors/Funder", _funder(project_id, FunderID="CTF0002"))
    assert made["values"]["Funder"] == 2 and made["values"]["UserID"] == admin.user.id
    changed = admin.call("PUT", "/v1/descriptors/Funder", {"values": {"FunderID": "CTF0002", "GrantID": "CT0999"}})
    assert changed["values"]["GrantID"] == "CT0999" and changed["values"]["StartDate"] == "2025-07-01"
    inventory = admin.call(
        "PUT",
        "/v1/descriptors/Inventory",
        {
            "values": {
                "ProjectID": project_id,
                "CoCCode": "CT-505",
                "HouseholdType": "1",
                "UnitInventory": "20",
                "BedInventory": "20",
                "InventoryStartDate": "2025-01-01",
                "Availability": "1",
                "ESBedType": "1",
            }
        },
    )
    assert len(inventory["values"]["InventoryID"]) == 32  # a new row gets an id of ours
    renamed = admin.call(
        "PUT",
        "/v1/descriptors/Project",
        {
            "values": {
                "ProjectID": project_id,
                "OrganizationID": world.agencies["Descriptor Agency"],
                "ProjectName": "Descriptor Agency shelter",
                "OperatingStartDate": "2020-01-01",
                "ContinuumProject": "1",
                "ProjectType": "1",
                "HousingType": "1",
            }
        },
    )
    assert renamed["values"]["ProjectType"] == 1
    projects = {p["id"]: p for p in admin.call("GET", "/v1/projects")}
    assert projects[project_id]["project_type"] == 1  # the project row follows its descriptor
    gone = admin.call("DELETE", f"/v1/descriptors/Inventory/{inventory['id']}")
    assert gone["values"]["DateDeleted"] is not None

    response = admin.raw(
        "POST",
        "/v1/exports",
        {
            "start": (date.today() - timedelta(days=30)).isoformat(),
            "end": date.today().isoformat(),
            "project_ids": [project_id],
        },
    )
    assert response.status_code == 200, response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        funders = archive.read("Funder.csv").decode().splitlines()
        inventories = archive.read("Inventory.csv").decode().splitlines()
        projects_csv = archive.read("Project.csv").decode().splitlines()
    assert len(funders) == 2 and "CTF0002" in funders[1] and "CT0999" in funders[1]
    assert len(inventories) == 2 and inventory["id"] in inventories[1]
    assert len(projects_csv) == 2 and ",1,1,1," in projects_csv[1]  # ContinuumProject, ProjectType, HousingType

    other = start_server(tmp_path / "second", None)
    try:
        second = World(other).signed_in("system_admin", None, device_agency="Importer")
        answer = second.call(
            "POST", "/v1/imports", raw_body=response.content, headers={"Content-Type": "application/zip"}
        )
        assert answer["descriptor_rows_written"] >= 4  # Organization, Project, Funder, Inventory, User
        theirs = _rows(second, "Funder", project_id)
        assert [r["values"] for r in theirs] == [r["values"] for r in _rows(admin, "Funder", project_id)]
    finally:
        other.stop()


def test_the_descriptor_files_are_the_spec_files_that_describe_projects_and_staff():
    from server.hmis_csv import descriptors
    from server.hmis_csv.mapping import BY_FILE

    assert set(descriptors.FILES) | set(BY_FILE) | {"Export"} == set(spec.FILES)
    assert not set(descriptors.FILES) & set(BY_FILE)
