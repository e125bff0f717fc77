"""Key slots: damaged, weakened, swapped and removed slots never open the vault.

Every failed open must leave the profile exactly as it was (the admin examines it afterwards).
"""

from __future__ import annotations

import json
import random
import shutil

import pytest

from app.storage.errors import (
    KeySlotDamaged,
    LastUser,
    UnknownUser,
    UserExists,
    VaultError,
    WeakKeySlot,
    WrongCredentials,
)
from app.storage.key_slots import DEFAULT_KDF, KDF_FLOOR, KdfParams, slot_id
from app.storage.vault import SLOTS_DIR, Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import fill_raw, open_fast, rewrite_slot, slot_path, snapshot

# A slot at a little more than the test floor, so that edits to its numbers are not automatically
# below the floor.
SLOT_KDF = KdfParams(memory_kib=64, iterations=2, lanes=1)


def _open_refused(profile, *, username=USER, password=PASSWORD, floor=FAST_KDF) -> VaultError:
    before = snapshot(profile)
    with pytest.raises(VaultError) as info:
        Vault.open(profile, username, password, floor=floor).close()
    assert snapshot(profile) == before, "a failed open changed files in the profile"
    return info.value


def _same_json(raw: bytes, original: bytes) -> bool:
    try:
        return json.loads(raw.decode("utf-8")) == json.loads(original.decode("utf-8"))
    except ValueError:
        return False


def _parsed_kdf_below(raw: bytes, floor: KdfParams) -> bool:
    try:
        k = json.loads(raw.decode("utf-8"))["kdf"]
        return not KdfParams(k["memory_kib"], k["iterations"], k["lanes"]).at_least(floor)
    except Exception:  # noqa: BLE001 (a slot that does not parse is not a weaker one)
        return False


@pytest.fixture
def slotted(profile):
    v = Vault.create(profile, USER, PASSWORD, kdf=SLOT_KDF)
    fill_raw(v, rows=20)
    v.close()
    return profile


def test_every_single_byte_flip_of_a_slot_is_refused(slotted):
    path = slot_path(slotted)
    original = path.read_bytes()
    rng = random.Random(7)
    masks_per_offset = [0xFF, 0x01, 0x20, 0x80]
    outcomes: dict[str, int] = {}
    for offset in range(len(original)):
        for mask in masks_per_offset + [rng.randrange(1, 256)]:
            damaged = bytearray(original)
            damaged[offset] ^= mask
            if _same_json(bytes(damaged), original):
                continue  # only insignificant JSON whitespace changed: the slot is the same slot
            path.write_bytes(bytes(damaged))
            before = snapshot(slotted)
            try:
                Vault.open(slotted, USER, PASSWORD, floor=FAST_KDF).close()
            except (KeySlotDamaged, WrongCredentials) as err:
                outcomes[type(err).__name__] = outcomes.get(type(err).__name__, 0) + 1
            except WeakKeySlot:
                # Only acceptable when the flip really lowered a KDF number below the floor.
                assert _parsed_kdf_below(bytes(damaged), FAST_KDF), (offset, mask)
            else:
                pytest.fail(f"slot with byte {offset} xor {mask:#x} opened the vault")
            assert snapshot(slotted) == before, (offset, mask)
    path.write_bytes(original)
    open_fast(slotted).close()
    assert outcomes.get("KeySlotDamaged", 0) > 4 * len(original) * 0.9


def test_slot_that_is_not_json_or_is_empty_is_damaged(slotted):
    path = slot_path(slotted)
    for raw in (
        b"",
        b"\0" * 600,
        b"{}",
        b"[]",
        b"null",
        b'"x"',
        b"{" * 100_000,
        path.read_bytes()[:200],
        json.dumps({"format": "hmis-intake-keyslot"}).encode(),
    ):
        path.write_bytes(raw)
        assert type(_open_refused(slotted)) is KeySlotDamaged, raw[:40]


