"""Duplicate matcher: normalisation, phonetic keys, scores and ranking."""

import random
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from app.domain.ids import new_id
from app.domain.matching import Identity, identity_of, match_score, name_keys, normalize_name, rank_candidates
from bench.synthetic import synthetic_clients, typo

from . import factories as f

BASE = Identity(id="a" * 32, first_name="Maria", last_name="Rodriguez", dob=date(1985, 3, 14), ssn="234567891")


def other(**kw):
    return replace(BASE, id=new_id(), **kw)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("  José  O'Brien-Núñez ", "jose obrien nunez"),
        ("MARÍA", "maria"),
        ("de la  Cruz", "de la cruz"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_name_keys_agree_for_sound_alikes_only():
    assert name_keys("Jon") & name_keys("John")
    assert name_keys("Rodriguez") & name_keys("Rodrigues")
    assert not name_keys("Smith") & name_keys("Garcia")
    assert name_keys("") == set()
    assert all(k.startswith(("m:", "n:")) for k in name_keys("Garcia Lopez"))


def test_identity_of_client():
    c = f.client(alias="Rosie", middle_name="Ana")
    i = identity_of(c)
    assert (i.id, i.first_name, i.last_name, i.dob, i.ssn, i.middle_name, i.alias) == (
        c.id,
        "Rosa",
        "Quinones",
        c.dob,
        c.ssn,
        "Ana",
        "Rosie",
    )


def test_score_range_and_identity():
    assert match_score(BASE, BASE) == pytest.approx(1.0)
    stranger = Identity(id="b" * 32, first_name="Tyrone", last_name="Nguyen", dob=date(1950, 11, 2), ssn="345678912")
    assert 0.0 <= match_score(BASE, stranger) < 0.4
    assert match_score(BASE, stranger) == match_score(stranger, BASE)


@pytest.mark.parametrize(
    "variant",
    [
        {"first_name": "Mraia"},  # typo
        {"last_name": "Rodrigues"},  # spelling
        {"first_name": "Rodriguez", "last_name": "Maria"},  # swapped
        {"dob": date(1985, 3, 15), "ssn": "234567891"},  # day off by one
        {"dob": date(1985, 3, 14).replace(month=3, day=14, year=1986)},  # year off by one
        {"ssn": "234567892"},  # one SSN digit
        {"ssn": "xxxxx7891"},  # partial SSN, last four
        {"ssn": None},  # no SSN
        {"last_name": "Rodriguez Lopez"},  # second surname added
    ],
)
def test_near_variants_score_high(variant):
    assert match_score(BASE, other(**variant)) > 0.85


def test_day_month_swap():
    a = replace(BASE, dob=date(1985, 3, 4))
    assert match_score(a, replace(a, id=new_id(), dob=date(1985, 4, 3))) > 0.85
    assert match_score(a, replace(a, id=new_id(), dob=date(1985, 4, 3))) < 1.0


def test_evidence_against_lowers_score():
    same_name_other_person = other(dob=date(1962, 8, 30), ssn="456789123")
    assert match_score(BASE, same_name_other_person) < 0.6
    assert match_score(BASE, other(ssn="456789123")) < match_score(BASE, other(ssn=None))


def test_missing_values_neither_help_nor_hurt_much():
    no_dob = other(dob=None)
    assert 0.8 < match_score(BASE, no_dob) < match_score(BASE, BASE)
    empty = Identity(id="c" * 32, first_name=None, last_name=None, dob=None, ssn=None)
    assert match_score(BASE, empty) == 0.0


def test_placeholder_ssn_is_not_evidence():
    assert match_score(other(ssn="000000000"), other(ssn="000000000")) == match_score(other(ssn=None), other(ssn=None))


def test_alias_matches_first_name():
    a = other(first_name="Guadalupe", alias="Lupe")
    assert match_score(other(first_name="Lupe"), a) > 0.9


def test_rank_candidates_limit_threshold_and_self():
    pool = [
        BASE,
        other(first_name="Mraia"),
        other(first_name="John", last_name="Smith", dob=date(1990, 1, 1), ssn=None),
        other(dob=date(1999, 9, 9), ssn=None),
    ]
    ranked = rank_candidates(BASE, pool, limit=2)
    assert len(ranked) == 2 and all(i.id != BASE.id for i, _ in ranked)
    assert ranked[0][0].first_name == "Mraia"
    assert ranked[0][1] >= ranked[1][1]
    assert all(s >= 0.7 for _, s in rank_candidates(BASE, pool, threshold=0.7))
    assert rank_candidates(BASE, pool, limit=0) == []


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_true_duplicate_ranked_first_among_10000(seed):
    clients = synthetic_clients(10_000, seed)
    pool = [identity_of(c) for c in clients]
    rng = random.Random(seed * 7919)
    with_dob = [c for c in clients if c.dob is not None]
    for target in rng.sample(with_dob, 5):
        field = rng.choice(("first_name", "last_name"))
        misspelt: dict[str, Any] = {field: typo(getattr(target, field), rng)}  # a first or a last name
        probe = replace(identity_of(target), id=new_id(), ssn=None, **misspelt)
        ranked = rank_candidates(probe, pool, limit=10)
        assert ranked[0][0].id == target.id, (seed, field)
        # with one SSN digit wrong too, it still comes first
        if target.ssn:
            digit = str((int(target.ssn[4]) + 1) % 10)
            probe2 = replace(probe, ssn=target.ssn[:4] + digit + target.ssn[5:])
            assert rank_candidates(probe2, pool, limit=1)[0][0].id == target.id
