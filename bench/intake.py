"""Saving a full household intake: p50/p95 on the vault and on plain SQLite, and their ratio.

One intake = client + enrollment + income and benefits + six disability answers, each with its
outbox and audit entries, in one transaction (target p95 < 15 ms on the vault).
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from app.storage.intake import save_household
from app.storage.key_slots import DEFAULT_KDF
from app.storage.records import Records
from app.storage.vault import Vault
from bench.report import emit, timings_ms
from bench.synthetic import synthetic_clients
from bench.workload import TODAY, Stopwatch, household, plain_vault


def run(vault: Vault, sizes: list[int], rounds: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    records = Records(vault, today=TODAY)
    people = synthetic_clients(rounds * max(sizes), seed=seed)
    samples: list[float] = []
    for i in range(rounds):
        size = sizes[i % len(sizes)]
        members = household(people[i * max(sizes) : i * max(sizes) + size], rng)
        with Stopwatch(samples):
            save_household(records, members)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=400)
    parser.add_argument("--household", type=int, nargs="+", default=[1])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-user", "bench password 0123", kdf=DEFAULT_KDF)
        plain = plain_vault(Path(tmp) / "plain")
        run(vault, args.household, 20, seed=99)  # warm up caches the same way for both
        run(plain, args.household, 20, seed=99)
        enc = timings_ms(run(vault, args.household, args.rounds, seed=1))
        raw = timings_ms(run(plain, args.household, args.rounds, seed=1))
        vault.close()
        plain.close()
    emit(
        "household_intake",
        members=args.household,
        vault=enc,
        plain=raw,
        ratio_p50=round(enc["p50_ms"] / raw["p50_ms"], 3),
        ratio_p95=round(enc["p95_ms"] / raw["p95_ms"], 3),
        target_p95_ms=15,
        target_ratio=1.3,
    )


if __name__ == "__main__":
    main()
