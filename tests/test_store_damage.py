"""A damaged scores file is moved aside with a clear message, and a fresh one is made."""

import sqlite3

import pytest

from game import paths
from game.store import Store
from game.store.db import is_damage
from recording import play_recorded


def _damaged_copies():
    return sorted(p for p in paths.user_data_dir().glob("scores.sqlite3.damaged-*") if not p.name.endswith("-wal"))


def _a_real_database() -> bytes:
    with Store() as store:
        for seed in range(4):
            play_recorded(store, seed=seed)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = paths.scores_db_path()
    data = path.read_bytes()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return data


@pytest.mark.parametrize("damage", ["garbage", "truncated", "text", "zeroed-middle"])
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_made(damage):
    path = paths.scores_db_path()
    real = _a_real_database()
    contents = {
        "garbage": bytes(range(256)) * 40,
        "truncated": real[: len(real) // 3],
        "text": b"these are my notes, not a database\n" * 20,
        "zeroed-middle": real[:4096] + b"\0" * (len(real) - 8192) + real[-4096:],
    }[damage]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(contents)
    with Store() as store:
        assert store.notice is not None
        (moved,) = _damaged_copies()
        assert str(moved) in store.notice and "damaged" in store.notice
        assert moved.read_bytes() == contents  # nothing of the old file is lost
        assert store.sessions() == []
        play_recorded(store)                   # and the fresh one works
    with Store() as store:
        assert store.notice is None and len(store.sessions()) == 1


def test_a_leftover_journal_of_the_damaged_file_goes_with_it():
    path = paths.scores_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not sqlite" * 100)
    path.with_name("scores.sqlite3-wal").write_bytes(b"old journal")
    with Store() as store:
        assert store.notice
    names = sorted(p.name for p in paths.user_data_dir().iterdir())
    assert any(n.startswith("scores.sqlite3.damaged-") and n.endswith("-wal") for n in names)


def test_a_healthy_database_is_never_moved():
    with Store() as store:
        play_recorded(store)
    with Store() as store:
        assert store.notice is None
    assert _damaged_copies() == []


def test_a_busy_database_is_not_mistaken_for_damage():
    assert not is_damage(sqlite3.OperationalError("database is locked"))
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
