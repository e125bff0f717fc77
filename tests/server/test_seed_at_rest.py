"""TOTP seeds at rest: the database never holds one in any form; a seed kept as it was before
revision 0010 is sealed at the next start (on SQLite leaving no trace in the file, its free pages
or its WAL) and still signs in; a sealed seed moved into another row opens for no one."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyotp
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, text

from server.auth import totp
from server.config import Settings
from server.db.engine import make_engine
from server.db.schema import audit, metadata, user
from server.services import seed_seal
from server.services.sign_in import WRONG
from tests.server.conftest import BACKENDS
from tests.server.harness import (
    PASSWORD,
    Device,
    Staff,
    ThrowawayPostgres,
    World,
    key_file,
    migrate,
    postgres_reachable,
    start_server,
    totp_secret,
)

AGENCY = "Rest Shelter"


def signed_in_once(data_dir: Path, url: str | None, key: Path) -> tuple[World, Device, list[Staff]]:
    """Three people who each signed in once on one laptop, on a server then stopped."""
    live = start_server(data_dir, url, signing_key_file=key)
    world = World(live)
    people = [world.staff("case_manager", AGENCY) for _ in range(3)]
    device = world.device(AGENCY)
    for person in people:
        device.login(person)
    live.stop()
    return world, device, people


HELD = "/v1/auth/seed-held"


def _traces(seed: str, username: str) -> dict[str, bytes]:
    """Every form a seed could be found in: its text, either case, its bytes, the phone's URI."""
    return {
        "base32": seed.encode(),
        "base32, lower case": seed.lower().encode(),
        "raw bytes": base64.b32decode(seed),
        "otpauth URI": totp.provisioning_uri(seed, username).encode(),
    }


def _files(data_dir: Path) -> bytes:
    found = sorted(data_dir.glob("hmis.db*"))
    assert data_dir / "hmis.db" in found
    return b"".join(path.read_bytes() for path in found)


def _no_trace(data: bytes, seeds: list[tuple[str, str]]) -> None:
    """Which forms of which seed (by position, never the seed itself) are in ``data``: none."""
    found = [(n, form) for n, (seed, name) in enumerate(seeds) for form, t in _traces(seed, name).items() if t in data]
    assert not found, found


def _login(device: Device, person: Staff) -> dict:
    return device.call(
        "POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": device.totp(person)}
    )


def _refusal(device: Device, person: Staff, code: str) -> str:
    response = device.raw("POST", "/v1/auth/login", {"username": person.username, "password": PASSWORD, "code": code})
    assert response.status_code == 401
    return response.text


@contextmanager
def _database(backend: str) -> Iterator[str | None]:
    if backend == "sqlite":
        yield None
        return
    if not postgres_reachable():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
    with ThrowawayPostgres() as url:
        yield url


def _engine(data_dir: Path, url: str | None) -> Engine:
    return make_engine(Settings(data_dir=data_dir, database_url=url).url)


def _reset_mfa(world: World, coordinator: Device, person: Staff) -> None:
    handed = coordinator.call("POST", f"/v1/users/{person.id}/reset-mfa")
    person.setup_code, person.confirmed = handed["setup_code"], False
    person.secret = totp_secret(world.live, person.id)


def _everything(engine: Engine) -> str:
    """Every value of every table, as text: what a copy of the database would give away."""
    with engine.connect() as conn:
        return "\n".join(repr(row) for table in metadata.sorted_tables for row in conn.execute(select(table)))


def test_the_sqlite_files_hold_no_seed_in_any_form(tmp_path):
    data_dir = tmp_path / "data"
    live = start_server(data_dir, None)
    seeds: list[tuple[str, str]] = []
    try:
        world = World(live)
        coordinator = world.signed_in("security_coordinator", AGENCY)
        people = [world.staff(role, AGENCY) for role in ("case_manager", "outreach_worker")]
        device = world.device(AGENCY)
        for person in people:
            assert device.login(person)["totp_seed"] == person.secret
            assert device.call("POST", HELD) == {"held": True}
            assert "totp_seed" not in _login(device, person)
            seeds.append((person.secret, person.username))
        _reset_mfa(world, coordinator, people[0])
        device.login(people[0])
        device.call("POST", HELD)
        assert coordinator.user is not None
        seeds += [(people[0].secret, people[0].username), (coordinator.user.secret, coordinator.user.username)]
        _no_trace(_files(data_dir), seeds)  # while it runs
    finally:
        live.stop()
    _no_trace(_files(data_dir), seeds)  # and once it has stopped


