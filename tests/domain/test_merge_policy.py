"""The merge policy table: which fields need a person when both sides changed them."""

import pytest

from app.domain.merge_policy import (
    LATEST,
    REVIEW,
    REVIEW_FIELDS,
    UnknownField,
    UnknownKind,
    check_fields,
    policy,
    review_fields,
)
from app.domain.registry import RECORD_TYPES

# The list from the sync design, written out again on purpose: changing the table must be a
# deliberate edit of both.
EXPECTED_REVIEW = {
    "client": {
        "first_name",
        "middle_name",
        "last_name",
        "name_suffix",
        "name_data_quality",
        "ssn",
        "ssn_data_quality",
        "dob",
        "dob_data_quality",
        "sex",
        "veteran_status",
    },
    "health_and_dv": {"domestic_violence_survivor", "when_occurred", "currently_fleeing"},
    "exit": {"destination", "destination_subsidy_type"},
    "enrollment": {"relationship_to_hoh", "entry_date", "household_id"},
    "consent": {"granted", "scope", "revoked_date"},
    "assessment": {"prioritization_status"},
    "event": {"event", "referral_result", "result_date"},
}


def test_the_table_is_exactly_the_agreed_list():
    assert {k: set(v) for k, v in REVIEW_FIELDS.items()} == EXPECTED_REVIEW
    assert all(isinstance(v, frozenset) for v in REVIEW_FIELDS.values())


def test_every_name_in_the_table_is_a_real_field():
    for kind, names in REVIEW_FIELDS.items():
        assert kind in RECORD_TYPES
        assert names <= set(RECORD_TYPES[kind].field_names()), kind


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_every_field_of_every_kind_has_a_policy(kind):
    for name in RECORD_TYPES[kind].field_names():
        expected = REVIEW if name in EXPECTED_REVIEW.get(kind, set()) else LATEST
        assert policy(kind, name) == expected, (kind, name)
    assert review_fields(kind) == frozenset(EXPECTED_REVIEW.get(kind, set()))


@pytest.mark.parametrize(
    "kind,name",
    [
        ("client", "alias"),
        ("client", "white"),
        ("client", "id"),
        ("health_and_dv", "information_date"),
        ("exit", "other_destination"),
        ("enrollment", "move_in_date"),
        ("consent", "expires_date"),
        ("service", "record_type"),
    ],
)
def test_ordinary_answers_follow_the_latest_change(kind, name):
    assert policy(kind, name) == LATEST


def test_an_unknown_field_is_refused_not_treated_as_latest():
    with pytest.raises(UnknownField) as err:
        policy("client", "favourite_colour")
    assert isinstance(err.value, ValueError)
    assert err.value.field == "favourite_colour" and err.value.kind == "client"
    assert "favourite_colour" in str(err.value)


def test_a_field_of_another_kind_is_unknown_here():
    with pytest.raises(UnknownField):
        policy("client", "currently_fleeing")


@pytest.mark.parametrize("name", ["Rosa Quinones", "234-56-7891", "x" * 200, "", 5, None, ("a",)])
def test_an_odd_field_name_is_not_echoed(name):
    with pytest.raises(UnknownField) as err:
        check_fields("client", [name])
    assert "(unrecognised field)" in str(err.value)
    if isinstance(name, str) and name:
        assert name not in str(err.value)


def test_an_unknown_kind_is_refused():
    with pytest.raises(UnknownKind) as err:
        policy("pet", "name")
    assert isinstance(err.value, ValueError)
    assert "pet" not in str(err.value)
    with pytest.raises(UnknownKind):
        review_fields(["client"])  # type: ignore[arg-type]
