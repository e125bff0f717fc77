"""Client search and the duplicate check, inside a real vault."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from app.storage import client_search
from app.storage.records import Records
from app.storage.vault import Vault
from bench.synthetic import synthetic_clients, typo
from tests.conftest import FAST_KDF, PASSWORD, USER
from tests.domain import factories

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def people():
    return synthetic_clients(3000, seed=11)


@pytest.fixture(scope="module")
def filled(tmp_path_factory, people):
    """One vault of 3,000 clients shared by the read-only tests of this module."""
    v = Vault.create(tmp_path_factory.mktemp("search") / "profile", USER, PASSWORD, kdf=FAST_KDF)
    Records(v, today=TODAY).save_all(people)
    yield v
    v.close()


def _ids(hits):
    return [h.client_id for h in hits]


def test_parse_splits_names_dates_and_ssn_digits():
    q = client_search.parse("Quiñones, Rosa 05/17/1980 6789")
    assert q.names == ("quinones", "rosa") and q.dob == "1980-05-17" and q.ssn_last4 == "6789"
    full = client_search.parse("234-56-7891")
    assert full.ssn == "234567891" and full.ssn_last4 == "7891" and not full.names


def test_nothing_searchable_finds_nothing(filled):
    assert client_search.search(filled.conn, "   ") == []
    assert client_search.search(filled.conn, "-- ,;") == []


@pytest.mark.parametrize("pick", range(8))
def test_full_name_finds_the_person_first_or_tied(filled, people, pick):
    person = [p for p in people if p.first_name and p.last_name][pick * 37]
    hits = client_search.search(filled.conn, f"{person.first_name} {person.last_name}")
    best = hits[0].score
    assert person.id in [h.client_id for h in hits if h.score == best]


def test_misspelt_surname_and_dob_finds_the_person_first(filled, people):
    rng = random.Random(5)
    for person in [p for p in people if p.last_name and p.first_name and p.dob][:20]:
        text = f"{typo(person.last_name, rng)} {person.dob.isoformat()}"
        assert _ids(client_search.search(filled.conn, text))[0] == person.id


def test_ssn_last_four_and_full_ssn(filled, people):
    person = next(p for p in people if p.ssn and p.ssn.isdigit())
    assert person.id in _ids(client_search.search(filled.conn, person.ssn[5:]))
    dashed = f"{person.ssn[:3]}-{person.ssn[3:5]}-{person.ssn[5:]}"
    assert _ids(client_search.search(filled.conn, dashed))[0] == person.id


def test_type_ahead_prefix_of_the_last_word(filled, people):
    person = next(p for p in people if p.first_name and p.last_name and len(p.last_name) > 5)
    hits = client_search.search(filled.conn, f"{person.first_name} {person.last_name[:4]}")
    assert person.id in _ids(hits)


def test_edits_and_deletes_keep_the_index_current(vault):
    records = Records(vault, today=TODAY)
    rosa = factories.client()
    records.save(rosa)
    assert _ids(client_search.search(vault.conn, "Quinones")) == [rosa.id]
    records.save(replace(rosa, last_name="Delgado"))
    assert client_search.search(vault.conn, "Quinones") == []
    assert _ids(client_search.search(vault.conn, "Delgado")) == [rosa.id]
    records.delete("client", rosa.id)
    assert client_search.search(vault.conn, "Delgado") == []
    assert vault.conn.execute("SELECT count(*) FROM client_name_key").fetchone()[0] == 0


def test_alias_is_searchable(vault):
    records = Records(vault, today=TODAY)
    rosa = replace(factories.client(), alias="Rosie")
    records.save(rosa)
    assert _ids(client_search.search(vault.conn, "rosie")) == [rosa.id]


def test_possible_duplicates_ranks_the_true_duplicate_first(filled, people):
    rng = random.Random(9)
    for person in [p for p in people if p.last_name and p.first_name and p.dob][100:110]:
        newcomer = replace(person, id="f" * 32, last_name=typo(person.last_name, rng), ssn=None, ssn_data_quality=99)
        found = client_search.possible_duplicates(filled.conn, newcomer)
        assert found and found[0][0] == person.id


def test_possible_duplicates_of_a_stranger_is_empty(filled):
    stranger = replace(
        factories.client(),
        id="f" * 32,
        first_name="Zebulon",
        last_name="Xanthopoulos",
        dob=date(1931, 2, 3),
        ssn="587213946",
    )
    assert client_search.possible_duplicates(filled.conn, stranger) == []


def test_possible_duplicates_never_lists_the_client_itself(vault):
    rosa = factories.client()
    Records(vault, today=TODAY).save(rosa)
    assert client_search.possible_duplicates(vault.conn, rosa) == []
