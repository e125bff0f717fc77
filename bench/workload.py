"""The shared workload of the storage benchmarks: household intakes and search queries.

Why one module: the plain-SQLite versus vault comparison is only fair if both run exactly the
same operations.
"""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain import codes
from app.domain.client import Client
from app.domain.disability import Disability
from app.domain.enrollment import Enrollment
from app.domain.ids import new_id
from app.domain.income_benefits import IncomeBenefits
from app.storage import migrations
from app.storage.connection import CACHE_KIB
from app.storage.intake import Member
from app.storage.vault import Vault
from bench.synthetic import typo

TODAY = date(2026, 11, 26)
PROJECT_ID = "0" * 31 + "1"


def member(client: Client, household_id: str, relationship: int, entry: date) -> Member:
    """One person's full intake: enrollment, income and benefits, and the six disability answers."""
    if client.dob and client.dob > entry:
        client = replace(client, dob=entry - timedelta(days=365))
    enrollment = Enrollment(
        personal_id=client.id,
        project_id=PROJECT_ID,
        household_id=household_id,
        entry_date=entry,
        relationship_to_hoh=relationship,
        enrollment_coc="CT-505",
        living_situation=116,
        disabling_condition=0,
    )
    link: dict[str, Any] = dict(
        enrollment_id=enrollment.id, personal_id=client.id, information_date=entry, data_collection_stage=1
    )
    income = IncomeBenefits(
        **link,
        income_from_any_source=1,
        total_monthly_income=Decimal("843.00"),
        earned=1,
        earned_amount=Decimal("843.00"),
        benefits_from_any_source=0,
        insurance_from_any_source=0,
    )
    disabilities = tuple(
        Disability(**link, disability_type=t, disability_response=0) for t in sorted(codes.DISABILITY_TYPE)
    )
    return Member(client, enrollment, (income, *disabilities))


def household(clients: list[Client], rng: random.Random) -> list[Member]:
    household_id = new_id()
    entry = TODAY - timedelta(days=rng.randint(0, 30))  # a household arrives together
    return [member(c, household_id, codes.HEAD_OF_HOUSEHOLD if i == 0 else 2, entry) for i, c in enumerate(clients)]


def queries(clients: list[Client], n: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """What intake staff type (a surname prefix, a full name, a misspelling, a DOB, SSN digits),
    each with the client it was typed to find."""
    out: list[tuple[str, str, int]] = []
    while len(out) < n:
        c = rng.choice(clients)
        kind = rng.randrange(6)
        if kind == 0 and c.last_name:
            text = c.last_name[: rng.randint(3, 5)]
        elif kind == 1 and c.first_name and c.last_name:
            text = f"{c.first_name} {c.last_name}"
        elif kind == 2 and c.last_name and c.first_name:
            text = f"{c.first_name} {typo(c.last_name, rng)}"
        elif kind == 3 and c.dob:
            text = c.dob.strftime("%m/%d/%Y")
        elif kind == 4 and c.ssn and c.ssn[5:].isdigit():
            text = c.ssn[5:]
        elif c.last_name and c.dob:
            text = f"{c.last_name} {c.dob.isoformat()}"
        else:
            continue
        out.append((text, c.id, kind))
    return out


def plain_vault(folder: Path) -> Vault:
    """The same schema and code on an unencrypted database (same SQLite build), for comparison."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher3.connect(str(folder / "plain.db"), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # the vault's setting, so only encryption differs
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn)
    conn.execute("INSERT INTO meta (key, value) VALUES ('device_id', ?)", (new_id(),))
    return Vault(folder, conn, bytes(32), "bench-user")


@dataclass
class Stopwatch:
    samples: list[float]

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.samples.append(time.perf_counter() - self._start)


def is_plaintext(path: Path) -> bool:
    try:
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
