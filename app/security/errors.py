"""Why a sign-in was refused: a status the window branches on and a sentence the person reads.

Why one exception: the window shows ``str(error)`` as it is and picks its next screen by
``status`` (the set-up screen for 'not_set_up', a countdown for 'locked_out'). No sentence here
carries a name, a username or any other personal data.
"""

from __future__ import annotations

WRONG = "The username, password or code is not right."
NEEDS_ONLINE = "Your first sign-in on this device needs a connection to the server."
TRAINING_LAPSED = (
    "Your HMIS security training has lapsed. Renew it, then ask your Security Coordinator to update your record."
)
DISABLED = "This account is disabled. Ask your Security Coordinator."
DEVICE_REVOKED = "The server no longer accepts this device (it has been revoked). Ask your Security Coordinator."
SHREDDED = (
    "Too many failed sign-ins: this device's sign-in keys have been destroyed and its data can no "
    "longer be opened. Ask your Security Coordinator to set the device up again."
)
NOT_SET_UP = "This device is not set up yet. Set it up with a code from your Security Coordinator."
SESSION_OVER = "Your session has ended. Sign in again with your password and a new code."
OFFLINE = "The server can't be reached. Check the connection and try again."


def wait_sentence(seconds: int) -> str:
    """The lockout sentence, with the wait in words a person can act on."""
    if seconds < 120:
        return f"Too many failed sign-ins. Try again in {seconds} seconds."
    return f"Too many failed sign-ins. Try again in {(seconds + 59) // 60} minutes."


class SignInFailed(Exception):
    """A refused sign-in, set-up or unlock.

    status: 'wrong' | 'locked_out' | 'training_lapsed' | 'disabled' | 'device_revoked' | 'needs_online'
    | 'not_set_up' | 'shredded' | 'offline' | 'refused' | 'session_over'.
    """

    def __init__(self, status: str, message: str, *, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after_s = retry_after_s

    def __repr__(self) -> str:
        return f"SignInFailed({self.status!r}, {self.message!r})"
