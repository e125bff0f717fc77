"""A user's TOTP seed sealed in their own key slot: readable with their password only, kept across
password changes, and slots made before seeds existed still open."""

from __future__ import annotations

import json

import pyotp
import pytest

from app.storage.errors import KeySlotDamaged, UnknownUser, WeakKeySlot, WrongCredentials
from app.storage.key_slots import DEFAULT_KDF, KdfParams, KeySlots, kdf_of, unwrap_with_secret, wrap
from app.storage.vault import SLOTS_DIR, Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import rewrite_slot, slot_path, snapshot

SEED = pyotp.random_base32()
BOB, BOBS = "bob", "bob's own long password"


def _slots(profile) -> KeySlots:
    return KeySlots(profile / SLOTS_DIR)


def test_a_slot_without_a_seed_still_opens_and_yields_none(vault, profile):
    key, secret = _slots(profile).unlock_with_secret(USER, PASSWORD, FAST_KDF)
    assert secret is None and key == bytes(vault._key)
    opened, secret = Vault.open_with_secret(profile, USER, PASSWORD, floor=FAST_KDF)
    assert secret is None
    opened.close()


def test_the_seed_is_sealed_and_comes_back_with_the_same_password(vault, profile):
    vault.seal_secret(PASSWORD, SEED)
    raw = slot_path(profile).read_bytes()
    assert SEED.encode() not in raw and json.loads(raw)["secret"]
    assert kdf_of(raw) == FAST_KDF  # the re-wrap kept the slot's own cost
    opened, secret = Vault.open_with_secret(profile, USER, PASSWORD, floor=FAST_KDF)
    assert secret == SEED
    opened.close()
    assert Vault.open(profile, USER, PASSWORD, floor=FAST_KDF) is not None  # Vault.open as before


def test_another_user_of_the_vault_cannot_read_the_seed(vault, profile):
    vault.seal_secret(PASSWORD, SEED)
    vault.add_user(BOB, BOBS, kdf=FAST_KDF, secret="BOBSSEEDBOBSSEED")
    slots = _slots(profile)
    assert slots.unlock_with_secret(BOB, BOBS, FAST_KDF)[1] == "BOBSSEEDBOBSSEED"
    alices_file = slot_path(profile).read_bytes()
    for username in (USER, BOB):  # alice's slot file with bob's password yields nothing
        with pytest.raises(WrongCredentials):
            unwrap_with_secret(alices_file, username, BOBS, FAST_KDF)
    # Copied over bob's slot, alice's file still opens for nobody but alice.
    slot_path(profile, BOB).write_bytes(alices_file)
    with pytest.raises(WrongCredentials):
        slots.unlock_with_secret(BOB, BOBS, FAST_KDF)


def test_a_password_change_keeps_the_seed(vault, profile):
    vault.seal_secret(PASSWORD, SEED)
    vault.change_password(USER, PASSWORD, "a brand new long passphrase", kdf=FAST_KDF, floor=FAST_KDF)
    assert _slots(profile).unlock_with_secret(USER, "a brand new long passphrase", FAST_KDF)[1] == SEED
    with pytest.raises(WrongCredentials):
        _slots(profile).unlock_with_secret(USER, PASSWORD, FAST_KDF)


def test_set_secret_can_move_the_slot_to_another_password(vault, profile):
    _slots(profile).set_secret(USER, "the server's password", bytes(vault._key), SEED)
    assert _slots(profile).unlock_with_secret(USER, "the server's password", FAST_KDF) == (bytes(vault._key), SEED)


def test_set_secret_of_an_unknown_user_changes_nothing(vault, profile):
    before = snapshot(profile / SLOTS_DIR)
    with pytest.raises(UnknownUser):
        _slots(profile).set_secret("nobody", PASSWORD, bytes(vault._key), SEED)
    assert snapshot(profile / SLOTS_DIR) == before


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b.__setitem__("secret", b["secret"][:-8] + "AAAAAAA="),
        lambda b: b.__setitem__("secret_nonce", "AAAA"),
        lambda b: b.__setitem__("secret", "not base64!"),
        lambda b: b.pop("secret_nonce"),
    ],
    ids=["secret-flipped", "nonce-short", "secret-junk", "no-nonce"],
)
@pytest.mark.parametrize("recompute", [True, False], ids=["check-recomputed", "check-stale"])
def test_a_tampered_seed_is_damaged_never_a_wrong_seed(vault, profile, edit, recompute):
    vault.seal_secret(PASSWORD, SEED)
    path = slot_path(profile)
    path.write_bytes(rewrite_slot(path.read_bytes(), edit, recompute_check=recompute))
    with pytest.raises(KeySlotDamaged):
        _slots(profile).unlock_with_secret(USER, PASSWORD, FAST_KDF)


def test_seed_of_one_slot_moved_into_another_does_not_open(vault, profile):
    vault.seal_secret(PASSWORD, SEED)
    vault.add_user(BOB, BOBS, kdf=FAST_KDF, secret="BOBSSEEDBOBSSEED")
    alice = json.loads(slot_path(profile).read_bytes())
    path = slot_path(profile, BOB)
    path.write_bytes(
        rewrite_slot(
            path.read_bytes(),
            lambda b: b.update(secret=alice["secret"], secret_nonce=alice["secret_nonce"]),
            recompute_check=True,
        )
    )
    with pytest.raises(KeySlotDamaged):
        _slots(profile).unlock_with_secret(BOB, BOBS, FAST_KDF)


def test_the_floor_is_still_enforced_for_a_slot_with_a_seed(vault, profile):
    vault.seal_secret(PASSWORD, SEED)
    with pytest.raises(WeakKeySlot):
        _slots(profile).unlock_with_secret(USER, PASSWORD, KdfParams(64, 1, 1))


def test_wrap_refuses_an_empty_or_huge_secret():
    for bad in ("", "x" * 257):
        with pytest.raises(ValueError):
            wrap(b"k" * 32, USER, PASSWORD, FAST_KDF, secret=bad)
    assert DEFAULT_KDF.at_least(FAST_KDF)
