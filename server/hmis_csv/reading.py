"""From a zip to each file's rows of typed values, reporting every problem on the way.

Why apart from the import's checks: this part knows only bytes, CSV and the column table, and
it is where hostile input is met (zip bombs, odd member names, broken text), so it is kept
small enough to read whole.

Rows are counted as a spreadsheet shows them: the header is row 1, the first data row is row 2.
Problems with the zip itself name the file "(zip)". Nothing but the parsed rows is held in
memory: the zip is read from its file, and each member is read through twice, once to check it
(its size and CRC, UTF-8, no NUL, no line past ``MAX_LINE_BYTES``) and once to parse it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from . import spec
from .report import CsvImportError, Report, shown_value

MiB = 1024 * 1024
DEFAULT_MAX_MEMBER_BYTES = 512 * MiB
DEFAULT_MAX_TOTAL_BYTES = 1024 * MiB
DEFAULT_MAX_MEMBERS = 256
MAX_LINE_BYTES = 4 * MiB  # far past any real line (a value is at most csv's 128 KiB)
ZIP = "(zip)"

# ASCII digits only: int() and the date parsers also take other scripts' digits, which no export writes.
_INT_RE = re.compile(r"-?\d{1,10}", re.ASCII)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)
_MONEY_RE = re.compile(r"-?\d{1,12}(\.\d{1,2})?", re.ASCII)
_TYPE_WORDS = {
    "I": "a whole number",
    "D": "a date written as YYYY-MM-DD",
    "T": "a date and time written as YYYY-MM-DD hh:mm:ss",
    "M": "an amount of money written like 125.50",
}

#: Called with (file name, rows read so far) while files are parsed.
Progress = Callable[[str, int], None]


@dataclass
class Row:
    number: int  # spreadsheet row (header = 1)
    values: dict[str, Any]  # column -> parsed value (None for empty)


@dataclass
class Zipped:
    """A checked zip: every FY2026 member read through once (its size and CRC), none of it kept."""

    zf: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]
    unreadable: set[str]  # not text CSV could be (their problem reported): not parsed

    def open(self, name: str) -> IO[bytes]:
        return self.zf.open(self.members[name])


def read_zip(source: IO[bytes], report: Report, max_member: int, max_total: int, max_members: int) -> Zipped:
    """The zip's FY2026 files, checked. Problems with the archive block, and reading stops at
    them: nothing inside a damaged or oversized zip is trusted."""
    try:
        zf = zipfile.ZipFile(source)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise CsvImportError(
            ZIP, None, None, "The file is not a readable zip archive (damaged, truncated or not a zip)."
        ) from None
    if len(infos) > max_members:
        raise CsvImportError(ZIP, None, None, f"The zip holds more than {max_members} entries.")
    expected = {spec.file_name(f) for f in spec.FILES}
    members: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/"):
            continue
        if name not in expected:
            report.block(
                ZIP, None, None, f"The zip holds a file that is not part of HMIS CSV FY2026: {safe_name(name)}."
            )
        elif name in members:
            report.block(name, None, None, "The zip holds this file more than once.")
        elif info.flag_bits & 0x1:
            report.block(name, None, None, "This file is encrypted in the zip; send an unencrypted zip.")
        elif info.file_size > max_member:
            report.block(name, None, None, _too_big(max_member))
        else:
            declared_total += info.file_size
            members[name] = info
    if declared_total > max_total:
        raise CsvImportError(ZIP, None, None, _too_big_total(max_total), report.problems)
    for file in spec.FILES:
        name = spec.file_name(file)
        if name not in members and not any(p.file == name for p in report.problems):
            report.block(name, None, None, "This required file is missing from the zip.")
    report.raise_if_blocked()
    total = 0
    unreadable: set[str] = set()
    for file in spec.FILES:
        name = spec.file_name(file)
        size, text = 0, TextCheck()
        try:
            with zf.open(members[name]) as fh:
                while chunk := fh.read(MiB):  # read and let go: only the checks' counts are kept
                    size += len(chunk)
                    total += len(chunk)
                    if size > max_member:
                        raise CsvImportError(name, None, None, _too_big(max_member))
                    if total > max_total:
                        raise CsvImportError(ZIP, None, None, _too_big_total(max_total))
                    text.feed(chunk)
                text.end()
        except CsvImportError as error:
            report.block(error.file, None, None, error.message)
            report.raise_if_blocked()
        except NotText as error:
            report.block(name, error.line, None, error.message)
            unreadable.add(name)
        except DAMAGED:
            report.block(name, None, None, DAMAGED_WORDS)
    report.raise_if_blocked()
    return Zipped(zf, members, unreadable)


class NotText(Exception):
    """The file is not text that CSV could be; ``line`` is where it shows, when one line does."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line, self.message = line, message


