"""Opening the scores database for the record commands (scores, report, history)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from game.commands.common import positive  # noqa: F401 - the record commands' --limit type

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
