"""Seeded synthetic clients for tests and benchmarks -- no real person's data.

Names are drawn from common US first and last names (including many Hispanic,
African American, Asian and Portuguese/Cape Verdean names seen in Connecticut),
SSNs follow the SSA issuing rules, DOBs fall between 1940 and 2024, and a few
clients answer "doesn't know" or "prefers not to answer", as in real intake.

Run ``python -m bench.synthetic`` to print how long ranking 10,000 clients takes.
"""

from __future__ import annotations

import json
import random
import string
import time
from datetime import date, timedelta
from typing import Any

from app.domain.client import Client
from app.domain.ids import new_id
from app.domain.ssn import is_valid_ssn

FIRST_NAMES = (
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Nancy",
    "Daniel",
    "Lisa",
    "Matthew",
    "Betty",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Jose",
    "Maria",
    "Luis",
    "Carmen",
    "Carlos",
    "Rosa",
    "Juan",
    "Ana",
    "Miguel",
    "Lucia",
    "Jorge",
    "Isabel",
    "Pedro",
    "Yolanda",
    "Ramon",
    "Guadalupe",
    "Alejandro",
    "Marisol",
    "Francisco",
    "Yesenia",
    "Hector",
    "Xiomara",
    "Jesus",
    "Ximena",
    "Angel",
    "Milagros",
    "Rafael",
    "Esperanza",
    "Edwin",
    "Nilda",
    "DeShawn",
    "Latoya",
    "Tyrone",
    "Keisha",
    "Jamal",
    "Tamika",
    "Darnell",
    "Aaliyah",
    "Marcus",
    "Imani",
    "Andre",
    "Shanice",
    "Terrence",
    "Ebony",
    "Malik",
    "Jasmine",
    "Wei",
    "Mei",
    "Minh",
    "Linh",
    "Nguyen",
    "Hoa",
    "Raj",
    "Priya",
    "Ahmed",
    "Fatima",
    "Omar",
    "Aisha",
    "Joao",
    "Manuel",
    "Kevin",
    "Ashley",
    "Brian",
    "Amanda",
    "Stephanie",
    "Nicole",
    "Eric",
    "Heather",
    "Sean",
    "Kayla",
)
LAST_NAMES = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Hill",
    "Green",
    "Adams",
    "Garcia",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Perez",
    "Sanchez",
    "Ramirez",
    "Torres",
    "Flores",
    "Rivera",
    "Gomez",
    "Diaz",
    "Reyes",
    "Morales",
    "Cruz",
    "Ortiz",
    "Gutierrez",
    "Chavez",
    "Ramos",
    "Vazquez",
    "Castillo",
    "Jimenez",
    "Ruiz",
    "Mendoza",
    "Alvarez",
    "Romero",
    "Colon",
    "Santiago",
    "Velazquez",
    "Figueroa",
    "Negron",
    "Quinones",
    "Rosario",
    "Pagan",
    "Maldonado",
    "Nieves",
    "Acevedo",
    "Garcia Lopez",
    "De Jesus",
    "Washington",
    "Jefferson",
    "Freeman",
    "Brooks",
    "Coleman",
    "Nguyen",
    "Tran",
    "Pham",
    "Chen",
    "Wang",
    "Patel",
    "Shah",
    "Khan",
    "Ali",
    "Silva",
    "Pereira",
    "Fernandes",
    "Medeiros",
    "Sullivan",
    "Murphy",
    "O'Brien",
    "Kelly",
    "Kowalski",
    "Nowak",
    "Russo",
)
SUFFIXES = ("Jr", "Sr", "II", "III")


def random_ssn(rng: random.Random) -> str:
    """A nine-digit SSN that obeys the SSA issuing rules."""
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        ssn = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if is_valid_ssn(ssn):
            return ssn


