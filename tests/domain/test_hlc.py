import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.hlc import Stamp, receive, tick


def test_tick_never_goes_back_when_the_wall_clock_does():
    first = tick(None, 5_000, "a")
    second = tick(first, 1_000, "a")  # clock turned back
    assert second > first
    assert second.ms == first.ms and second.counter == first.counter + 1


def test_tick_follows_a_wall_clock_that_moves_forward():
    first = tick(None, 5_000, "a")
    assert tick(first, 6_000, "a") == Stamp(6_000, 0, "a")


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50))
def test_stamps_strictly_increase_and_encode_in_order(clocks):
    last = None
    texts = []
    for now in clocks:
        stamp = tick(last, now, "node1")
        assert last is None or stamp > last
        texts.append(stamp.encode())
        last = stamp
    assert texts == sorted(texts)
    assert [Stamp.decode(t) for t in texts][-1] == last


def test_receive_orders_after_the_remote_stamp():
    mine = tick(None, 1_000, "a")
    remote = Stamp(9_000, 4, "b")
    after = receive(mine, remote, 2_000, "a")
    assert after > remote and after.node == "a"
    assert tick(after, 2_000, "a") > remote


@pytest.mark.parametrize("text", ["", "123", "000000000001000-000000-", "x" * 20, "1-2-3"])
def test_decode_refuses_what_is_not_a_stamp(text):
    with pytest.raises(ValueError):
        Stamp.decode(text)
