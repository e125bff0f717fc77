"""Project descriptor rows and the other system's users: kept whole, column by column.

Why not domain records: these rows describe projects and staff, not people served; they live on
the server only (the HMIS Admin keeps them), never on a laptop, and nothing merges them. So a row
is its columns' values, checked against the column table and HUD's code lists, and an export
writes back exactly what was imported or entered.

A value is typed as ``reading`` parses it (int, date, datetime, Decimal, str); ``to_json`` and
``from_json`` carry it through the database as JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.hud_lists import hud_list

from . import spec
from .column_lists import list_of
from .ids import map_id

#: The files kept as descriptor rows, parents first.
FILES = (
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

_T_FORMAT = "%Y-%m-%d %H:%M:%S"
#: (file, start column, end column): a period that must not end before it starts.
_PERIODS = {
    "Project": ("OperatingStartDate", "OperatingEndDate"),
    "Funder": ("StartDate", "EndDate"),
    "Inventory": ("InventoryStartDate", "InventoryEndDate"),
    "HMISParticipation": ("HMISParticipationStatusStartDate", "HMISParticipationStatusEndDate"),
    "CEParticipation": ("CEParticipationStatusStartDate", "CEParticipationStatusEndDate"),
}


@dataclass(frozen=True)
class DescriptorRow:
    """One row of a descriptor file: every column but ExportID, as given."""

    file: str
    values: Mapping[str, Any]

    @property
    def key(self) -> str:
        """Our form of the row's id (the first column)."""
        column = spec.FILES[self.file][0].name
        return map_id(column, self.values[column])

    @property
    def project_id(self) -> str | None:
        value = self.values.get("ProjectID")
        return None if value is None else map_id("ProjectID", value)

    @property
    def organization_id(self) -> str | None:
        value = self.values.get("OrganizationID")
        return None if value is None else map_id("OrganizationID", value)


def columns(file: str) -> tuple[spec.Column, ...]:
    """The columns a descriptor row holds: the file's, without ExportID."""
    return tuple(c for c in spec.FILES[file] if c.name != "ExportID")


def to_json(values: Mapping[str, Any]) -> dict[str, Any]:
    """The row's values in a JSON-safe form."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, datetime):
            value = value.strftime(_T_FORMAT)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = format(value, "f")
        out[name] = value
    return out


def from_json(file: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """``to_json`` undone, by the column table's types."""
    out: dict[str, Any] = {}
    for col in columns(file):
        value = body.get(col.name)
        if value is not None:
            if col.type == "T":
                value = datetime.strptime(value, _T_FORMAT)
            elif col.type == "D":
                value = date.fromisoformat(value)
            elif col.type == "M":
                value = Decimal(value)
        out[col.name] = value
    return out


def problems(file: str, values: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """(column, what is wrong) for each data-quality problem of a row whose types are right: an
    empty value HUD requires, a code outside its HUD list, a period that ends before it starts."""
    for col in columns(file):
        value = values.get(col.name)
        if value is None:
            if col.required:
                yield col.name, "HUD requires a value here but the field is empty."
            continue
        number = list_of(file, col.name)
        if number is not None and value not in hud_list(number):
            yield col.name, f"The answer is not on HUD's list {number} for this column."
    period = _PERIODS.get(file)
    if period is not None:
        start, end = values.get(period[0]), values.get(period[1])
        if start is not None and end is not None and end < start:
            yield period[1], "The period ends before it starts."
