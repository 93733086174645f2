"""Opening the scores database for the record commands (scores, report, history)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.store import Store


def open_store() -> Store | None:
    """The store, with any notice about a damaged file on stderr; None (reported) if unusable."""
    from game.store import Store, StoreError

    try:
        store = Store()
    except StoreError as exc:
        print(f"relayquiz: {exc}", file=sys.stderr)
        return None
    if store.notice:
        print(store.notice, file=sys.stderr)
    return store


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value
