"""One wipe-signing key for a deployment: made only on request, refused when missing, shared by hosts.

Issue 16: each data directory made its own key at first start, so two hosts behind a load
balancer signed wipes with different keys, and a device (which pins the key it saw at
enrollment) refused the other host's orders.
"""

from __future__ import annotations

import json
import stat

import pytest

from app.sync import wire
from tests.server.harness import ThrowawayPostgres, World, postgres_reachable, start_server
from tests.server.processes import run_cli
from tests.sync.laptops import laptop

AGENCY = "Shared Key Shelter"


def test_a_server_without_its_key_refuses_to_start_with_a_sentence(tmp_path):
    missing = tmp_path / "nowhere" / "key.pem"
    hows: list[tuple[tuple[str, ...], dict[str, str] | None]] = [
        (("serve", "--port", "9", "--signing-key", str(missing)), None),
        (("serve", "--port", "9"), {"HMIS_SIGNING_KEY_FILE": str(missing)}),
    ]
    for args, env in hows:
        done = run_cli("--data-dir", str(tmp_path / "data"), *args, env=env)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert f"There is no wipe-signing key at {missing}." in done.stderr
        assert f"hmis-server make-signing-key {missing}" in done.stderr
    assert not missing.exists() and not (tmp_path / "data").exists()  # nothing made, nothing migrated


def test_the_data_directory_is_only_where_it_looks_by_default(tmp_path):
    done = run_cli("--data-dir", str(tmp_path), "serve", "--port", "9")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"no wipe-signing key at {tmp_path / 'server-signing-key.pem'}" in done.stderr
    assert not list(tmp_path.iterdir())


def test_a_file_that_is_not_a_key_is_refused_in_words(tmp_path):
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key\n")
    done = run_cli("--data-dir", str(tmp_path / "data"), "wipe-device", "a" * 32, "--signing-key", str(junk))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "does not hold an unencrypted Ed25519 key" in done.stderr


def test_make_signing_key_writes_it_for_its_owner_only_and_never_overwrites(tmp_path):
    path = tmp_path / "keys" / "deployment.pem"
    made = run_cli("make-signing-key", str(path))
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["path"] == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = path.read_bytes()
    again = run_cli("make-signing-key", str(path))
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert f"{path} already exists; it is left as it is." in again.stderr
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["deployment.pem"]  # no half-written copy left


def test_make_signing_key_without_a_path_writes_where_serve_looks(tmp_path):
    made = run_cli("--data-dir", str(tmp_path), "make-signing-key")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "server-signing-key.pem").exists()
    elsewhere = tmp_path / "env.pem"
    made = run_cli("make-signing-key", env={"HMIS_SIGNING_KEY_FILE": str(elsewhere)})
    assert made.returncode == 0 and elsewhere.exists()


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.db'}"
        return
    if not postgres_reachable():
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
    with ThrowawayPostgres() as url:
        yield url


def test_two_hosts_with_the_shared_key_both_sign_wipes_a_device_obeys(tmp_path, shared_database):
    key = tmp_path / "deployment.pem"
    made = run_cli("make-signing-key", str(key))
    public = json.loads(made.stdout)["public_key"]
    # Two hosts, each with its own data directory, on one database, given the same key file.
    host_a = start_server(tmp_path / "host-a", shared_database, signing_key_file=key)
    host_b = start_server(tmp_path / "host-b", shared_database, signing_key_file=key)
    try:
        world_a = World(host_a)
        world_b = World(host_b, agencies=world_a.agencies, projects=world_a.projects)
        for world in (world_a, world_b):  # what a device pins at enrollment, from either host
            assert world.device(AGENCY).server_key == wire.unb64(public)

        # Enrolled through A; its wipe ordered by a coordinator signed in through B; obeyed at A.
        device = laptop(world_a, tmp_path, AGENCY)
        assert device.sync().ok
        assert device.vault is not None  # enrolled and signed in
        coordinator = world_b.signed_in("security_coordinator", AGENCY)
        order = coordinator.call("POST", f"/v1/devices/{device.vault.device_id}/wipe")
        report = device.sync()
        assert report.status == "wiped", report.message
        assert coordinator.call("GET", f"/v1/wipes/{order['id']}")["status"] == "completed"
        device.vault = None

        # Enrolled through B; its wipe ordered from a third host's command line; obeyed at B.
        other = laptop(world_b, tmp_path, AGENCY)
        assert other.sync().ok
        assert other.vault is not None and other.vault.device_id is not None  # enrolled and signed in
        ordered = run_cli(
            "--data-dir",
            str(tmp_path / "host-c"),
            "--database-url",
            shared_database,
            "wipe-device",
            other.vault.device_id,
            "--signing-key",
            str(key),
        )
        assert ordered.returncode == 0, ordered.stderr
        report = other.sync()
        assert report.status == "wiped", report.message
        other.vault = None
        assert wire.b64(wire.public_bytes(host_a.ctx.signing_key)) == public
    finally:
        host_a.stop()
        host_b.stop()
