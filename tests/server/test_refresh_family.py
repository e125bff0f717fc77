"""Issue 15: refresh tokens in families. A used refresh token asked again within its grace (the
laptop lost the answer) gets the same successor; used again after its successor was used, or
after the grace, it is a stolen copy: every token of that sign-in ends, and the audit says so."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, update

from server.db.schema import audit, session
from server.services.sessions import token_hash
from tests.server.harness import ApiError

REFRESH = "/v1/auth/refresh"


def _refresh(device, token: str) -> dict:
    return device.call("POST", REFRESH, {"refresh_token": token})


def _refused(device, token: str) -> int:
    with pytest.raises(ApiError) as refused:
        _refresh(device, token)
    return refused.value.status


def _pulls(device, access_token: str) -> int:
    return device.raw("GET", "/v1/sync/pull?cursor=0", headers={"Authorization": f"Bearer {access_token}"}).status_code


def _reuse_entries(world, user_id: str) -> list:
    with world.live.ctx.engine.begin() as conn:
        return list(
            conn.execute(select(audit).where(audit.c.action == "refresh_token_reused", audit.c.actor == user_id))
        )


def test_a_lost_answer_asked_again_gets_the_same_successor(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    first = _refresh(worker, worker.refresh_token)
    again = _refresh(worker, worker.refresh_token)  # the first answer never reached the laptop
    assert again["refresh_token"] == first["refresh_token"]
    assert again["session_expires_ms"] == first["session_expires_ms"]
    assert _pulls(worker, again["access_token"]) == 200 and _pulls(worker, first["access_token"]) == 200
    later = _refresh(worker, again["refresh_token"])  # the one chain goes on
    assert _pulls(worker, later["access_token"]) == 200
    assert not _reuse_entries(world, worker.user.id)


def test_a_replaced_token_used_after_its_successor_ends_the_whole_family(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    stolen = worker.refresh_token
    one = _refresh(worker, stolen)
    two = _refresh(worker, one["refresh_token"])  # the laptop goes on: the successor is used
    assert _refused(worker, stolen) == 401  # the copy, used within the grace all the same
    assert _refused(worker, two["refresh_token"]) == 401  # the laptop's own chain ended too
    assert _refused(worker, one["refresh_token"]) == 401
    assert _pulls(worker, two["access_token"]) == 401 and _pulls(worker, worker.token) == 401
    [entry] = _reuse_entries(world, worker.user.id)
    assert entry.outcome == "refused" and entry.device_id == worker.id


def test_a_replaced_token_used_after_the_grace_ends_the_whole_family(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    old = worker.refresh_token
    fresh = _refresh(worker, old)
    world.live.clock.advance(121)
    assert _refused(worker, old) == 401
    assert _refused(worker, fresh["refresh_token"]) == 401
    assert _pulls(worker, fresh["access_token"]) == 401
    assert len(_reuse_entries(world, worker.user.id)) == 1


def test_other_sign_ins_of_the_same_person_are_not_ended(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    laptop = world.device("Hope Shelter")
    laptop.login(worker.user)  # the same person on a second laptop: another family
    _refresh(worker, worker.refresh_token)
    _refresh(worker, _refresh(worker, worker.refresh_token)["refresh_token"])
    assert _refused(worker, worker.refresh_token) == 401
    assert _pulls(laptop, laptop.token) == 200 and _refresh(laptop, laptop.refresh_token)["refresh_token"]


def test_after_a_sign_out_an_old_token_is_refused_without_a_theft_alarm(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    old = worker.refresh_token
    fresh = _refresh(worker, old)
    worker.call("POST", "/v1/auth/logout", headers={"Authorization": f"Bearer {fresh['access_token']}"})
    assert _refused(worker, old) == 401 and _refused(worker, fresh["refresh_token"]) == 401
    assert not _reuse_entries(world, worker.user.id)


def test_one_token_refreshed_twice_at_once_makes_one_chain(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: _refresh(worker, worker.refresh_token), range(2)))
    assert answers[0]["refresh_token"] == answers[1]["refresh_token"]
    assert _refresh(worker, answers[0]["refresh_token"])["refresh_token"]
    assert not _reuse_entries(world, worker.user.id)


def test_a_session_from_before_families_is_its_own_family(world):
    worker = world.signed_in("case_manager", "Hope Shelter")
    with world.live.ctx.engine.begin() as conn:  # as revision 0009 leaves a session it found
        conn.execute(
            update(session)
            .where(session.c.token_hash.in_([token_hash(worker.refresh_token), token_hash(worker.token)]))
            .values(family=None)
        )
    old = worker.refresh_token
    one = _refresh(worker, old)
    two = _refresh(worker, one["refresh_token"])
    assert _refused(worker, old) == 401
    assert _refused(worker, two["refresh_token"]) == 401 and _pulls(worker, two["access_token"]) == 401
