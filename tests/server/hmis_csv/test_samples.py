"""HUD's own FY2026 sample exports through the HMIS Admin's commands, and back out again.

The LSA sample (unhashed) must come back from ``hmis-server export`` file by file, row by row,
cell by cell: what a CoC migrating onto this service hands over is what it gets back. The Eva
demo is hashed: it is refused, as the README says, with every problem it holds in the report.
Cells are compared as values (parsed by the column's type), so 12.5 and 12.50 are one amount;
ExportID and Export.csv, which describe the export itself, are left out.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from server import cli
from server.hmis_csv import spec
from server.hmis_csv.reading import parse_file
from server.hmis_csv.report import Report

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "hmis" / "samples"
LSA = SAMPLES / "hud-lsa-sample-hmis-fy2026.zip"
EVA = SAMPLES / "hud-eva-demo-fy2026.zip"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not LSA.is_file(), reason=f"HUD's samples are not at {SAMPLES}")]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    # Any: the command's JSON answer, an object or (for a listing) an array
    code = cli.main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def _table(data: bytes, file: str) -> dict[str, dict]:
    """The file's rows by id, as typed values, without ExportID."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        raw = archive.read(spec.file_name(file))
    report = Report()
    rows = parse_file(file, raw, report)
    assert rows is not None and not report.blocked, report.problems[:3]
    key = spec.FILES[file][0].name
    return {r.values[key]: {c: v for c, v in r.values.items() if c != "ExportID"} for r in rows}


@pytest.fixture(scope="module")
def lsa_round_trip(tmp_path_factory):
    """The LSA sample imported into a fresh service, exported whole, and imported again."""
    home = tmp_path_factory.mktemp("lsa")
    report, out = home / "report.csv", home / "out.zip"
    base = ["--data-dir", str(home / "data")]
    answers = []  # a module fixture cannot take capsys: stdout is read by redirection
    for argv in (
        ["import", str(LSA), "--report", str(report), "--quiet"],
        ["export", "--start", "1900-01-01", "--end", "2100-12-31", "--out", str(out)],
        ["import", str(LSA), "--quiet"],
    ):
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            code = cli.main(base + argv)
        answers.append((code, json.loads(buffer.getvalue())))
    return answers, report, out


def test_the_lsa_sample_is_imported_with_a_report_of_what_it_holds(lsa_round_trip):
    (code, answer), report = lsa_round_trip[0][0], lsa_round_trip[1]
    assert code == 0, answer
    assert answer["records_written"] > 250_000 and answer["projects"] == 72
    assert answer["descriptor_rows_written"] == sum(
        len(_table(LSA.read_bytes(), f))
        for f in (
            "User",
            "Organization",
            "Project",
            "Funder",
            "ProjectCoC",
            "Inventory",
            "Affiliation",
            "HMISParticipation",
            "CEParticipation",
        )
    )
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    assert rows and all(r["Blocks import"] == "no" for r in rows)
    assert len(rows) == answer["problems_total"]
    # the project whose operating period ends before it starts, as the README of the samples says
    assert any(r["File"] == "Project.csv" and r["Column"] == "OperatingEndDate" for r in rows)
    assert oct(report.stat().st_mode & 0o777) == "0o600"


def test_a_second_import_of_the_same_export_changes_nothing(lsa_round_trip):
    code, again = lsa_round_trip[0][2]
    first = lsa_round_trip[0][0][1]
    assert code == 0
    assert again["records_written"] == 0 and again["records_unchanged"] == first["records_written"]
    assert again["descriptor_rows_written"] == 0
    assert again["descriptor_rows_unchanged"] == first["descriptor_rows_written"]


@pytest.mark.parametrize("file", [f for f in spec.FILES if f != "Export"])
def test_the_export_gives_back_every_row_and_cell_of_the_lsa_sample(lsa_round_trip, file):
    out = lsa_round_trip[2]
    theirs, ours = _table(LSA.read_bytes(), file), _table(out.read_bytes(), file)
    assert len(ours) == len(theirs)
    assert ours.keys() == theirs.keys()
    differing = [(k, c, theirs[k][c], ours[k][c]) for k in theirs for c in theirs[k] if theirs[k][c] != ours[k][c]]
    assert not differing[:5], f"{len(differing)} cells differ, e.g. {differing[:5]}"


def test_the_hashed_eva_demo_is_refused_with_every_problem_reported(tmp_path, capsys):
    if not EVA.is_file():
        pytest.skip(f"the Eva demo is not at {EVA}")
    report = tmp_path / "report.csv"
    code, answer = _run(
        capsys, "--data-dir", str(tmp_path / "data"), "import", str(EVA), "--report", str(report), "--quiet"
    )
    assert code == 2
    assert "hashed" in answer["refused"]
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    assert any(r["File"] == "Export.csv" and r["Column"] == "HashStatus" and r["Blocks import"] == "yes" for r in rows)
    assert any(r["Blocks import"] == "no" for r in rows)  # the rest of it was checked too
    assert len(rows) == answer["problems_total"]
    # nothing of it was kept
    code, listed = _run(capsys, "--data-dir", str(tmp_path / "data"), "descriptor", "list", "Project")
    assert code == 0 and listed == []
