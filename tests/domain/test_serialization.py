"""to_dict / from_dict: JSON-safe, strict, and a lossless round trip."""

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.client import Client
from app.domain.enrollment import Enrollment
from app.domain.errors import ValidationError
from app.domain.registry import RECORD_TYPES
from app.domain.service import Service

from . import factories as f

_BASE = {
    str: st.text(max_size=30),
    int: st.integers(min_value=-(2**31), max_value=2**31),
    bool: st.booleans(),
    date: st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    Decimal: st.decimals(
        min_value=Decimal("-999999999.99"),
        max_value=Decimal("999999999.99"),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    ),
}


def records_of(cls):
    fields = {}
    for s in cls._specs():
        strat = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32) if s.name == "id" else _BASE[s.base]
        fields[s.name] = st.one_of(st.none(), strat) if s.optional else strat
    return st.builds(cls, **fields)


@pytest.mark.parametrize("cls", RECORD_TYPES.values(), ids=lambda c: c.KIND)
def test_round_trip_property(cls):
    @settings(max_examples=60, deadline=None)
    @given(records_of(cls))
    def check(record):
        data = record.to_dict()
        again = cls.from_dict(json.loads(json.dumps(data)))
        assert again == record
        assert again.to_dict() == data

    check()


@pytest.mark.parametrize("kind", RECORD_TYPES)
def test_factory_records_round_trip_and_include_id(kind):
    record = f.FACTORIES[kind]()
    data = record.to_dict()
    assert data["id"] == record.id
    assert set(data) == set(type(record).field_names())
    assert type(record).from_dict(data) == record


def test_dates_and_money_are_strings():
    data = f.income().to_dict()
    assert data["information_date"] == "2025-01-10"
    assert data["ssi_amount"] == "943.00"
    json.dumps(data)  # no TypeError


def test_unknown_key_refused():
    data = f.client().to_dict() | {"favourite_colour": "blue"}
    with pytest.raises(ValidationError) as info:
        Client.from_dict(data)
    assert info.value.errors[0].field == "favourite_colour"
    assert info.value.errors[0].code == "unknown_field"


@pytest.mark.parametrize(
    "field,value",
    [
        ("dob", "17/05/1980"),
        ("dob", "1980-02-30"),
        ("dob", 19800517),
        ("veteran_status", "1"),
        ("veteran_status", True),
        ("veteran_status", 1.0),
        ("first_name", 5),
        ("name_data_quality", None),  # required field cannot be null
    ],
)
def test_wrong_types_refused(field, value):
    data = f.client().to_dict() | {field: value}
    with pytest.raises(ValidationError) as info:
        Client.from_dict(data)
    assert info.value.errors[0].field == field


@pytest.mark.parametrize("value", [1.5, "1e3", "12.345", True, "abc"])
def test_money_refuses_floats_and_odd_strings(value):
    data = f.service(record_type=152, type_provided=1).to_dict() | {"fa_amount": value}
    with pytest.raises(ValidationError):
        Service.from_dict(data)


def test_money_accepts_whole_numbers():
    data = f.service(record_type=152, type_provided=1).to_dict() | {"fa_amount": 250}
    assert Service.from_dict(data).fa_amount == Decimal(250)


def test_bool_field_strict():
    from app.domain.consent import Consent

    data = f.consent().to_dict() | {"granted": 1}
    with pytest.raises(ValidationError):
        Consent.from_dict(data)


def test_missing_required_key_refused_and_defaults_filled():
    data = f.enrollment().to_dict()
    del data["entry_date"]
    with pytest.raises(ValidationError) as info:
        RECORD_TYPES["enrollment"].from_dict(data)
    assert ("entry_date", "required") in {(e.field, e.code) for e in info.value.errors}
    minimal = {"personal_id": "c" * 32, "project_id": "a" * 32, "entry_date": "2025-01-01", "relationship_to_hoh": 1}
    e = RECORD_TYPES["enrollment"].from_dict(minimal)
    assert isinstance(e, Enrollment)
    assert e.disabling_condition == 99 and len(e.id) == 32


def test_not_a_mapping_refused():
    with pytest.raises(ValidationError):
        Client.from_dict(["id"])  # type: ignore[arg-type]


def test_odd_unknown_key_not_echoed():
    with pytest.raises(ValidationError) as info:
        Client.from_dict({"Maria Garcia 1980-05-17": 1})
    assert "Maria" not in str(info.value)


def test_registry_contract():
    assert set(RECORD_TYPES) == {
        "client",
        "enrollment",
        "exit",
        "income_benefits",
        "disability",
        "health_and_dv",
        "current_living_situation",
        "service",
        "consent",
        "employment_education",
        "youth_education_status",
        "assessment",
        "assessment_question",
        "assessment_result",
        "event",
    }
    for kind, cls in RECORD_TYPES.items():
        assert kind == cls.KIND
        for parent in cls.PARENTS:
            assert parent in cls.field_names()
    assert RECORD_TYPES["exit"].PARENTS == ("enrollment_id", "personal_id")
    assert RECORD_TYPES["enrollment"].PARENTS == ("personal_id",)
    assert RECORD_TYPES["disability"].CSV_FILE == "Disabilities"
    assert RECORD_TYPES["assessment_question"].PARENTS == ("enrollment_id", "personal_id", "assessment_id")
    assert RECORD_TYPES["assessment_result"].CSV_FILE == "AssessmentResults"


def test_records_are_frozen():
    import dataclasses

    c = f.client()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.first_name = "x"  # type: ignore[misc]
    assert dataclasses.replace(c, first_name="Ana").first_name == "Ana"
