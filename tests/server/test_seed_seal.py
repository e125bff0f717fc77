"""A sealed TOTP seed opens only with its key, in its own user's row, unaltered; a refusal names no seed."""

from __future__ import annotations

import base64

import pyotp
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from server.services import seed_seal, sessions
from server.services.seed_seal import SeedSealError

ALICE, BOB = "a" * 32, "b" * 32


@pytest.fixture
def key() -> bytes:
    return seed_seal.seed_key(Ed25519PrivateKey.generate())


def _refused(key: bytes, user_id: str, sealed: str, seed: str, words: str) -> None:
    with pytest.raises(SeedSealError) as refused:
        seed_seal.unseal(key, user_id, sealed)
    said = str(refused.value)
    assert words in said and seed not in said and seed.lower() not in said.lower() and user_id not in said


def test_a_seed_sealed_for_a_user_opens_for_that_user(key):
    seed = pyotp.random_base32()
    sealed = seed_seal.seal(key, ALICE, seed)
    version, key_id, body = sealed.split(".")
    assert version == "s1" and key_id == seed_seal.key_id(key) and len(key_id) == 8
    assert seed not in sealed and seed.lower() not in sealed.lower()
    assert base64.b32decode(seed) not in base64.urlsafe_b64decode(body)
    assert len(sealed) <= 160 and seed_seal.is_sealed(sealed) and not seed_seal.is_sealed(seed)
    assert seed_seal.unseal(key, ALICE, sealed) == seed
    assert seed_seal.seal(key, ALICE, seed) != sealed  # a fresh nonce each time


def test_the_key_is_derived_from_the_signing_key_for_this_use_alone():
    signing = Ed25519PrivateKey.generate()
    assert seed_seal.seed_key(signing) == seed_seal.seed_key(signing) and len(seed_seal.seed_key(signing)) == 32
    assert seed_seal.seed_key(signing) != sessions.successor_key(signing)
    assert seed_seal.seed_key(signing) != seed_seal.seed_key(Ed25519PrivateKey.generate())


def test_a_seed_moved_to_another_users_row_does_not_open(key):
    seed = pyotp.random_base32()
    _refused(key, BOB, seed_seal.seal(key, ALICE, seed), seed, "another account")


def test_an_altered_seed_does_not_open(key):
    seed = pyotp.random_base32()
    sealed = seed_seal.seal(key, ALICE, seed)
    head, body = sealed.rsplit(".", 1)
    raw = bytearray(base64.urlsafe_b64decode(body))
    raw[-1] ^= 1
    _refused(key, ALICE, f"{head}.{base64.urlsafe_b64encode(bytes(raw)).decode()}", seed, "altered")
    for damaged in (f"{head}.", f"{head}.!!!", f"{head}.{body[:10]}", f"{head}.{body}x"):
        _refused(key, ALICE, damaged, seed, "does not open")


def test_a_seed_under_another_key_says_how_to_reseal_it(key):
    seed = pyotp.random_base32()
    other = seed_seal.seed_key(Ed25519PrivateKey.generate())
    _refused(key, ALICE, seed_seal.seal(other, ALICE, seed), seed, "reseal-seeds --previous-signing-key")
    assert seed_seal.sealed_with(seed_seal.seal(other, ALICE, seed)) == seed_seal.key_id(other)


def test_a_seed_as_it_is_is_never_taken_for_a_sealed_one(key):
    seed = pyotp.random_base32()
    _refused(key, ALICE, seed, seed, "not in sealed form")
    assert seed_seal.sealed_with(seed) is None
