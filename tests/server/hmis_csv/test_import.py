"""read_export: round trips, foreign ids, and every refusal naming file, row and column."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.record import EnrollmentRecord
from app.domain.service import Service
from server.hmis_csv import CsvImportError, build_export, read_export, report, spec
from server.hmis_csv.ids import derived_id

from . import data as d

_HEADER_ROW = 1


def _export(stored=None, **kw) -> bytes:
    return build_export(
        kw.pop("info", d.info()),
        organizations=kw.pop("organizations", d.organizations()),
        projects=kw.pop("projects", d.projects()),
        users=kw.pop("users", d.users()),
        records=d.stored() if stored is None else stored,
    )


def _key(s):
    return (s.record.KIND, s.record.id)


def _csv(text_rows: list[list[str]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(text_rows)
    return buf.getvalue().encode()


def _edit(z: bytes, file: str, fn) -> bytes:
    """Apply fn(rows) (rows incl. header, as lists of str) to one file and re-zip."""
    files = d.unzip(z)
    name = spec.file_name(file)
    rows = list(csv.reader(io.StringIO(files[name].decode(), newline="")))
    files[name] = _csv(fn(rows))
    return d.rezip(files)


def _set(z: bytes, file: str, column: str, value: str, *, where=None) -> tuple[bytes, int]:
    """Set *column* to *value* on the first row matching where(row_dict); returns (zip, spreadsheet row)."""
    found = {}

    def fn(rows):
        hdr = rows[0]
        for i, r in enumerate(rows[1:], start=2):
            if where is None or where(dict(zip(hdr, r))):
                r[hdr.index(column)] = value
                found["row"] = i
                break
        return rows

    out = _edit(z, file, fn)
    return out, found["row"]


def _flagged(z: bytes):
    """The import of *z*, and where its data-quality problems are (none of them blocking)."""
    got = read_export(z, today=d.TODAY)
    assert not any(p.blocking for p in got.problems)
    return got, [(p.file, p.row, p.column) for p in got.problems]


def _refused(z: bytes, **kw) -> CsvImportError:
    with pytest.raises(CsvImportError) as exc:
        read_export(z, today=d.TODAY, **kw)
    return exc.value


@pytest.fixture(scope="module")
def stored():
    return d.stored()


@pytest.fixture(scope="module")
def good(stored) -> bytes:
    return _export(stored)


# --- round trips -------------------------------------------------------------------------------


def test_round_trip_gives_back_equal_records(stored, good):
    got = read_export(good, today=d.TODAY)
    expected = [s for s in stored if s.record.KIND != "consent"]
    assert sorted(got.records, key=_key) == sorted(expected, key=_key)
    assert got.info == d.info()
    assert got.users == d.users()
    assert got.organizations == d.organizations()
    assert got.projects == d.projects()
    assert got.id_map == {}
    assert got.ignored == {}


def test_round_trip_keeps_deleted_rows(stored):
    deleted = d.stored(deleted={d.CHILD_ENR})
    got = read_export(_export(deleted), today=d.TODAY)
    row = next(s for s in got.records if s.record.id == d.CHILD_ENR)
    assert row.date_deleted == d.UPDATED


# Text a record may hold: no CSV-forbidden characters, and no control characters but tab and line
# breaks (the domain refuses those, see app/domain/record.py).
_CONTROL = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]))
_text = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="<>[]{}" + _CONTROL), min_size=1, max_size=50
).filter(lambda s: s.strip() != "")
_moment = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2025, 5, 31)).map(
    lambda t: t.replace(microsecond=0)
)


@st.composite
def _household(draw):
    dob = draw(st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31)))
    races = {
        f: draw(st.sampled_from([0, 1]))
        for f in (
            "am_ind_ak_native",
            "asian",
            "black_af_american",
            "hispanic_latinao",
            "mid_east_n_african",
            "native_hi_pacific",
            "white",
        )
    }
    client = Client(
        first_name=draw(_text),
        last_name=draw(_text),
        middle_name=draw(st.none() | _text),
        name_data_quality=1,
        ssn=draw(st.sampled_from([None, "234567891", "345678912"])),
        dob=dob,
        dob_data_quality=1,
        sex=draw(st.sampled_from([None, 0, 1])),
        veteran_status=draw(st.sampled_from([0, 1, 8, 9, 99])),
        race_none=None if any(races.values()) else draw(st.sampled_from([None, 8, 9, 99])),
        additional_race_ethnicity=draw(st.none() | _text),
        **races,
    )
    client = replace(client, ssn_data_quality=1 if client.ssn else 99)
    entry = draw(st.dates(min_value=max(dob, date(2020, 1, 1)), max_value=date(2025, 5, 1)))
    enrollment = Enrollment(
        personal_id=client.id,
        project_id=d.SHELTER,
        entry_date=entry,
        relationship_to_hoh=1,
        disabling_condition=draw(st.sampled_from([0, 1, 8, 9, 99])),
        enrollment_coc=draw(st.sampled_from([None, "CT-505", "CT-503"])),
    )
    services = []
    for _ in range(draw(st.integers(0, 3))):
        day = entry + timedelta(days=draw(st.integers(0, 20)))
        cents = draw(st.none() | st.integers(0, 10_000_000))
        if cents is None:
            services.append(Service.bed_night(enrollment_id=enrollment.id, personal_id=client.id, night=day))
        else:
            services.append(
                Service(
                    enrollment_id=enrollment.id,
                    personal_id=client.id,
                    date_provided=day,
                    record_type=152,
                    type_provided=draw(st.integers(1, 12)),
                    fa_amount=Decimal(cents) / 100,
                    other_type_provided=draw(st.none() | _text),
                )
            )
    return [client, enrollment, *services]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(households=st.lists(_household(), min_size=1, max_size=3), created=_moment, updated=_moment)
def test_round_trip_property(households, created, updated):
    recs = [r for h in households for r in h]
    for r in recs:
        assume(not r.problems(today=d.TODAY))
    stored = [d.StoredRecord(record=r, date_created=created, date_updated=updated, user_id=d.USER_A) for r in recs]
    got = read_export(_export(stored), today=d.TODAY)
    assert sorted(got.records, key=_key) == sorted(stored, key=_key)


# --- other vendors' ids ------------------------------------------------------------------------


def test_foreign_ids_are_mapped_consistently_across_files(good):
    def swap(rows, cols, old, new):
        hdr = rows[0]
        for r in rows[1:]:
            for c in cols:
                if c in hdr and r[hdr.index(c)] == old:
                    r[hdr.index(c)] = new
        return rows

    z = good
    for file in spec.FILES:
        z = _edit(z, file, lambda rows: swap(rows, ["PersonalID"], d.JAMES, "12345"))
        z = _edit(z, file, lambda rows: swap(rows, ["EnrollmentID"], d.JAMES_ENR, "ENR-0042"))
        z = _edit(z, file, lambda rows: swap(rows, ["ProjectID"], d.SHELTER, "77"))
    got = read_export(z, today=d.TODAY)
    james = derived_id("PersonalID", "12345")
    enr = derived_id("EnrollmentID", "ENR-0042")
    proj = derived_id("ProjectID", "77")
    assert got.id_map[("PersonalID", "12345")] == james
    ids = {s.record.id for s in got.records}
    assert james in ids and enr in ids and d.JAMES not in ids
    for s in got.records:
        if getattr(s.record, "enrollment_id", None) == enr:
            assert isinstance(s.record, EnrollmentRecord)  # the only records with an enrollment_id
            assert s.record.personal_id == james
    assert any(p.id == proj for p in got.projects)
    enrollment = next(s.record for s in got.records if s.record.id == enr)
    assert isinstance(enrollment, Enrollment)
    assert enrollment.project_id == proj
    # the same file gives the same ids again
    assert read_export(z, today=d.TODAY).records == got.records


def test_every_file_and_column_is_kept(good):
    z, _ = _set(good, "Client", "YearEnteredService", "1981", where=lambda r: r["PersonalID"] == d.JAMES)
    z = _edit(
        z,
        "Funder",
        lambda rows: (
            rows
            + [
                [
                    "f" * 32,
                    d.SHELTER,
                    "2",
                    "",
                    "CT0001",
                    "2024-07-01",
                    "",
                    "2024-07-01 00:00:00",
                    "2024-07-01 00:00:00",
                    d.USER_A,
                    "",
                    d.EXPORT_ID,
                ]
            ]
        ),
    )
    got = read_export(z, today=d.TODAY)
    assert got.ignored == {}
    assert [(r.values["FunderID"], r.values["GrantID"]) for r in got.descriptors if r.file == "Funder"] == [
        ("f" * 32, "CT0001")
    ]
    james = next(s.record for s in got.records if s.record.id == d.JAMES)
    assert isinstance(james, Client)
    assert james.year_entered_service == 1981
    bad = _edit(z, "Funder", lambda rows: [rows[0], rows[1][:5] + ["July 1"] + rows[1][6:]])
    err = _refused(bad)
    assert (err.file, err.row, err.column) == ("Funder.csv", 2, "StartDate")


def test_byte_order_mark_and_lf_line_endings_are_accepted(good):
    files = d.unzip(good)
    files["Client.csv"] = b"\xef\xbb\xbf" + files["Client.csv"].replace(b"\r\n", b"\n")
    assert len(read_export(d.rezip(files), today=d.TODAY).records) == 23


# --- refusals ----------------------------------------------------------------------------------


def test_not_a_zip():
    err = _refused(b"PersonalID,FirstName\r\n")
    assert err.file == "(zip)" and err.row is None and err.column is None


def test_truncated_zip(good):
    err = _refused(good[: len(good) // 2])
    assert err.file == "(zip)"


def test_damaged_member(good):
    files = d.unzip(good)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, body)
    raw = bytearray(buf.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("Client.csv")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + 25):  # scramble the deflated bytes
        raw[i] ^= 0x5A
    err = _refused(bytes(raw))
    assert err.file == "Client.csv" and "damaged" in err.message


def test_missing_file(good):
    files = d.unzip(good)
    del files["Exit.csv"]
    err = _refused(d.rezip(files))
    assert (err.file, err.row, err.column) == ("Exit.csv", None, None)
    assert "missing" in err.message


def test_unexpected_file(good):
    files = d.unzip(good)
    files["client.csv"] = files["Client.csv"]
    err = _refused(d.rezip(files))
    assert err.file == "(zip)" and "'client.csv'" in err.message


def test_extra_column(good):
    z = _edit(good, "Client", lambda rows: [r + ["x" if i else "Nickname"] for i, r in enumerate(rows)])
    err = _refused(z)
    assert (err.file, err.row) == ("Client.csv", _HEADER_ROW) and "extra column" in err.message


def test_renamed_column(good):
    z = _edit(good, "Client", lambda rows: [["First_Name" if c == "FirstName" else c for c in rows[0]], *rows[1:]])
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Client.csv", _HEADER_ROW, "FirstName")
    assert "First_Name" in err.message


def test_header_names_match_whatever_their_case(good):
    """HUD's own LSA sample writes HoHLeaseholder for HOHLeaseholder."""
    want = read_export(good, today=d.TODAY).records
    for file, column, variant in (
        ("Client", "FirstName", "firstname"),
        ("Enrollment", "HOHLeaseholder", "HoHLeaseholder"),
    ):
        z = _edit(
            good,
            file,
            lambda rows, variant=variant, column=column: [[variant if c == column else c for c in rows[0]], *rows[1:]],
        )
        assert read_export(z, today=d.TODAY).records == want, variant


