import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import FieldError, ValidationError
from app.domain.ids import is_valid_id, new_id


def test_new_id_is_32_lowercase_hex_and_unique():
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


@pytest.mark.parametrize(
    "value,ok",
    [
        ("0123456789abcdef0123456789abcdef", True),
        ("0123456789ABCDEF0123456789ABCDEF", False),  # upper case
        ("0123456789abcdef0123456789abcde", False),  # 31 chars
        ("0123456789abcdef-123456789abcdef", False),
        ("01234567-89ab-cdef-0123-456789abcdef", False),  # dashed uuid form
        (None, False),
        (12345, False),
    ],
)
def test_is_valid_id(value, ok):
    assert is_valid_id(value) is ok


@given(st.text(alphabet="0123456789abcdefABCDEF-g\u0660\uff10 \n", min_size=30, max_size=34) | st.text())
def test_is_valid_id_is_the_pattern(value):
    assert is_valid_id(value) is (re.fullmatch(r"[0-9a-f]{32}", value) is not None)


def test_validation_error_lists_every_field_and_message():
    err = ValidationError(
        [
            FieldError("dob", "future", "Date of birth cannot be in the future."),
            FieldError("ssn", "ssn_area", "SSN cannot start with 000."),
        ]
    )
    assert isinstance(err, ValueError)
    assert str(err) == "dob: Date of birth cannot be in the future.; ssn: SSN cannot start with 000."
    assert err.fields() == {"dob", "ssn"}
    assert err.codes() == {"future", "ssn_area"}


def test_validation_error_needs_an_error():
    with pytest.raises(ValueError):
        ValidationError([])
