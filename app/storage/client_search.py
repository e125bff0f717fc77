"""Local client search: type-ahead over names, DOB and SSN fragments, and the duplicate check.

Why here and not on the server: an outreach worker offline for days still has to find the person
in front of them, and an intake must not create a second record for someone already known.
Candidates come from indexes (FTS5 name prefixes, phonetic keys, DOB, SSN); only a few hundred
are scored, so a search stays fast on a device holding 100,000 clients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import jellyfish
import sqlcipher3

from app.domain.client import Client
from app.domain.dates import parse_typed
from app.domain.matching import Identity, identity_of, match_score, name_keys, normalize_name

_CANDIDATES = 150  # rows fetched per index lookup before scoring
_ENOUGH = 25  # a page of results: exact prefixes finding this many need no looser matching
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y")


@dataclass(frozen=True)
class Hit:
    """One search result: enough to show in a list without opening the record."""

    client_id: str
    score: float
    first_name: str | None
    last_name: str | None
    alias: str | None
    dob: str | None
    ssn_last4: str | None


@dataclass(frozen=True)
class Query:
    names: tuple[str, ...]
    dob: str | None
    ssn: str | None
    ssn_last4: str | None


def parse(text: str) -> Query:
    """Split what was typed into name words, a date of birth and SSN digits."""
    names: list[str] = []
    dob = ssn = last4 = None
    for token in text.split():
        stripped = token.strip(",;")
        parsed = _as_date(stripped)
        digits = re.sub(r"[\s-]", "", stripped)
        if parsed:
            dob = parsed
        elif digits.isdigit() and len(digits) == 9:
            ssn, last4 = digits, digits[5:]
        elif digits.isdigit() and len(digits) == 4:
            last4 = digits
        else:
            names.extend(w for w in normalize_name(stripped).split() if w)
    return Query(tuple(names), dob, ssn, last4)


def _as_date(token: str) -> str | None:
    day = parse_typed(token, _DATE_FORMATS)
    return day.isoformat() if day else None


def _ssn_parts(ssn: str | None) -> tuple[str | None, str | None]:
    """The full SSN when all nine digits are known, and the last four when those are."""
    if not ssn or len(ssn) != 9:
        return None, None
    return (ssn if ssn.isdigit() else None), (ssn[5:] if ssn[5:].isdigit() else None)


def _names_text(client: Client) -> str:
    parts = (client.first_name, getattr(client, "middle_name", None), client.last_name, getattr(client, "alias", None))
    return " ".join(normalize_name(p) for p in parts if p)


def index(conn: sqlcipher3.Connection, client: Client) -> None:
    """(Re)index one client; call in the transaction that saved it."""
    unindex(conn, client.id)
    ssn, last4 = _ssn_parts(client.ssn)
    dob = client.dob.isoformat() if isinstance(client.dob, date) else None
    cur = conn.execute(
        "INSERT INTO client_search (client_id, first_name, last_name, alias, dob, ssn_last4, ssn)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (client.id, client.first_name, client.last_name, getattr(client, "alias", None), dob, last4, ssn),
    )
    rowid = cur.lastrowid
    text = _names_text(client)
    if text:
        conn.execute("INSERT INTO client_name_fts (rowid, names) VALUES (?, ?)", (rowid, text))
    keys = set()
    for word in text.split():
        keys |= name_keys(word)
    conn.executemany(
        "INSERT OR IGNORE INTO client_name_key (key, client_rowid) VALUES (?, ?)", [(k, rowid) for k in keys]
    )


def unindex(conn: sqlcipher3.Connection, client_id: str) -> None:
    row = conn.execute("SELECT rowid FROM client_search WHERE client_id = ?", (client_id,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM client_name_fts WHERE rowid = ?", (row[0],))
    conn.execute("DELETE FROM client_name_key WHERE client_rowid = ?", (row[0],))
    conn.execute("DELETE FROM client_search WHERE rowid = ?", (row[0],))


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def _candidates(conn: sqlcipher3.Connection, q: Query) -> set[int]:
    """Row ids worth scoring. Exact name prefixes first; only when those find few people are
    looser matches (any one word, then sound-alike words) added, so a common name stays fast."""
    found: set[int] = set()
    if q.names:
        terms = [_fts_phrase(w) for w in q.names[:-1]] + [_fts_phrase(q.names[-1]) + "*"]
        found |= _fts(conn, " AND ".join(terms))
        if len(found) < _ENOUGH:
            if len(terms) > 1:
                found |= _fts(conn, " OR ".join(terms))
            found |= _sound_alike(conn, [w for w in q.names if len(w) > 1])
    for column, value in (("dob", q.dob), ("ssn", q.ssn), ("ssn_last4", q.ssn_last4)):
        if value:
            rows = conn.execute(
                f"SELECT rowid FROM client_search WHERE {column} = ? LIMIT ?",  # noqa: S608 (column names and placeholders only; values are bound)
                (value, _CANDIDATES),
            ).fetchall()
            found.update(r[0] for r in rows)
    return found


def _sound_alike(conn: sqlcipher3.Connection, words: list[str]) -> set[int]:
    """People whose names sound like the typed words: like two of them when more than one was
    typed (driven from the last word, probing each person's few keys), else like any one."""
    if not words:
        return set()
    last = sorted(_keys(words[-1]))
    others = sorted(set().union(*(_keys(w) for w in words[:-1])))
    found: set[int] = set()
    if last and others:
        rows = conn.execute(
            f"SELECT a.client_rowid FROM client_name_key a WHERE a.key IN ({','.join('?' * len(last))})"  # noqa: S608 (column names and placeholders only; values are bound)
            f" AND EXISTS (SELECT 1 FROM client_name_key b WHERE b.client_rowid = a.client_rowid"
            f" AND b.key IN ({','.join('?' * len(others))})) LIMIT ?",
            (*last, *others, _CANDIDATES),
        ).fetchall()
        found.update(r[0] for r in rows)
    if len(found) < _ENOUGH:
        for word in words:
            keys = sorted(_keys(word))
            rows = (
                conn.execute(
                    f"SELECT client_rowid FROM client_name_key WHERE key IN ({','.join('?' * len(keys))}) LIMIT ?",  # noqa: S608 (column names and placeholders only; values are bound)
                    (*keys, _CANDIDATES // len(words)),
                ).fetchall()
                if keys
                else []
            )
            found.update(r[0] for r in rows)
    return found


def _fts(conn: sqlcipher3.Connection, match: str) -> set[int]:
    rows = conn.execute(
        "SELECT rowid FROM client_name_fts WHERE client_name_fts MATCH ? LIMIT ?", (match, _CANDIDATES)
    ).fetchall()
    return {r[0] for r in rows}


@lru_cache(maxsize=65536)
def _keys(word: str) -> frozenset[str]:
    return frozenset(name_keys(word))


def _word_score(typed: str, words: list[str], last: bool) -> float:
    best = 0.0
    typed_keys = _keys(typed)
    for word in words:
        if typed == word or (last and word.startswith(typed)):
            return 1.0
        best = max(best, jellyfish.jaro_winkler_similarity(typed, word))
        if typed_keys & _keys(word):
            best = max(best, 0.9)
    return best


def _score(q: Query, row: tuple[Any, ...]) -> float:
    _, _, first, last, alias, dob, last4, ssn = row
    words = normalize_name(" ".join(p for p in (first, last, alias) if p)).split()
    parts, weights = [], []
    for i, typed in enumerate(q.names):
        parts.append(_word_score(typed, words, i == len(q.names) - 1))
        weights.append(1.0)
    for wanted, have, weight in (
        (q.dob, dob, 1.5),
        (q.ssn, ssn, 2.0),
        (q.ssn_last4 if not q.ssn else None, last4, 1.0),
    ):
        if wanted:
            parts.append(1.0 if wanted == have else 0.0)
            weights.append(weight)
    return sum(p * w for p, w in zip(parts, weights)) / sum(weights) if weights else 0.0


def _rows(conn: sqlcipher3.Connection, rowids: set[int]) -> list[tuple[Any, ...]]:
    ids = list(rowids)
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out.extend(
            conn.execute(
                "SELECT rowid, client_id, first_name, last_name, alias, dob, ssn_last4, ssn FROM client_search"  # noqa: S608 (column names and placeholders only; values are bound)
                f" WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return out


def search(conn: sqlcipher3.Connection, text: str, *, limit: int = 25, min_score: float = 0.6) -> list[Hit]:
    """Clients matching what was typed, best first."""
    q = parse(text)
    if not (q.names or q.dob or q.ssn or q.ssn_last4):
        return []
    scored = [(_score(q, row), row) for row in _rows(conn, _candidates(conn, q))]
    scored = [(s, r) for s, r in scored if s >= min_score]
    scored.sort(key=lambda pair: (-pair[0], pair[1][3] or "", pair[1][2] or ""))
    return [Hit(r[1], round(s, 4), r[2], r[3], r[4], r[5], r[6]) for s, r in scored[:limit]]


def possible_duplicates(
    conn: sqlcipher3.Connection, client: Client, *, limit: int = 10, threshold: float = 0.75
) -> list[tuple[str, float]]:
    """Known clients who may be this person (the check before a new client is created)."""
    probe = identity_of(client)
    ssn, last4 = _ssn_parts(client.ssn)
    q = Query(
        tuple(normalize_name(" ".join(p for p in (client.first_name, client.last_name) if p)).split()),
        client.dob.isoformat() if isinstance(client.dob, date) else None,
        ssn,
        last4,
    )
    out = []
    for row in _rows(conn, _candidates(conn, q)):
        if row[1] == client.id:
            continue
        other = Identity(
            id=row[1],
            first_name=row[2],
            last_name=row[3],
            dob=date.fromisoformat(row[5]) if row[5] else None,
            ssn=row[7],
            alias=row[4],
        )
        score = match_score(probe, other)
        if score >= threshold:
            out.append((row[1], score))
    out.sort(key=lambda pair: -pair[1])
    return out[:limit]
