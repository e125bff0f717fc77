"""A member that is not CSV text is refused as that, at the line where it shows, before parsing;
the checks read it a slice at a time, so what they pass must not depend on where slices fall."""

from __future__ import annotations

import pytest

from server.hmis_csv import build_export
from server.hmis_csv.import_ import CsvImportError, read_export
from server.hmis_csv.reading import MAX_LINE_BYTES, MiB, NotText, TextCheck

from . import data as d


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    good = build_export(
        d.info(), organizations=d.organizations(), projects=d.projects(), users=d.users(), records=d.stored()
    )
    return d.unzip(good)


def _client(files: dict[str, bytes], body: bytes) -> CsvImportError | None:
    try:
        read_export(d.rezip(files | {"Client.csv": body}), today=d.TODAY)
    except CsvImportError as error:
        return error
    return None


def _lines(body: bytes) -> list[bytes]:
    return body.split(b"\r\n")


def test_a_byte_that_is_not_utf8_is_named_by_its_line(files):
    lines = _lines(files["Client.csv"])
    lines[2] = lines[2].replace(b",", b",\xff", 1)
    err = _client(files, b"\r\n".join(lines))
    assert err is not None and (err.file, err.row) == ("Client.csv", 3) and "not UTF-8" in err.message


def test_a_character_cut_short_at_the_end_is_not_utf8(files):
    err = _client(files, files["Client.csv"] + b"\xc3")
    assert err is not None and err.file == "Client.csv" and "not UTF-8" in err.message


def test_a_nul_byte_refuses_the_file(files):
    err = _client(files, files["Client.csv"].replace(b",", b",\x00", 1))
    assert err is not None and err.file == "Client.csv" and "NUL" in err.message


def test_an_endless_line_is_refused_without_being_read_whole(files):
    err = _client(files, files["Client.csv"] + b"x" * (MAX_LINE_BYTES + 10))
    assert err is not None and err.file == "Client.csv" and "longer than" in err.message


def test_a_line_just_under_the_limit_across_slices_is_text(files):
    """A long quoted value lands across several 1 MiB slices: still text, refused only by csv's own limit."""
    body = files["Client.csv"] + b'"' + b"y" * (MAX_LINE_BYTES - 10) + b'"\r\n'
    err = _client(files, body)
    assert err is not None and "longer than" not in err.message and "not valid CSV" in err.message


def test_a_character_split_across_slices_is_read_as_one():
    split = b"a" * (MiB - 1) + "é".encode() + b"\r\n"  # its two bytes fall in two slices
    for chunks in ([split], [split[:MiB], split[MiB:]]):  # one piece, or as a member is read
        check = TextCheck()
        for chunk in chunks:
            check.feed(chunk)
        check.end()
    with pytest.raises(NotText) as cut:
        check = TextCheck()
        check.feed(split[:MiB])
        check.end()
    assert cut.value.line == 1 and "not UTF-8" in cut.value.message
