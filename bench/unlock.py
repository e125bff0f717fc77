"""Vault unlock time with the production Argon2id parameters (target 0.3 to 1.0 s)."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.storage.key_slots import DEFAULT_KDF
from app.storage.vault import Vault
from bench.report import emit, timings_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        Vault.create(profile, "bench-user", "bench password 0123").close()
        samples = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            vault = Vault.open(profile, "bench-user", "bench password 0123")
            samples.append(time.perf_counter() - start)
            vault.close()
    emit(
        "vault_unlock",
        kdf={"memory_kib": DEFAULT_KDF.memory_kib, "iterations": DEFAULT_KDF.iterations, "lanes": DEFAULT_KDF.lanes},
        **timings_ms(samples),
        target_s=[0.3, 1.0],
    )


if __name__ == "__main__":
    main()
