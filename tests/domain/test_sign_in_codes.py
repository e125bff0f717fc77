"""The code shapes the device refuses before any work and the server hashes: one rule for both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.sign_in_codes import looks_like_code, looks_like_setup_code, setup_digits


@pytest.mark.parametrize("code", ["123456", "000000"])
def test_six_ascii_digits_are_an_authenticator_code(code):
    assert looks_like_code(code)


# full-width and Arabic-Indic digits: str.isdigit() says yes to them, the code shapes must not
@pytest.mark.parametrize(
    "code",
    [
        "",
        "12345",
        "1234567",
        "12345a",
        "12 345",
        "\uff11\uff12\uff13\uff14\uff15\uff16",
        "\u0661\u0662\u0663\u0664\u0665\u0666",
    ],
)
def test_anything_else_is_not_an_authenticator_code(code):
    assert not looks_like_code(code)


@pytest.mark.parametrize("typed", ["123456789012", "1234 5678 9012", "1234-5678-9012", " 1234 5678 9012 "])
def test_a_set_up_code_may_be_typed_in_groups(typed):
    assert setup_digits(typed) == "123456789012" and looks_like_setup_code(typed)


@pytest.mark.parametrize("typed", [None, "", "12345678901", "1234567890123", "1234 5678 901x", "\uff11" * 12])
def test_what_cannot_be_a_set_up_code_is_none(typed):
    assert setup_digits(typed) is None


@given(st.text(max_size=20))
def test_a_set_up_code_is_never_an_authenticator_code(text):
    assert not (looks_like_code(text) and looks_like_setup_code(text))
