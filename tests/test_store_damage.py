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


def _other_programs_copies():
    return sorted(p for p in paths.user_data_dir().glob("scores.sqlite3.other-*") if not p.name.endswith("-wal"))


@pytest.mark.parametrize("user_version", [0, 1, 7])
def test_another_programs_database_with_a_sessions_table_is_moved_aside(user_version):
    path = paths.scores_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE sessions (token TEXT PRIMARY KEY, user TEXT, expires INTEGER)")
    other.execute("INSERT INTO sessions VALUES ('abc', 'someone', 0)")
    other.execute(f"PRAGMA user_version = {user_version}")
    other.commit()
    other.close()
    original = path.read_bytes()
    with Store() as store:
        assert store.notice and "not a Torch Relay Quiz scores database" in store.notice
        (moved,) = _other_programs_copies()
        assert str(moved) in store.notice and moved.read_bytes() == original
        play_recorded(store)
    with Store() as store:
        assert store.notice is None and len(store.sessions()) == 1


def test_a_database_marked_by_another_program_is_moved_aside():
    path = paths.scores_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 1234")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.commit()
    other.close()
    with Store() as store:
        assert store.notice and "another program's mark" in store.notice
    assert len(_other_programs_copies()) == 1


def test_a_database_made_before_the_game_marked_its_files_is_still_its_own():
    with Store() as store:
        play_recorded(store)
        store.connection.execute("PRAGMA application_id = 0")     # as a file from an earlier version
    with Store() as store:
        assert store.notice is None and len(store.sessions()) == 1
    assert _other_programs_copies() == []


def test_an_empty_file_becomes_a_fresh_database_without_a_notice():
    path = paths.scores_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    with Store() as store:
        assert store.notice is None and store.sessions() == []
