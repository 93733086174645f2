"""Pausing Python's cyclic garbage collector while a pack is read.

Reading a big pack allocates hundreds of thousands of small objects that all stay alive, and
each allocation burst makes the collector walk every young object again: on a 10,000-question
pack more than half the parse went to collections that found nothing. Nothing a reader makes
is a cycle to collect, so the collector waits until the reading is over. Reads on several
threads share one pause; the last one to finish lets the collector run again.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_readers = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the body with the cyclic collector off (it was off already: it stays off)."""
    global _readers, _was_enabled
    with _lock:
        if _readers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0 and _was_enabled:
                gc.enable()
