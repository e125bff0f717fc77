"""Roles and what each may do: the table lives in app.domain.roles, shared with the desktop app."""

from __future__ import annotations

from app.domain.roles import (
    CASE_MANAGER,
    DATA_COORDINATOR,
    LABELS,
    OUTREACH_WORKER,
    PERMISSIONS,
    ROLES,
    SECURITY_COORDINATOR,
    SYSTEM_ADMIN,
    allowed,
)

__all__ = [
    "CASE_MANAGER",
    "DATA_COORDINATOR",
    "LABELS",
    "OUTREACH_WORKER",
    "PERMISSIONS",
    "ROLES",
    "SECURITY_COORDINATOR",
    "SYSTEM_ADMIN",
    "allowed",
    "is_admin",
]


def is_admin(role: str) -> bool:
    return role == SYSTEM_ADMIN
