"""Duplicate client matching, used by local search at intake and by the server.

People arrive without ID, spell their names differently from visit to visit,
swap first and last names, mix up day and month of birth or remember one digit
of their SSN wrong. The score combines evidence from names (Jaro-Winkler and
phonetic keys), date of birth and SSN into a number in [0, 1]; a value that is
missing on either side is left out rather than counted against the pair, with
only a small discount for having less evidence.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import jellyfish

from .client import Client
from .ssn import known_digits, ssn_problem

# weights of the evidence; names split between first and last
_W_FIRST, _W_LAST, _W_DOB, _W_SSN = 0.20, 0.25, 0.30, 0.25
_W_ALL = _W_FIRST + _W_LAST + _W_DOB + _W_SSN
_SWAP_DISCOUNT = 0.95
_PHONETIC_MATCH = 0.90


@dataclass(frozen=True)
class Identity:
    """The identifying facts about a client that matching looks at."""

    id: str
    first_name: str | None
    last_name: str | None
    dob: date | None
    ssn: str | None
    middle_name: str | None = None
    alias: str | None = None


def identity_of(client: Client) -> Identity:
    """The Identity of a Client record."""
    return Identity(
        id=client.id,
        first_name=client.first_name,
        last_name=client.last_name,
        dob=client.dob,
        ssn=client.ssn,
        middle_name=client.middle_name,
        alias=client.alias,
    )


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=131072)
def normalize_name(s: str | None) -> str:
    """Fold case, accents and punctuation: "  José  O'Brien-Núñez " -> "jose obrien nunez"."""
    if not s:
        return ""
    decomposed = unicodedata.normalize("NFKD", s)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    stripped = stripped.replace("'", "").replace("\u2019", "").replace("ß", "ss")
    return _NON_ALNUM.sub(" ", stripped).strip()


@lru_cache(maxsize=131072)
def _token_keys(token: str) -> frozenset[str]:
    keys = set()
    m = jellyfish.metaphone(token)
    if m:
        keys.add("m:" + m)
    n = jellyfish.nysiis(token)
    if n:
        keys.add("n:" + n)
    return frozenset(keys)


def name_keys(name: str | None) -> set[str]:
    """Phonetic keys (metaphone 'm:' and NYSIIS 'n:') of each token, for the search index.

    Two spellings that sound alike share at least one key, so storage can look
    candidates up by key before scoring them.
    """
    keys: set[str] = set()
    for token in normalize_name(name).split():
        keys |= _token_keys(token)
    return keys


@dataclass(frozen=True)
class _Name:
    text: str
    tokens: tuple[str, ...]
    keys: frozenset[str]


@lru_cache(maxsize=131072)
def _name(raw: str | None) -> _Name | None:
    text = normalize_name(raw)
    if not text:
        return None
    tokens = tuple(text.split())
    keys: frozenset[str] = frozenset().union(*(_token_keys(t) for t in tokens))
    return _Name(text, tokens, keys)


def _name_sim(a: _Name | None, b: _Name | None) -> float | None:
    if a is None or b is None:
        return None
    if a.text == b.text:
        return 1.0
    best = jellyfish.jaro_winkler_similarity(a.text, b.text)
    if len(a.tokens) > 1 or len(b.tokens) > 1:  # "Garcia Lopez" vs "Garcia"
        for x in a.tokens:
            for y in b.tokens:
                best = max(best, _SWAP_DISCOUNT * jellyfish.jaro_winkler_similarity(x, y))
    if best < _PHONETIC_MATCH and a.keys & b.keys:
        best = _PHONETIC_MATCH
    return best


def _best(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _dob_sim(a: date | None, b: date | None) -> float | None:
    if a is None or b is None:
        return None
    if a == b:
        return 1.0
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return 0.85  # day and month swapped
    if (a.month, a.day) == (b.month, b.day):
        if abs(a.year - b.year) == 1:
            return 0.75
        if sorted(str(a.year)) == sorted(str(b.year)) or _one_digit_off(str(a.year), str(b.year)):
            return 0.6  # 1985 / 1958, 1985 / 1986 typed wrong
        return 0.0
    if a.year == b.year and (a.month == b.month or a.day == b.day):
        if _one_digit_off(f"{a.month:02d}{a.day:02d}", f"{b.month:02d}{b.day:02d}"):
            return 0.65
        return 0.3
    return 0.0


def _one_digit_off(x: str, y: str) -> bool:
    return len(x) == len(y) and sum(c != d for c, d in zip(x, y)) == 1


def _usable_ssn(ssn: str | None) -> str | None:
    digits = known_digits(ssn)
    if digits is None:
        return None
    if "x" not in digits and ssn_problem(digits):
        return None  # placeholders such as 000000000 or 999999999 are not evidence
    return digits if sum(c.isdigit() for c in digits) >= 4 else None


def _ssn_sim(a: str | None, b: str | None) -> float | None:
    a, b = _usable_ssn(a), _usable_ssn(b)
    if a is None or b is None:
        return None
    pairs = [(x, y) for x, y in zip(a, b) if x != "x" and y != "x"]
    if len(pairs) < 4:
        return None
    mismatches = sum(x != y for x, y in pairs)
    full = len(pairs) == 9
    if mismatches == 0:
        return 1.0 if full else 0.85
    if full and mismatches == 2:
        diff = [i for i in range(9) if a[i] != b[i]]
        if diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return 0.85  # two neighbouring digits swapped
    if mismatches == 1:
        return 0.8 if full else 0.6
    if a[5:] == b[5:] and "x" not in a[5:]:
        return 0.4  # same last four, rest differs
    return 0.0


def match_score(a: Identity, b: Identity) -> float:
    """How likely *a* and *b* are the same person, from 0 (no) to 1 (same facts).

    First and last names are compared as given and swapped (slightly
    discounted), against middle names and aliases too; DOB allows a day/month
    swap, a year off by one and single-digit slips; SSN allows one wrong digit,
    two swapped digits, partial SSNs with unknown digits and last-four matches.
    """
    fa, la, fb, lb = _name(a.first_name), _name(a.last_name), _name(b.first_name), _name(b.last_name)
    ala, alb, ma, mb = _name(a.alias), _name(b.alias), _name(a.middle_name), _name(b.middle_name)
    first_direct = _best(
        _name_sim(fa, fb),
        _name_sim(ala, fb),
        _name_sim(fa, alb),
        _name_sim(ala, alb),
        _name_sim(ma, fb),
        _name_sim(fa, mb),
    )
    last_direct = _name_sim(la, lb)
    swapped_first = _name_sim(fa, lb)
    swapped_last = _name_sim(la, fb)
    direct = _weighted(((first_direct, _W_FIRST), (last_direct, _W_LAST)))
    swapped = _weighted(((swapped_first, _W_FIRST), (swapped_last, _W_LAST)))
    use_swapped = swapped is not None and (direct is None or swapped[0] * _SWAP_DISCOUNT > direct[0])
    parts: list[tuple[float, float]] = []
    if use_swapped:
        assert swapped is not None
        parts.append((swapped[0] * _SWAP_DISCOUNT, swapped[1]))
    elif direct is not None:
        parts.append(direct)
    dob = _dob_sim(a.dob, b.dob)
    if dob is not None:
        parts.append((dob, _W_DOB))
    ssn = _ssn_sim(a.ssn, b.ssn)
    if ssn is not None:
        parts.append((ssn, _W_SSN))
    if not parts:
        return 0.0
    weight = sum(w for _, w in parts)
    base = sum(s * w for s, w in parts) / weight
    coverage = weight / _W_ALL
    return max(0.0, min(1.0, base * (0.85 + 0.15 * coverage)))


def _weighted(items: Iterable[tuple[float | None, float]]) -> tuple[float, float] | None:
    present = [(s, w) for s, w in items if s is not None]
    if not present:
        return None
    weight = sum(w for _, w in present)
    return sum(s * w for s, w in present) / weight, weight


def rank_candidates(
    probe: Identity, pool: Iterable[Identity], *, limit: int = 10, threshold: float = 0.0
) -> list[tuple[Identity, float]]:
    """The best *limit* matches for *probe* in *pool*, best first.

    Candidates scoring below *threshold* are dropped, and so is the probe itself
    (same id). Ties are broken by id so the order is stable.
    """
    scored = ((match_score(probe, c), c) for c in pool if c.id != probe.id)
    kept = ((s, c) for s, c in scored if s >= threshold)
    best = heapq.nsmallest(limit, kept, key=lambda sc: (-sc[0], sc[1].id)) if limit > 0 else []
    return [(c, s) for s, c in best]
