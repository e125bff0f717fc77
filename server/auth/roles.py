"""Roles and what each may do, in one table the API and the tests both read.

Why a table: "every role can do what it should and nothing more" is only checkable if what each
role should do is written down once.
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


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS[permission]


def is_admin(role: str) -> bool:
    return role == SYSTEM_ADMIN
