"""Screens for coordinators and the HMIS Admin: users, laptops and remote wipe, data quality, audit.

The main window decides who sees them (by role); each screen works on its own given the vault.
"""

from app.ui.admin.audit_screen import AuditScreen
from app.ui.admin.devices_screen import DevicesScreen
from app.ui.admin.quality_screen import QualityScreen
from app.ui.admin.users_screen import UsersScreen

__all__ = ["AuditScreen", "DevicesScreen", "QualityScreen", "UsersScreen"]
