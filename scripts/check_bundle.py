"""Build the desktop bundle and prove it starts to its first window without Python installed.

    python scripts/check_bundle.py                 # pyinstaller build.spec, then start it
    python scripts/check_bundle.py --no-build      # start the bundle already in dist/
    python scripts/check_bundle.py --exe PATH      # start another executable the same way
    python scripts/check_bundle.py --no-display    # Linux: also start it with no display at all

Prints one JSON line: build seconds, bundle size in MB, the app's own ready_ms and the window it
showed. Exit 0 when the bundle started to the set-up window, 1 otherwise (the reason in words on
stderr).

--no-display also starts the bundle with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: it must
end with app.display_check's EXIT_NO_DISPLAY and one sentence, not Qt's core dump: the first-run
check is bundled and runs before Qt in the frozen app as it does from source.

Why a clean environment: the bundle must not lean on the build machine's Python. It runs with no
PYTHONPATH, no virtual environment on PATH, a fresh HOME and profile, from a folder outside the
source tree, on the "offscreen" Qt platform so it works on a server with no display.
HMIS_EXIT_WHEN_READY=1 makes the app print {"ready_ms": ..., "window": ...} once its first window
is painted and quit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.display_check import EXIT_NO_DISPLAY  # noqa: E402 - pure Python, no Qt

NAME = "hmis-intake"
SET_UP_WINDOW = "set_up"
KEEP = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP")  # what Windows cannot start a process without


class CheckFailed(Exception):
    """The bundle did not build or did not start; the message says why in words."""


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
        raise CheckFailed(f"PyInstaller could not build the bundle (exit {done.returncode}):\n{tail}")
    return time.monotonic() - started


def size_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20, 1)


def clean_environment(home: Path) -> dict[str, str]:
    """Only what a desktop session would give the app: no PYTHONPATH, no venv, no user settings."""
    env = {key: os.environ[key] for key in KEEP if key in os.environ}
    env.update(
        {
            "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()) or os.defpath,
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "HMIS_EXIT_WHEN_READY": "1",
        }
    )
    return env


def ready_line(stdout: str) -> dict | None:
    """The app's ready report among whatever else it printed, or None."""
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                report = json.loads(line)
            except ValueError:
                continue
            if isinstance(report, dict) and "ready_ms" in report:
                return report
    return None


def start(exe: Path, timeout_s: float = 60.0) -> dict:
    """Start ``exe`` on a fresh profile in a clean environment; returns its ready report."""
    if not exe.is_file():
        raise CheckFailed(f"There is no bundle at {exe}; build it first (leave out --no-build).")
    with tempfile.TemporaryDirectory(prefix="hmis-bundle-check-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        try:
            done = subprocess.run(
                [str(exe), "--profile", str(Path(tmp) / "profile")],
                cwd=tmp,
                env=clean_environment(home),
                capture_output=True,
                text=True,
                timeout=timeout_s,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"The bundle did not show its first window within {timeout_s:.0f} s.") from None
        except OSError as error:
            raise CheckFailed(f"The bundle could not be started: {error.strerror or error}.") from None
    report = ready_line(done.stdout)
    if done.returncode != 0 or report is None:
        tail = "\n".join(done.stderr.splitlines()[-15:])
        raise CheckFailed(
            f"The bundle exited with code {done.returncode} without reporting a window ready."
            + (f" Its last words:\n{tail}" if tail else "")
        )
    if report.get("window") != SET_UP_WINDOW:
        raise CheckFailed(
            f"The bundle showed the window {report.get('window')!r}; a fresh profile must show "
            f"the set-up window ({SET_UP_WINDOW!r})."
        )
    return report


def start_without_display(exe: Path, timeout_s: float = 60.0) -> str:
    """Start ``exe`` where no window can open; it must say so in one sentence and exit EXIT_NO_DISPLAY."""
    with tempfile.TemporaryDirectory(prefix="hmis-bundle-check-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = clean_environment(home)
        for key in ("QT_QPA_PLATFORM", "HMIS_EXIT_WHEN_READY"):
            env.pop(key)
        try:
            done = subprocess.run(
                [str(exe), "--profile", str(Path(tmp) / "profile")],
                cwd=tmp,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout_s,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"With no display the bundle was still running after {timeout_s:.0f} s.") from None
        profile_made = (Path(tmp) / "profile").exists()
    lines = done.stderr.strip().splitlines()
    if done.returncode != EXIT_NO_DISPLAY or len(lines) != 1 or "no graphical display" not in lines[0]:
        tail = "\n".join(lines[-15:])
        raise CheckFailed(
            f"With no display the bundle exited with code {done.returncode}, not {EXIT_NO_DISPLAY} with one "
            "sentence." + (f" Its last words:\n{tail}" if tail else "")
        )
    if profile_made:
        raise CheckFailed("With no display the bundle still wrote a profile folder.")
    return lines[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the desktop bundle and check it starts.")
    parser.add_argument("--no-build", action="store_true", help="check the bundle already in --dist")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)")
    parser.add_argument("--exe", type=Path, help="start this executable instead of the bundle (implies --no-build)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the first window")
    parser.add_argument(
        "--no-display", action="store_true", help="Linux: also check it refuses in words when there is no display"
    )
    args = parser.parse_args(argv)
    build_s = None
    no_display_exit = None
    try:
        if not (args.no_build or args.exe):
            build_s = round(build(args.dist, args.work), 1)
        exe = args.exe or args.dist / NAME / (NAME + (".exe" if os.name == "nt" else ""))
        report = start(exe, args.timeout)
        if args.no_display and sys.platform.startswith("linux"):
            start_without_display(exe, args.timeout)
            no_display_exit = EXIT_NO_DISPLAY
    except CheckFailed as failure:
        print(f"bundle check failed: {failure}", file=sys.stderr)
        return 1
    print(
        json.dumps(
            {
                "bench": "bundle_start",
                "build_s": build_s,
                "size_mb": None if args.exe else size_mb(exe.parent),
                "ready_ms": report.get("ready_ms"),
                "window": report.get("window"),
                **({"no_display_exit": no_display_exit} if args.no_display else {}),
                "ok": True,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
