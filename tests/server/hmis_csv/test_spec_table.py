"""spec.py against HUD's FY2026 column table (from HUD's Eva), file by file, column by column.

Why a table from outside the project: spec.py was assembled from secondary sources; the table in
``../shared/hmis`` is the one HUD's own data-quality tool checks exports against, so an export
we write must agree with it in every name, order, type, length and nullability. Eva's table has no
rows for AssessmentQuestions and AssessmentResults: those two are checked against the headers of
HUD's own sample exports instead.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from server.hmis_csv import spec

HMIS = Path(__file__).resolve().parents[4] / "shared" / "hmis"
TABLE = HMIS / "hmis-csv-fy2026-columns.tsv"
SAMPLES = sorted((HMIS / "samples").glob("*.zip")) if HMIS.is_dir() else []
NOT_IN_TABLE = ("AssessmentQuestions", "AssessmentResults")

pytestmark = pytest.mark.skipif(not TABLE.is_file(), reason=f"HUD's column table is not at {TABLE}")


def _table() -> dict[str, list[dict]]:
    files: dict[str, list[dict]] = {}
    with TABLE.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            files.setdefault(row["CSV"], []).append(row)
    return {name: sorted(rows, key=lambda r: int(r["Order"])) for name, rows in files.items()}


def _as_table_has_it(column: spec.Column) -> tuple[str, str, bool]:
    """(name, type as the table writes it, null allowed)."""
    kind = f"S{column.max_len}" if column.type == "S" else column.type
    return column.name, kind, not column.required


def _table_row(row: dict) -> tuple[str, str, bool]:
    # "M+" is money that may not be negative: still type M to a reader.
    return row["Name"], row["Type"].rstrip("+"), row["Null"] == "Y"


def test_spec_has_exactly_the_files_of_the_table_and_the_samples():
    assert set(spec.FILES) == set(_table()) | set(NOT_IN_TABLE)


@pytest.mark.parametrize("file", sorted(set(spec.FILES) - set(NOT_IN_TABLE)))
def test_each_column_matches_the_table(file):
    ours = [_as_table_has_it(c) for c in spec.FILES[file]]
    theirs = [_table_row(r) for r in _table()[file]]
    assert [c[0] for c in ours] == [c[0] for c in theirs], "names or order differ"
    differing = [(o, t) for o, t in zip(ours, theirs) if o != t]
    assert not differing, differing


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("file", NOT_IN_TABLE)
def test_files_the_table_lacks_match_hud_sample_headers(sample, file):
    with zipfile.ZipFile(sample) as archive:
        first = io.TextIOWrapper(archive.open(f"{file}.csv"), encoding="utf-8-sig").readline()
    assert next(csv.reader([first])) == list(spec.headers(file))


def test_each_coded_column_names_the_list_of_the_table():
    """column_lists is the table's List column, but for the one "1.1" that is list 1.10 (the table was
    made from numbers): Organization.VictimServiceProvider is a No/Yes answer."""
    from server.hmis_csv.column_lists import LISTS

    theirs = {(f, r["Name"]): r["List"] for f, rows in _table().items() for r in rows if r["List"]}
    theirs[("Organization", "VictimServiceProvider")] = "1.10"
    ours = {(f, c): n for f, cols in LISTS.items() for c, n in cols.items()}
    assert ours == theirs
    assert all(c in spec.headers(f) for f, c in ours)
