"""Export -> import -> export is a fixed point, on generated data of every record type and every
descriptor file: what an import takes in, the next export writes back byte for byte.

The data is drawn from the column table and the record definitions themselves (every field of
every mapped record type, every column of every descriptor file), so a column added to either
is in this test without anyone touching it. Values need not pass HUD's rules: an import keeps a
rule-breaking value as given, and so must the export after it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.hud_lists import hud_list
from app.domain.ids import new_id
from server.hmis_csv import ExportInfo, StoredRecord, descriptors, spec
from server.hmis_csv.column_lists import list_of
from server.hmis_csv.descriptors import DescriptorRow
from server.hmis_csv.export import build_export
from server.hmis_csv.import_ import read_export
from server.hmis_csv.mapping import MAPPINGS

TODAY = date(2025, 6, 1)
USER = "1a" * 16
ORG = "0a" * 16
PROJECT = "0b" * 16
INFO = ExportInfo(
    export_id="0e" * 16,
    export_date=datetime(2025, 6, 1, 8, 0),
    export_start=date(2025, 1, 1),
    export_end=date(2025, 5, 31),
    implementation_id="fixed-point",
)

_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f"
_moment = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2025, 5, 31)).map(
    lambda t: t.replace(microsecond=0)
)
_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 5, 31))
_money = st.integers(0, 10**8).map(lambda cents: Decimal(cents) / 100)


def _text(limit: int | None) -> st.SearchStrategy[str]:
    alphabet = st.characters(blacklist_categories=["Cs"], blacklist_characters="<>[]{}" + _CONTROL)
    return st.text(alphabet, min_size=1, max_size=min(limit or 50, 40))


def _column_value(file: str, col: spec.Column) -> st.SearchStrategy[Any]:
    number = list_of(file, col.name)
    if number is not None:
        return st.sampled_from(sorted(hud_list(number)))
    return {"S": _text(col.max_len), "I": st.integers(0, 9999), "D": _day, "T": _moment, "M": _money}[col.type]


def _field_value(record_type, name: str) -> st.SearchStrategy[Any]:
    s = next(s for s in record_type._specs() if s.name == name)
    codes = s.meta.get("codes")
    if codes is not None:
        value: st.SearchStrategy[Any] = st.sampled_from(sorted(codes))
    elif s.base is int:
        value = st.integers(0, 9999)
    elif s.base is str:
        value = _text(s.meta.get("max_len"))
    elif s.base is date:
        value = _day
    else:
        value = _money
    return st.none() | value if s.optional else value


_LINKS = ("id", "personal_id", "enrollment_id", "project_id", "household_id", "assessment_id")


@st.composite
def _record(draw, m, links: dict[str, str]):
    fields = {f: draw(_field_value(m.record_type, f)) for f in m.columns if f not in _LINKS}
    fields.update({k: v for k, v in links.items() if k in m.columns})
    return m.record_type(id=new_id(), **fields)


@st.composite
def _descriptor(draw, file: str, fixed: dict[str, str]) -> DescriptorRow:
    values: dict[str, Any] = {}
    for col in descriptors.columns(file):
        if col.name in fixed:
            values[col.name] = fixed[col.name]
        elif col.name == spec.FILES[file][0].name:
            values[col.name] = new_id()
        elif col.name in ("UserID",):
            values[col.name] = USER
        elif col.name == "DateDeleted":
            values[col.name] = None
        else:
            strategy = _column_value(file, col)
            values[col.name] = draw(strategy if col.required else st.none() | strategy)
    return DescriptorRow(file, values)


@st.composite
def _export_data(draw):
    rows = [
        draw(_descriptor("User", {"UserID": USER})),
        draw(_descriptor("Organization", {"OrganizationID": ORG})),
        draw(_descriptor("Project", {"ProjectID": PROJECT, "OrganizationID": ORG})),
    ]
    for file in descriptors.FILES[3:]:
        fixed = {"ProjectID": PROJECT, "ResProjectID": PROJECT}
        rows += draw(st.lists(_descriptor(file, fixed), max_size=2))
    by_kind = {m.record_type.KIND: m for m in MAPPINGS}
    records = []
    for _ in range(draw(st.integers(1, 2))):
        client = draw(_record(by_kind["client"], {}))
        enrollment = draw(
            _record(by_kind["enrollment"], {"personal_id": client.id, "project_id": PROJECT, "household_id": new_id()})
        )
        records += [client, enrollment]
        links = {"personal_id": client.id, "enrollment_id": enrollment.id}
        assessments = []
        for m in MAPPINGS:
            if m.record_type.KIND in ("client", "enrollment") or "assessment_id" in m.columns:
                continue
            count = draw(st.integers(0, 1 if m.file == "Exit" else 2))
            made = [draw(_record(m, links)) for _ in range(count)]
            records += made
            if m.file == "Assessment":
                assessments = made
        for m in MAPPINGS:
            if "assessment_id" in m.columns:
                for a in assessments:
                    records += draw(st.lists(_record(m, {**links, "assessment_id": a.id}), max_size=2))
    created, updated = draw(_moment), draw(_moment)
    return rows, [StoredRecord(r, created, updated, USER) for r in records]


def _export(rows, records) -> bytes:
    return build_export(INFO, organizations=[], projects=[], users=[], records=records, descriptors=rows)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_export_data())
def test_export_import_export_is_a_fixed_point(data):
    rows, records = data
    first = _export(rows, records)
    taken = read_export(first, today=TODAY)
    assert {(s.record.KIND, s.record.id) for s in taken.records} == {(s.record.KIND, s.record.id) for s in records}
    assert _export(taken.descriptors, taken.records) == first


def test_every_mapped_record_type_and_descriptor_file_is_drawn():
    drawn = {m.file for m in MAPPINGS} | set(descriptors.FILES) | {"Export"}
    assert drawn == set(spec.FILES)
