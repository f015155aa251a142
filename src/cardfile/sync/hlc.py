"""Hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds plus a counter, packed in one integer.

The high bits hold milliseconds since the epoch, the low 16 bits a counter that orders events within the same
millisecond or while the wall clock stands still or runs back. Comparing two stamps compares integers; ties
between devices are broken by the device id where the stamps are used.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & _COUNTER_MASK


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues strictly increasing stamps that stay close to the wall clock and never run backwards."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_millis) -> None:
        self._last = last
        self._wall = wall

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

    def observe(self, remote: int) -> int:
        """Merge a stamp received from another device, so the next local stamp orders after it."""
        if remote > self._last:
            millis, counter = unpack(remote)
            physical = self._wall()
            self._last = pack(physical, 0) if physical > millis else self._advance(millis, counter)
        return self._last

    @staticmethod
    def _advance(millis: int, counter: int) -> int:
        if counter >= _COUNTER_MASK:  # 65,536 events in one millisecond: borrow the next millisecond
            return pack(millis + 1, 0)
        return pack(millis, counter + 1)
