import random
from datetime import date

import pytest

from app.domain.ssn import is_valid_ssn
from bench.synthetic import random_ssn, synthetic_clients, typo


def test_same_seed_same_clients_and_all_valid():
    a, b = synthetic_clients(300, 11), synthetic_clients(300, 11)
    assert a == b
    assert a != synthetic_clients(300, 12)
    for c in a:
        c.validate(today=date(2025, 1, 1))
        assert c.dob is None or date(1940, 1, 1) <= c.dob <= date(2024, 12, 31)
    assert len({(c.first_name, c.last_name, c.dob) for c in a}) == 300
    assert len({c.id for c in a}) == 300


def test_mix_includes_dont_know_and_refused_and_hispanic_names():
    cs = synthetic_clients(1000, 5)
    assert {8, 9} <= {c.ssn_data_quality for c in cs}
    assert {8, 9} <= {c.dob_data_quality for c in cs}
    assert any(c.last_name in ("Garcia", "Rodriguez", "Rivera", "Quinones") for c in cs)


def test_random_ssn_valid():
    rng = random.Random(3)
    assert all(is_valid_ssn(random_ssn(rng)) for _ in range(2000))


@pytest.mark.parametrize("name", ["Maria", "Rodriguez", "Li Wei", "O'Brien", "Ana"])
def test_typo_changes_exactly_a_little(name):
    rng = random.Random(name)
    for _ in range(50):
        t = typo(name, rng)
        assert t != name and abs(len(t) - len(name)) <= 1 and len(t) >= 2


def test_typo_refuses_tiny_names():
    with pytest.raises(ValueError):
        typo("Al", random.Random(1))
