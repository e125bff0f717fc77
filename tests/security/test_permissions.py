"""The client and the server read one role table; the client's answers are the server's."""

from __future__ import annotations

import pytest

from app.security import permissions
from server.auth import roles


def test_the_mirror_equals_the_server_table():
    assert permissions.ROLES == roles.ROLES
    assert permissions.LABELS == roles.LABELS
    assert permissions.PERMISSIONS == roles.PERMISSIONS


@pytest.mark.parametrize("role", roles.ROLES)
@pytest.mark.parametrize("permission", sorted(roles.PERMISSIONS))
def test_can_answers_as_the_server_does(role, permission):
    assert permissions.can(role, permission) == roles.allowed(role, permission)


def test_no_role_or_an_unknown_one_may_do_nothing():
    assert not any(permissions.can(role, p) for role in (None, "", "root") for p in permissions.PERMISSIONS)
    with pytest.raises(KeyError):
        permissions.can(roles.SYSTEM_ADMIN, "everything")
    assert permissions.label("security_coordinator") == "Agency Security Coordinator"
    assert permissions.label(None) == ""