class TextCheck:
    """UTF-8, no NUL and no line past ``MAX_LINE_BYTES``, checked a chunk at a time at C speed.

    Why before parsing: a file that is not text is reported as that alone, as a person would
    describe it, and the parse can then read lines knowing none of them is endless."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.lines = 1  # the line the next byte is on
        self.run = 0  # bytes since the last line break

    def feed(self, data: bytes) -> None:
        for at in range(0, len(data), MiB):  # a slice at a time: no line inside one can be too long
            self._slice(data[at : at + MiB] if len(data) > MiB else data)

    def _slice(self, chunk: bytes) -> None:
        if b"\x00" in chunk:
            raise NotText(None, "The file holds NUL characters; it is not CSV text.")
        try:
            self.decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise NotText(self.lines + chunk[: exc.start].count(b"\n"), "The file is not UTF-8 text.") from None
        first = min((i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0), default=-1)
        if first < 0:
            self.run += len(chunk)
        else:
            self.run = max(self.run + first, 0)
            if self.run <= MAX_LINE_BYTES:
                self.run = len(chunk) - 1 - max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        if self.run > MAX_LINE_BYTES:  # only the line carried on from earlier slices can be
            raise NotText(self.lines, f"A line is longer than {MAX_LINE_BYTES // MiB} MiB; this is not CSV text.")
        self.lines += chunk.count(b"\n")

    def end(self) -> None:
        try:
            self.decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise NotText(self.lines, "The file is not UTF-8 text.") from None


#: What reading a broken member raises, and what is said of it.
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)
DAMAGED_WORDS = "This file is damaged in the zip and cannot be read."


def safe_name(name: str) -> str:
    cleaned = "".join(c for c in name if c.isprintable())[:80]
    return repr(cleaned)


def _too_big(limit: int) -> str:
    return f"This file is larger than {limit // MiB} MiB once uncompressed; it is refused as a possible zip bomb."


def _too_big_total(limit: int) -> str:
    return f"The files are larger than {limit // MiB} MiB in all once uncompressed; refused as a possible zip bomb."


def parse_file(file: str, raw: bytes | IO[bytes], report: Report, progress: Progress | None = None) -> list[Row] | None:
    """The file's rows, or None when the file as a whole cannot be read (its problem reported).
    A row with a problem is reported and still returned where its values could be read, so the
    checks after this one find every other problem too. A stream must have passed ``TextCheck``
    (``read_zip`` does that); bytes are checked here."""
    name = spec.file_name(file)
    if isinstance(raw, bytes):
        try:
            check = TextCheck()
            check.feed(raw)
            check.end()
        except NotText as error:
            report.block(name, error.line, None, error.message)
            return None
        raw = io.BytesIO(raw)
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    try:
        return _parse(file, text, report, progress)
    finally:
        text.detach()  # the caller closes its stream


def _parse(file: str, lines: io.TextIOWrapper, report: Report, progress: Progress | None) -> list[Row] | None:
    name = spec.file_name(file)
    reader = csv.reader(lines, strict=True)
    columns = spec.FILES[file]
    expected = [c.name for c in columns]
    rows: list[Row] = []
    number = 0
    order = columns
    try:
        for number, fields in enumerate(reader, start=1):
            if number == 1:
                found = _header_order(name, fields, columns, report)
                if found is None:
                    return None
                order = found
                continue
            if len(fields) != len(expected):
                report.block(
                    name, number, None, f"The row has {len(fields)} values; the header has {len(expected)} columns."
                )
                continue
            values = {
                c.name: parse_value(name, number, c, v, report) if v or c.blocking else None
                for c, v in zip(order, fields)
            }
            rows.append(Row(number, values))
            if progress is not None and number % 50_000 == 0:
                progress(name, number)
    except csv.Error:
        report.block(
            name, number + 1, None, "The row is not valid CSV (a stray quote, or a value too long to be real)."
        )
        return None
    if number == 0:
        report.block(name, 1, None, "The file is empty; it needs at least its header row.")
        return None
    if progress is not None:
        progress(name, number)
    return rows


def _header_order(
    name: str, found: list[str], columns: tuple[spec.Column, ...], report: Report
) -> tuple[spec.Column, ...] | None:
    """The file's columns in the order its header gives them, or None when the header is not the
    specification's columns (every difference reported). Names match whatever their case (HUD's
    LSA sample writes ``HoHLeaseholder``). Columns in another order are read by name and flagged:
    Eva's own demo export puts Client.csv's Sex last."""
    expected = [c.name for c in columns]
    folded, wanted = [f.casefold() for f in found], [e.casefold() for e in expected]
    if folded == wanted:
        return columns
    by_name = {c.name.casefold(): c for c in columns}
    if sorted(folded) == sorted(wanted):
        first = next(i for i, (f, w) in enumerate(zip(folded, wanted)) if f != w)
        report.flag(
            name,
            1,
            expected[first],
            f"The columns are not in the specification's order (column {first + 1} should be "
            f"{expected[first]}); they were read by their names.",
        )
        return tuple(by_name[f] for f in folded)
    present = set(folded)
    named: set[str] = set()
    for i, (got, f) in enumerate(zip(found, folded)):
        shown = safe_name(got) if got else "empty"
        if f in named:
            report.block(name, 1, by_name[f].name, f"The header names column {by_name[f].name} twice.")
        elif f in by_name:
            named.add(f)
        elif i < len(expected) and wanted[i] not in present:
            named.add(wanted[i])
            report.block(
                name, 1, expected[i], f"Column {i + 1} should be {expected[i]} but is {shown} (renamed or misspelt)."
            )
        else:
            report.block(
                name,
                1,
                None,
                f"Column {i + 1} of the header, {shown}, is not a column of this file "
                "(an extra column, or one renamed).",
            )
    for e, w in zip(expected, wanted):
        if w not in named:
            report.block(name, 1, e, f"The header has no column {e}.")
    return None


def parse_value(name: str, row: int, col: spec.Column, text: str, report: Report) -> Any:
    """*text* as *col*'s type (None for empty), or None with its problem reported."""
    if text == "":
        if col.blocking:
            report.block(name, row, col.name, "A value is required here but the field is empty.")
        return None
    t = col.type
    if t == "S":
        if col.max_len is not None and len(text) > col.max_len:
            report.flag(
                name,
                row,
                col.name,
                f"The text is longer than the {col.max_len} characters allowed (imported as given).",
            )
        return text
    try:
        if t == "I" and _INT_RE.fullmatch(text):
            return int(text)
        if t == "D" and _DATE_RE.fullmatch(text):
            return date.fromisoformat(text)
        if t == "T" and _DATETIME_RE.fullmatch(text):
            return datetime.fromisoformat(text)  # the pattern leaves it no other form to read
        if t == "T" and _DATE_RE.fullmatch(text):
            moment = datetime.fromisoformat(text)
            report.flag(
                name,
                row,
                col.name,
                "A date and time is written as a date alone; it was read as midnight.",
                shown_value(col, text),
            )
            return moment
        if t == "M" and _MONEY_RE.fullmatch(text):
            return Decimal(text)
    except ValueError:
        pass
    report.block(name, row, col.name, f"The value must be {_TYPE_WORDS[t]}.", shown_value(col, text))
    return None
