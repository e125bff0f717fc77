"""Every problem an import finds, gathered in one pass, and the report a person reads.

Why one pass: an HMIS Admin migrating a CoC fixes problems at the source system; being told
one at a time, an import at a time, turns a day's work into weeks. So the reader keeps going
after a problem, and the import is refused at the end if any problem blocks.

Values are shown only where they cannot be personal data (codes, counts, ids, the export's
own dates): a report is a file that travels, and names, SSNs and dates of birth must not.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from .model import Problem
from .spec import Column

#: Beyond this many problems of a sort (blocking or not) the report counts them but keeps no more (a broken file can
#: have a problem on each of ten million rows; the first half million say what is wrong).
MAX_KEPT = 500_000

#: Columns whose values a report may show: neither names, SSN, DOB nor free text.
_PERSONAL = frozenset(
    {
        "FirstName",
        "MiddleName",
        "LastName",
        "NameSuffix",
        "SSN",
        "DOB",
        "UserFirstName",
        "UserLastName",
        "UserPhone",
        "UserExtension",
        "UserEmail",
        "SourceContactFirst",
        "SourceContactLast",
        "SourceContactPhone",
        "SourceContactExtension",
        "SourceContactEmail",
    }
)
_SHOWN_LEN = 40


class CsvImportError(ValueError):
    """Why an import was refused: the first blocking problem (file, row with header = row 1, and
    column, in words), and in ``problems`` every problem found, blocking or not."""

    def __init__(
        self,
        file: str,
        row: int | None,
        column: str | None,
        message: str,
        problems: list[Problem] | None = None,
        total: int | None = None,
    ) -> None:
        self.file, self.row, self.column, self.message = file, row, column, message
        first = Problem(file, row, column, message, blocking=True)
        self.problems: list[Problem] = problems if problems is not None else [first]
        self.total = total if total is not None else len(self.problems)
        super().__init__(f"{where(first)}: {message}")

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]


def where(p: Problem) -> str:
    text = p.file
    if p.row is not None:
        text += f", row {p.row}"
    if p.column is not None:
        text += f", column {p.column}"
    return text


def shown_value(column: Column | None, text: str | None) -> str | None:
    """The value as a report may show it: None for personal data and free text."""
    if column is None or text is None or column.name in _PERSONAL:
        return None
    if column.type == "S" and not column.name.endswith(("ID", "Code", "Geocode")):
        return None  # free text (names of projects aside, it can hold anything a worker typed)
    cleaned = "".join(c for c in text if c.isprintable())
    return cleaned if len(cleaned) <= _SHOWN_LEN else cleaned[:_SHOWN_LEN] + "…"


class Report:
    """The problems of one import, in the order found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.total = 0
        self.by_file: Counter[tuple[str, bool]] = Counter()
        self.kept: Counter[bool] = Counter()

    def add(
        self, file: str, row: int | None, column: str | None, message: str, *, blocking: bool, value: str | None = None
    ) -> None:
        self.total += 1
        self.by_file[(file, blocking)] += 1
        self.kept[blocking] += 1
        if self.kept[blocking] <= MAX_KEPT:  # each sort capped apart: a blocking one is never crowded out
            self.problems.append(Problem(file, row, column, message, blocking=blocking, value=value))

    def block(self, file: str, row: int | None, column: str | None, message: str, value: str | None = None) -> None:
        self.add(file, row, column, message, blocking=True, value=value)

    def flag(self, file: str, row: int | None, column: str | None, message: str, value: str | None = None) -> None:
        self.add(file, row, column, message, blocking=False, value=value)

    @property
    def blocked(self) -> bool:
        return any(blocking for (_, blocking) in self.by_file)

    def raise_if_blocked(self) -> None:
        """Refuse the import, naming the first blocking problem and carrying them all.

        A hashed export is named first when it is one: it cannot be taken whatever else is mended,
        so it is the reason a person needs before any row's.
        """
        if not self.blocked:
            return
        blocking = [p for p in self.problems if p.blocking]
        first = next((p for p in blocking if (p.file, p.column) == ("Export.csv", "HashStatus")), blocking[0])
        others = sum(count for (_, is_blocking), count in self.by_file.items() if is_blocking) - 1
        message = first.message
        if others:
            plural = "s" if others > 1 else ""
            message += f" {others:,} other problem{plural} also block the import; the report lists them."
        raise CsvImportError(first.file, first.row, first.column, message, self.problems, self.total)


def report_csv(problems: list[Problem]) -> bytes:
    """The problems as a CSV a spreadsheet opens: one row each, blocking ones first."""
    buf = io.StringIO(newline="")
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(["File", "Row", "Column", "Value", "Blocks import", "Problem"])
    for p in sorted(problems, key=lambda p: not p.blocking):
        out.writerow(
            [
                p.file,
                "" if p.row is None else p.row,
                p.column or "",
                p.value or "",
                "yes" if p.blocking else "no",
                p.message,
            ]
        )
    return buf.getvalue().encode("utf-8")


def summary(problems: list[Problem]) -> list[dict]:
    """Per file: how many problems block and how many were imported as given, by what is wrong."""
    files: dict[str, dict] = {}
    for p in problems:
        entry = files.setdefault(p.file, {"file": p.file, "blocking": 0, "imported_as_given": 0, "kinds": Counter()})
        entry["blocking" if p.blocking else "imported_as_given"] += 1
        entry["kinds"][(p.column or "", p.message)] += 1
    out = []
    for entry in files.values():
        kinds = entry.pop("kinds")
        entry["most_common"] = [{"column": c, "problem": m, "count": n} for (c, m), n in kinds.most_common(5)]
        out.append(entry)
    return out
