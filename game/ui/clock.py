"""Game time: advanced only by the App, by the measured time of each frame.

Nothing in the window counts frames or reads the wall clock; the quiz rules receive this clock
too (it has the `now()` the quiz asks of a clock), so a test that steps the App by exact amounts plays a session of exact timings.
"""

from __future__ import annotations


class GameClock:
    """Seconds since the game started, moved forward by `advance`; `now()` reads it."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def advance(self, dt: float) -> float:
        if dt < 0:
            raise ValueError(f"time cannot go backwards (dt={dt})")
        self._now += dt
        return self._now

    def now(self) -> float:
        return self._now

    def __call__(self) -> float:
        return self._now