def test_header_names_must_otherwise_match_exactly(good):
    for variant in (" FirstName", "First_Name", '"FirstName"'):
        z = _edit(
            good,
            "Client",
            lambda rows, variant=variant: [[variant if c == "FirstName" else c for c in rows[0]], *rows[1:]],
        )
        err = _refused(z)
        assert (err.file, err.row, err.column) == ("Client.csv", _HEADER_ROW, "FirstName"), variant


def test_old_fy2024_column_name_is_refused(good):
    z = _edit(
        good, "Client", lambda rows: [["HispanicLatinaeo" if c == "HispanicLatinao" else c for c in rows[0]], *rows[1:]]
    )
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Client.csv", _HEADER_ROW, "HispanicLatinao")


def test_reordered_columns_are_read_by_name_and_flagged(good):
    """Eva's own demo export puts Client.csv's Sex last: the names say which value is which."""

    def swap(rows):
        i, j = rows[0].index("FirstName"), rows[0].index("LastName")
        for r in rows:
            r[i], r[j] = r[j], r[i]
        return rows

    got = read_export(_edit(good, "Client", swap), today=d.TODAY)
    assert got.records == read_export(good, today=d.TODAY).records
    assert [(p.file, p.row, p.column, p.blocking) for p in got.problems] == [
        ("Client.csv", _HEADER_ROW, "FirstName", False)
    ]
    assert "read by their names" in got.problems[0].message


