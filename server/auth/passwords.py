"""Password hashing with Argon2id (argon2-cffi) and the shared password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.domain.password_policy import password_problem

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
# Compared against when the username is unknown, so timing does not tell who has an account.
_DUMMY = _hasher.hash("not a real password, only for timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


__all__ = ["check_password", "hash_password", "password_problem"]
