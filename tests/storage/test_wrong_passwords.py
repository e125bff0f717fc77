"""Wrong passwords and unknown users never open the vault, and all look exactly alike.

The error must not tell an attacker whether the username exists or how close the guess was, and a
failed attempt must not change anything on disk.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage.errors import VaultError, WrongCredentials
from app.storage.key_slots import DEFAULT_KDF, KDF_FLOOR
from app.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import open_fast, snapshot

EXPECTED_MESSAGE = WrongCredentials.message


@pytest.fixture(scope="module")
def cheap_profile(tmp_path_factory):
    profile = tmp_path_factory.mktemp("wrongpw") / "profile"
    Vault.create(profile, USER, PASSWORD, kdf=FAST_KDF).close()
    return profile


@pytest.fixture(scope="module")
def production_profile(tmp_path_factory):
    """A vault at the real default Argon2id parameters (about 0.5 s per unlock)."""
    profile = tmp_path_factory.mktemp("prodpw") / "profile"
    Vault.create(profile, USER, PASSWORD, kdf=DEFAULT_KDF).close()
    return profile


def _refused(profile, username, password, floor=FAST_KDF) -> VaultError:
    with pytest.raises(VaultError) as info:
        Vault.open(profile, username, password, floor=floor).close()
    return info.value


def _assert_wrong_credentials(err: BaseException) -> None:
    assert type(err) is WrongCredentials, f"{type(err).__name__}: {err}"
    assert str(err) == EXPECTED_MESSAGE
    assert err.args == (EXPECTED_MESSAGE,)


def test_right_password_opens(cheap_profile):
    open_fast(cheap_profile).close()


@settings(
    max_examples=1000, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(password=st.text(max_size=64))
def test_random_wrong_passwords_never_open(cheap_profile, password):
    if password == PASSWORD:
        return
    before = snapshot(cheap_profile)
    _assert_wrong_credentials(_refused(cheap_profile, USER, password))
    assert snapshot(cheap_profile) == before


def _near_misses(seed: int = 20240607, count: int = 1000) -> list[str]:
    """Guesses close to the real password: one edit, case flips, whitespace, truncations."""
    rng = random.Random(seed)
    alphabet = string.printable + "éñß€\u00a0\u200b🙂"
    out = [
        "",
        " ",
        PASSWORD.upper(),
        PASSWORD.title(),
        PASSWORD + " ",
        " " + PASSWORD,
        PASSWORD + "\n",
        PASSWORD + "\0",
        PASSWORD[:-1],
        PASSWORD[1:],
        PASSWORD * 2,
        PASSWORD.replace(" ", ""),
        PASSWORD.encode().hex(),
        "x" * 10_000,
    ]
    while len(out) < count:
        chars = list(PASSWORD)
        pos = rng.randrange(len(chars) + 1)
        action = rng.choice(["replace", "insert", "delete", "swapcase"])
        if action == "replace" and pos < len(chars):
            chars[pos] = rng.choice(alphabet)
        elif action == "insert":
            chars.insert(pos, rng.choice(alphabet))
        elif action == "delete" and pos < len(chars):
            del chars[pos]
        elif action == "swapcase" and pos < len(chars):
            chars[pos] = chars[pos].swapcase()
        guess = "".join(chars)
        if guess != PASSWORD:
            out.append(guess)
    return out


def test_1000_near_miss_passwords_never_open(cheap_profile):
    before = snapshot(cheap_profile)
    guesses = _near_misses()
    assert len(guesses) >= 1000
    for guess in guesses:
        _assert_wrong_credentials(_refused(cheap_profile, USER, guess))
    assert snapshot(cheap_profile) == before
    open_fast(cheap_profile).close()  # the real password still works afterwards


def test_unknown_usernames_give_the_same_error(cheap_profile):
    before = snapshot(cheap_profile)
    for username in ("bob", "alice2", "", "ALICE_", "root", "alicé"):
        _assert_wrong_credentials(_refused(cheap_profile, username, PASSWORD))
        _assert_wrong_credentials(_refused(cheap_profile, username, "wrong"))
    assert snapshot(cheap_profile) == before


def test_password_with_a_lone_surrogate_is_just_a_wrong_password(cheap_profile):
    """Text pasted into a Qt field can carry an unpaired UTF-16 surrogate; it must not crash."""
    _assert_wrong_credentials(_refused(cheap_profile, USER, PASSWORD + "\ud800"))


def test_username_with_a_lone_surrogate_is_just_unknown(cheap_profile):
    _assert_wrong_credentials(_refused(cheap_profile, "alice\udfff", PASSWORD))


def test_wrong_passwords_at_production_parameters(production_profile):
    before = snapshot(production_profile)
    for guess in ("", PASSWORD.upper(), PASSWORD + "!", "hunter2"):
        _assert_wrong_credentials(_refused(production_profile, USER, guess, floor=KDF_FLOOR))
    _assert_wrong_credentials(_refused(production_profile, "mallory", PASSWORD, floor=KDF_FLOOR))
    assert snapshot(production_profile) == before
    Vault.open(production_profile, USER, PASSWORD).close()  # default floor = KDF_FLOOR
