"""The device keeps the server's project list whole or not at all: a malformed funder list,
participation flag or CAN refuses the answer and keeps the list it had."""

from __future__ import annotations

import pytest

from app.sync import projects
from app.sync.errors import BadResponse

A, B = "a" * 32, "b" * 32


def _row(**extra) -> dict:
    return {"id": A, "name": "Access point", "project_type": 14, **extra}


def test_a_list_from_a_server_without_the_facts_keeps_their_defaults(vault):
    kept = projects.keep(vault, [_row()])
    assert kept == [projects.Project(A, "Access point", 14)]
    assert kept[0].funders == () and not kept[0].coordinated_entry and kept[0].own


def test_the_facts_survive_the_vault(vault):
    projects.keep(
        vault,
        [
            _row(funders=[21, 2, 21], coordinated_entry=True, can_name="Greater Hartford"),
            {"id": B, "name": "Neighbour", "project_type": 14, "own": False, "coordinated_entry": True},
        ],
    )
    kept = {p.id: p for p in projects.known(vault)}
    assert kept[A].funders == (2, 21) and kept[A].coordinated_entry and kept[A].can_name == "Greater Hartford"
    assert [p.id for p in projects.enrollable(vault)] == [A]


@pytest.mark.parametrize(
    "bad",
    [
        {"funders": "21"},
        {"funders": [21, "2"]},
        {"funders": [True]},
        {"coordinated_entry": 1},
        {"own": "yes"},
        {"can_name": 5},
    ],
)
def test_a_malformed_fact_refuses_the_whole_answer(vault, bad):
    projects.keep(vault, [_row(name="Before")])
    with pytest.raises(BadResponse):
        projects.keep(vault, [{"id": B, "name": "Fine", "project_type": 1}, _row(**bad)])
    assert [p.name for p in projects.known(vault)] == ["Before"]
