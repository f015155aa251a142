"""The hybrid logical clock: strictly increasing stamps whatever the wall clock does."""

from __future__ import annotations

import itertools

from cardfile.sync.hlc import COUNTER_BITS, HybridLogicalClock, pack, unpack
from tests.helpers import FakeClock

T = 1_800_000_000_000  # milliseconds since the epoch (January 2027)


def stamps(clock: HybridLogicalClock, n: int) -> list[int]:
    return [clock.now() for _ in range(n)]


def test_pack_and_unpack_are_inverse() -> None:
    assert unpack(pack(T, 12)) == (T, 12)
    assert pack(T, (1 << COUNTER_BITS) - 1) < pack(T + 1, 0)


def test_follows_a_wall_clock_that_moves_forward() -> None:
    wall = FakeClock(T)
    clock = HybridLogicalClock(wall=wall)
    assert clock.now() == pack(T, 0)
    wall.advance(5)
    assert clock.now() == pack(T + 5, 0)


def test_counts_up_while_the_wall_clock_stands_still() -> None:
    clock = HybridLogicalClock(wall=FakeClock(T))
    issued = stamps(clock, 1000)
    assert issued == sorted(set(issued))
    assert unpack(issued[-1]) == (T, 999)


def test_never_runs_back_when_the_wall_clock_does() -> None:
    wall = FakeClock(T)
    clock = HybridLogicalClock(wall=wall)
    first = clock.now()
    wall.advance(-60_000)  # the system clock is set back a minute
    later = stamps(clock, 3)
    assert first < later[0] < later[1] < later[2]
    assert unpack(later[-1])[0] == T  # it stays on the highest time seen rather than jumping ahead
    wall.advance(60_001)
    assert clock.now() == pack(T + 1, 0)  # and rejoins the wall clock once it has caught up


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridLogicalClock(last=pack(T, (1 << COUNTER_BITS) - 2), wall=FakeClock(T))
    a, b, c = stamps(clock, 3)
    assert unpack(a) == (T, (1 << COUNTER_BITS) - 1)
    assert unpack(b) == (T + 1, 0)
    assert unpack(c) == (T + 1, 1)
    assert a < b < c


def test_seventy_thousand_events_in_one_millisecond_stay_ordered() -> None:
    clock = HybridLogicalClock(wall=FakeClock(T))
    issued = stamps(clock, 70_000)
    assert all(x < y for x, y in itertools.pairwise(issued))


def test_observing_a_stamp_from_the_future_orders_later_events_after_it() -> None:
    wall = FakeClock(T)
    clock = HybridLogicalClock(wall=wall)
    clock.now()
    remote = pack(T + 3_600_000, 7)  # another device whose clock runs an hour ahead
    observed = clock.observe(remote)
    assert observed > remote
    assert clock.now() > observed
    wall.advance(1)
    assert clock.now() > remote  # still behind on the wall clock, still after the remote event


def test_observing_a_remote_stamp_at_counter_limit() -> None:
    clock = HybridLogicalClock(wall=FakeClock(T))
    remote = pack(T + 10, (1 << COUNTER_BITS) - 1)
    assert clock.observe(remote) == pack(T + 11, 0)


def test_observing_an_older_stamp_changes_nothing() -> None:
    clock = HybridLogicalClock(wall=FakeClock(T))
    current = clock.now()
    assert clock.observe(pack(T - 5, 3)) == current
    assert clock.last == current


def test_observing_when_the_wall_clock_is_ahead_of_both() -> None:
    wall = FakeClock(T)
    clock = HybridLogicalClock(wall=wall)
    clock.now()
    wall.advance(100)
    assert clock.observe(pack(T + 50, 9)) == pack(T + 100, 0)


def test_a_stamp_no_clock_could_have_made_is_not_followed() -> None:
    """Regression (issue #10): a pulled write stamped with the largest stamp there is (2**63 - 1) took the clock
    with it, and the next stamp no longer fitted in the database: every add or edit failed (OverflowError)."""
    largest = (1 << 63) - 1
    wall = FakeClock(T)
    for clock in (HybridLogicalClock(wall=wall), HybridLogicalClock(last=largest, wall=wall)):
        clock.observe(largest)
        assert all(stamp < 1 << 63 for stamp in stamps(clock, 3))
        assert unpack(clock.now())[0] == T
    honest = HybridLogicalClock(wall=wall)
    ahead = pack(T + 24 * 3600 * 1000, 7)  # a day ahead: a wrong clock, but one a clock can be
    assert honest.observe(ahead) > ahead


def test_many_stamps_at_once_are_those_as_many_calls_would_give() -> None:
    """A bulk write (undoing an import moves 100,000 records to the Trash) takes its stamps in one call: each
    after the last, unique, in order, borrowing the next millisecond when a counter runs out, as `now` does."""
    wall = FakeClock(T)
    one_by_one = HybridLogicalClock(wall=wall)
    at_once = HybridLogicalClock(wall=wall)
    count = (1 << COUNTER_BITS) + 10
    issued = list(at_once.now_many(count))
    assert issued == stamps(one_by_one, count)
    assert unpack(issued[-1]) == (T + 1, 9)
    assert at_once.now() > issued[-1] and at_once.last == one_by_one.now()
    assert list(at_once.now_many(0)) == []
