"""Cold start of the desktop client to its first window (target under 1.5 s).

    python -m bench.ui_start                      # 10 starts of `python -m app.main` on fresh profiles
    python -m bench.ui_start --bundle dist/hmis-intake/hmis-intake   # the same for the bundle
    python -m bench.ui_start --imports 15         # also: the 15 costliest imports (python -X importtime)

Each start is a new process on a new profile (so the set-up window shows) with
HMIS_EXIT_WHEN_READY=1: the app prints {"ready_ms": ..., "window": ...} once its first window is
painted, and quits. Wall time runs from spawn to that line; ready_ms is the app's own figure from
process start. The first start is also reported alone: it is the coldest (the OS file cache).
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
from typing import Any

from bench.report import emit, timings_ms

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.5


def _environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, HMIS_EXIT_WHEN_READY="1", **(extra or {}))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _command(bundle: Path | None, profile: Path, *python_flags: str) -> list[str]:
    if bundle is not None:
        return [str(bundle), "--profile", str(profile)]
    return [sys.executable, *python_flags, "-m", "app.main", "--profile", str(profile)]


def start_once(bundle: Path | None, timeout_s: float = 60.0) -> tuple[float, dict]:
    """Spawn one client; returns (seconds from spawn to its ready line, the ready line)."""
    with tempfile.TemporaryDirectory(prefix="hmis-start-") as tmp:
        started = time.perf_counter()
        process = subprocess.Popen(
            _command(bundle, Path(tmp) / "profile"),
            cwd=ROOT,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None  # stdout=PIPE
        try:
            for line in process.stdout:
                if line.lstrip().startswith("{") and '"ready_ms"' in line:
                    wall = time.perf_counter() - started
                    process.wait(timeout=timeout_s)
                    return wall, json.loads(line)
            raise SystemExit(
                f"the client exited (code {process.wait(timeout=timeout_s)}) without a ready line; "
                "is HMIS_EXIT_WHEN_READY supported by app/ui/application.py?"
            )
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def import_costs(top: int) -> list[dict]:
    """The costliest imports of one start (cumulative microseconds, as python -X importtime counts)."""
    with tempfile.TemporaryDirectory(prefix="hmis-start-") as tmp:
        done = subprocess.run(
            _command(None, Path(tmp) / "profile", "-X", "importtime"),
            cwd=ROOT,
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=120,
        )
    rows: list[dict[str, Any]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2  # two spaces per level of nesting
        rows.append(
            {
                "module": name.strip(),
                "depth": depth,
                "self_ms": int(self_us) / 1000,
                "cumulative_ms": int(cumulative_us) / 1000,
            }
        )
    # The first three levels (what the entry point imports, and what those import) say which
    # decision costs the time; deeper rows are inside libraries we do not control.
    return sorted((r for r in rows if r["depth"] <= 2), key=lambda r: -r["cumulative_ms"])[:top]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--bundle", type=Path, help="start this bundle executable instead of python -m app.main")
    parser.add_argument("--imports", type=int, default=0, metavar="N", help="also list the N costliest imports")
    args = parser.parse_args()
    walls, ready, windows = [], [], set()
    for _ in range(args.rounds):
        wall, line = start_once(args.bundle)
        walls.append(wall)
        ready.append(float(line["ready_ms"]) / 1000)
        windows.add(line.get("window"))
    what = "bundle" if args.bundle else "python -m app.main"
    emit(
        "ui_start_wall",
        what=what,
        window=sorted(map(str, windows)),
        first_ms=round(walls[0] * 1000, 1),
        **timings_ms(walls),
        target_s=TARGET_S,
        within_target=sorted(walls)[len(walls) // 2] < TARGET_S,
    )
    emit("ui_start_ready_ms", what=what, **timings_ms(ready))
    for row in import_costs(args.imports) if args.imports else []:
        emit("ui_start_import", **row)


if __name__ == "__main__":
    main()
