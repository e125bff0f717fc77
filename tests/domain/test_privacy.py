"""No personal data in error messages: plant values and look for them in str(error)."""

from datetime import date

import pytest

from app.domain.client import Client
from app.domain.enrollment_rules import validate_enrollment
from app.domain.errors import ValidationError
from app.domain.household import validate_household

from . import factories as f

NAME = "Zebulonia"
SURNAME = "Quetzalcoatlova"
SSN = "987123457"  # invalid area; the rule text names 900-999, never these digits
DOB = date(2031, 7, 29)


def _all_text(err: ValidationError) -> str:
    return str(err) + repr(err) + " ".join(e.message + e.field + e.code for e in err.errors)


def _assert_clean(err: ValidationError):
    text = _all_text(err)
    for secret in (NAME, SURNAME, SSN, SSN[:3], SSN[-4:], "2031", "07-29", "7/29"):
        assert secret not in text, secret


def test_validate_does_not_echo_values():
    bad = f.client(first_name=NAME * 3, last_name=SURNAME * 4, ssn=SSN, dob=DOB, name_data_quality=99, alias=NAME * 10)
    with pytest.raises(ValidationError) as info:
        bad.validate(today=date(2025, 6, 1))
    assert len(info.value.errors) >= 4
    _assert_clean(info.value)


@pytest.mark.parametrize("ssn", [SSN, "000123457", "123007891", "123450000", "999999999", "12345"])
def test_every_ssn_rule_message_is_clean(ssn):
    with pytest.raises(ValidationError) as info:
        f.client(ssn=ssn).validate(today=date(2025, 6, 1))
    text = _all_text(info.value)
    assert ssn not in text
    if len(ssn) == 9:  # the rule may name a forbidden block (000, 00, 0000) but never the rest
        assert ssn[3:] not in text and ssn[:5] not in text


def test_from_dict_does_not_echo_values():
    data = f.client().to_dict() | {"first_name": 12, "dob": f"{NAME}-{SSN}", "ssn": 987123457, "last_name": [SURNAME]}
    with pytest.raises(ValidationError) as info:
        Client.from_dict(data)
    _assert_clean(info.value)


def test_cross_record_messages_are_clean():
    c = f.client(first_name=NAME, last_name=SURNAME, dob=date(2025, 1, 20))
    with pytest.raises(ValidationError) as info:
        validate_enrollment(f.enrollment(), c)
    assert NAME not in str(info.value) and "2025-01-20" not in str(info.value)
    with pytest.raises(ValidationError) as info:
        validate_household([f.enrollment(relationship_to_hoh=2)])
    _assert_clean(info.value)
