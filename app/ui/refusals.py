"""A refused sign-in in the person's language.

Why here: app/security is Qt-free and says its sentences in English; the window looks each known
sentence up in Qt's catalogue, and shows any other (a server's own words) as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.security import errors


def _known() -> dict[str, str]:
    return {
        errors.WRONG: QCoreApplication.translate("SignIn", "The username, password or code is not right."),
        errors.NEEDS_ONLINE: QCoreApplication.translate(
            "SignIn", "Your first sign-in on this device needs a connection to the server."
        ),
        errors.TRAINING_LAPSED: QCoreApplication.translate(
            "SignIn",
            "Your HMIS security training has lapsed. Renew it, then ask your Security "
            "Coordinator to update your record.",
        ),
        errors.DISABLED: QCoreApplication.translate(
            "SignIn", "This account is disabled. Ask your Security Coordinator."
        ),
        errors.DEVICE_REVOKED: QCoreApplication.translate(
            "SignIn", "The server no longer accepts this device (it has been revoked). Ask your Security Coordinator."
        ),
        errors.SHREDDED: QCoreApplication.translate(
            "SignIn",
            "Too many failed sign-ins: this device's sign-in keys have been destroyed and its"
            " data can no longer be opened. Ask your Security Coordinator to set the device "
            "up again.",
        ),
        errors.NOT_SET_UP: QCoreApplication.translate(
            "SignIn", "This device is not set up yet. Set it up with a code from your Security Coordinator."
        ),
        errors.SESSION_OVER: QCoreApplication.translate(
            "SignIn", "Your session has ended. Sign in again with your password and a new code."
        ),
        errors.OFFLINE: QCoreApplication.translate(
            "SignIn", "The server can't be reached. Check the connection and try again."
        ),
    }


def in_words(error: Exception) -> str:
    sentence = str(error)
    return _known().get(sentence, sentence)
