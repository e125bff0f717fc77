"""Shared fixtures: real SQLCipher vaults in tmp_path, made with a cheap KDF so tests stay quick.

Production Argon2id costs about half a second per unlock; tests that are about the production
parameters (the floor, a few wrong passwords) ask for them explicitly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.storage.key_slots import KdfParams  # noqa: E402
from app.storage.vault import Vault  # noqa: E402

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
USER = "alice"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id at its cheapest: for tests that are not about the KDF cost."""
    return FAST_KDF


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A profile folder path (not yet created; Vault.create makes it)."""
    return tmp_path / "profile"


@pytest.fixture
def vault(profile: Path, fast_kdf: KdfParams):
    """A fresh, open vault for USER / PASSWORD made with the cheap KDF."""
    v = Vault.create(profile, USER, PASSWORD, kdf=fast_kdf)
    try:
        yield v
    finally:
        v.close()