def test_missing_column(good):
    err = _refused(_edit(good, "Services", lambda rows: [r[:-1] for r in rows]))
    assert (err.file, err.row, err.column) == ("Services.csv", _HEADER_ROW, "ExportID")


def test_short_row(good):
    err = _refused(_edit(good, "Exit", lambda rows: [rows[0], rows[1][:-1]]))
    assert (err.file, err.row, err.column) == ("Exit.csv", 2, None)


def test_bad_date(good):
    z, row = _set(good, "Client", "DOB", "05/17/1980", where=lambda r: r["PersonalID"] == d.ROSA)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Client.csv", row, "DOB")
    assert "05/17" not in str(err) and "YYYY-MM-DD" in err.message


def test_impossible_date_and_bad_datetime(good):
    z, row = _set(good, "Enrollment", "EntryDate", "2025-02-30")
    assert (_refused(z).column, _refused(z).row) == ("EntryDate", row)
    z, row = _set(good, "Services", "DateCreated", "2025-01-10T09:30:00")
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Services.csv", row, "DateCreated")


def test_bad_integer(good):
    z, row = _set(good, "Client", "NameDataQuality", "one", where=lambda r: r["PersonalID"] == d.JAMES)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Client.csv", row, "NameDataQuality")
    assert "whole number" in err.message


