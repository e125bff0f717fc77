"""What can go wrong talking to the central service, each a sentence the user can act on.

Why a status word as well: the window and the headless command show ``str(error)``; scripts and
tests branch on ``status``. No message carries personal data; a server's reason is passed on only
because the server's messages are written the same way.
"""

from __future__ import annotations


class SyncError(Exception):
    status = "failed"
    message = "The sync did not finish. Your changes are kept on this laptop and will be sent next time."
    retry_later = True  # the next cycle may well succeed without anyone doing anything

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class Offline(SyncError):
    status = "offline"
    message = (
        "The server can't be reached. Your changes are kept on this laptop and will be sent "
        "when the connection is back."
    )


class BadResponse(SyncError):
    status = "bad_response"
    message = (
        "The answer from the server was not understood (on public Wi-Fi, open a web page and "
        "sign in to the network first). Nothing was changed; the sync will try again."
    )


class ServerTrouble(SyncError):
    status = "server_error"
    message = "The server had a problem and could not take the changes now. The sync will try again."


class Untrusted(SyncError):
    status = "untrusted"
    retry_later = False
    message = (
        "The server's certificate is not trusted, so nothing was sent. Check the server "
        "address, or tell your Security Coordinator."
    )


class KeyMismatch(SyncError):
    status = "key_mismatch"
    retry_later = False
    message = (
        "The server's key does not match the one this device was set up with, so nothing "
        "was sent. Do not continue; tell your Security Coordinator."
    )


class SignInRequired(SyncError):
    status = "sign_in_required"
    retry_later = False
    message = "Sign-in required: sign in while online to sync."


class DeviceRefused(SyncError):
    status = "device_refused"
    retry_later = False
    message = "The server refused this device. Tell your Security Coordinator."


class Refused(SyncError):
    """The server understood the request and said no, with its reason."""

    status = "refused"
    retry_later = False

    def __init__(self, message: str, http_status: int = 400) -> None:
        super().__init__(message)
        self.http_status = http_status


class NotEnrolled(SyncError):
    status = "not_enrolled"
    retry_later = False
    message = "This device is not set up with a server yet. Enroll it with a code from your Security Coordinator."


class Wiped(SyncError):
    status = "wiped"
    retry_later = False
    message = "This device was wiped on the order of your agency. Its data is gone; set it up again to use it."


_KINDS: tuple[type[SyncError], ...] = (SyncError, *SyncError.__subclasses__())
_RETRYABLE = frozenset(kind.status for kind in _KINDS if kind.retry_later)


def retryable(status: str) -> bool:
    """Whether a cycle that ended with ``status`` may well succeed next time with nobody acting."""
    return status in _RETRYABLE
