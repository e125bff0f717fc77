"""The console scripts named in pyproject.toml start and answer."""
from __future__ import annotations

import subprocess
import sys


def test_hmis_intake_help_runs_without_a_display():
    done = subprocess.run([sys.executable, "-m", "app.main", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--profile" in done.stdout


def test_hmis_server_says_plainly_it_is_not_built_yet():
    done = subprocess.run([sys.executable, "-m", "server.cli"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not part of this release" in done.stderr
