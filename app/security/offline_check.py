"""The device's own decision when the server cannot be reached.

Why so little: the password has already opened the user's key slot (and with it the seed sealed
there); what is left is the code, accepted once, and the rules the server last told this device
about the user (disabled, training date).
"""

from __future__ import annotations

from app.security import errors, known_users, offline_totp
from app.security.errors import SignInFailed
from app.storage.vault import Vault


def code_accepted(vault: Vault, username: str, seed: str, code: str, now_ms: int) -> bool:
    """Whether ``code`` is right for ``seed`` and not used before; a right one is spent here."""
    known = known_users.facts(vault, username)
    step = offline_totp.accepted_step(seed, code, known.last_step, now_ms)
    if step is None:
        return False
    known.last_step = step
    known_users.keep(vault, username, known)
    return True


def admissible(vault: Vault, username: str, now_ms: int) -> None:
    """Refuse what the server refused last, or training that has lapsed since; closes the vault."""
    known = known_users.facts(vault, username)
    if known.blocked == "disabled":
        vault.close()
        raise SignInFailed("disabled", errors.DISABLED)
    if known.blocked == "training_lapsed" or known.training_lapsed(now_ms):
        vault.close()
        raise SignInFailed("training_lapsed", errors.TRAINING_LAPSED)
