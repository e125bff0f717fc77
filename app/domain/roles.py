"""Roles and what each may do, in one table the server, the desktop app and the tests all read.

Why here: the server enforces these rules and the desktop app only offers the screens that will
work; with one table in the domain (which both import) the two cannot drift apart.
"""

from __future__ import annotations

SYSTEM_ADMIN = "system_admin"
SECURITY_COORDINATOR = "security_coordinator"
DATA_COORDINATOR = "data_coordinator"
CASE_MANAGER = "case_manager"
OUTREACH_WORKER = "outreach_worker"

ROLES = (SYSTEM_ADMIN, SECURITY_COORDINATOR, DATA_COORDINATOR, CASE_MANAGER, OUTREACH_WORKER)

LABELS = {
    SYSTEM_ADMIN: "System Administrator",
    SECURITY_COORDINATOR: "Agency Security Coordinator",
    DATA_COORDINATOR: "Agency Data Coordinator",
    CASE_MANAGER: "Case Manager",
    OUTREACH_WORKER: "Outreach Worker",
}

# permission -> roles that hold it. Agency-scoped roles act only within their own agency.
PERMISSIONS: dict[str, frozenset[str]] = {
    "agency.manage": frozenset({SYSTEM_ADMIN}),
    "project.manage": frozenset({SYSTEM_ADMIN}),
    "policy.manage": frozenset({SYSTEM_ADMIN}),
    "user.manage": frozenset({SYSTEM_ADMIN, SECURITY_COORDINATOR}),
    "device.manage": frozenset({SYSTEM_ADMIN, SECURITY_COORDINATOR}),
    "device.wipe": frozenset({SYSTEM_ADMIN, SECURITY_COORDINATOR}),
    "audit.read": frozenset({SYSTEM_ADMIN, SECURITY_COORDINATOR}),
    "records.sync": frozenset({SYSTEM_ADMIN, DATA_COORDINATOR, CASE_MANAGER, OUTREACH_WORKER}),
    "conflict.resolve": frozenset({SYSTEM_ADMIN, DATA_COORDINATOR}),
    "duplicate.resolve": frozenset({SYSTEM_ADMIN, DATA_COORDINATOR}),
    "export.run": frozenset({SYSTEM_ADMIN, DATA_COORDINATOR}),
    "import.run": frozenset({SYSTEM_ADMIN}),
    "data_quality.read": frozenset({SYSTEM_ADMIN, DATA_COORDINATOR}),
}


def allowed(role: str | None, permission: str) -> bool:
    """Whether ``role`` holds ``permission``. An unknown role (or none yet) holds nothing; an
    unknown permission is a programming error and raises KeyError."""
    return role in PERMISSIONS[permission]


def label(role: str | None) -> str:
    """The role's name for people (untranslated; the window translates it)."""
    return LABELS.get(role or "", "")
