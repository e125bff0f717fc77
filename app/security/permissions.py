"""What the signed-in user's role may do, so the window offers only what the server will allow.

The table is app.domain.roles, the same one the server enforces.
"""

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
    label,
)
from app.domain.roles import allowed as can

__all__ = [
    "CASE_MANAGER",
    "DATA_COORDINATOR",
    "LABELS",
    "OUTREACH_WORKER",
    "PERMISSIONS",
    "ROLES",
    "SECURITY_COORDINATOR",
    "SYSTEM_ADMIN",
    "can",
    "label",
]
