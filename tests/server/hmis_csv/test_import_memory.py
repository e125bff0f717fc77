"""An import's memory is its parsed rows, not its zip: a member of hundreds of MiB (under the
caps) is read from the file a line at a time, in a process of its own so its peak is its own."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from server.hmis_csv import build_export

from . import data as d

ROOT = Path(__file__).resolve().parents[3]
MiB = 1024 * 1024
MEMBER_MIB = 400
#: Runs `hmis-server import` in this process, then says its peak memory: VmHWM, not ru_maxrss,
#: which Linux carries over from the forked parent (a test runner grown large) across exec.
CHILD = """
import json, sys
from server.cli import main
try:
    code = main(sys.argv[1:])
finally:
    status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    print(json.dumps({"peak_kib": int(status)}), file=sys.stderr)
sys.exit(code)
"""


def _big_zip(path: Path) -> None:
    """A real export whose Client.csv goes on with 400 MiB of one-value rows (each a problem)."""
    good = build_export(
        d.info(), organizations=d.organizations(), projects=d.projects(), users=d.users(), records=d.stored()
    )
    files = d.unzip(good)
    line = b'"' + b"x" * (100 * 1024) + b'"\r\n'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, body in files.items():
            if name != "Client.csv":
                zf.writestr(name, body)
                continue
            with zf.open(name, "w", force_zip64=True) as member:
                member.write(body)
                for _ in range(MEMBER_MIB * MiB // len(line)):
                    member.write(line)


@pytest.mark.slow
def test_a_member_of_hundreds_of_mib_is_parsed_in_little_memory(tmp_path):
    zipped = tmp_path / "big.zip"
    _big_zip(zipped)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(tmp_path / "data"), "import", str(zipped), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 2, done.stderr[-2000:]  # refused: every padding row is a problem
    assert "Client.csv" in done.stdout + done.stderr
    peak_mib = json.loads(done.stderr.strip().splitlines()[-1])["peak_kib"] / 1024
    print(json.dumps({"import_peak_rss_mib": round(peak_mib, 1), "member_mib": MEMBER_MIB}))
    assert peak_mib < 200, f"importing a {MEMBER_MIB} MiB member peaked at {peak_mib:.0f} MiB"
