"""GET /v1/projects tells a device each project's current funders, whether it takes part in
coordinated entry, and its CAN; and adds the coordinated entry projects of other agencies of
the same CAN (not for intake), never those of another CAN."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from server.services import accounts
from tests.server.harness import World


def _project(world: World, agency: str, name: str, project_type: int = 14, can: str = "Greater Hartford") -> str:
    with world.live.ctx.engine.begin() as conn:
        if agency not in world.agencies:
            world.agencies[agency] = accounts.create_agency(
                conn, world.live.clock.now_ms(), name=agency, coc_code="CT-505", can_name=can
            )
        return accounts.create_project(
            conn,
            world.live.clock.now_ms(),
            agency_id=world.agencies[agency],
            name=name,
            project_type=project_type,
            coc_code="CT-505",
            geocode="099003",
            operating_start=date(2020, 1, 1),
        )


def _ce(admin, project_id: str, key: str, **cells) -> None:
    admin.call(
        "PUT",
        "/v1/descriptors/CEParticipation",
        {
            "values": {
                "CEParticipationID": key,
                "ProjectID": project_id,
                "AccessPoint": "1",
                "ReceivesReferrals": "1",
                "CEParticipationStatusStartDate": "2024-01-01",
                **cells,
            }
        },
    )


def _funder(admin, project_id: str, key: str, code: int, **cells) -> None:
    admin.call(
        "PUT",
        "/v1/descriptors/Funder",
        {
            "values": {
                "FunderID": key,
                "ProjectID": project_id,
                "Funder": str(code),
                "GrantID": "G1",
                "StartDate": "2024-01-01",
                **cells,
            }
        },
    )


@pytest.fixture(scope="module")
def facts(world: World):
    admin = world.signed_in("system_admin", None, device_agency="Facts Home")
    home = world.agency("Facts Home")
    mine = world.projects["Facts Home"]
    ce_mine = _project(world, "Facts Home", "Facts Home access point")
    ce_theirs = _project(world, "Facts Neighbour", "Neighbour access point")
    plain_theirs = _project(world, "Facts Neighbour", "Neighbour shelter", project_type=0)
    ce_far = _project(world, "Facts Far", "Far access point", can="Northeast")
    ended = (date.today() - timedelta(days=1)).isoformat()
    _ce(admin, ce_mine, "CE1")
    _ce(admin, ce_theirs, "CE2")
    _ce(admin, ce_far, "CE3")
    _ce(admin, plain_theirs, "CE4", CEParticipationStatusStartDate="2023-01-01", CEParticipationStatusEndDate=ended)
    _funder(admin, mine, "F1", 21)  # SSVF
    _funder(admin, mine, "F2", 21)
    _funder(admin, mine, "F3", 2)  # CoC
    _funder(admin, mine, "F4", 20, StartDate="2023-01-01", EndDate=ended)  # ended: not current
    worker = world.signed_in("case_manager", "Facts Home")
    rows = {r["name"]: r for r in worker.call("GET", "/v1/projects")}
    return home, rows, {r["name"]: r for r in admin.call("GET", "/v1/projects")}


def test_a_project_carries_its_current_funders_once_each(facts):
    _, rows, _ = facts
    assert rows["Facts Home shelter"]["funders"] == [2, 21]
    assert rows["Facts Home shelter"]["coordinated_entry"] is False
    assert rows["Facts Home shelter"]["own"] is True and rows["Facts Home shelter"]["can_name"] == "Greater Hartford"


def test_the_can_coordinated_entry_projects_are_added_as_not_own(facts):
    home, rows, _ = facts
    assert rows["Facts Home access point"]["coordinated_entry"] is True and rows["Facts Home access point"]["own"]
    theirs = rows["Neighbour access point"]
    assert theirs["coordinated_entry"] is True and theirs["own"] is False and theirs["agency_id"] != home


def test_another_can_and_a_past_participation_stay_out(facts):
    _, rows, _ = facts
    assert "Far access point" not in rows  # coordinated entry, but of the Northeast CAN
    assert "Neighbour shelter" not in rows  # its participation ended yesterday


def test_the_hmis_admin_sees_every_project_as_own(facts):
    _, _, everything = facts
    assert {"Far access point", "Neighbour shelter", "Facts Home shelter"} <= set(everything)
    assert all(r["own"] for r in everything.values())
    assert everything["Neighbour shelter"]["coordinated_entry"] is False
