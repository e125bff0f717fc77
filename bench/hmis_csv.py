"""HMIS CSV import and export of HUD's LSA sample (36 MB unzipped) through ``hmis-server``.

Each step is its own process, as an HMIS Admin runs it: ``import`` into a fresh service, the
whole of it ``export``-ed back, and the same zip imported again (nothing to write). Figures:
wall seconds and the step's peak resident memory (ru_maxrss), on SQLite and on PostgreSQL.
Target (issue 10): under 60 s and under 1 GiB each.

    python -m bench.hmis_csv [--backend sqlite|postgresql|both] [--zip PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import emit
from bench.server_common import backends, database, provenance

LSA = Path(__file__).resolve().parents[2] / "shared" / "hmis" / "samples" / "hud-lsa-sample-hmis-fy2026.zip"


def _step(argv: list[str]) -> dict:
    """One ``hmis-server`` command in a child process: its seconds, peak memory and answer."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.hmis_csv", "--child", *argv], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - t0
    if done.returncode not in (0, 2):
        raise SystemExit(f"{argv[0]} failed: {done.stderr[-2000:]}")
    lines = done.stdout.strip().splitlines()
    child = json.loads(lines[-1])
    answer = json.loads("\n".join(lines[:-1]) or "{}")
    return {"seconds": round(seconds, 1), "peak_mib": child["peak_mib"], "exit": done.returncode, "answer": answer}


def run(backend: str, zip_path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-hmis-csv-") as tmp, database(backend, Path(tmp)) as url:
        base = ["--data-dir", str(Path(tmp) / "data")] + (["--database-url", url] if url else [])
        out = Path(tmp) / "export.zip"
        first = _step(base + ["import", str(zip_path), "--quiet"])
        export = _step(base + ["export", "--start", "1900-01-01", "--end", "2100-12-31", "--out", str(out)])
        again = _step(base + ["import", str(zip_path), "--quiet"])
        a = first["answer"]
        emit(
            "hmis_csv",
            backend=backend,
            zip_mib=round(zip_path.stat().st_size / 2**20, 1),
            records=a.get("records_written"),
            descriptor_rows=a.get("descriptor_rows_written"),
            problems=a.get("problems_total"),
            import_s=first["seconds"],
            import_peak_mib=first["peak_mib"],
            export_s=export["seconds"],
            export_peak_mib=export["peak_mib"],
            export_mib=round(out.stat().st_size / 2**20, 1),
            reimport_s=again["seconds"],
            reimport_peak_mib=again["peak_mib"],
            reimport_written=again["answer"].get("records_written"),
            **provenance(),
        )


def _child(argv: list[str]) -> int:
    from server import cli

    code = cli.main(argv)
    print(json.dumps({"peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
    return code


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        raise SystemExit(_child(sys.argv[2:]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="both", choices=("sqlite", "postgresql", "both"))
    parser.add_argument("--zip", type=Path, default=LSA)
    args = parser.parse_args()
    for backend in backends(args.backend):
        run(backend, args.zip)


if __name__ == "__main__":
    main()
