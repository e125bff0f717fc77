"""Record identifiers.

Every record id is a UUID4 written as 32 lowercase hex characters, made on the
device: it fits the HMIS CSV id columns (string, at most 32 characters) and
needs no round trip to the server, so intake works offline.
"""

from __future__ import annotations

import uuid

_HEX = "0123456789abcdef"


def new_id() -> str:
    """Return a fresh random record id (uuid4, 32 lowercase hex characters)."""
    return uuid.uuid4().hex


def is_valid_id(s: object) -> bool:
    """True when *s* has the shape of one of our record ids.

    Only the shape is checked (32 lowercase hex), not the UUID version, so ids
    minted by the server with the same rule are accepted too.
    """
    return isinstance(s, str) and len(s) == 32 and not s.strip(_HEX)  # the pattern, without a regex per id
