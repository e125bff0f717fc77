"""The desktop bundle: scripts/check_bundle.py builds it with PyInstaller and starts it, in a clean
environment, to the set-up window of a fresh profile.

The checker is tried first against small stand-in programs (a missing bundle, one that crashes,
one that shows the wrong window, one that needs the venv) so a check that cannot fail is caught;
then the real bundle is built and started (about 20 s of build on 2 cores).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "check_bundle.py"
posix_only = pytest.mark.skipif(os.name != "posix", reason="stand-in programs are shell scripts")


def _check(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CHECK), *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT
    )


def _program(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "stand-in"
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _refused(done: subprocess.CompletedProcess, words: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == ""  # no figures for a bundle that failed
    assert words in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_missing_bundle_is_reported_in_words(tmp_path):
    _refused(_check("--no-build", "--dist", str(tmp_path / "nothing-here")), "There is no bundle at")


@posix_only
def test_a_bundle_that_crashes_is_reported_with_its_exit_code(tmp_path):
    program = _program(tmp_path, 'echo "cannot load Qt" >&2; exit 3')
    _refused(_check("--exe", str(program)), "exited with code 3 without reporting a window ready")


@posix_only
def test_a_bundle_that_shows_the_wrong_window_is_refused(tmp_path):
    program = _program(tmp_path, """echo '{"ready_ms": 5, "window": "workspace"}'""")
    _refused(_check("--exe", str(program)), "showed the window 'workspace'")


@posix_only
def test_the_bundle_starts_with_no_pythonpath_no_venv_and_a_fresh_profile(tmp_path):
    # The stand-in says ready only when nothing of the build machine's Python leaks in and it was
    # handed an empty profile folder that does not exist yet, on the offscreen platform.
    program = _program(
        tmp_path,
        """
[ -z "$PYTHONPATH" ] && [ -z "$VIRTUAL_ENV" ] || exit 5
case "$PATH" in *venv*) exit 6;; esac
[ "$QT_QPA_PLATFORM" = offscreen ] && [ "$HMIS_EXIT_WHEN_READY" = 1 ] || exit 7
[ "$1" = --profile ] && [ ! -e "$2" ] || exit 8
echo 'qt.qpa: some warning'
echo '{"ready_ms": 812.5, "window": "set_up"}'""",
    )
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        VIRTUAL_ENV=str(Path(sys.executable).parents[1]),
        PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
    )
    done = _check("--exe", str(program), env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True and report["window"] == "set_up" and report["ready_ms"] == 812.5


@pytest.mark.slow
def test_the_real_bundle_builds_and_starts_to_the_set_up_window(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the dev extra: pip install -e '.[dev]'")
    done = _check("--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work"))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    print(report)
    assert report["ok"] is True and report["window"] == "set_up" and report["ready_ms"] > 0
    assert 20 < report["size_mb"] < 250, "the bundle lost its Qt libraries or gained modules we do not use"
    bundle = tmp_path / "dist" / "hmis-intake" / "_internal"
    assert (bundle / "app" / "resources" / "translations" / "hmis_intake_es.qm").is_file()
    assert sorted(p.name for p in (bundle / "app" / "storage" / "migrations").glob("*.sql")) == sorted(
        p.name for p in (ROOT / "app" / "storage" / "migrations").glob("*.sql")
    )
    platforms = {p.name for p in (bundle / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms if sys.platform.startswith("linux") else platforms
    assert not (bundle / "server").exists() and not (bundle / "fastapi").exists()
