"""Push and pull over HTTP: merge, conflicts, idempotency, scope, tombstones, duplicates, bad input."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.domain.ids import new_id
from tests.domain import factories
from tests.server.harness import ApiError


def client_fields(**kw) -> dict:
    body = replace(factories.client(id=new_id(), ssn=None, ssn_data_quality=99), **kw).to_dict()
    return body


@pytest.fixture(scope="module")
def team(world):
    """Two workers of one agency, a data coordinator, and a worker of another agency."""
    return {
        "a1": world.signed_in("case_manager", "Hope Shelter"),
        "a2": world.signed_in("outreach_worker", "Hope Shelter"),
        "dc": world.signed_in("data_coordinator", "Hope Shelter"),
        "b": world.signed_in("case_manager", "Street Team"),
    }


def _find(changes, record_id):
    return [c for c in changes if c["id"] == record_id]


def test_a_pushed_client_reaches_the_agency_and_no_one_else(team):
    body = client_fields()
    [result] = team["a1"].push(team["a1"].op("client", body["id"], body))
    assert result["status"] == "applied" and result["version"] == 1
    seen, _ = team["a2"].pull_all()
    assert _find(seen, body["id"])[0]["body"]["last_name"] == body["last_name"]
    other, _ = team["b"].pull_all()
    assert not _find(other, body["id"])


def test_replaying_a_batch_changes_nothing_and_answers_the_same(team):
    body = client_fields()
    ops = [
        team["a1"].op("client", body["id"], body),
        team["a1"].op("client", body["id"], {"alias": "Ro"}, base_version=1),
    ]
    first = team["a1"].push(*ops)
    again = team["a1"].push(*ops)
    assert first == again
    assert team["a1"].call("GET", f"/v1/records/client/{body['id']}")["version"] == 2


def test_edits_to_different_fields_merge(team):
    body = client_fields()
    team["a1"].push(team["a1"].op("client", body["id"], body))
    [one] = team["a1"].push(team["a1"].op("client", body["id"], {"alias": "Rosie"}, base_version=1))
    [two] = team["a2"].push(team["a2"].op("client", body["id"], {"veteran_status": 1}, base_version=1))
    assert one["status"] == "applied" and two["status"] == "merged"
    final = team["a1"].call("GET", f"/v1/records/client/{body['id']}")["body"]
    assert final["alias"] == "Rosie" and final["veteran_status"] == 1


def test_a_review_field_changed_on_both_sides_raises_one_conflict_that_a_person_resolves(team):
    body = client_fields()
    team["a1"].push(team["a1"].op("client", body["id"], body))
    team["a1"].push(team["a1"].op("client", body["id"], {"last_name": "Quinonez"}, base_version=1))
    [clash] = team["a2"].push(team["a2"].op("client", body["id"], {"last_name": "Quiñones"}, base_version=1))
    assert clash["status"] == "conflict" and clash["conflicts"] == ["last_name"]
    record = team["a1"].call("GET", f"/v1/records/client/{body['id']}")["body"]
    assert record["last_name"] == "Quinonez"  # the server's value stays until a person decides
    open_ = [c for c in team["dc"].call("GET", "/v1/conflicts") if c["record_id"] == body["id"]]
    assert len(open_) == 1 and {open_[0]["server"], open_[0]["client"]} == {"Quinonez", "Quiñones"}
    with pytest.raises(ApiError) as refused:
        team["a1"].call("GET", "/v1/conflicts")
    assert refused.value.status == 403
    _, cursor = team["a2"].pull_all()
    done = team["dc"].call("POST", f"/v1/conflicts/{open_[0]['id']}/resolve", {"value": "Quiñones"})
    assert done["status"] == "resolved"
    after, _ = team["a2"].pull_all(cursor)
    assert _find(after, body["id"])[0]["body"]["last_name"] == "Quiñones"
    with pytest.raises(ApiError) as twice:
        team["dc"].call("POST", f"/v1/conflicts/{open_[0]['id']}/resolve", {"value": "x"})
    assert twice.value.status == 409


def test_latest_field_changed_on_both_sides_takes_the_later_stamp(team):
    body = client_fields()
    team["a1"].push(team["a1"].op("client", body["id"], body))
    early = team["a1"].op("client", body["id"], {"alias": "early"}, base_version=1)
    team["a1"].live.clock.advance(5)
    late = team["a2"].op("client", body["id"], {"alias": "late"}, base_version=1)
    team["a2"].push(late)
    [result] = team["a1"].push(early)  # arrives second, but was made first
    assert result["status"] == "merged"
    assert team["a1"].call("GET", f"/v1/records/client/{body['id']}")["body"]["alias"] == "late"


def test_invalid_changes_are_rejected_with_a_reason_and_the_rest_of_the_batch_applies(team):
    good, bad = client_fields(), client_fields()
    bad["dob"] = "2999-01-01"
    results = team["a1"].push(
        team["a1"].op("client", bad["id"], bad),
        team["a1"].op("client", good["id"], good),
        team["a1"].op("client", new_id(), {"shoe_size": 9}),
    )
    assert [r["status"] for r in results] == ["rejected", "applied", "rejected"]
    assert "dob" in results[0]["reason"] and "2999" not in results[0]["reason"]
    assert "shoe_size" in results[2]["reason"]
    with pytest.raises(ApiError) as missing:
        team["a1"].call("GET", f"/v1/records/client/{bad['id']}")
    assert missing.value.status == 404


def test_another_agencys_record_cannot_be_changed_or_read(team):
    body = client_fields()
    team["a1"].push(team["a1"].op("client", body["id"], body))
    [result] = team["b"].push(team["b"].op("client", body["id"], {"alias": "x"}, base_version=1))
    assert result["status"] == "rejected" and "another agency" in result["reason"]
    with pytest.raises(ApiError) as refused:
        team["b"].call("GET", f"/v1/records/client/{body['id']}")
    assert refused.value.status == 404


def test_a_full_release_of_information_shares_the_client_with_other_agencies(team, world):
    body = client_fields()
    a1 = team["a1"]
    a1.push(a1.op("client", body["id"], body))
    consent = factories.consent(
        id=new_id(),
        personal_id=body["id"],
        agency_id=world.agency("Hope Shelter"),
        signed_date=date.today() - timedelta(days=1),
        expires_date=date.today() + timedelta(days=365),
    )
    consent_body = consent.to_dict()
    [result] = a1.push(a1.op("consent", consent_body["id"], consent_body))
    assert result["status"] == "applied", result
    seen, _ = team["b"].pull_all()
    shared = _find(seen, body["id"])
    assert shared and shared[0]["body"]["first_name"] == body["first_name"]


def test_a_delete_is_a_tombstone_in_the_feed(team):
    body = client_fields()
    a1 = team["a1"]
    a1.push(a1.op("client", body["id"], body))
    _, cursor = team["a2"].pull_all()
    [result] = a1.push(a1.op("client", body["id"], {}, base_version=1, op="delete"))
    assert result["status"] == "applied"
    after, _ = team["a2"].pull_all(cursor)
    assert _find(after, body["id"])[0]["deleted"] is True
    [again] = a1.push(a1.op("client", body["id"], {"alias": "back"}, base_version=2))
    assert again["status"] == "rejected"


def test_operations_must_be_the_devices_own(team):
    a1, a2 = team["a1"], team["a2"]
    body = client_fields()
    forged = a2.op("client", body["id"], body)  # made with a2's id and clock
    [result] = a1.push(forged)
    assert result["status"] == "rejected" and "this device" in result["reason"]
    wrong_clock = a1.op("client", body["id"], body)
    wrong_clock["hlc"] = forged["hlc"]
    [result] = a1.push(wrong_clock)
    assert result["status"] == "rejected" and "clock stamp" in result["reason"]


def test_new_clients_made_twice_offline_are_raised_as_possible_duplicates_and_merged(team, world):
    a1, a2, dc = team["a1"], team["a2"], team["dc"]
    first = client_fields(first_name="Marisol", last_name="Echeverria")
    second = client_fields(first_name="Marisol", last_name="Echevaria")  # typed differently, same DOB
    a1.push(a1.op("client", first["id"], first))
    a2.push(a2.op("client", second["id"], second))
    pairs = [
        d for d in dc.call("GET", "/v1/duplicates") if {d["client_id"], d["other_id"]} == {first["id"], second["id"]}
    ]
    assert len(pairs) == 1 and pairs[0]["score"] >= 0.85
    enrollment = factories.enrollment(
        id=new_id(), personal_id=second["id"], household_id=new_id(), project_id=world.projects["Hope Shelter"]
    ).to_dict()
    assert a2.push(a2.op("enrollment", enrollment["id"], enrollment))[0]["status"] == "applied"
    merged = dc.call("POST", f"/v1/duplicates/{pairs[0]['id']}/merge", {"keep": first["id"]})
    assert merged["records_moved"] == 1 and merged["retired"] == second["id"]
    moved = a1.call("GET", f"/v1/records/enrollment/{enrollment['id']}")["body"]
    assert moved["personal_id"] == first["id"]
    assert a1.call("GET", f"/v1/records/client/{second['id']}")["deleted"] is True
    with world.live.ctx.engine.connect() as conn:
        merges = conn.execute(text("SELECT count(*) FROM audit WHERE action = 'clients_merged'")).scalar()
    assert merges >= 1


@pytest.mark.parametrize(
    "payload,status",
    [
        (b"{not json", 422),
        (json.dumps({"operations": "many"}).encode(), 422),
        (json.dumps({"operations": [], "extra": 1}).encode(), 422),
        (json.dumps({"operations": []}).encode(), 422),
        (json.dumps({"operations": [{"op_id": "x"}]}).encode(), 422),
    ],
)
def test_malformed_pushes_get_a_4xx_with_a_reason_and_change_nothing(team, payload, status):
    a1 = team["a1"]
    _, before = a1.pull_all()
    response = a1.raw("POST", "/v1/sync/push", raw_body=payload)
    assert response.status_code == status and response.json()["detail"]
    _, after = a1.pull_all()
    assert after == before


def test_oversized_batches_and_bodies_are_refused(team):
    a1 = team["a1"]
    ops = [a1.op("client", new_id(), {"alias": "x"}) for _ in range(501)]
    too_many = a1.raw("POST", "/v1/sync/push", {"operations": ops})
    assert too_many.status_code == 422 and "operations" in too_many.json()["detail"]
    huge = a1.raw("POST", "/v1/sync/push", raw_body=b"[" + b" " * (5 * 1024 * 1024) + b"]")
    assert huge.status_code == 413


def test_gzip_bodies_are_accepted_and_broken_gzip_is_refused(team):
    a1 = team["a1"]
    body = client_fields()
    result = a1.call("POST", "/v1/sync/push", {"operations": [a1.op("client", body["id"], body)]}, gzip_body=True)
    assert result["results"][0]["status"] == "applied"
    broken = a1.raw(
        "POST",
        "/v1/sync/push",
        raw_body=b"\x1f\x8b\x08\x00garbage",
        headers={"Content-Encoding": "gzip"},
    )
    assert broken.status_code in (400, 401)


def test_a_possible_duplicate_in_another_agency_is_not_revealed(team):
    ours = client_fields(first_name="Anselmo", last_name="Villanueva")
    theirs = dict(ours, id=new_id())
    team["b"].push(team["b"].op("client", theirs["id"], theirs))
    team["a1"].push(team["a1"].op("client", ours["id"], ours))
    listed = team["dc"].call("GET", "/v1/duplicates")
    assert not [d for d in listed if theirs["id"] in (d["client_id"], d["other_id"])]


def test_a_gzip_body_with_a_second_member_is_refused(team):
    import gzip

    a1 = team["a1"]
    body = json.dumps({"operations": [a1.op("client", new_id(), client_fields())]}).encode()
    response = a1.raw(
        "POST",
        "/v1/sync/push",
        raw_body=gzip.compress(body) + gzip.compress(b"xx"),
        headers={"Content-Encoding": "gzip"},
    )
    assert response.status_code == 400


def test_a_base_version_beyond_the_database_integer_is_refused_not_a_crash(team):
    a1 = team["a1"]
    response = a1.raw(
        "POST", "/v1/sync/push", {"operations": [a1.op("client", new_id(), {"alias": "x"}, base_version=2**31)]}
    )
    assert response.status_code == 422
    [result] = a1.push(a1.op("client", new_id(), {"alias": "x"}, base_version=2**31 - 1))
    assert result["status"] == "rejected"


@pytest.mark.parametrize("where", ["op_id", "kind", "hlc", "field_name", "field_value"])
def test_nul_characters_are_refused_with_a_reason(team, where):
    a1 = team["a1"]
    op = a1.op("client", new_id(), client_fields())
    if where == "field_name":
        op["fields"]["ali\x00as"] = "x"
    elif where == "field_value":
        op["fields"]["first_name"] = "Ro\x00sa"
    else:
        op[where] = op[where] + "\x00"
    response = a1.raw("POST", "/v1/sync/push", {"operations": [op]})
    assert response.status_code == 422 and "NUL" in response.json()["detail"]


def test_a_nul_in_the_address_is_refused(team):
    response = team["a1"].raw("GET", "/v1/records/client/%00")
    assert response.status_code == 400
