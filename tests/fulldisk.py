"""A scores database on a disk that fills up (and is freed again), for the store and play tests.

    disk = FullDisk.around(store)          # the store now writes through it
    disk.fill()                            # every change from now on fails as SQLite's does
    disk.free()                            # and succeeds again
    disk.fill(after=4)                     # four more transactions succeed, then the disk is full

Reading goes on as usual, as it does on a real full disk.
"""

from __future__ import annotations

import sqlite3

CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class FullDisk:
    """Stands in for a store's sqlite3 connection and refuses changes while 'full'."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection
        self._room: int | None = None   # transactions left before the disk is full; None: no limit
        self._this_one_fits = True
        self.refused = 0

    @classmethod
    def around(cls, store) -> "FullDisk":
        disk = cls(store.connection)
        store.connection = disk
        return disk

    def fill(self, after: int = 0) -> None:
        self._room = after
        self._this_one_fits = after > 0 or not self._connection.in_transaction

    def free(self) -> None:
        self._room = None

    @property
    def full(self) -> bool:
        return self._room is not None and self._room <= 0

    def execute(self, sql: str, *args):
        self._check(sql)
        return self._connection.execute(sql, *args)

    def executemany(self, sql: str, *args):
        self._check(sql)
        return self._connection.executemany(sql, *args)

    def _check(self, sql: str) -> None:
        statement = sql.lstrip().upper()
        if statement.startswith("BEGIN"):
            self._this_one_fits = self._room is None or self._room > 0
            if self._room is not None and self._room > 0:
                self._room -= 1
        elif statement.startswith(CHANGES) and not self._this_one_fits:
            self.refused += 1
            raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name):
        return getattr(self._connection, name)
