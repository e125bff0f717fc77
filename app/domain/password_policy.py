"""Password policy: long, not common, no composition rules (as NIST SP 800-63B advises).

Why: a shelter worker's password guards the most sensitive data there is, but rules like
"one symbol" only produce 'Password1!'. Length plus a refusal of known breached passwords and
of easily guessed ones (zxcvbn's estimate, with its shipped breached-password list) work better.
"""

from __future__ import annotations

from functools import lru_cache

MIN_LENGTH = 12
MAX_LENGTH = 256


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str, *, user_inputs: tuple[str, ...] = ()) -> str | None:
    """Why this password is refused, in words, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    if password.casefold() in _common() or password.strip().casefold() in _common():
        return "That password is on a list of common or breached passwords; choose another."
    from zxcvbn import zxcvbn

    if zxcvbn(password[:100], user_inputs=[u for u in user_inputs if u])["score"] < 3:
        return (
            "That password is too easy to guess (a name, a word with small changes or a pattern); "
            "a few unrelated words work well."
        )
    return None
