"""The table of the signed-in window's pages: who sees each, and how it is made.

Why imports inside the makers: each screen's module loads the first time it is opened, so the
window appears quickly after sign-in.
"""

from __future__ import annotations

from app.ui.translations import QT_TRANSLATE_NOOP
from app.ui.workspace_page import Page


def _clients(ws):
    from app.ui.clients_page import ClientsPage

    page = ClientsPage(ws.vault)
    page.new_intake_requested.connect(ws.start_intake)
    return page


def _intake(ws, search_text: str = ""):
    from app.ui.intake_wizard import IntakeWizard

    wizard = IntakeWizard(ws.vault, search_text=search_text)
    wizard.saved.connect(ws.intake_saved)
    wizard.cancelled.connect(ws.intake_cancelled)
    return wizard


def _conflicts(ws):
    from app.ui.review_screens import ConflictScreen

    return ConflictScreen(ws.vault)


def _duplicates(ws):
    from app.ui.review_screens import DuplicateScreen

    return DuplicateScreen(ws.vault)


def _quality(ws):
    from app.ui.admin.quality_screen import QualityScreen

    return _loaded(QualityScreen(ws.vault))


def _loaded(screen):
    """The admin screens fetch only when asked: the first time they are shown."""
    screen.refresh()
    return screen


def _api_factory(ws):
    """AdminApi over the workspace's transport when it was given one (tests, a proxy); else the
    screens' default, the device file's server."""
    if ws.transport_factory is None:
        return None
    from app.sync.admin_api import AdminApi

    return lambda vault: AdminApi(vault, ws.transport_factory())


def _users(ws):
    from app.ui.admin.users_screen import UsersScreen

    return _loaded(UsersScreen(ws.vault, _api_factory(ws)))


def _devices(ws):
    from app.ui.admin.devices_screen import DevicesScreen

    return _loaded(DevicesScreen(ws.vault, _api_factory(ws)))


def _audit(ws):
    from app.ui.admin.audit_screen import AuditScreen

    return _loaded(AuditScreen(ws.vault, _api_factory(ws)))


make_intake = _intake

ALL = (
    Page("clients", QT_TRANSLATE_NOOP("Workspace", "Clients"), None, _clients),
    Page("intake", QT_TRANSLATE_NOOP("Workspace", "New intake"), "records.sync", _intake),
    Page("conflicts", QT_TRANSLATE_NOOP("Workspace", "Conflicts"), "conflict.resolve", _conflicts),
    Page("duplicates", QT_TRANSLATE_NOOP("Workspace", "Possible duplicates"), "duplicate.resolve", _duplicates),
    Page("quality", QT_TRANSLATE_NOOP("Workspace", "Data quality"), "data_quality.read", _quality),
    Page("users", QT_TRANSLATE_NOOP("Workspace", "Users"), "user.manage", _users),
    Page("devices", QT_TRANSLATE_NOOP("Workspace", "Devices"), "device.manage", _devices),
    Page("audit", QT_TRANSLATE_NOOP("Workspace", "Audit log"), "audit.read", _audit),
)
