"""The headless commands as a scheduled task would run them: separate processes, real server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyotp

from app.storage.key_slots import KDF_FLOOR
from app.storage.records import Records
from app.storage.vault import Vault
from tests.server.harness import PASSWORD
from tests.sync.laptops import new_client

ROOT = Path(__file__).resolve().parents[2]


def hmis(profile, *args: str, password: bool = True) -> tuple[int, dict]:
    done = subprocess.run(
        [sys.executable, "-m", "app.main", "--profile", str(profile), *args, "--json"]
        + (["--password-stdin"] if password else []),
        input=PASSWORD + "\n" if password else "",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


def test_enroll_sync_and_status_from_the_command_line(world, tmp_path):
    person = world.signed_in("outreach_worker", "Night Outreach").user  # authenticator already set up
    profile = tmp_path / "field-laptop"
    code, status = hmis(profile, "status", password=False)
    assert code == 0 and status["status"] == "not_enrolled"

    with Vault.create(profile, person.username, PASSWORD, kdf=KDF_FLOOR) as vault:
        Records(vault).save(new_client())  # made offline, before the laptop was ever enrolled

    code, enrolled = hmis(
        profile,
        "enroll",
        "--server",
        world.live.base_url,
        "--code",
        world.code("Night Outreach"),
        "--name",
        "Field laptop 3",
        "--user",
        person.username,
    )
    assert code == 0, enrolled

    # Without a session the sync says so (and checks in all the same).
    code, report = hmis(profile, "sync", "--user", person.username)
    assert code == 3 and report["status"] == "sign_in_required"

    world.live.clock.advance(31)
    totp = pyotp.TOTP(person.secret).at(world.live.clock.now_ms() / 1000)
    code, report = hmis(profile, "sync", "--user", person.username, "--code", totp)
    assert code == 0, report
    assert report["pushed"]["applied"] == 1 and report["pending"] == 0

    code, status = hmis(profile, "status", "--user", person.username)
    assert code == 0 and status["pending_changes"] == 0 and status["lease"] == "ok"
    code, status = hmis(profile, "sync", password=False)  # before sign-in: a check-in only
    assert code == 0 and status["status"] == "ok"


def test_an_unreachable_server_is_reported_as_offline(world, tmp_path):
    person = world.staff("outreach_worker", "Night Outreach")
    profile = tmp_path / "laptop"
    Vault.create(profile, person.username, PASSWORD, kdf=KDF_FLOOR).close()
    code, answer = hmis(
        profile, "enroll", "--server", "http://127.0.0.1:9", "--code", "AAAA-BBBB-CCCC-DDDD", "--user", person.username
    )
    assert code == 1 and answer["status"] == "offline"
    assert "can't be reached" in answer["message"]
