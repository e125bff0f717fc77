"""The console scripts named in pyproject.toml start and answer."""

from __future__ import annotations

import subprocess
import sys


def test_hmis_intake_help_runs_without_a_display():
    done = subprocess.run([sys.executable, "-m", "app.main", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--profile" in done.stdout


def test_hmis_server_help_lists_its_commands():
    done = subprocess.run([sys.executable, "-m", "server.cli", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    commands = ("serve", "migrate", "make-signing-key", "add-user", "add-agency", "enrollment-code", "wipe-device")
    for command in (*commands, "reseal-seeds"):
        assert command in done.stdout