@pytest.fixture(scope="module")
def production_slot(tmp_path_factory):
    profile = tmp_path_factory.mktemp("prodslot") / "profile"
    Vault.create(profile, USER, PASSWORD, kdf=DEFAULT_KDF).close()
    return profile


@pytest.mark.parametrize("recompute", [True, False], ids=["check-recomputed", "check-stale"])
@pytest.mark.parametrize(
    "field,value",
    [
        ("memory_kib", 64 * 1024 - 1),
        ("memory_kib", 1024),
        ("memory_kib", 8),
        ("iterations", 2),
        ("iterations", 1),
    ],
)
def test_weakened_kdf_parameters_are_refused_against_the_production_floor(
    production_slot, tmp_path, field, value, recompute
):
    profile = tmp_path / "copy"
    shutil.copytree(production_slot, profile)
    path = slot_path(profile)
    path.write_bytes(
        rewrite_slot(path.read_bytes(), lambda b: b["kdf"].__setitem__(field, value), recompute_check=recompute)
    )
    err = _open_refused(profile, floor=KDF_FLOOR)
    assert type(err) is WeakKeySlot
    assert str(err) == WeakKeySlot.message


def test_a_cheap_slot_is_refused_by_the_default_floor(profile, fast_kdf):
    Vault.create(profile, USER, PASSWORD, kdf=fast_kdf).close()
    before = snapshot(profile)
    with pytest.raises(WeakKeySlot):
        Vault.open(profile, USER, PASSWORD)  # floor defaults to the production KDF_FLOOR
    assert snapshot(profile) == before


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b["kdf"].__setitem__("memory_kib", 2**40),  # above the sanity ceiling
        lambda b: b["kdf"].__setitem__("iterations", 10**6),
        lambda b: b["kdf"].__setitem__("memory_kib", 64.0),  # not an int
        lambda b: b["kdf"].__setitem__("memory_kib", "64"),
        lambda b: b["kdf"].__setitem__("lanes", True),
        lambda b: b["kdf"].__setitem__("lanes", 0),
        lambda b: b["kdf"].__setitem__("lanes", -1),
        lambda b: b["kdf"].__setitem__("algorithm", "argon2i"),
        lambda b: b["kdf"].__setitem__("salt", "AAAA"),
        lambda b: b["kdf"].__setitem__("salt", "not base64!"),
        lambda b: b.__setitem__("nonce", "AAAA"),
        lambda b: b.__setitem__("ciphertext", b["ciphertext"][:-4]),
        lambda b: b.__setitem__("version", 2),
        lambda b: b.__setitem__("format", "luks"),
        lambda b: b.pop("kdf"),
        lambda b: b.pop("nonce"),
    ],
    ids=[
        "mem-huge",
        "iter-huge",
        "mem-float",
        "mem-str",
        "lanes-bool",
        "lanes-0",
        "lanes-neg",
        "algorithm",
        "salt-short",
        "salt-junk",
        "nonce-short",
        "ct-short",
        "version",
        "format",
        "no-kdf",
        "no-nonce",
    ],
)
@pytest.mark.parametrize("recompute", [True, False], ids=["check-recomputed", "check-stale"])
def test_malformed_slot_fields_are_damaged(slotted, edit, recompute):
    path = slot_path(slotted)
    path.write_bytes(rewrite_slot(path.read_bytes(), edit, recompute_check=recompute))
    assert type(_open_refused(slotted)) is KeySlotDamaged


def test_cheaper_but_legal_parameters_with_recomputed_check_do_not_open(slotted):
    """The parameters are bound into the AES-GCM associated data, not only the plain checksum."""
    path = slot_path(slotted)
    path.write_bytes(
        rewrite_slot(path.read_bytes(), lambda b: b["kdf"].__setitem__("iterations", 1), recompute_check=True)
    )
    assert type(_open_refused(slotted)) is WrongCredentials


