"""Roles and what each may do, mirrored on the client so the window shows only what will work.

Why a copy and not an import: the desktop app does not ship the server. The server enforces these
rules; this mirror only decides which screens to offer. tests/security/test_permissions.py checks
it equals server/auth/roles.py, so the two cannot drift apart.
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


def can(role: str | None, permission: str) -> bool:
    """Whether ``role`` holds ``permission``. An unknown role (or none yet) holds nothing; an
    unknown permission is a programming error and raises KeyError."""
    return role in PERMISSIONS[permission]


def label(role: str | None) -> str:
    """The role's name for people (untranslated; the window translates it)."""
    return LABELS.get(role or "", "")
