"""The operator's commands and TOTP seeds: `add-user` seals the new seed, `reseal-seeds` moves every
seed from the previous signing key to the current one (all or nothing), and servers starting
together on a database from before 0010 seal its seeds once between them."""

from __future__ import annotations

import io
import json
import logging
import time
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import select

from server import cli
from server.db.schema import audit, user
from server.services import seed_seal, signing_key
from tests.server.conftest import BACKENDS
from tests.server.harness import PASSWORD, ThrowawayPostgres, World, key_file, postgres_reachable, start_server
from tests.server.processes import open_gate, run_cli, start_serve
from tests.server.test_seed_at_rest import (
    AGENCY,
    _as_before_0010,
    _database,
    _engine,
    _files,
    _login,
    _no_trace,
    signed_in_once,
)


def _stored(data_dir: Path, url: str | None) -> dict[str, str]:
    engine = _engine(data_dir, url)
    try:
        with engine.connect() as conn:
            return {row.id: row.totp_secret for row in conn.execute(select(user.c.id, user.c.totp_secret))}
    finally:
        engine.dispose()


def _base(data_dir: Path, url: str | None) -> list[str]:
    return ["--data-dir", str(data_dir), *(["--database-url", url] if url else [])]


@pytest.mark.parametrize("backend", BACKENDS)
def test_add_user_at_the_command_line_seals_the_seed(tmp_path, backend, monkeypatch, capsys):
    with _database(backend) as url:
        data_dir, key = tmp_path / "data", key_file(tmp_path / "deployment-key.pem")
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        argv = [*_base(data_dir, url), "add-user", "ada", "--first-name", "Ada", "--last-name", "Admin"]
        argv += ["--role", "system_admin", "--training-expires", "2099-01-01", "--password-stdin"]
        assert cli.main([*argv, "--signing-key", str(key)]) == 0
        made = json.loads(capsys.readouterr().out)
        sealed = _stored(data_dir, url)[made["id"]]
        seed = seed_seal.unseal(seed_seal.seed_key(signing_key.load(key)), made["id"], sealed)
        assert len(seed) == 32 and pyotp.TOTP(seed).now() and seed not in sealed
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        argv[argv.index("ada")] = "grace"
        assert cli.main([*argv, "--signing-key", str(tmp_path / "no-such-key.pem")]) == 2  # no key: no user
        assert "no wipe-signing key" in capsys.readouterr().err and len(_stored(data_dir, url)) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_reseal_seeds_moves_every_seed_to_the_new_key(tmp_path, backend, caplog):
    with _database(backend) as url:
        data_dir = tmp_path / "data"
        old, new = key_file(tmp_path / "old-key.pem"), key_file(tmp_path / "new-key.pem")
        world, device, people = signed_in_once(data_dir, url, old)
        live = world.live
        before = _stored(data_dir, url)
        with caplog.at_level(logging.WARNING, logger="hmis.server"):  # started on the new key too soon
            early = start_server(data_dir, url, signing_key_file=new)
        try:
            early.clock.offset_ms = live.clock.offset_ms
            world.live = device.live = early
            refused = device.raw(
                "POST",
                "/v1/auth/login",
                {"username": people[0].username, "password": PASSWORD, "code": device.totp(people[0])},
            )
            assert refused.status_code == 401 and people[0].secret not in refused.text
        finally:
            early.stop()
        said = [r.getMessage() for r in caplog.records if r.name == "hmis.server"]
        assert any("3 TOTP seeds are sealed under another signing key" in m for m in said), said
        assert not any(p.secret in m or p.username in m for p in people for m in said)
        wrong = run_cli(
            *_base(data_dir, url), "reseal-seeds", "--previous-signing-key", str(new), "--signing-key", str(new)
        )
        assert wrong.returncode == 2 and "nothing was changed" in wrong.stderr
        assert _stored(data_dir, url) == before
        done = run_cli(
            *_base(data_dir, url), "reseal-seeds", "--previous-signing-key", str(old), "--signing-key", str(new)
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"resealed": 3}
        after = _stored(data_dir, url)
        new_id = seed_seal.key_id(seed_seal.seed_key(signing_key.load(new)))
        assert all(seed_seal.sealed_with(value) == new_id for value in after.values())
        if backend == "sqlite":  # the file was rebuilt: the old key's text is gone with the plain seeds
            data = _files(data_dir)
            assert not [n for n, value in enumerate(before.values()) if value.encode() in data]
            _no_trace(data, [(p.secret, p.username) for p in people])
        offset = early.clock.offset_ms  # codes already used stay used: the new server's clock goes on from there
        live = start_server(data_dir, url, signing_key_file=new)
        try:
            live.clock.offset_ms = offset
            world.live = device.live = live
            for person in people:
                assert _login(device, person)["user"]["id"] == person.id  # the same authenticators
            with live.ctx.engine.connect() as conn:
                noted = conn.execute(
                    select(audit.c.actor, audit.c.detail).where(audit.c.action == "seeds_resealed")
                ).all()
            assert [(r.actor, json.loads(r.detail)) for r in noted] == [(cli.CLI_ACTOR, {"count": 3})]
        finally:
            live.stop()
        again = run_cli(
            *_base(data_dir, url), "reseal-seeds", "--previous-signing-key", str(old), "--signing-key", str(new)
        )
        assert again.returncode == 0 and json.loads(again.stdout) == {"resealed": 0}


@pytest.mark.skipif(not postgres_reachable(), reason="no PostgreSQL server on 127.0.0.1:5432")
@pytest.mark.slow
def test_servers_starting_together_seal_the_seeds_from_before_0010_once(tmp_path):
    with ThrowawayPostgres() as url:
        key = key_file(tmp_path / "deployment-key.pem")
        live = start_server(tmp_path / "first", url, signing_key_file=key)
        world = World(live)
        person = world.staff("case_manager", AGENCY)
        device = world.device(AGENCY)
        device.login(person)
        live.stop()
        plain = pyotp.random_base32()
        seeds = _as_before_0010(_engine(tmp_path, url), {person.id: plain}, world.agency(AGENCY))
        gate = tmp_path / "go"
        servers = [start_serve(tmp_path / f"host{n}", url, "--signing-key", str(key), gate=gate) for n in range(3)]
        try:
            open_gate(gate, len(servers))
            deadline = time.time() + 120
            problems = {n: why for n, one in enumerate(servers) if (why := one.wait_healthy(deadline))}
            assert not problems, problems
            stored = _stored(tmp_path, url)
            seed_key = seed_seal.seed_key(signing_key.load(key))
            assert seed_seal.unseal(seed_key, person.id, stored[person.id]) == plain
            assert len(stored) == len(seeds) and all(seed_seal.is_sealed(v) for v in stored.values())
        finally:
            for one in servers:
                one.stop()