def test_the_user_table_holds_every_seed_sealed_under_the_servers_key(world):
    coordinator = world.signed_in("security_coordinator", AGENCY)
    people = [world.staff("case_manager", AGENCY) for _ in range(2)]
    device = world.device(AGENCY)
    seeds = []
    for person in people:
        device.login(person)
        device.call("POST", HELD)
        seeds.append((person.secret, person.username))
    _reset_mfa(world, coordinator, people[1])
    device.login(people[1])
    seeds.append((people[1].secret, people[1].username))
    with world.live.ctx.engine.connect() as conn:
        stored = {row.id: row.totp_secret for row in conn.execute(select(user.c.id, user.c.totp_secret))}
    mine = seed_seal.key_id(world.live.ctx.seed_key)
    assert all(seed_seal.sealed_with(value) == mine for value in stored.values())
    _no_trace(_everything(world.live.ctx.engine).encode(), seeds)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_seed_kept_as_it_was_before_0010_is_sealed_at_the_next_start_and_still_signs_in(tmp_path, backend):
    with _database(backend) as url:
        data_dir, key = tmp_path / "data", key_file(tmp_path / "deployment-key.pem")
        world, device, people = signed_in_once(data_dir, url, key)
        live = world.live
        plain = {person.id: pyotp.random_base32() for person in people}
        seeds = _as_before_0010(_engine(data_dir, url), plain, world.agency(AGENCY))
        if backend == "sqlite":  # the old rows' bytes are there to be found, in the file or its WAL
            with pytest.raises(AssertionError):
                _no_trace(_files(data_dir), seeds)
        live = start_server(data_dir, url, signing_key_file=key)
        try:
            world.live = device.live = live
            with live.ctx.engine.connect() as conn:
                stored = {row.id: row.totp_secret for row in conn.execute(select(user.c.id, user.c.totp_secret))}
            assert all(seed_seal.unseal(live.ctx.seed_key, i, stored[i]) == plain[i] for i in plain)
            for person in people:
                person.secret = plain[person.id]  # what their phone has held all along
                assert _login(device, person)["totp_seed"] == person.secret  # due again: no delivery before 0010
            _no_trace(_everything(live.ctx.engine).encode(), seeds)
            if backend == "sqlite":
                _no_trace(_files(data_dir), seeds)
        finally:
            live.stop()


_OLD_USER = text(
    "INSERT INTO hmis_user (id, username, first_name, last_name, agency_id, role, password_hash, totp_secret,"
    " totp_confirmed, totp_last_step, training_expires, disabled, failed_logins, locked_until_ms, created_ms)"
    " VALUES (:id, :name, 'Old', 'Account', :agency, 'case_manager', 'not a hash', :seed, :yes, 0, '2099-01-01',"
    " :no, 0, 0, 1)"
)


def _as_before_0010(engine: Engine, plain: dict[str, str], agency_id: str) -> list[tuple[str, str]]:
    """The users' seeds written as they are, as an older server kept them, with enough more such
    accounts to fill several pages, and its days of sign-ins rewriting those rows (on SQLite with
    ``secure_delete`` off, as some builds have it: old bytes stay in the file's free space); then
    the schema taken back to 0009. Every seed, with its username."""
    older = {f"{n:032x}": (pyotp.random_base32(), f"older{n}") for n in range(60)}
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete = OFF")
            for user_id, seed in plain.items():
                conn.execute(
                    text("UPDATE hmis_user SET totp_secret = :seed, totp_last_step = 0 WHERE id = :id"),
                    {"seed": seed, "id": user_id},
                )
            conn.execute(
                _OLD_USER,
                [
                    {"id": i, "name": name, "agency": agency_id, "seed": seed, "yes": True, "no": False}
                    for i, (seed, name) in older.items()
                ],
            )
            for n in range(1, 40):
                conn.execute(
                    text("UPDATE hmis_user SET failed_logins = :n, totp_last_step = :step"),
                    {"n": n % 5, "step": 10 ** (n % 10)},
                )
            conn.execute(text("UPDATE hmis_user SET failed_logins = 0, totp_last_step = 0"))
            usernames = {r.id: r.username for r in conn.execute(text("SELECT id, username FROM hmis_user"))}
        migrate(engine, "0009", down=True)
    finally:
        engine.dispose()
    return [(seed, usernames[i]) for i, seed in plain.items()] + list(older.values())


def test_a_sealed_seed_copied_into_another_users_row_opens_for_no_one(world):
    victim, other = world.staff("case_manager", AGENCY), world.staff("case_manager", AGENCY)
    device = world.device(AGENCY)
    device.login(victim)
    device.login(other)
    engine = world.live.ctx.engine
    for planted in (
        _sealed_of(engine, other),  # the other user's sealed seed, copied across
        seed_seal.seal(seed_seal.seed_key(Ed25519PrivateKey.generate()), victim.id, other.secret),  # another key
        other.secret,  # a seed as it is, written while the server runs
    ):
        for code in (device.totp(other), device.totp(victim)):
            with engine.begin() as conn:  # each refusal counts: clear the count so none is a lockout
                conn.execute(
                    text(
                        "UPDATE hmis_user SET totp_secret = :v, failed_logins = 0, locked_until_ms = 0 WHERE id = :id"
                    ),
                    {"v": planted, "id": victim.id},
                )
            said = _refusal(device, victim, code)
            assert WRONG in said and not any(s in said or s.lower() in said for s in (other.secret, victim.secret))
    with engine.connect() as conn:
        reasons = (
            conn.execute(
                select(audit.c.detail).where(
                    audit.c.action == "login", audit.c.actor == victim.id, audit.c.outcome == "refused"
                )
            )
            .scalars()
            .all()
        )
    assert sum('"seed does not open"' in r for r in reasons) == 6
    assert all(victim.secret not in r and other.secret not in r for r in reasons)
    assert _login(device, other)["user"]["id"] == other.id  # the other's own row still opens


def _sealed_of(engine: Engine, person: Staff) -> str:
    with engine.connect() as conn:
        return conn.execute(select(user.c.totp_secret).where(user.c.id == person.id)).scalar_one()
