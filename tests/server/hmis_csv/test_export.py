"""What build_export writes: every file, exact headers, formats, hashing, and the scope helper."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from server.hmis_csv import ExportError, build_export, records_in_scope, spec
from server.hmis_csv.hashing import hash_name, hash_ssn, soundex

from . import data as d


def _export(**kw: Any) -> bytes:
    args: dict[str, Any] = dict(
        organizations=d.organizations(), projects=d.projects(), users=d.users(), records=d.stored()
    )
    args.update(kw)
    return build_export(args.pop("info", d.info()), **args)


def _rows(files: dict[str, bytes], file: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(files[spec.file_name(file)].decode("utf-8"), newline="")))


def test_every_file_present_with_exact_headers_in_spec_order():
    files = d.unzip(_export())
    assert list(files) == [spec.file_name(f) for f in spec.FILES]
    for file in spec.FILES:
        rows = _rows(files, file)
        assert rows[0] == list(spec.headers(file)), file
        for row in rows[1:]:
            assert len(row) == len(rows[0])


def test_files_without_rows_are_header_only():
    files = d.unzip(_export())
    for file in (
        "Funder",
        "Inventory",
        "Affiliation",
        "HMISParticipation",
        "CEParticipation",
        "EmploymentEducation",
        "Assessment",
        "AssessmentQuestions",
        "AssessmentResults",
        "Event",
        "YouthEducationStatus",
    ):
        assert files[spec.file_name(file)] == (",".join(spec.headers(file)) + "\r\n").encode()


def test_crlf_utf8_and_export_id_in_every_row():
    files = d.unzip(_export())
    for name, body in files.items():
        text = body.decode("utf-8")
        assert not body.startswith(b"\xef\xbb\xbf")
        assert text.endswith("\r\n")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        col = rows[0].index("ExportID")
        assert all(r[col] == d.EXPORT_ID for r in rows[1:]), name


def test_values_are_formatted_per_type():
    files = d.unzip(_export())
    client = {r[0]: dict(zip(_rows(files, "Client")[0], r)) for r in _rows(files, "Client")[1:]}
    rosa = client[d.ROSA]
    assert rosa["DOB"] == "1980-05-17"
    assert rosa["DateCreated"] == "2025-01-10 09:30:00"
    assert rosa["DateDeleted"] == ""
    assert rosa["Sex"] == "0" and rosa["HispanicLatinao"] == "1" and rosa["RaceNone"] == ""
    assert rosa["MiddleName"] == "María"  # UTF-8 kept
    assert rosa["YearEnteredService"] == ""  # not collected by us
    income = _rows(files, "IncomeBenefits")
    hdr = income[0]
    amounts = {r[hdr.index("EarnedAmount")] for r in income[1:]}
    assert "1250.50" in amounts
    totals = {r[hdr.index("TotalMonthlyIncome")] for r in income[1:]}
    assert "1250.50" in totals and "943.00" in totals  # M: always two decimals
    export = dict(zip(*_rows(files, "Export")))
    assert export["ExportDate"] == "2025-06-01 08:00:00" and export["ExportStartDate"] == "2025-01-01"
    assert export["SoftwareName"] == "HMIS Intake" and export["CSVVersion"] == "2026 v1.0"
    assert export["HashStatus"] == "1"


def test_project_coc_row_from_project():
    files = d.unzip(_export())
    rows = _rows(files, "ProjectCoC")
    assert len(rows) == 3
    row = dict(zip(rows[0], rows[1]))
    assert row["CoCCode"] == "CT-505" and row["Geocode"] == "099009" and row["ProjectID"] == d.SHELTER


def test_consent_and_alias_are_not_exported():
    recs = d.records()
    consent = next(r for r in recs if r.KIND == "consent")
    recs = [replace(r, alias="Street name Rio") if r.KIND == "client" and r.id == d.ROSA else r for r in recs]
    z = _export(records=d.stored(recs))
    assert consent.id.encode() not in z  # zip members are deflated: check the inflated text too
    text = b"".join(d.unzip(z).values())
    assert consent.id.encode() not in text
    assert b"Street name Rio" not in text


def test_text_is_quoted_only_when_needed_and_not_altered():
    files = d.unzip(_export())
    body = files["Services.csv"].decode()
    assert '"Bus pass, ""monthly"" = 1"' in body
    cls = files["CurrentLivingSituation.csv"].decode()
    assert ",=SUM(A1) kept as typed," in cls  # data interchange: formula-like text is not changed
    assert '"Under the Main St. bridge\nnear the river"' in cls


def test_forbidden_characters_are_removed_from_text():
    recs = d.records()
    recs = [replace(r, verified_by="<b>{team}</b> [x]") if r.id == "c5" * 16 else r for r in recs]
    files = d.unzip(_export(records=d.stored(recs)))
    assert ",bteam/b x," in files["CurrentLivingSituation.csv"].decode()


def test_hashed_export_has_no_names_or_ssns():
    z = _export(info=d.info(hash_status=4))
    text = b"".join(d.unzip(z).values()).decode()
    for r in d.records():
        if r.KIND == "client":
            for value in (r.first_name, r.last_name, r.middle_name, r.ssn):
                if value:
                    assert value not in text
    rows = _rows(d.unzip(z), "Client")
    rosa = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == d.ROSA)))
    assert rosa["FirstName"] == hash_name("Rosa") and len(rosa["FirstName"]) == 64
    hashed = hash_ssn("234567891")
    assert hashed is not None
    assert rosa["SSN"] == "7891" + hashed[4:] and len(rosa["SSN"]) == 68
    assert rosa["NameSuffix"] == "" and rosa["DOB"] == "1980-05-17"  # only names and SSN are hashed
    assert dict(zip(*_rows(d.unzip(z), "Export")))["HashStatus"] == "4"


def test_soundex():
    assert soundex("Robert") == soundex("Rupert") == "R163"
    assert soundex("Ashcraft") == "A261"  # H does not separate S and C
    assert soundex("Tymczak") == "T522"
    assert soundex("Pfister") == "P236"  # first letter's code is not repeated
    assert soundex("Lee") == "L000"
    assert soundex("José") == soundex("Jose") == "J200"
    assert soundex("O'Brien, Jr.") == "O165"
    assert soundex("123") == ""


def test_ssn_hash_keeps_last_four_of_a_partial_ssn():
    partial, last_four = hash_ssn("12345xxxx"), hash_ssn("6789")
    assert partial is not None and partial.startswith("xxxx")
    assert last_four is not None and last_four.startswith("6789")  # padded to nine with x before hashing
    assert hash_ssn(None) is None and hash_name("") == ""


def test_refuses_a_user_missing_from_user_csv():
    with pytest.raises(ExportError) as exc:
        _export(users=d.users()[:1])  # USER_B is on the contacts
    assert exc.value.file == "Project" and exc.value.column == "UserID"  # the outreach project is first


def test_refuses_missing_required_value_and_too_long_text():
    with pytest.raises(ExportError) as exc:
        _export(organizations=[replace(d.organizations()[0], name="x" * 201)])
    assert exc.value.column == "OrganizationName" and "x" * 10 not in str(exc.value)
    with pytest.raises(ExportError) as exc:  # an id cannot be left out
        _export(info=d.info(implementation_id=""))
    assert exc.value.file == "Export" and "required" in str(exc.value)
    with pytest.raises(ExportError):
        _export(info=d.info(hash_status=2))


def test_an_empty_required_descriptor_is_exported_empty_as_held():
    """HUD's "not null" on a descriptor is a data-quality rule (its own samples leave a Geocode
    empty): the export keeps what the HMIS holds instead of refusing the whole export."""
    rows = _rows(d.unzip(_export(projects=[replace(d.projects()[0], geocode=None)] + d.projects()[1:])), "ProjectCoC")
    geocodes = [row[rows[0].index("Geocode")] for row in rows[1:]]
    assert "" in geocodes and any(geocodes)


def test_refuses_duplicate_ids_and_a_backwards_period():
    stored = d.stored()
    with pytest.raises(ExportError) as exc:
        _export(records=stored + stored[:1])
    assert exc.value.file == "Client" and exc.value.column == "PersonalID"
    with pytest.raises(ExportError) as exc:
        _export(info=d.info(export_start=date(2025, 6, 1), export_end=date(2025, 5, 31)))
    assert exc.value.column == "ExportEndDate"


def test_zip_is_deterministic():
    stored = d.stored()
    a = _export(records=stored)
    b = _export(records=stored)
    assert a == b


# --- records_in_scope ------------------------------------------------------------------------


def test_records_in_scope_follows_the_reporting_period():
    stored = d.stored()
    by_id = {s.record.id: s for s in stored}
    # James entered 2025-02-03 and left 2025-03-15
    inside = records_in_scope(stored, date(2025, 3, 1), date(2025, 3, 31), [d.SHELTER])
    ids = {s.record.id for s in inside}
    assert {d.JAMES, d.JAMES_ENR, "e0" * 16, d.ROSA, d.ROSA_ENR, d.CHILD} <= ids
    assert d.DANA not in ids and d.DANA_ENR not in ids  # other project
    assert all(s.record.KIND != "consent" for s in inside)
    after_exit = records_in_scope(stored, date(2025, 3, 16), date(2025, 5, 31), [d.SHELTER])
    assert d.JAMES_ENR not in {s.record.id for s in after_exit}
    # an exit after the period's end does not count: the stay was open on the last day
    before = records_in_scope(stored, date(2025, 2, 1), date(2025, 2, 28), [d.SHELTER])
    ids = {s.record.id for s in before}
    assert d.JAMES_ENR in ids and "e0" * 16 not in ids and "5a" * 16 not in ids and "5b" * 16 in ids
    # children dated after the end are left out
    early = records_in_scope(stored, date(2025, 1, 1), date(2025, 1, 11), [d.SHELTER])
    assert "5e" * 16 not in {s.record.id for s in early}
    assert by_id["5f" * 16] in early


def test_records_in_scope_leaves_out_deleted_rows():
    stored = d.stored(deleted={d.CHILD_ENR})
    ids = {s.record.id for s in records_in_scope(stored, date(2025, 1, 1), date(2025, 5, 31), [d.SHELTER])}
    assert d.CHILD_ENR not in ids and d.CHILD not in ids and "5f" * 16 not in ids


def test_exported_scope_reimports():
    from server.hmis_csv import read_export

    stored = records_in_scope(d.stored(), date(2025, 4, 1), date(2025, 5, 31), [d.OUTREACH])
    z = _export(records=stored, info=d.info(export_start=date(2025, 4, 1)))
    got = read_export(z, today=d.TODAY)
    assert {s.record.id for s in got.records} == {d.DANA, d.DANA_ENR, "c5" * 16, "c6" * 16}


def test_aware_datetimes_are_written_in_wall_clock_time():
    from datetime import timedelta, timezone

    stored = d.stored()
    est = timezone(timedelta(hours=-5))
    stored[0] = replace(stored[0], date_created=datetime(2025, 1, 10, 9, 30, tzinfo=est))
    rows = _rows(d.unzip(_export(records=stored)), "Client")
    assert dict(zip(rows[0], rows[1]))["DateCreated"] == "2025-01-10 09:30:00"
