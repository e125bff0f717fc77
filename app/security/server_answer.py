"""How the server's answer to a sign-in becomes a SignInFailed, or the word to try offline.

Why a separate rule: the one thing sign-in must never do is fall back to the offline check when
the server has said no. Only an answer that never arrived (no link, a server fault, a garbled
reply) lets the device decide alone -- and an answer from a party whose certificate or key is not
our server's (a captive portal intercepting TLS) is no answer: whoever could forge it could as
well drop the link, which also leaves the decision to the device.
"""

from __future__ import annotations

from app.security import errors
from app.security.errors import SignInFailed
from app.sync.errors import (
    DeviceRefused,
    KeyMismatch,
    Refused,
    ServerTrouble,
    SignInRequired,
    SyncError,
    Untrusted,
    retryable,
)


def refusal(error: SyncError) -> SignInFailed | None:
    """The refusal the server's answer means; None when the server was not reached at all."""
    text = str(error)
    if isinstance(error, ServerTrouble) and text != ServerTrouble.message:
        # Only a 408/425/429 carries the server's own sentence; on sign-in that is the lockout.
        wait = getattr(error, "retry_after", None)
        return SignInFailed("locked_out", text, retry_after_s=int(wait) if wait else None)
    if retryable(error.status) or isinstance(error, (Untrusted, KeyMismatch)):
        return None
    if isinstance(error, SignInRequired):
        return SignInFailed("wrong", text if text != SignInRequired.message else errors.WRONG)
    if isinstance(error, DeviceRefused):
        if "revoked" in text.lower():
            return SignInFailed("device_revoked", errors.DEVICE_REVOKED)
        return SignInFailed("refused", text)
    if isinstance(error, Refused) and error.http_status == 403:
        lowered = text.lower()
        if "disabled" in lowered:
            return SignInFailed("disabled", text)
        if "training" in lowered:
            return SignInFailed("training_lapsed", text)
    return SignInFailed("refused", text)
