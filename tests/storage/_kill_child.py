"""Child process for test_kill_mid_transaction: writes clients, then is killed inside a transaction.

Run as: python _kill_child.py <profile> <mode>
  mode 'checkpointed': 100 clients committed and checkpointed, then an open transaction.
  mode 'wal':          80 committed and checkpointed, 20 more committed only to the WAL, then an
                       open transaction.
  mode 'spill':        like 'checkpointed', with a tiny page cache so the open transaction's
                       uncommitted pages are forced out into the WAL before the kill.
Prints READY (and flushes) while the transaction is open, then waits to be killed.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

COMMITTED = 100
UNCOMMITTED = 60
USER = "alice"
PASSWORD = "kill test password"


def _ssn(rng: random.Random, used: set[str]) -> str:
    while True:
        ssn = f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn not in used and len(set(ssn)) > 1 and ssn not in ("123456789", "234567890"):
            used.add(ssn)
            return ssn


def planted(count: int = COMMITTED + UNCOMMITTED, seed: int = 4242) -> list[dict]:
    """Unique, recognisable people: the first COMMITTED get committed, the rest never do."""
    rng = random.Random(seed)
    used: set[str] = set()
    people = []
    for i in range(count):
        first = "Qz" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(10))
        last = "Vx" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(10))
        people.append(
            {
                "first": first.title(),
                "last": last.title(),
                "alias": f"Nick{first[2:8]}",
                "ssn": _ssn(rng, used),
                "dob": date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
            }
        )
    return people


def _client(person: dict):
    from app.domain.client import Client

    return Client(
        first_name=person["first"],
        last_name=person["last"],
        alias=person["alias"],
        name_data_quality=1,
        ssn=person["ssn"],
        ssn_data_quality=1,
        dob=person["dob"],
        dob_data_quality=1,
    )


def main(profile: Path, mode: str) -> None:
    from app.storage.key_slots import KdfParams
    from app.storage.records import Records
    from app.storage.vault import Vault

    people = planted()
    vault = Vault.create(profile, USER, PASSWORD, kdf=KdfParams(memory_kib=8, iterations=1, lanes=1))
    records = Records(vault)
    first_batch = 80 if mode == "wal" else COMMITTED
    for person in people[:first_batch]:
        records.save(_client(person))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for person in people[first_batch:COMMITTED]:
        records.save(_client(person))
    if mode == "spill":
        vault.conn.execute("PRAGMA cache_size = 10")
    with vault.transaction():
        for person in people[COMMITTED:]:
            records.save(_client(person))
        sys.stdout.write("READY\n")
        sys.stdout.flush()
        sys.stdin.read()  # parent never writes; we are killed here
    sys.stdout.write("COMMITTED-UNEXPECTEDLY\n")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(Path(sys.argv[1]), sys.argv[2])