@pytest.mark.parametrize(
    "column,value",
    [
        ("DOB", "\uff11\uff19\uff18\uff10-05-17"),  # full-width digits
        ("NameDataQuality", "\u0661"),  # an Arabic-Indic one, which int() would read as 1
        ("DateCreated", "2025-01-10 09:\u0663\u0660:00"),
    ],
)
def test_digits_of_other_scripts_are_refused(good, column, value):
    z, row = _set(good, "Client", column, value, where=lambda r: r["PersonalID"] == d.JAMES)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Client.csv", row, column)


def test_bad_money(good):
    z, row = _set(good, "Services", "FAAmount", "$800", where=lambda r: r["ServicesID"] == "5a" * 16)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Services.csv", row, "FAAmount")


def test_too_long_string_is_imported_as_given_and_flagged(good):
    z, row = _set(good, "Client", "FirstName", "Bartholomew" * 6, where=lambda r: r["PersonalID"] == d.JAMES)
    got, flags = _flagged(z)
    assert ("Client.csv", row, "FirstName") in flags
    assert any("64 characters" in p.message for p in got.problems)
    assert "Bartholomew" not in repr(got.problems)
    assert {s.record.first_name for s in got.records if s.record.KIND == "client"} >= {"Bartholomew" * 6}


def test_required_value_missing(good):
    z, row = _set(good, "Exit", "ExitDate", "")
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Exit.csv", row, "ExitDate")


