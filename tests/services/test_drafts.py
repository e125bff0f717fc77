"""Drafts live inside the encrypted vault, per user, and never become record changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.ids import new_id
from app.services.drafts import DraftError, Drafts
from app.storage.vault import Vault, min_floor
from tests.conftest import FAST_KDF, PASSWORD, USER

MARKER = "Zyxwvutsrqponm"  # a name that would show if a draft reached a file in the clear


def _counts(vault: Vault) -> tuple[int, ...]:
    return tuple(
        vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("record", "outbox", "audit_log", "draft")
    )


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 1, 5, 22, 41, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.mark.parametrize(
    "kind, draft_id, data",
    [
        ("intake", "not-an-id", {}),
        ("", None, {}),
        ("drop table", None, {}),
        ("intake", None, ["not", "a", "mapping"]),
        ("intake", None, {"x": object()}),
        ("intake", None, {"x": float("nan")}),
        ("intake", None, {"big": "x" * 1_000_001}),
    ],
)
def test_a_bad_draft_is_refused_in_words_and_nothing_is_kept(vault, kind, draft_id, data):
    drafts = Drafts(vault)
    before = _counts(vault)
    with pytest.raises(DraftError) as caught:
        drafts.save(kind, draft_id or new_id(), data)
    assert str(caught.value).endswith(".") and "Traceback" not in str(caught.value)
    assert _counts(vault) == before


def test_a_draft_round_trips_with_dates_and_money_and_is_not_a_record_change(vault):
    drafts = Drafts(vault, now=Clock())
    draft_id = new_id()
    data = {"members": [{"first_name": MARKER, "dob": date(1990, 2, 3), "income": Decimal("943.50")}], "page": 2}
    before = _counts(vault)
    drafts.save("intake", draft_id, data, summary="Household of 1")
    after = _counts(vault)
    assert after[:3] == before[:3], "a draft must not touch records, the outbox or the audit chain"
    assert after[3] == before[3] + 1
    assert drafts.load("intake", draft_id) == data
    data["page"] = 3
    drafts.save("intake", draft_id, data, summary="Household of 1")
    (listed,) = drafts.list("intake")
    assert listed.id == draft_id and listed.summary == "Household of 1"
    assert listed.updated_at > listed.started_at  # saving again keeps when it was started
    loaded = drafts.load("intake", draft_id)
    assert loaded is not None and loaded["page"] == 3
    assert drafts.load("intake", new_id()) is None


def test_drafts_are_listed_newest_first_by_kind_and_discarded(vault):
    drafts = Drafts(vault, now=Clock())
    first, second, contact = new_id(), new_id(), new_id()
    drafts.save("intake", first, {"n": 1})
    drafts.save("intake", second, {"n": 2})
    drafts.save("outreach", contact, {"n": 3})
    assert [d.id for d in drafts.list("intake")] == [second, first]
    assert [d.id for d in drafts.list()] == [contact, second, first]
    drafts.discard("intake", second)
    assert [d.id for d in drafts.list("intake")] == [first]
    assert drafts.load("intake", second) is None


def test_drafts_belong_to_their_user_and_survive_reopening_encrypted(vault, profile: Path, tmp_path: Path):
    draft_id = new_id()
    Drafts(vault).save("intake", draft_id, {"first_name": MARKER}, summary="Household of 1")
    vault.add_user("bob", PASSWORD + " bob", kdf=FAST_KDF)
    vault.close()
    bob = Vault.open(profile, "bob", PASSWORD + " bob", floor=min_floor(FAST_KDF))
    try:
        assert Drafts(bob).list() == [] and Drafts(bob).load("intake", draft_id) is None
        Drafts(bob).discard("intake", draft_id)  # cannot touch alice's draft either
    finally:
        bob.close()
    alice = Vault.open(profile, USER, PASSWORD, floor=min_floor(FAST_KDF))
    try:
        assert Drafts(alice).load("intake", draft_id) == {"first_name": MARKER}
    finally:
        alice.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), f"draft text found in the clear in {path.name}"
