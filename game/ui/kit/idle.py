"""Idle screens: how long a screen stays as drawn, so the loop can sleep instead of redrawing.

An old school laptop should not spend a quarter of a core redrawing a settings page sixty
times a second. Each scene says how long it stays still (`Scene.still_for`); the App waits for
input up to then, and input wakes it at once.
"""

from __future__ import annotations

import math

STILL = math.inf   # a screen that never changes by itself


def blink_wait(phase: float, period: float, shown_share: float = 0.6) -> float:
    """Seconds until a caret blinking every `period` (shown for `shown_share` of it) turns on or off."""
    into = phase % period
    turn = period * shown_share
    return max(1e-3, (turn - into) if into < turn else (period - into))
