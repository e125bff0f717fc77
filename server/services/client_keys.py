"""The keys the duplicate search finds a client by: each a pair of facts from two different parts.

A part is one token of the first or last name (its phonetic keys), the birth date, or the SSN's
last four. Two people worth scoring share facts in at least two parts (sound-alike first and last
names, a name and the birth date, ...), so they share at least one pair key, and one indexed look-up
finds them. Why pairs and not single facts counted: a single key such as the sound of "John" is
held by thousands of people in a state, and counting them grew every push with the database;
pairs are held by few. Names are not told apart as first or last, so swapped names still meet.
A key is a short digest of its pair: fixed length, and no readable name code in the index.
"""

from __future__ import annotations

import hashlib
from itertools import combinations

from app.domain.matching import name_keys, normalize_name


def client_keys(body: dict) -> set[str]:
    """Every pair of facts from two different parts of this client's body."""
    parts = [
        frozenset(name_keys(token))
        for field in ("first_name", "last_name")
        for token in normalize_name(body.get(field)).split()
    ]
    if body.get("dob"):
        parts.append(frozenset({"dob:" + body["dob"]}))
    ssn = body.get("ssn") or ""
    if len(ssn) == 9 and ssn[5:].isdigit():
        parts.append(frozenset({"ssn4:" + ssn[5:]}))
    return {
        _pair(a, b) for one, other in combinations([p for p in parts if p], 2) for a in one for b in other if a != b
    }


def _pair(a: str, b: str) -> str:
    low, high = sorted((a, b))
    return "p:" + hashlib.blake2b(f"{low}\x1f{high}".encode(), digest_size=12).hexdigest()
