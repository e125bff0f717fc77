"""The shapes of the codes a person types at sign-in, in one place for the device and the server.

Why in the domain: the desktop app refuses a mistyped code before any work, the coordinator's
screen checks the set-up code the server hands back, and the server hashes the same code; all
three must agree on what a code looks like.
"""

from __future__ import annotations

AUTHENTICATOR_DIGITS = 6
SETUP_DIGITS = 12


def looks_like_code(code: str) -> bool:
    """Six digits, as authenticator apps show them: anything else is refused before any work."""
    return code.isascii() and code.isdigit() and len(code) == AUTHENTICATOR_DIGITS


def setup_digits(code: str | None) -> str | None:
    """The twelve digits of a one-time set-up code as a person may type it (spaces or dashes
    between groups), or None when it cannot be one. It stands in for the authenticator code at
    the very first sign-in."""
    digits = "".join(c for c in (code or "") if c not in " -")
    return digits if digits.isascii() and digits.isdigit() and len(digits) == SETUP_DIGITS else None


def looks_like_setup_code(code: str) -> bool:
    return setup_digits(code) is not None