def random_dob(rng: random.Random, start: date = date(1940, 1, 1), end: date = date(2024, 12, 31)) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def typo(name: str, rng: random.Random) -> str:
    """*name* with one slip: two neighbouring letters swapped, one dropped or one replaced.

    The result always differs from *name* and keeps at least two characters.
    """
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(letters) < 3:
        raise ValueError("name too short for a typo")
    for _ in range(100):
        kind = rng.choice(("swap", "drop", "replace"))
        i = rng.choice(letters[1:-1]) if kind != "replace" else rng.choice(letters)
        if kind == "swap":
            j = i + 1 if i + 1 < len(name) else i - 1
            chars = list(name)
            chars[i], chars[j] = chars[j], chars[i]
            out = "".join(chars)
        elif kind == "drop":
            out = name[:i] + name[i + 1 :]
        else:
            pool = string.ascii_lowercase if name[i].islower() else string.ascii_uppercase
            out = name[:i] + rng.choice(pool.replace(name[i], "")) + name[i + 1 :]
        if out != name and len(out) >= 2:
            return out
    raise ValueError("could not make a typo")  # pragma: no cover - e.g. "aaaa"


def synthetic_client(rng: random.Random) -> Client:
    """One random, valid Client."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    roll = rng.random()
    ssn_dq = 1 if roll < 0.80 else 8 if roll < 0.88 else 9 if roll < 0.95 else 99
    dob_dq = rng.choices((1, 2, 8, 9), weights=(90, 4, 4, 2))[0]
    race = rng.choice(
        (
            "white",
            "black_af_american",
            "hispanic_latinao",
            "asian",
            "am_ind_ak_native",
            "mid_east_n_african",
            "native_hi_pacific",
            None,
        )
    )
    races: dict[str, Any] = {race: 1} if race else {}  # Client keyword arguments
    if race and rng.random() < 0.25:
        races["hispanic_latinao"] = 1
    return Client(
        id=new_id_from(rng),
        first_name=first,
        middle_name=rng.choice(FIRST_NAMES) if rng.random() < 0.3 else None,
        last_name=last,
        name_suffix=rng.choice(SUFFIXES) if rng.random() < 0.03 else None,
        name_data_quality=1,
        ssn=random_ssn(rng) if ssn_dq == 1 else None,
        ssn_data_quality=ssn_dq,
        dob=random_dob(rng) if dob_dq in (1, 2) else None,
        dob_data_quality=dob_dq,
        race_none=None if races else rng.choice((8, 9, 99)),
        sex=rng.choice((0, 1)),
        veteran_status=rng.choices((0, 1, 8, 9, 99), weights=(85, 8, 2, 2, 3))[0],
        **races,
    )


def new_id_from(rng: random.Random) -> str:
    """A record id drawn from *rng*, so a seed gives the same ids every time."""
    return "%032x" % (rng.getrandbits(128) & ~(0xF << 76) | (4 << 76))


def synthetic_clients(n: int, seed: int) -> list[Client]:
    """*n* distinct synthetic clients; the same seed gives the same clients.

    No two share first name, last name and DOB, so a "true duplicate" planted
    by a test has only one right answer.
    """
    rng = random.Random(seed)
    seen: set[tuple[str | None, str | None, date | None]] = set()
    out: list[Client] = []
    while len(out) < n:
        c = synthetic_client(rng)
        key = (c.first_name, c.last_name, c.dob)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def main() -> None:  # pragma: no cover - a benchmark, prints JSON lines
    from app.domain.matching import identity_of, rank_candidates

    clients = synthetic_clients(10_000, seed=1)
    pool = [identity_of(c) for c in clients]
    rng = random.Random(2)
    timings = []
    for _ in range(20):
        target = rng.choice([c for c in clients if c.dob is not None][:500])
        probe = identity_of(target)
        probe = type(probe)(
            id=new_id(),
            first_name=typo(target.first_name or "Xyz", rng),
            last_name=target.last_name,
            dob=target.dob,
            ssn=None,
        )
        t0 = time.perf_counter()
        rank_candidates(probe, pool, limit=10)
        timings.append(time.perf_counter() - t0)
    print(
        json.dumps(
            {
                "bench": "rank_candidates",
                "pool": len(pool),
                "runs": len(timings),
                "median_s": sorted(timings)[len(timings) // 2],
                "max_s": max(timings),
            }
        )
    )


if __name__ == "__main__":  # pragma: no cover
    main()
