"""TOTP second factor on the server's clock, each code accepted once.

Why remember the step: a code seen over a shoulder or replayed from a log must not open a
second session, even within its 30-second window.
"""

from __future__ import annotations

import time

import pyotp

ISSUER = "CT HMIS Intake"
_WINDOW = 1  # one step either side, for phones whose clock is a little off


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def accepted_step(secret: str, code: str, last_step: int, now: float | None = None) -> int | None:
    """The time step the code belongs to, if it is valid and newer than the last one used."""
    if not (isinstance(code, str) and code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if now is None else now
    current = int(now // totp.interval)
    for step in range(current - _WINDOW, current + _WINDOW + 1):
        if step > last_step and pyotp.utils.strings_equal(totp.at(step * totp.interval), code):
            return step
    return None