def test_slot_of_user_a_copied_over_user_b_is_refused(vault, profile, fast_kdf):
    vault.add_user("bob", "bob's password", kdf=fast_kdf)
    vault.close()
    shutil.copyfile(slot_path(profile, USER), slot_path(profile, "bob"))
    for password in (PASSWORD, "bob's password"):
        assert type(_open_refused(profile, username="bob", password=password)) is WrongCredentials
    # Relabelling the copied slot as bob's (checksum recomputed) still does not open it.
    path = slot_path(profile, "bob")
    path.write_bytes(
        rewrite_slot(path.read_bytes(), lambda b: b.__setitem__("slot", slot_id("bob")), recompute_check=True)
    )
    for password in (PASSWORD, "bob's password"):
        assert type(_open_refused(profile, username="bob", password=password)) is WrongCredentials
    open_fast(profile).close()  # alice is unaffected


def test_password_change(vault, profile, fast_kdf):
    fill_raw(vault, rows=25)
    vault.change_password(USER, PASSWORD, "new secret", kdf=fast_kdf, floor=fast_kdf)
    vault.close()
    assert type(_open_refused(profile, password=PASSWORD)) is WrongCredentials
    v = open_fast(profile, password="new secret")
    try:
        assert v.conn.execute("SELECT count(*) FROM record WHERE kind = 'test'").fetchone()[0] == 25
    finally:
        v.close()


def test_password_change_needs_the_old_password(vault, profile, fast_kdf):
    before = slot_path(profile).read_bytes()
    with pytest.raises(WrongCredentials):
        vault.change_password(USER, "not it", "new secret", kdf=fast_kdf, floor=fast_kdf)
    assert slot_path(profile).read_bytes() == before
    vault.close()
    open_fast(profile).close()


def test_change_password_of_one_user_leaves_the_other(vault, profile, fast_kdf):
    vault.add_user("bob", "bob pw", kdf=fast_kdf)
    bob_slot = slot_path(profile, "bob").read_bytes()
    vault.change_password(USER, PASSWORD, "alice new", kdf=fast_kdf, floor=fast_kdf)
    assert slot_path(profile, "bob").read_bytes() == bob_slot
    vault.close()
    open_fast(profile, "bob", "bob pw").close()
    open_fast(profile, USER, "alice new").close()


def test_remove_user_destroys_the_slot(vault, profile, fast_kdf):
    vault.add_user("bob", "bob pw", kdf=fast_kdf)
    vault.close()
    open_fast(profile, "bob", "bob pw").close()
    bob_path = slot_path(profile, "bob")
    bob_bytes = bob_path.read_bytes()
    v = open_fast(profile)
    v.remove_user("bob")
    v.close()
    assert not bob_path.exists()
    leftovers = list((profile / SLOTS_DIR).iterdir())
    assert leftovers == [slot_path(profile, USER)]
    for path in profile.rglob("*"):
        if path.is_file():
            assert bob_bytes not in path.read_bytes()
    assert type(_open_refused(profile, username="bob", password="bob pw")) is WrongCredentials
    open_fast(profile).close()


def test_cannot_remove_the_last_user(vault, profile):
    with pytest.raises(LastUser):
        vault.remove_user(USER)
    assert slot_path(profile).exists()
    vault.close()
    open_fast(profile).close()


def test_remove_unknown_user(vault):
    with pytest.raises(UnknownUser):
        vault.remove_user("nobody")


def test_add_existing_user_is_refused_and_leaves_the_slot(vault, profile, fast_kdf):
    before = slot_path(profile).read_bytes()
    for name in (USER, USER.upper(), f"  {USER} "):
        with pytest.raises(UserExists):
            vault.add_user(name, "other password", kdf=fast_kdf)
    assert slot_path(profile).read_bytes() == before
    vault.close()
    assert type(_open_refused(profile, password="other password")) is WrongCredentials


def test_slot_file_holds_no_key_or_username(vault, profile):
    raw = slot_path(profile).read_bytes()
    assert USER.encode() not in raw
    assert bytes(vault._key) not in raw
    assert bytes(vault._key).hex().encode() not in raw
