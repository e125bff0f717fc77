"""The three-way field merge: examples, then properties over any base and two edits.

Bodies are drawn over a few real fields of 'client' and 'health_and_dv' (both policies), with
values from tiny domains and clock stamps from a tiny range so that equal values, equal times
and node tie-breaks all happen often.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.hlc import Stamp, tick
from app.domain.merge import APPLIED, CONFLICT, MERGED, FieldConflict, merge
from app.domain.merge_policy import LATEST, REVIEW, UnknownField, UnknownKind, policy

ID = "c" * 32


def stamp(ms: int, node: str, counter: int = 0) -> str:
    return Stamp(ms, counter, node).encode()


# --- examples ------------------------------------------------------------------------------------

OLD = stamp(1_000, "server")


def _clocks(body):
    return dict.fromkeys(body, OLD)


def test_a_field_changed_only_on_the_device_is_taken():
    base = {"id": ID, "first_name": "Rosa", "alias": None}
    r = merge("client", base, base, _clocks(base), {"alias": "Red"}, stamp(2_000, "dev1"))
    assert r.body == {"id": ID, "first_name": "Rosa", "alias": "Red"}
    assert r.clocks["alias"] == stamp(2_000, "dev1") and r.clocks["first_name"] == OLD
    assert (r.taken, r.kept_server, r.overwritten, r.conflicts, r.status) == (("alias",), (), {}, (), APPLIED)


def test_other_server_changes_make_it_merged_not_applied():
    base = {"id": ID, "first_name": "Rosa", "alias": None}
    server = {**base, "first_name": "Rosa Maria"}
    r = merge("client", base, server, _clocks(base), {"alias": "Red"}, stamp(2_000, "dev1"))
    assert r.body == {"id": ID, "first_name": "Rosa Maria", "alias": "Red"}
    assert r.status == MERGED and r.taken == ("alias",)


def test_dv_status_changed_on_both_sides_is_a_conflict_and_the_server_value_stays():
    base = {"id": ID, "domestic_violence_survivor": 1, "currently_fleeing": 0}
    server = {**base, "currently_fleeing": 1}
    r = merge("health_and_dv", base, server, _clocks(base), {"currently_fleeing": 99}, stamp(9_000, "dev1"))
    assert r.body["currently_fleeing"] == 1
    assert r.clocks["currently_fleeing"] == OLD
    assert r.conflicts == (FieldConflict("currently_fleeing", 0, 1, 99),)
    assert r.status == CONFLICT and r.taken == () and r.kept_server == ()


def test_latest_field_the_later_device_write_wins_and_reports_the_value_it_replaced():
    base = {"id": ID, "alias": None}
    server = {"id": ID, "alias": "Red"}
    clocks = {"id": OLD, "alias": stamp(2_000, "dev2")}
    r = merge("client", base, server, clocks, {"alias": "Blue"}, stamp(3_000, "dev1"))
    assert r.body["alias"] == "Blue" and r.clocks["alias"] == stamp(3_000, "dev1")
    assert r.overwritten == {"alias": "Red"} and r.status == MERGED


def test_latest_field_an_earlier_device_write_loses():
    base = {"id": ID, "alias": None}
    server = {"id": ID, "alias": "Red"}
    clocks = {"id": OLD, "alias": stamp(4_000, "dev2")}
    r = merge("client", base, server, clocks, {"alias": "Blue"}, stamp(3_000, "dev1"))
    assert r.body["alias"] == "Red" and r.clocks["alias"] == stamp(4_000, "dev2")
    assert r.kept_server == ("alias",) and r.overwritten == {} and r.status == MERGED


@pytest.mark.parametrize("device,winner", [("dev1", "Red"), ("dev3", "Blue")])
def test_equal_times_are_settled_by_the_node_in_the_stamp(device, winner):
    base = {"id": ID, "alias": None}
    server = {"id": ID, "alias": "Red"}
    clocks = {"alias": stamp(4_000, "dev2")}
    r = merge("client", base, server, clocks, {"alias": "Blue"}, stamp(4_000, device))
    assert r.body["alias"] == winner


def test_the_same_value_on_both_sides_is_not_a_conflict():
    base = {"id": ID, "last_name": "Quinones"}
    server = {"id": ID, "last_name": "Quiñones"}
    r = merge("client", base, server, _clocks(base), {"last_name": "Quiñones"}, stamp(2_000, "dev1"))
    assert r.taken == ("last_name",) and r.conflicts == () and r.status == APPLIED
    assert r.clocks["last_name"] == OLD  # nothing was written


def test_a_second_offline_edit_by_the_same_device_is_not_a_conflict_with_its_first():
    # Both operations are based on the last server version the device had (last_name "Quinonez").
    base = {"id": ID, "last_name": "Quinonez"}
    first = merge("client", base, base, _clocks(base), {"last_name": "Quinones"}, stamp(2_000, "dev1"))
    second = merge("client", base, first.body, first.clocks, {"last_name": "Quiñones"}, stamp(2_000, "dev1", 1))
    assert second.body["last_name"] == "Quiñones" and second.conflicts == () and second.taken == ("last_name",)


def test_an_earlier_write_by_another_device_is_still_a_conflict():
    base = {"id": ID, "last_name": "Quinonez"}
    first = merge("client", base, base, _clocks(base), {"last_name": "Quinones"}, stamp(2_000, "dev2"))
    second = merge("client", base, first.body, first.clocks, {"last_name": "Quiñones"}, stamp(3_000, "dev1"))
    assert second.status == CONFLICT and second.body["last_name"] == "Quinones"


def test_a_record_the_server_does_not_have_is_created_from_the_change():
    changes = {"id": ID, "first_name": "Rosa", "alias": "Red"}
    r = merge("client", None, None, {}, changes, stamp(2_000, "dev1"))
    assert r.body == changes and r.body is not changes
    assert r.clocks == {k: stamp(2_000, "dev1") for k in changes}
    assert r.status == APPLIED and set(r.taken) == set(changes)


def test_a_create_retried_after_the_server_has_it_is_applied():
    changes = {"id": ID, "first_name": "Rosa"}
    first = merge("client", None, None, {}, changes, stamp(2_000, "dev1"))
    again = merge("client", None, first.body, first.clocks, changes, stamp(2_000, "dev1"))
    assert again.body == first.body and again.clocks == first.clocks and again.status == APPLIED


def test_a_change_cannot_give_a_record_another_id():
    base = {"id": ID, "alias": None}
    with pytest.raises(ValueError) as err:
        merge("client", base, base, {}, {"id": "d" * 32}, stamp(2_000, "dev1"))
    assert "d" * 32 not in str(err.value)
    with pytest.raises(ValueError):
        merge("client", {"id": "d" * 32}, base, {}, {"alias": "x"}, stamp(2_000, "dev1"))


@pytest.mark.parametrize("bad", ["2025-06-01T10:00", "", "1-2-3", 12345])
def test_a_malformed_clock_is_refused(bad):
    base = {"id": ID, "alias": None}
    with pytest.raises(ValueError):
        merge("client", base, base, {}, {"alias": "x"}, bad)
    with pytest.raises(ValueError):
        merge("client", base, base, {"alias": bad}, {"alias": "x"}, stamp(2_000, "dev1"))


def test_the_very_same_stamp_keeps_the_server_value():
    # Cannot happen with working clocks; still settled the same way everywhere.
    base = {"id": ID, "alias": None}
    server = {"id": ID, "alias": "Red"}
    r = merge("client", base, server, {"alias": stamp(4_000, "dev2")}, {"alias": "Blue"}, stamp(4_000, "dev2"))
    assert r.body["alias"] == "Red" and r.kept_server == ("alias",)


def test_true_and_1_are_different_answers():
    base = {"id": ID, "granted": False}
    server = {"id": ID, "granted": True}
    r = merge("consent", base, server, {}, {"granted": 1}, stamp(2_000, "dev1"))
    assert r.status == CONFLICT


def test_without_operation_id_dedup_a_replayed_operation_can_undo_a_later_one():
    # Why the server must keep applied operation ids: merge alone is not replay-safe.
    base = {"id": ID, "last_name": "A"}
    clocks = _clocks(base)
    op1 = ({"last_name": "B"}, stamp(2_000, "dev1"))
    r1 = merge("client", base, base, clocks, *op1)
    op2 = ({"last_name": "A"}, stamp(3_000, "dev2"))  # dev2 saw B and changed it back
    r2 = merge("client", r1.body, r1.body, r1.clocks, *op2)
    replay = merge("client", base, r2.body, r2.clocks, *op1)
    assert r2.body["last_name"] == "A" and replay.body["last_name"] == "B"


# --- (h) unknown names --------------------------------------------------------------------------

SECRET_VALUES = ("Rosa", "234567891", "1980-05-17")


@pytest.mark.parametrize("where", ["changes", "base", "server", "clocks"])
@pytest.mark.parametrize("name", ["favourite_colour", "currently_fleeing", "Rosa Quinones", "234567891"])
def test_unknown_fields_are_refused_with_a_message_naming_no_values(where, name):
    good = {"id": ID, "first_name": "Rosa", "ssn": "234567891", "dob": "1980-05-17"}
    args = {"base": dict(good), "server": dict(good), "clocks": _clocks(good), "changes": {"first_name": "Rosa"}}
    args[where] = {**args[where], name: OLD if where == "clocks" else "1980-05-17"}
    with pytest.raises(UnknownField) as err:
        merge("client", args["base"], args["server"], args["clocks"], args["changes"], stamp(2_000, "dev1"))
    message = str(err.value)
    assert isinstance(err.value, ValueError) and message
    for value in SECRET_VALUES:
        assert value not in message
    if name in ("favourite_colour", "currently_fleeing"):
        assert name in message


def test_an_unknown_kind_is_refused():
    with pytest.raises(UnknownKind):
        merge("pet", None, None, {}, {"name": "Rex"}, stamp(2_000, "dev1"))


# --- generators -------------------------------------------------------------------------------

#: kind -> field -> the values drawn for it (text, codes and None mixed, as in a record's JSON)
DOMAINS: dict[str, dict[str, list[Any]]] = {
    "client": {
        "first_name": ["Ana", "Bo", None],  # review
        "last_name": ["Cruz", "Diaz", None],  # review
        "dob": ["1980-05-17", "1981-01-01", None],  # review
        "veteran_status": [0, 1, 99],  # review
        "alias": ["Red", "Blue", None],  # latest
        "white": [0, 1],  # latest
        "additional_race_ethnicity": ["Taino", None],  # latest
    },
    "health_and_dv": {
        "domestic_violence_survivor": [0, 1, 99],  # review
        "when_occurred": [1, 2, None],  # review
        "currently_fleeing": [0, 1, None],  # review
        "information_date": ["2025-01-10", "2025-02-01"],  # latest
        "data_collection_stage": [1, 2, 3],  # latest
    },
}

# Client stamps come from node "c"; server-side writes from "b" and "d", so equal (ms, counter)
# pairs are broken both ways by the node.
SERVER_NODES = ("b", "d")


def stamps(nodes):
    return st.builds(
        lambda ms, counter, node: stamp(ms, node, counter), st.integers(0, 4), st.integers(0, 1), st.sampled_from(nodes)
    )


@st.composite
def bodies(draw, kind):
    return {"id": ID, **{f: draw(st.sampled_from(vals)) for f, vals in DOMAINS[kind].items()}}


@st.composite
def edits(draw, kind, min_size=0):
    names = draw(st.lists(st.sampled_from(sorted(DOMAINS[kind])), unique=True, min_size=min_size))
    return {f: draw(st.sampled_from(DOMAINS[kind][f])) for f in names}


@dataclass
class Case:
    kind: str
    base: dict
    server: dict
    clocks: dict
    changes: dict
    clock: str


@st.composite
def cases(draw):
    kind = draw(st.sampled_from(sorted(DOMAINS)))
    base = draw(bodies(kind))
    server = {**base, **draw(edits(kind))}
    clocks = {f: draw(stamps(SERVER_NODES)) for f in server}
    changes = draw(edits(kind))
    return Case(kind, base, server, clocks, changes, draw(stamps(("c",))))


def run(c: Case):
    return merge(c.kind, c.base, c.server, c.clocks, c.changes, c.clock)


# --- (a), (b), (c): where each field ends up ---------------------------------------------------


@settings(max_examples=400)
@given(cases())
def test_each_field_ends_up_where_its_rule_says(c):
    r = run(c)
    conflicts = {x.field: x for x in r.conflicts}
    for f in c.server:
        s, b = c.server[f], c.base[f]
        if f not in c.changes:  # (a) not changed by the client: the server's value and clock
            assert r.body[f] == s and r.clocks[f] == c.clocks[f]
            continue
        mine = c.changes[f]
        if s == mine:  # already there
            assert f in r.taken and r.body[f] == s and r.clocks[f] == c.clocks[f]
        elif s == b:  # (a) changed on the client only: the client's value and stamp
            assert f in r.taken and r.body[f] == mine and r.clocks[f] == c.clock
        elif policy(c.kind, f) == REVIEW:  # (b) one conflict with all three values, server kept
            assert conflicts[f] == FieldConflict(f, b, s, mine)
            assert r.body[f] == s and r.clocks[f] == c.clocks[f]
        else:  # (c) the later stamp wins, the other value is reported
            assert policy(c.kind, f) == LATEST
            if c.clock > c.clocks[f]:
                assert r.body[f] == mine and r.overwritten[f] == s and r.clocks[f] == c.clock
            else:
                assert r.body[f] == s and f in r.kept_server and r.clocks[f] == c.clocks[f]
    assert set(r.body) == set(c.server) and set(r.clocks) == set(c.clocks)


@settings(max_examples=300)
@given(cases())
def test_every_client_field_is_reported_exactly_once_and_status_follows(c):
    r = run(c)
    buckets = [*r.taken, *r.kept_server, *r.overwritten, *(x.field for x in r.conflicts)]
    assert sorted(buckets) == sorted(c.changes)
    assert len({x.field for x in r.conflicts}) == len(r.conflicts)
    others_changed = any(c.server[f] != c.base[f] for f in c.server if f not in c.changes)
    if r.conflicts:
        assert r.status == CONFLICT
    elif r.kept_server or r.overwritten or others_changed:
        assert r.status == MERGED
    else:
        assert r.status == APPLIED
        assert r.body == {**c.base, **c.changes}


@settings(max_examples=200)
@given(cases(), st.data())
def test_latest_conflicts_are_settled_the_same_way_whichever_side_merges(c, data):
    # The device re-applying its pending edit over the pulled server write picks the same value
    # as the server would: for 'latest' fields, the later stamp, whichever one is "server".
    f = {"client": "alias", "health_and_dv": "data_collection_stage"}[c.kind]
    b, s, mine = data.draw(st.permutations(DOMAINS[c.kind][f]))
    base, server, changes = {**c.base, f: b}, {**c.server, f: s}, {**c.changes, f: mine}
    winner = mine if c.clock > c.clocks[f] else s
    assert merge(c.kind, base, server, c.clocks, changes, c.clock).body[f] == winner
    swapped = merge(c.kind, base, {**server, f: mine}, {**c.clocks, f: c.clock}, {f: s}, c.clocks[f])
    assert swapped.body[f] == winner


# --- (d) idempotence ------------------------------------------------------------------------------


@settings(max_examples=300)
@given(cases())
def test_merging_the_same_change_onto_its_own_result_changes_nothing(c):
    first = run(c)
    again = merge(c.kind, c.base, first.body, first.clocks, c.changes, c.clock)
    # What holds: same body and clocks, the same review conflicts (no new ones: a conflict is
    # raised again until someone resolves it, which is why the server dedups by operation id),
    # the same 'latest' losses, and the fields the client won are now plainly taken.
    assert again.body == first.body and again.clocks == first.clocks
    assert again.conflicts == first.conflicts and again.kept_server == first.kept_server
    assert again.overwritten == {}
    assert set(again.taken) == set(first.taken) | set(first.overwritten)
    assert (again.status == CONFLICT) == (first.status == CONFLICT)
    if first.status == APPLIED:
        assert again.status == APPLIED


# --- (e) replay with operation-id dedup ---------------------------------------------------------


@dataclass
class Op:
    op_id: str
    base_version: int
    changes: dict
    clock: str


class ServerStore:
    """What the server keeps for one record: versions, field clocks, and answered operation ids."""

    def __init__(self, kind, body, clocks):
        self.kind = kind
        self.versions = [body]
        self.clocks = clocks
        self.answered: dict[str, str] = {}

    def push(self, op: Op) -> str:
        if op.op_id in self.answered:
            return self.answered[op.op_id]
        base = self.versions[min(op.base_version, len(self.versions) - 1)]
        r = merge(self.kind, base, self.versions[-1], self.clocks, op.changes, op.clock)
        self.versions.append(r.body)
        self.clocks = r.clocks
        self.answered[op.op_id] = r.status
        return r.status


@st.composite
def histories(draw):
    kind = draw(st.sampled_from(sorted(DOMAINS)))
    body = draw(bodies(kind))
    clocks = {f: stamp(0, "origin") for f in body}
    ops: list[Op] = []
    last: dict[str, Stamp] = {}
    seq: dict[str, int] = {}
    for i in range(draw(st.integers(1, 8))):
        device = draw(st.sampled_from(["d1", "d2", "d3"]))
        last[device] = tick(last.get(device), draw(st.integers(0, 6)), device)
        seq[device] = seq.get(device, 0) + 1
        ops.append(
            Op(f"{device}:{seq[device]}", draw(st.integers(0, i)), draw(edits(kind, min_size=1)), last[device].encode())
        )
    return kind, body, clocks, ops


@settings(max_examples=300)
@given(histories(), st.data())
def test_replaying_a_prefix_then_the_whole_sequence_is_the_same_as_once(history, data):
    kind, body, clocks, ops = history
    once = ServerStore(kind, body, clocks)
    answers = [once.push(op) for op in ops]

    k = data.draw(st.integers(0, len(ops)))
    retried = ServerStore(kind, body, clocks)
    for op in ops[:k]:
        retried.push(op)  # answers lost on the way back to the device
    assert [retried.push(op) for op in ops] == answers
    assert retried.versions[-1] == once.versions[-1] and retried.clocks == once.clocks


@settings(max_examples=200)
@given(histories(), st.data())
def test_any_redelivery_of_answered_operations_is_harmless(history, data):
    kind, body, clocks, ops = history
    once = ServerStore(kind, body, clocks)
    for op in ops:
        once.push(op)
    flaky = ServerStore(kind, body, clocks)
    for i, op in enumerate(ops):
        flaky.push(op)
        for j in data.draw(st.lists(st.integers(0, i), max_size=3)):
            flaky.push(ops[j])
    assert flaky.versions[-1] == once.versions[-1] and flaky.clocks == once.clocks


# --- (f) commutativity ------------------------------------------------------------------------


@st.composite
def two_clients(draw, disjoint=True):
    kind = draw(st.sampled_from(sorted(DOMAINS)))
    base = draw(bodies(kind))
    a = draw(edits(kind))
    b = draw(edits(kind))
    if disjoint:
        b = {f: v for f, v in b.items() if f not in a}
    ca, cb = draw(stamps(("c",))), draw(stamps(("e",)))
    return kind, base, a, ca, b, cb


def both_orders(kind, base, server, clocks, a, ca, b, cb):
    ab1 = merge(kind, base, server, clocks, a, ca)
    ab = merge(kind, base, ab1.body, ab1.clocks, b, cb)
    ba1 = merge(kind, base, server, clocks, b, cb)
    ba = merge(kind, base, ba1.body, ba1.clocks, a, ca)
    return (ab1, ab), (ba1, ba)


def conflicts_of(*results):
    return {x for r in results for x in r.conflicts}


@settings(max_examples=300)
@given(two_clients(), st.data())
def test_disjoint_edits_from_the_same_base_commute(two, data):
    kind, base, a, ca, b, cb = two
    # From the base itself, and from a server that has moved on since.
    for server in (base, {**base, **data.draw(edits(kind))}):
        clocks = {f: data.draw(stamps(SERVER_NODES)) for f in server}
        (ab1, ab), (ba1, ba) = both_orders(kind, base, server, clocks, a, ca, b, cb)
        assert ab.body == ba.body and ab.clocks == ba.clocks
        # The same conflicts are raised for a person, whichever order they arrived in.
        assert conflicts_of(ab1, ab) == conflicts_of(ba1, ba)


@settings(max_examples=300)
@given(two_clients(disjoint=False))
def test_overlapping_latest_edits_commute_but_review_edits_do_not_have_to(two):
    kind, base, a, ca, b, cb = two
    a = {f: v for f, v in a.items() if v != base[f]}
    b = {f: v for f, v in b.items() if v != base[f]}
    clocks = {f: stamp(0, "origin") for f in base}
    (_ab1, ab), (_ba1, ba) = both_orders(kind, base, base, clocks, a, ca, b, cb)
    for f in base:
        if policy(kind, f) == LATEST or not (f in a and f in b and a[f] != b[f]):
            assert ab.body[f] == ba.body[f], f
        else:
            # Review: whichever arrived first stays and the other is raised for a person.
            assert ab.body[f] == a[f] and ba.body[f] == b[f]
            assert f in {x.field for x in ab.conflicts} and f in {x.field for x in ba.conflicts}


# --- (g) purity -------------------------------------------------------------------------------


@settings(max_examples=300)
@given(cases(), st.booleans(), st.booleans())
def test_inputs_are_never_mutated_and_the_result_is_deterministic(c, no_base, no_server):
    base = None if no_base else c.base
    server = None if no_server else c.server
    clocks = {} if no_server else c.clocks
    before = copy.deepcopy((base, server, clocks, c.changes, c.clock))
    r = merge(c.kind, base, server, clocks, c.changes, c.clock)
    assert (base, server, clocks, c.changes, c.clock) == before
    assert r.body is not server and r.body is not c.changes and r.clocks is not clocks

    # The same inputs, built in another order, give the same answer.
    def rev(d: Mapping[str, Any]) -> dict[str, Any]:
        return dict(reversed(list(d.items())))

    again = merge(
        c.kind,
        None if base is None else rev(base),
        None if server is None else rev(server),
        rev(clocks),
        rev(c.changes),
        c.clock,
    )
    assert again == r
    # Changing the result does not reach back into the inputs.
    r.body.clear()
    r.clocks.clear()
    assert (base, server, clocks, c.changes, c.clock) == before