def test_code_not_on_the_hud_list_is_kept_and_flagged(good):
    z, row = _set(good, "Exit", "Destination", "999")
    got, flags = _flagged(z)
    assert flags[0] == ("Exit.csv", row, "Destination")  # and what depends on it
    assert "HUD list" in got.problems[0].message and got.problems[0].value == "999"
    assert any(s.record.KIND == "exit" and s.record.destination == 999 for s in got.records)


def test_domain_rule_names_the_column(good):
    # Income "Yes" with no source ticked breaks the 4.02 gateway rule
    z, row = _set(good, "IncomeBenefits", "SSI", "", where=lambda r: r["EnrollmentID"] == d.ROSA_ENR)
    z, _ = _set(z, "IncomeBenefits", "SSIAmount", "", where=lambda r: r["EnrollmentID"] == d.ROSA_ENR)
    _, flags = _flagged(z)
    assert flags == [("IncomeBenefits.csv", row, "IncomeFromAnySource")]


def test_future_date_is_flagged(good):
    z, row = _set(good, "Services", "DateProvided", "2025-06-02", where=lambda r: r["ServicesID"] == "5a" * 16)
    _, flags = _flagged(z)
    assert flags == [("Services.csv", row, "DateProvided")]


def test_unknown_enrollment_link(good):
    z, row = _set(good, "Exit", "EnrollmentID", "9" * 32)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Exit.csv", row, "EnrollmentID")
    assert "Enrollment.csv" in err.message


def test_unknown_client_link(good):
    z, row = _set(good, "Enrollment", "PersonalID", "9" * 32, where=lambda r: r["EnrollmentID"] == d.DANA_ENR)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Enrollment.csv", row, "PersonalID")


def test_record_for_another_client_of_the_enrollment(good):
    z, row = _set(good, "Services", "PersonalID", d.JAMES, where=lambda r: r["EnrollmentID"] == d.CHILD_ENR)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Services.csv", row, "PersonalID")


def test_unknown_project_blocks_and_unknown_user_is_flagged(good):
    z, row = _set(good, "Enrollment", "ProjectID", "9" * 32)
    assert (_refused(z).file, _refused(z).row, _refused(z).column) == ("Enrollment.csv", row, "ProjectID")
    # who entered a row is not data about a client: HUD's LSA sample names users User.csv lacks
    z, row = _set(good, "Disabilities", "UserID", "9" * 32)
    got, flags = _flagged(z)
    assert flags == [("Disabilities.csv", row, "UserID")] and got.problems[0].value == "9" * 32


def test_exit_before_entry_is_flagged(good):
    z, row = _set(good, "Exit", "ExitDate", "2025-01-01")
    _, flags = _flagged(z)
    assert flags == [("Exit.csv", row, "ExitDate")]


def test_duplicate_id_and_wrong_export_id(good):
    err = _refused(_edit(good, "Services", lambda rows: rows + [rows[1]]))
    assert err.file == "Services.csv" and err.column == "ServicesID"
    z, row = _set(good, "Disabilities", "ExportID", "other")
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Disabilities.csv", row, "ExportID")


def test_hashed_export_is_refused(stored):
    z = _export(stored, info=d.info(hash_status=4))
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Export.csv", 2, "HashStatus")


def test_not_utf8(good):
    files = d.unzip(good)
    files["Client.csv"] = files["Client.csv"].replace("María".encode(), "María".encode("latin-1"))
    err = _refused(d.rezip(files))
    assert err.file == "Client.csv" and err.row == 2


def test_stray_quote(good):
    files = d.unzip(good)
    files["Exit.csv"] = files["Exit.csv"] + b'x"y' + b"\r\n"
    err = _refused(d.rezip(files))
    assert err.file == "Exit.csv"


def test_zip_bomb_is_refused_without_inflating():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zi = zipfile.ZipInfo("Client.csv")
        zi.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(zi, "w", force_zip64=True) as fh:
            chunk = b"\0" * (8 << 20)
            for _ in range(65):  # 520 MiB of zeros in about half a megabyte
                fh.write(chunk)
    z = buf.getvalue()
    assert len(z) < 2 << 20
    err = _refused(z)
    assert err.file == "Client.csv" and "zip bomb" in err.message


