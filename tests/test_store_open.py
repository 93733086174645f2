"""Opening the scores database while another game holds a lock waits; it never moves a busy file."""

from __future__ import annotations

import sqlite3

import pytest

from game.store import db


def test_a_lock_while_opening_is_waited_out_not_treated_as_damage(tmp_path, monkeypatch):
    path = tmp_path / "scores.sqlite3"
    db.open_database(path).connection.close()
    real_prepare = db._prepare
    refusals = []

    def locked_twice(connection, where):
        if len(refusals) < 2:
            refusals.append(where)
            raise sqlite3.OperationalError("database is locked")
        real_prepare(connection, where)

    monkeypatch.setattr(db, "_prepare", locked_twice)
    opened = db.open_database(path)
    opened.connection.close()
    assert len(refusals) == 2
    assert opened.notice is None
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_a_lock_that_never_ends_is_reported_in_words(tmp_path, monkeypatch):
    path = tmp_path / "scores.sqlite3"

    def always_locked(connection, where):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(db, "_prepare", always_locked)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.2)
    with pytest.raises(db.StoreError, match="database is locked"):
        db.open_database(path)
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


class InterruptedAfter:
    """A connection on which Ctrl+C arrives just after one statement has run."""

    def __init__(self, connection: sqlite3.Connection, statement: str):
        self.connection = connection
        self.statement = statement

    @property
    def in_transaction(self) -> bool:
        return self.connection.in_transaction

    def execute(self, sql: str, *args):
        result = self.connection.execute(sql, *args)
        if sql == self.statement:
            raise KeyboardInterrupt
        return result


def test_ctrl_c_just_after_a_new_database_is_committed_stays_a_ctrl_c(tmp_path):
    # The rollback then finds no transaction; its error must not replace the Ctrl+C (exit 130).
    connection = sqlite3.connect(tmp_path / "scores.sqlite3", isolation_level=None)
    with pytest.raises(KeyboardInterrupt):
        db.migrate(InterruptedAfter(connection, "COMMIT"), tmp_path / "scores.sqlite3")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    connection.close()


def test_ctrl_c_while_a_new_database_is_made_undoes_the_half_made_schema(tmp_path):
    connection = sqlite3.connect(tmp_path / "scores.sqlite3", isolation_level=None)
    with pytest.raises(KeyboardInterrupt):
        db.migrate(InterruptedAfter(connection, f"PRAGMA application_id = {db.APPLICATION_ID}"),
                   tmp_path / "scores.sqlite3")
    assert not connection.in_transaction
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
    assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    connection.close()


class _StoppedAfterCommit:
    """A connection on which Ctrl+C lands the moment a COMMIT has returned."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, *args):
        cursor = self._connection.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_ctrl_c_just_after_the_new_database_is_made_stops_and_keeps_it_whole(tmp_path, monkeypatch):
    path = tmp_path / "scores.sqlite3"
    real_connect = db.connect
    monkeypatch.setattr(db, "connect", lambda where: _StoppedAfterCommit(real_connect(where)))
    with pytest.raises(KeyboardInterrupt):          # the signal, not "cannot rollback", comes out
        db.open_database(path)
    monkeypatch.undo()
    opened = db.open_database(path)
    assert opened.notice is None
    assert opened.connection.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    opened.connection.close()
