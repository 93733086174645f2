"""Telling the game's own scores database from another program's SQLite file at the same path.

A database the game made carries its application id in the file header (older ones, made
before the id was set, are known by their tables). A file with another program's id, or
with tables the game did not make (another program's `sessions`, say), is not ours to
migrate or write into: it is moved aside like a damaged one.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from game.i18n import _
from game.store.schema import MIGRATIONS, statements

APPLICATION_ID = 0x52515A31  # "RQZ1" in the header of every scores database the game makes


class ForeignDatabase(Exception):
    """The file is a good SQLite database, but another program's."""


@lru_cache(maxsize=None)
def tables_at(version: int) -> dict[str, frozenset[str]]:
    """The tables and their columns after the first `version` migrations."""
    scratch = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            for statement in statements(script):
                scratch.execute(statement)
        return _tables(scratch)
    finally:
        scratch.close()


def _tables(connection: sqlite3.Connection) -> dict[str, frozenset[str]]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: frozenset(row[1] for row in connection.execute(f'PRAGMA table_info("{name}")'))
            for name in names}


def check_ours(connection: sqlite3.Connection) -> None:
    """Raise ForeignDatabase unless the open database is empty or one this game made."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabase(_("it carries another program's mark ({mark})").format(mark=f"{application_id:#x}"))
    found = _tables(connection)
    if not found:
        return  # empty: a new database, made here
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id == APPLICATION_ID and version > len(MIGRATIONS):
        return  # a newer game's database: opening says so, without moving it
    expected = tables_at(min(version, len(MIGRATIONS)))
    strangers = sorted(name for name, columns in found.items()
                       if name in expected and not expected[name] <= columns)
    missing = sorted(name for name in expected if name not in found)
    if version == 0 or strangers or missing:
        shown = ", ".join(sorted(found)[:5]) + (" ..." if len(found) > 5 else "")
        raise ForeignDatabase(_("it holds tables this game did not make ({tables})").format(tables=shown))
