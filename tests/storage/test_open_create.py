"""Creating and opening a profile: refuse to overwrite, refuse to invent, keep files private."""

from __future__ import annotations

import stat

import pytest

from app.storage.errors import VaultExists, VaultMissing, WrongCredentials
from app.storage.vault import DB_NAME, SLOTS_DIR, Vault
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.storage._support import fill_raw, open_fast, slot_path, snapshot


def test_open_without_a_vault_is_missing_and_creates_nothing(profile):
    with pytest.raises(VaultMissing):
        open_fast(profile)
    assert not profile.exists()
    profile.mkdir()
    with pytest.raises(VaultMissing):
        open_fast(profile)
    assert list(profile.iterdir()) == []


def test_open_with_slots_but_no_database_is_missing_and_keeps_the_slots(vault, profile):
    vault.close()
    (profile / DB_NAME).rename(profile / "moved.db")
    before = snapshot(profile)
    with pytest.raises(VaultMissing):
        open_fast(profile)
    assert snapshot(profile) == before


def test_create_refuses_an_existing_vault_and_leaves_it(vault, profile, fast_kdf):
    fill_raw(vault, rows=10)
    vault.close()
    before = snapshot(profile)
    for user in (USER, "someone-else"):
        with pytest.raises(VaultExists):
            Vault.create(profile, user, "another password", kdf=fast_kdf)
    assert snapshot(profile) == before
    v = open_fast(profile)
    try:
        assert v.conn.execute("SELECT count(*) FROM record").fetchone()[0] == 10
    finally:
        v.close()


def test_profile_and_slots_are_private(vault, profile):
    assert stat.S_IMODE(profile.stat().st_mode) == 0o700
    assert stat.S_IMODE((profile / SLOTS_DIR).stat().st_mode) == 0o700
    assert stat.S_IMODE(slot_path(profile).stat().st_mode) == 0o600


def test_no_build_leftovers_after_create(vault, profile):
    vault.close()
    names = sorted(p.name for p in profile.iterdir())
    assert names == [SLOTS_DIR, DB_NAME]
    assert [p.name for p in (profile / SLOTS_DIR).iterdir()] == [slot_path(profile).name]


def test_two_vaults_have_different_keys(tmp_path):
    a = Vault.create(tmp_path / "a", USER, PASSWORD, kdf=FAST_KDF)
    b = Vault.create(tmp_path / "b", USER, PASSWORD, kdf=FAST_KDF)
    try:
        assert bytes(a._key) != bytes(b._key)
        assert a.device_id and b.device_id and a.device_id != b.device_id
    finally:
        a.close()
        b.close()
    # a's slot does not open b's database
    (tmp_path / "b" / SLOTS_DIR / slot_path(tmp_path / "b").name).write_bytes(slot_path(tmp_path / "a").read_bytes())
    from app.storage.errors import VaultTampered

    with pytest.raises(VaultTampered):
        open_fast(tmp_path / "b")


def test_username_is_normalised_for_sign_in(vault, profile):
    vault.close()
    open_fast(profile, f"  {USER.upper()} ").close()
    with pytest.raises(WrongCredentials):
        open_fast(profile, USER, PASSWORD.upper())
