"""What a sync says, in the person's language.

Why here: app/sync is Qt-free and reports in English (the headless commands print it as is).
The window says the same things through Qt's catalogue: each known sentence by its error class,
each stage by its name, and the summary built from the report's numbers. A sentence we do not
know (a server's own reason) is shown as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sync import errors
from app.sync.engine import SyncEvent, SyncReport


def _errors() -> dict[str, str]:
    return {
        errors.SyncError.message: QCoreApplication.translate(
            "Sync", "The sync did not finish. Your changes are kept on this laptop and will be sent next time."
        ),
        errors.Offline.message: QCoreApplication.translate(
            "Sync",
            "The server can't be reached. Your changes are kept on this laptop and will be sent "
            "when the connection is back.",
        ),
        errors.BadResponse.message: QCoreApplication.translate(
            "Sync",
            "The answer from the server was not understood (on public Wi-Fi, open a web page and "
            "sign in to the network first). Nothing was changed; the sync will try again.",
        ),
        errors.ServerTrouble.message: QCoreApplication.translate(
            "Sync", "The server had a problem and could not take the changes now. The sync will try again."
        ),
        errors.Untrusted.message: QCoreApplication.translate(
            "Sync",
            "The server's certificate is not trusted, so nothing was sent. Check the server "
            "address, or tell your Security Coordinator.",
        ),
        errors.KeyMismatch.message: QCoreApplication.translate(
            "Sync",
            "The server's key does not match the one this device was set up with, so nothing was "
            "sent. Do not continue; tell your Security Coordinator.",
        ),
        errors.SignInRequired.message: QCoreApplication.translate(
            "Sync", "Sign-in required: sign in while online to sync."
        ),
        errors.DeviceRefused.message: QCoreApplication.translate(
            "Sync", "The server refused this device. Tell your Security Coordinator."
        ),
        errors.NotEnrolled.message: QCoreApplication.translate(
            "Sync", "This device is not set up with a server yet. Enroll it with a code from your Security Coordinator."
        ),
        errors.Wiped.message: QCoreApplication.translate(
            "Sync", "This device was wiped on the order of your agency. Its data is gone; set it up again to use it."
        ),
        "Checked in with the server.": QCoreApplication.translate("Sync", "Checked in with the server."),
    }


def _stages() -> dict[str, str]:
    return {
        "check_in": QCoreApplication.translate("Sync", "Checking in with the server"),
        "push": QCoreApplication.translate("Sync", "Sending changes"),
        "decisions": QCoreApplication.translate("Sync", "Sending decisions on conflicts and duplicates"),
        "pull": QCoreApplication.translate("Sync", "Receiving changes"),
        "review": QCoreApplication.translate("Sync", "Fetching conflicts and possible duplicates"),
    }


def report_words(report: SyncReport) -> str:
    if report.ok and report.message.startswith("Sync complete."):
        words = (
            QCoreApplication.translate("Sync", "Sync complete. Changes sent: %1; received: %2.")
            .replace("%1", str(sum(report.pushed.values())))
            .replace("%2", str(report.pulled))
        )
        if report.pushed.get("conflict"):
            words += " " + QCoreApplication.translate("Sync", "Waiting for a decision: %1.").replace(
                "%1", str(report.pushed["conflict"])
            )
        if report.pushed.get("rejected"):
            words += " " + QCoreApplication.translate(
                "Sync", "Refused by the server (kept, with the reason): %1."
            ).replace("%1", str(report.pushed["rejected"]))
        return words
    return _errors().get(report.message, report.message)


def event_words(event: SyncEvent) -> str:
    """A stage in progress ("Sending changes…"); the end of a sync reads as its report."""
    if event.stage in ("done", "failed"):
        return _errors().get(event.message, event.message)
    return _stages().get(event.stage, event.message) + "…"
