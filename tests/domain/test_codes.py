import dataclasses

import pytest

from app.domain import codes
from app.domain.registry import RECORD_TYPES

ALL_LISTS = [v for v in vars(codes).values() if isinstance(v, codes.CodeList)]


@pytest.mark.parametrize("code_list", ALL_LISTS, ids=lambda c: c.hud_list)
def test_every_code_has_english_words(code_list):
    assert len(code_list) > 0
    for code, label in code_list.choices():
        assert isinstance(code, int)
        assert label.strip() and label != "Unknown code"


def test_labels_and_membership():
    assert codes.NO_YES_REASONS.label(9) == "Client prefers not to answer"
    assert codes.DESTINATION.label(435) == "Rental by client, with ongoing housing subsidy"
    assert codes.DESTINATION.label(12345) == "Unknown code"
    assert codes.DESTINATION.label(None) == ""
    assert True not in codes.NO_YES  # bools are not codes
    assert 1 in codes.NO_YES and 8 not in codes.NO_YES


def test_fy2026_lists():
    # 3.917 / 4.12 use the FY2026 family/friends codes; destinations keep tenure codes
    assert {335, 336} <= set(codes.PRIOR_LIVING_SITUATION)
    assert 312 not in codes.PRIOR_LIVING_SITUATION and 312 in codes.DESTINATION
    assert {17, 37} <= set(codes.CURRENT_LIVING_SITUATION) and 37 not in codes.PRIOR_LIVING_SITUATION
    assert set(codes.SEX) == {0, 1}
    assert codes.living_situation_group(116) == "homeless"
    assert codes.living_situation_group(207) == "institutional"
    assert codes.living_situation_group(99) is None


@pytest.mark.parametrize("cls", RECORD_TYPES.values(), ids=lambda c: c.KIND)
def test_every_field_has_a_label(cls):
    for f in dataclasses.fields(cls):
        assert cls.field_label(f.name).strip()
        assert cls.field_label(f.name) != f.name or f.name == "id"


def test_code_list_lookup_for_ui():
    from app.domain.client import Client

    assert Client.code_list("veteran_status") is codes.NO_YES_REASONS
    assert Client.code_list("first_name") is None
    with pytest.raises(KeyError):
        Client.code_list("nope")
