"""A process killed inside a transaction: nothing personal is readable on disk, committed clients
all survive, uncommitted ones are gone, and the audit chain still verifies."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import audit, client_search, outbox
from app.storage.records import Records
from app.storage.vault import DB_NAME, Vault
from tests.conftest import FAST_KDF
from tests.storage import _kill_child as child

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(child.__file__)


def _run_and_kill(profile: Path, mode: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(profile), mode],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None  # all three piped
    try:
        line = proc.stdout.readline()
        if line != b"READY\n":
            proc.kill()
            _, err = proc.communicate(timeout=30)
            pytest.fail(f"child did not reach its transaction: {line!r} {err.decode(errors='replace')[-2000:]}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
    assert proc.returncode == -signal.SIGKILL


def _needles(person: dict) -> list[bytes]:
    texts = {
        person["first"],
        person["last"],
        person["alias"],
        person["first"].lower(),
        person["last"].lower(),
        person["alias"].lower(),
        person["first"].upper(),
        person["last"].upper(),
        person["ssn"],
        f"{person['ssn'][:3]}-{person['ssn'][3:5]}-{person['ssn'][5:]}",
    }
    out = []
    for text in texts:
        out += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return out


@pytest.fixture(params=["checkpointed", "wal", "spill"])
def killed(request, tmp_path):
    profile = tmp_path / "profile"
    _run_and_kill(profile, request.param)
    return profile, request.param


def test_no_personal_data_readable_on_disk_after_kill(killed):
    profile, mode = killed
    files = [p for p in profile.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert DB_NAME in names
    if mode in ("wal", "spill"):
        assert f"{DB_NAME}-wal" in names and (profile / f"{DB_NAME}-wal").stat().st_size > 0
    people = child.planted()
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3\0"), path.name
        for person in people:
            for needle in _needles(person):
                assert needle not in data, f"{needle!r} found in {path.name}"


def test_stdlib_sqlite_cannot_read_the_killed_vault(killed, tmp_path):
    profile, _ = killed
    copy = tmp_path / "evidence-copy"
    shutil.copytree(profile, copy)  # the stdlib must not get a chance to touch the real files
    conn = sqlite3.connect(copy / DB_NAME)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_reopen_shows_exactly_the_committed_clients(killed):
    profile, _ = killed
    people = child.planted()
    committed = people[: child.COMMITTED]
    v = Vault.open(profile, child.USER, child.PASSWORD, floor=FAST_KDF)
    try:
        records = Records(v)
        assert records.count("client") == child.COMMITTED
        stored = {
            (c.first_name, c.last_name, c.ssn)
            for c in (
                records.get("client", rid) for (rid,) in v.conn.execute("SELECT id FROM record WHERE kind = 'client'")
            )
        }
        assert stored == {(p["first"], p["last"], p["ssn"]) for p in committed}
        assert v.conn.execute("SELECT count(*) FROM record").fetchone()[0] == child.COMMITTED
        assert outbox.pending_count(v.conn) == child.COMMITTED
        assert v.conn.execute("SELECT count(*) FROM client_search").fetchone()[0] == child.COMMITTED
        result = audit.verify(v.conn)
        assert result.ok, result
        # create + open unlock, 100 creates, this unlock
        creates = v.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'create'").fetchone()[0]
        assert creates == child.COMMITTED
        # the uncommitted people are in no index either
        for person in people[child.COMMITTED : child.COMMITTED + 5]:
            assert not [
                h
                for h in client_search.search(v.conn, f"{person['first']} {person['last']}")
                if h.first_name == person["first"]
            ]
        hits = client_search.search(v.conn, f"{committed[7]['first']} {committed[7]['last']}")
        assert any(h.first_name == committed[7]["first"] for h in hits)
    finally:
        v.close()


def test_vault_keeps_working_after_the_kill(killed):
    profile, _ = killed
    v = Vault.open(profile, child.USER, child.PASSWORD, floor=FAST_KDF)
    try:
        Records(v).save(child._client(child.planted()[child.COMMITTED]))
        assert Records(v).count("client") == child.COMMITTED + 1
    finally:
        v.close()
    v = Vault.open(profile, child.USER, child.PASSWORD, floor=FAST_KDF)
    try:
        assert Records(v).count("client") == child.COMMITTED + 1
        assert audit.verify(v.conn).ok
    finally:
        v.close()


def test_control_the_needle_search_finds_plaintext(tmp_path):
    """The scan above is not vacuous: the same people in a plain SQLite file are all found."""
    import json

    people = child.planted()[:10]
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE record (body TEXT)")
    conn.executemany("INSERT INTO record VALUES (?)", [(json.dumps(child._client(p).to_dict()),) for p in people])
    conn.commit()
    conn.close()
    data = path.read_bytes()
    assert data.startswith(b"SQLite format 3\0")
    for person in people:
        assert person["first"].encode() in data and person["ssn"].encode() in data


@pytest.mark.parametrize("where", ["first-frame", "middle", "last-frame"])
def test_damaged_wal_never_silently_drops_committed_clients(tmp_path, where):
    """20 clients are committed only in the WAL when the process dies. If the WAL is then altered
    (or a sector of it is lost), the vault must either refuse to open or still hold all 100:
    it must never open quietly with some committed intakes missing."""
    profile = tmp_path / "profile"
    _run_and_kill(profile, "wal")
    wal = profile / f"{DB_NAME}-wal"
    data = bytearray(wal.read_bytes())
    frame = 24 + 4096  # WAL frame header + page
    frames = (len(data) - 32) // frame
    assert frames > 10
    index = {"first-frame": 0, "middle": frames // 2, "last-frame": frames - 1}[where]
    position = 32 + index * frame + 24 + 1000  # inside the page image of that frame
    for i in range(position, position + 3):
        data[i] ^= 0xFF
    wal.write_bytes(bytes(data))
    from app.storage.errors import VaultCorrupt, VaultTampered

    try:
        v = Vault.open(profile, child.USER, child.PASSWORD, floor=FAST_KDF)
    except (VaultTampered, VaultCorrupt):
        return
    try:
        assert Records(v).count("client") == child.COMMITTED, "committed clients vanished silently"
    finally:
        v.close()
