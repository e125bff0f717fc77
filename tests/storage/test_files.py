"""Durable writes and shredding of leftovers: a dead writer's half-written copy is shredded, a
live writer's copy is not (overwriting it just before its rename would fill the target with
random bytes: two threads saving the device file at once did exactly that)."""

from __future__ import annotations

import os
import subprocess
import sys

from app.storage.files import shred_leftovers, write_atomically


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_writers_copy_is_shredded_and_a_live_writers_is_left(tmp_path):
    target = tmp_path / "device.json"
    write_atomically(target, b'{"kept": true}')
    assert [p.name for p in tmp_path.iterdir()] == ["device.json"]  # no copy left behind
    dead = tmp_path / f".device.json.{_dead_pid()}-0badcafe.tmp"
    unnamed = tmp_path / ".device.json.0badcafe.tmp"  # an older name, with no writer in it
    live = tmp_path / f".device.json.{os.getpid()}-feedf00d.tmp"
    for copy in (dead, unnamed, live):
        copy.write_bytes(b'{"checkin_key": "..."}')
    assert shred_leftovers(tmp_path, "device.json") == 2
    assert not dead.exists() and not unnamed.exists()
    assert live.read_bytes() == b'{"checkin_key": "..."}'
    assert target.read_bytes() == b'{"kept": true}'


def test_a_live_copy_renamed_over_the_target_keeps_its_content(tmp_path):
    """The race itself, step by step: a writer has its copy ready, another save shreds
    leftovers, then the first writer renames its copy into place."""
    target = tmp_path / "device.json"
    write_atomically(target, b'{"first": 1}')
    ready = tmp_path / f".device.json.{os.getpid()}-11112222.tmp"
    ready.write_bytes(b'{"second": 2}')
    write_atomically(target, b'{"other": 3}')
    shred_leftovers(tmp_path, "device.json")  # what DeviceFile.save does after its own write
    os.replace(ready, target)
    assert target.read_bytes() == b'{"second": 2}'
