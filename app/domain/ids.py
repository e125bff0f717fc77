"""Record identifiers.

Every record id is a UUID4 written as 32 lowercase hex characters, made on the
device: it fits the HMIS CSV id columns (string, at most 32 characters) and
needs no round trip to the server, so intake works offline.
"""

from __future__ import annotations

import re
import uuid

_ID_RE = re.compile(r"[0-9a-f]{32}")


def new_id() -> str:
    """Return a fresh random record id (uuid4, 32 lowercase hex characters)."""
    return uuid.uuid4().hex


def is_valid_id(s: object) -> bool:
    """True when *s* has the shape of one of our record ids.

    Only the shape is checked (32 lowercase hex), not the UUID version, so ids
    minted by the server with the same rule are accepted too.
    """
    return isinstance(s, str) and _ID_RE.fullmatch(s) is not None
