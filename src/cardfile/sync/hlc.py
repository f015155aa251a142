"""Hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds plus a counter, packed in one integer.

The high bits hold milliseconds since the epoch, the low 16 bits a counter that orders events within the same
millisecond or while the wall clock stands still or runs back. Comparing two stamps compares integers; ties
between devices are broken by the device id where the stamps are used.

The paper bounds how far a clock may be pushed ahead by what it receives (its maximum offset, ε): here the server
refuses a write stamped more than `MAX_AHEAD_MS` ahead of its own clock, and a device takes no pulled write stamped
further ahead than that of the server's clock (see `services.sync`). Without the bound, one write stamped with the
largest stamp there is would win every field it touched for good, and every clock that saw it could never advance.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1
# How far ahead of the server's clock a write may be stamped: a laptop's clock a few minutes fast is common; one
# an hour or more off (a wrong time zone) is told to set it right.
MAX_AHEAD_MS = 60 * 60 * 1000
# No clock that ever ran made a stamp this far ahead of this computer's: one held from before the bound existed, or
# written by something else, is not followed (it would take the clock past the largest stamp an integer of the
# database holds). Generous, so that a device whose own clock is wrong by days still follows honest stamps.
IMPLAUSIBLE_AHEAD_MS = 10 * 365 * 24 * 60 * 60 * 1000


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & _COUNTER_MASK


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def latest(millis: int) -> int:
    """The greatest stamp of a millisecond: every stamp up to `millis` is at most this."""
    return pack(millis, _COUNTER_MASK)


class HybridLogicalClock:
    """Issues strictly increasing stamps that stay close to the wall clock and never run backwards."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_millis) -> None:
        self._wall = wall
        self._last = last if unpack(last)[0] <= wall() + IMPLAUSIBLE_AHEAD_MS else 0

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A stamp for a local event."""
        millis, counter = unpack(self._last)
        physical = self._wall()
        if physical > millis:
            self._last = pack(physical, 0)
        else:
            self._last = self._advance(millis, counter)
        return self._last

    def now_many(self, count: int) -> range:
        """Stamps for `count` local events at once (a bulk write), in order: what as many calls of `now` made in one
        instant give. They are consecutive numbers, since a counter that runs out borrows the next millisecond,
        whose first stamp is the number after its last."""
        if count <= 0:
            return range(0)
        first = self.now()
        self._last = first + count - 1
        return range(first, first + count)

    def observe(self, remote: int) -> int:
        """Merge a stamp received from another device, so the next local stamp orders after it. A stamp no clock
        could have made (see IMPLAUSIBLE_AHEAD_MS) is not followed."""
        if remote > self._last:
            millis, counter = unpack(remote)
            physical = self._wall()
            if millis > physical + IMPLAUSIBLE_AHEAD_MS:
                return self._last
            self._last = pack(physical, 0) if physical > millis else self._advance(millis, counter)
        return self._last

    @staticmethod
    def _advance(millis: int, counter: int) -> int:
        if counter >= _COUNTER_MASK:  # 65,536 events in one millisecond: borrow the next millisecond
            return pack(millis + 1, 0)
        return pack(millis, counter + 1)
