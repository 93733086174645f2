"""Reading the pack library on a thread of its own, with its progress, so a window never waits.

`LibraryLoading(load).start()` calls `load(progress)` on a daemon thread; `progress(done, total)`
counts pack files. The window asks `done` and `progress` each frame and takes the library with
`result()` once it is done (or waits for it there, when something needs it at once). Whatever
the reading raised is raised again by `result()`, on the thread that asks.
"""

from __future__ import annotations

import gc
import threading
from typing import Any, Callable

from game.packs.gcpause import paused_gc

Progress = Callable[[int, int], None]


class LibraryLoading:
    def __init__(self, load: Callable[[Progress], Any], *, keep: bool = True) -> None:
        """`keep`: the library lives as long as the process (a window), so once it is read its
        objects are put out of the garbage collector's sight (`gc.freeze`): a full collection
        would otherwise walk every question again, a visible pause in the middle of play."""
        self._load = load
        self._keep = keep
        self._thread: threading.Thread | None = None
        self._finished = threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None
        self.files_done = 0
        self.files_total = 0

    def start(self) -> "LibraryLoading":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="relayquiz-library", daemon=True)
            self._thread.start()
        return self

    def _progress(self, done: int, total: int) -> None:
        self.files_done, self.files_total = done, total

    def _run(self) -> None:
        try:
            with paused_gc():  # frozen before the collector is back, so it never walks them
                self._result = self._load(self._progress)
                if self._keep:
                    gc.freeze()
        except BaseException as error:  # handed to whoever takes the result
            self._error = error
        finally:
            self._finished.set()

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    @property
    def fraction(self) -> float | None:
        """How far the reading is, 0..1; None while the number of files is not known yet."""
        if self.done:
            return 1.0
        if not self.files_total:
            return None
        return min(1.0, self.files_done / self.files_total)

    def result(self, timeout: float | None = None) -> Any:
        """The library (waiting for it if need be); raises what the reading raised."""
        self.start()
        if not self._finished.wait(timeout):
            raise TimeoutError("the pack library is still being read")
        if self._error is not None:
            raise self._error
        return self._result
