"""The wizard's save path for a household of four on a vault already holding 10,000 clients.

What is timed is what Ctrl+S on the review page runs (app.services.intake_flow.save_intake: every
member's rules, the household rules, then one transaction of 4 clients, 4 enrollments and their 28
entry assessments, with outbox and audit entries), plus the duplicate check run once per person on
leaving their page. The KDF is cheap: unlocking is not what is measured here.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from app.domain import codes
from app.services import intake_flow as flow
from app.storage.key_slots import KdfParams
from app.storage.vault import Vault
from bench.report import emit, timings_ms
from bench.search import load
from bench.synthetic import synthetic_clients
from bench.workload import TODAY, Stopwatch

PROJECT_ID = "0" * 31 + "1"
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def household_state(people, rng: random.Random) -> dict:
    """The wizard's state for one household, as its pages leave it before Save."""
    state = flow.new_state()
    state.update(project_id=PROJECT_ID, entry_date=TODAY - timedelta(days=rng.randint(0, 30)), page="review")
    state["members"] = []
    for i, person in enumerate(people):
        member = flow.new_member(head=i == 0)
        values = {f: getattr(person, f) for f in flow.CLIENT_FIELDS}
        if values["dob"] and values["dob"] > state["entry_date"]:
            values["dob"] = state["entry_date"] - timedelta(days=365)
        member.update(
            client_id=person.id,
            client=values,
            relationship=1 if i == 0 else 2,
            enrollment={"living_situation": 116, "disabling_condition": 0},
            income={
                "income_from_any_source": 1,
                "total_monthly_income": Decimal("843.00"),
                "earned": 1,
                "earned_amount": Decimal("843.00"),
                "benefits_from_any_source": 0,
                "insurance_from_any_source": 0,
            },
            disabilities={str(t): {"response": 0, "indefinite": None} for t in codes.DISABILITY_TYPE},
        )
        if i == 0:
            member["enrollment"]["enrollment_coc"] = "CT-505"
        state["members"].append(member)
    return state


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--household", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(5)
    known = synthetic_clients(args.clients, seed=11)
    arriving = synthetic_clients(args.rounds * args.household, seed=12)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-user", "bench password 0123", kdf=CHEAP_KDF)
        load(vault, known)
        saves: list[float] = []
        checks: list[float] = []
        for i in range(args.rounds):
            state = household_state(arriving[i * args.household : (i + 1) * args.household], rng)
            for member in state["members"]:
                with Stopwatch(checks):
                    flow.possible_duplicates(vault, flow.client_of(member))
            with Stopwatch(saves):
                flow.save_intake(vault, state, today=TODAY)
        vault.close()
    emit("ui_intake_save", clients=args.clients, household=args.household, **timings_ms(saves))
    emit("ui_intake_duplicate_check", clients=args.clients, **timings_ms(checks))


if __name__ == "__main__":
    main()
