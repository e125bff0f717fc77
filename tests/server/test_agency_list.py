"""Issue 15: the list of agencies goes to those who need it, not to every signed-in user.

Why: which agencies take part (a victim service provider among them) is itself sensitive; an
agency's staff need only their own, the HMIS Admin needs them all."""

from __future__ import annotations

import pytest

AGENCY_ROLES = ["security_coordinator", "data_coordinator", "case_manager", "outreach_worker"]


@pytest.mark.parametrize("role", AGENCY_ROLES)
def test_agency_staff_see_only_their_own_agency(world, role):
    world.agency("Street Team")  # another agency, which must not be listed
    device = world.signed_in(role, "Hope Shelter")
    listed = device.call("GET", "/v1/agencies")
    assert [a["id"] for a in listed] == [world.agency("Hope Shelter")]
    assert listed[0]["name"] == "Hope Shelter"


def test_the_hmis_admin_sees_every_agency(world):
    hope, street = world.agency("Hope Shelter"), world.agency("Street Team")
    device = world.signed_in("system_admin", None)
    listed = {a["id"] for a in device.call("GET", "/v1/agencies")}
    assert {hope, street} <= listed
