"""Clocks the quiz reads time from, passed in so that tests never sleep.

A session only ever asks its clock for `now()`; a countdown stores when it started and how
much time it has, and computes the time left from the clock, so it never drifts.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything with `now() -> float`, in seconds, never going backwards."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock for the game: `time.monotonic`, unaffected by changes to the wall clock."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to, for tests and scripted play."""

    def __init__(self, start: float = 0.0):
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._now += seconds


class Countdown:
    """Time allowed for one question: paused time does not count, added time extends it.

    Elapsed time is kept as the running time before the last pause plus the time since the
    last resume, so pausing and resuming is exact however often it happens.
    """

    def __init__(self, clock: Clock, seconds: float):
        if seconds <= 0:
            raise ValueError("a countdown needs a positive number of seconds")
        self._clock = clock
        self.budget = float(seconds)
        self._before = 0.0
        self._since: float | None = clock.now()

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        """Seconds counted so far (pauses excluded), never more than the budget."""
        running = self._clock.now() - self._since if self._since is not None else 0.0
        return min(self._before + running, self.budget)

    def left(self) -> float:
        return max(self.budget - self.elapsed(), 0.0)

    def expired(self) -> bool:
        return self.left() <= 0.0

    def pause(self) -> None:
        if self._since is not None:
            self._before += self._clock.now() - self._since
            self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._clock.now()

    def add(self, seconds: float) -> None:
        """More time for everyone (a teacher's "+10 s")."""
        if seconds <= 0:
            raise ValueError("added time must be positive")
        self.budget += seconds
