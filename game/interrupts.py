"""Stopping cleanly when asked to: Ctrl+C (SIGINT), a request to end (SIGTERM), a closed terminal (SIGHUP).

    interrupts.install()          # once, at the start of a command
    with interrupts.held():       # a step that must finish or be undone whole (a file write)
        ...                       # a signal arriving here waits until the block has ended

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


def install() -> bool:
    """Take SIGINT, SIGTERM and SIGHUP as exceptions; False when not on the main thread."""
    global _installed
    if threading.current_thread() is not threading.main_thread():
        return False
    for signum in _handled():
        if signum == signal.SIGHUP and signal.getsignal(signum) == signal.SIG_IGN:
            continue  # started with nohup: keep ignoring a closed terminal
        signal.signal(signum, _on_signal)
    _installed = True
    return True


def installed() -> bool:
    return _installed


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


def exit_status(error: BaseException) -> int:
    """The exit status for a stop by signal: 130 for Ctrl+C, 128 + N for signal N."""
    if isinstance(error, Terminated):
        return error.exit_status
    return SIGINT_EXIT