def test_total_size_is_capped_while_inflating(good):
    err = _refused(good, max_member_bytes=1 << 20, max_total_bytes=4096)
    assert err.file == "(zip)" and "zip bomb" in err.message


def test_every_problem_is_reported_at_once_and_a_blocking_one_refuses_all(good):
    z, move_in = _set(good, "Enrollment", "MoveInDate", "2025-04-01", where=lambda r: r["EnrollmentID"] == d.JAMES_ENR)
    z, link = _set(z, "Disabilities", "EnrollmentID", "9" * 32)
    z, money = _set(z, "Services", "FAAmount", "$800", where=lambda r: r["ServicesID"] == "5a" * 16)
    z, code = _set(z, "Client", "Sex", "7", where=lambda r: r["PersonalID"] == d.ROSA)
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Services.csv", money, "FAAmount")  # the first blocking one found
    found = {(p.file, p.row, p.column, p.blocking) for p in err.problems}
    assert found >= {
        ("Services.csv", money, "FAAmount", True),
        ("Disabilities.csv", link, "EnrollmentID", True),
        ("Client.csv", code, "Sex", False),
        ("Enrollment.csv", move_in, "MoveInDate", False),
    }
    assert err.total == len(err.problems) and len(err.blocking) == 2


def test_problem_values_hold_no_personal_data(good):
    z, _ = _set(good, "Client", "SSN", "2345678910", where=lambda r: r["PersonalID"] == d.ROSA)
    z, _ = _set(z, "Client", "DOB", "1890-01-01", where=lambda r: r["PersonalID"] == d.ROSA)
    got, flags = _flagged(z)
    assert {c for _, _, c in flags} == {"SSN", "DOB"}
    text = repr(got.problems) + report.report_csv(got.problems).decode()
    assert "2345678910" not in text and "1890" not in text and "Rosa" not in text
    assert all(p.value is None for p in got.problems)


def _second_export_row(good: bytes, **changes: str) -> tuple[bytes, list[str]]:
    """Export.csv with a second, later run of the export (its own ExportID), as HUD's LSA sample has."""
    rows = list(csv.reader(io.StringIO(d.unzip(good)["Export.csv"].decode(), newline="")))
    header, first = rows[0], rows[1]
    later = dict(zip(header, first), ExportID="1f" * 16, ExportDate="2025-06-02 09:00:00", **changes)
    return _edit(good, "Export", lambda r: [*r, [later[c] for c in header]]), header


def test_several_export_rows_of_one_export_are_read_as_one(good):
    z, _ = _second_export_row(good)
    z, _row = _set(z, "Client", "ExportID", "1f" * 16)  # a file's rows may carry either run's id
    got = read_export(z, today=d.TODAY)
    assert got.info.export_id == "1f" * 16 and got.info.export_date == datetime(2025, 6, 2, 9, 0, 0)
    assert got.records == read_export(good, today=d.TODAY).records


def test_export_rows_that_describe_different_exports_are_refused(good):
    z, _ = _second_export_row(good, ImplementationID="another-hmis")
    err = _refused(z)
    assert (err.file, err.row, err.column) == ("Export.csv", 3, "ImplementationID")
    assert "different exports" in err.message


def test_a_project_that_ends_before_it_starts_is_imported_and_reported(good):
    """A data-quality problem, not a reason to refuse the export (HUD's LSA sample has one)."""
    z, row = _set(good, "Project", "OperatingEndDate", "2000-01-01")
    got = read_export(z, today=d.TODAY)
    assert [(p.file, p.row, p.column) for p in got.problems] == [("Project.csv", row, "OperatingEndDate")]
    assert any(p.operating_end == date(2000, 1, 1) for p in got.projects)
    assert read_export(good, today=d.TODAY).problems == []
