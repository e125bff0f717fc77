"""Social Security number shape and the SSA/HUD patterns that cannot be real.

HUD's data quality rules (APR/CAPER Q6a) count an SSN as a data issue when it
is not nine digits or breaks the SSA's issuing rules; intake refuses those when
the worker says the SSN is complete, so typos are caught while the client is
still at the desk. A partial SSN keeps its unknown digits as 'x'.
"""

from __future__ import annotations

import re

_FULL_RE = re.compile(r"\d{9}")
_PARTIAL_RE = re.compile(r"[0-9xX]{9}")

#: Numbers that pass the digit rules but are known not to be anyone's
#: (sequences, and the SSA's published advertising numbers).
_KNOWN_INVALID = frozenset({"123456789", "234567890", "012345678", "078051120", "219099999"})

#: Why an SSN cannot be real -> plain words for the worker.
SSN_RULES: dict[str, str] = {
    "ssn_shape": "SSN must be exactly 9 digits.",
    "ssn_area": "SSN cannot start with 000, 666 or any number from 900 to 999.",
    "ssn_group": "The middle two digits of an SSN cannot be 00.",
    "ssn_serial": "The last four digits of an SSN cannot be 0000.",
    "ssn_repeated": "SSN cannot be the same digit repeated.",
    "ssn_known_invalid": "SSN is a sequence or a sample number that is never issued.",
}


def normalize_ssn(text: str | None) -> str | None:
    """Strip spaces and dashes a worker may type ('123-45-6789' -> '123456789').

    Unknown digits typed as 'x' are kept (lower-cased). Returns None for empty input.
    """
    if text is None:
        return None
    cleaned = re.sub(r"[\s\-]", "", text).lower()
    return cleaned or None


def ssn_problem(ssn: str) -> str | None:
    """The rule a full SSN breaks (a key of SSN_RULES), or None when it could be real."""
    if not _FULL_RE.fullmatch(ssn):
        return "ssn_shape"
    area, group, serial = ssn[:3], ssn[3:5], ssn[5:]
    if area in ("000", "666") or area[0] == "9":
        return "ssn_area"
    if group == "00":
        return "ssn_group"
    if serial == "0000":
        return "ssn_serial"
    if len(set(ssn)) == 1:
        return "ssn_repeated"
    if ssn in _KNOWN_INVALID:
        return "ssn_known_invalid"
    return None


def is_valid_ssn(ssn: str | None) -> bool:
    """True for a complete SSN that the SSA could have issued."""
    return isinstance(ssn, str) and ssn_problem(ssn) is None


def is_partial_ssn(ssn: str | None) -> bool:
    """True for 9 characters of digits and 'x' with at least one digit and one 'x'."""
    if not isinstance(ssn, str) or not _PARTIAL_RE.fullmatch(ssn):
        return False
    lowered = ssn.lower()
    return "x" in lowered and any(c.isdigit() for c in lowered)


def known_digits(ssn: str | None) -> str | None:
    """The SSN with unknown digits as 'x' (lower case), or None if it has no usable shape."""
    if not isinstance(ssn, str) or not _PARTIAL_RE.fullmatch(ssn):
        return None
    return ssn.lower()
