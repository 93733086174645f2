"""Stopping cleanly when asked to: Ctrl+C (SIGINT), a request to end (SIGTERM), a closed terminal (SIGHUP).

    with interrupts.taken():      # around a whole command (the command line does this)
        with interrupts.held():   # a step that must finish or be undone whole (a file write)
            ...                   # a signal arriving here waits until the block has ended

SIGINT raises `KeyboardInterrupt` and the others raise `Terminated`, so every `finally` and
`except BaseException` on the way out runs: temporary files are removed and a session being
played is recorded as ended early. The command line turns them into exit status 130 (SIGINT)
or 128 + the signal's number. Installing also keeps SDL from turning SIGTERM into a window
close event, which an unattended game would never see.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

TYPE_CHECKING = False  # typing is not loaded at start-up: every millisecond before Ctrl+C is handled counts
if TYPE_CHECKING:
    from typing import Iterator

SIGINT_EXIT = 130


class Terminated(BaseException):
    """The process was asked to end (SIGTERM or SIGHUP); like KeyboardInterrupt, not an error."""

    def __init__(self, signum: int):
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


def _handled() -> list[int]:
    found = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGHUP"):
        found.append(signal.SIGHUP)
    return found


_depth = 0
_pending: int | None = None
_installed = False


def _raise_for(signum: int) -> None:
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


def _on_signal(signum: int, _frame) -> None:
    global _pending
    if _depth:
        if _pending is None:
            _pending = signum
        return
    _raise_for(signum)


def install() -> dict[int, object]:
    """Take SIGINT, SIGTERM and SIGHUP as exceptions; returns the handlers they had before
    (empty, and nothing changed, when not on the main thread)."""
    global _installed
    if threading.current_thread() is not threading.main_thread():
        return {}
    previous = {}
    for signum in _handled():
        if signum == signal.SIGHUP and signal.getsignal(signum) == signal.SIG_IGN:
            continue  # started with nohup: keep ignoring a closed terminal
        previous[signum] = signal.signal(signum, _on_signal)
    _installed = True
    return previous


def restore(previous: dict[int, object]) -> None:
    """Put back the handlers `install` replaced."""
    global _installed, _pending
    for signum, handler in previous.items():
        signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
    if previous:
        _installed = False
        _pending = None


@contextmanager
def taken(last: bool = False) -> Iterator[None]:
    """Signals as exceptions for the length of the block (a command), then as they were; with
    `last` (the block is all the process does), ignored from then on, so a Ctrl+C while the
    process ends cannot change an exit status already decided."""
    previous = install()
    try:
        yield
    finally:
        if last:
            ignore_further()
        else:
            restore(previous)


def ignore_further() -> None:
    """Once stopping, ignore more of the same signals so the way out is not cut short."""
    if _installed and threading.current_thread() is threading.main_thread():
        for signum in _handled():
            signal.signal(signum, signal.SIG_IGN)


@contextmanager
def held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP until the block ends, then act on the first that came."""
    global _depth, _pending
    if threading.current_thread() is not threading.main_thread():
        yield  # Python runs signal handlers on the main thread only: nothing to hold here
        return
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0 and _pending is not None:
            signum, _pending = _pending, None
            _raise_for(signum)


def unwrapped(error: BaseException) -> BaseException | None:
    """The interrupt inside an error Python wrapped it in (one raised while a class was being
    made comes out as a RuntimeError), or None when there is none."""
    seen = 0
    cause = error.__cause__ or error.__context__
    while cause is not None and seen < 10:
        if isinstance(cause, (KeyboardInterrupt, Terminated)):
            return cause
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return None


def exit_status(error: BaseException) -> int:
    """The exit status for a stop by signal: 130 for Ctrl+C, 128 + N for signal N."""
    if isinstance(error, Terminated):
        return error.exit_status
    return SIGINT_EXIT
