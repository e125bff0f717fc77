"""TOTP codes checked on the device, each accepted once, for sign-in without the server.

Why the step is remembered: a code seen over a shoulder must not open the vault a second time
within its 30-second window. The last accepted step lives inside the vault (see known_users), so
it cannot be reset by editing a file beside it.
"""

from __future__ import annotations

import pyotp

from app.domain.sign_in_codes import looks_like_code

WINDOW = 1  # one step either side, for phones whose clock is a little off


def accepted_step(seed: str, code: str, last_step: int, now_ms: int) -> int | None:
    """The time step ``code`` belongs to, if it is right and newer than ``last_step``; else None."""
    code = (code or "").strip().replace(" ", "")
    if not looks_like_code(code):
        return None
    try:
        totp = pyotp.TOTP(seed)
        current = int(now_ms // 1000 // totp.interval)
        for step in range(current - WINDOW, current + WINDOW + 1):
            if step > last_step and pyotp.utils.strings_equal(totp.at(step * totp.interval), code):
                return step
    except (ValueError, TypeError):  # a damaged seed opens nothing
        return None
    return None
