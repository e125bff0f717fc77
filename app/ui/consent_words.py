"""The client's release of information in the worker's language.

Why here and not in the service: the service says it in English for logs-free tests and the
audit; the sentence a worker reads must follow the interface's language, with the scope in
HUD's words of that language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import codes
from app.services.clients import ConsentStatus
from app.ui.forms import show_date
from app.ui.hud_words import hud


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentWords", text)


def consent_words(status: ConsentStatus) -> str:
    """One sentence: what the release on file allows today, or why none does."""
    c = status.consent
    if c is None or status.state == "none":
        return _tr("No release of information on file.")
    signed = show_date(c.signed_date)
    if status.state == "in_force":
        scope = hud(codes.CONSENT_SCOPE.get(c.scope, c.scope))
        if c.expires_date:
            return (
                _tr("Release of information in force: %1 (signed %2, until %3).")
                .replace("%1", scope)
                .replace("%2", signed)
                .replace("%3", show_date(c.expires_date))
            )
        return (
            _tr("Release of information in force: %1 (signed %2, with no end date).")
            .replace("%1", scope)
            .replace("%2", signed)
        )
    if status.state == "refused":
        return _tr("The client refused a release of information on %1.").replace("%1", signed)
    if status.state == "revoked" and c.revoked_date is not None:
        return _tr("The release of information was revoked on %1.").replace("%1", show_date(c.revoked_date))
    if status.state == "expired" and c.expires_date is not None:
        return _tr("The release of information expired on %1.").replace("%1", show_date(c.expires_date))
    return _tr("The release of information starts on %1.").replace("%1", signed)
