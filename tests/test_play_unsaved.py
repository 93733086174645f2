"""`relayquiz play --autoplay` when the scores cannot be saved: it says so and why, exits 1,
never claims a session it did not record, and never marks a session finished with answers missing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import game.store
from fulldisk import FullDisk
from game import paths
from game.cli import main
from readonly import read_only

ROOT = Path(__file__).resolve().parent.parent
AUTOPLAY = ["play", "--autoplay", "--questions", "6", "--players", "2", "--size", "640x360", "--seed", "4"]


def _sessions() -> list[sqlite3.Row]:
    connection = sqlite3.connect(paths.scores_db_path())
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(
            "SELECT s.id, s.status, (SELECT COUNT(*) FROM questions q WHERE q.session_id = s.id) AS recorded "
            "FROM sessions s ORDER BY s.id").fetchall()
    finally:
        connection.close()


@pytest.fixture
def filling_disk(monkeypatch):
    """Stores opened by the game write through a disk that fills after `room` transactions."""
    room = {"after": 0}

    class StoreOnAFillingDisk(game.store.Store):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            FullDisk.around(self).fill(after=room["after"])

    monkeypatch.setattr(game.store, "Store", StoreOnAFillingDisk)
    return room


def test_autoplay_on_a_disk_that_fills_exits_1_and_leaves_the_session_unfinished(filling_disk, capsys):
    filling_disk["after"] = 3                       # the session's start and two questions fit
    assert main(AUTOPLAY) == 1
    out, err = capsys.readouterr()
    assert "played 6 questions" in out and "recorded as session" not in out
    assert "the scores could not be saved: the disk is full" in err
    assert "not recorded as finished" in err
    (session,) = _sessions()
    assert session["status"] == "unfinished" and session["recorded"] == 2


def test_the_next_session_on_a_full_disk_starts_and_plays_instead_of_crashing(filling_disk, capsys):
    with game.store.Store():
        pass                                        # the database exists; now the disk is full
    filling_disk["after"] = 0
    assert main(AUTOPLAY) == 1
    out, err = capsys.readouterr()
    assert "played 6 questions" in out and "Traceback" not in err
    assert "the disk is full" in err
    assert _sessions() == []


def test_autoplay_with_a_read_only_scores_file_exits_1_and_says_why(capsys):
    with game.store.Store():
        pass
    with read_only(paths.scores_db_path()):
        assert main(AUTOPLAY) == 1
    out, err = capsys.readouterr()
    assert "recorded as session" not in out
    assert "read-only" in err and "not recorded as finished" in err
    assert _sessions() == []


def test_autoplay_where_no_scores_database_can_be_made_exits_1(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("RELAYQUIZ_HOME", str(blocker / "home"))
    assert main(AUTOPLAY) == 1
    out, err = capsys.readouterr()
    assert "played 6 questions" in out and "recorded as session" not in out
    assert "scores were not kept" in err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a per-process file size limit (POSIX)")
def test_autoplay_when_the_disk_really_fills_exits_1_with_the_session_unfinished(relayquiz_home):
    """A file size limit (RLIMIT_FSIZE) makes SQLite's own writes fail as on a full disk."""
    import resource

    with game.store.Store():
        pass
    size = paths.scores_db_path().stat().st_size

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    env = {**os.environ, "RELAYQUIZ_HOME": str(relayquiz_home), "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy"}
    result = subprocess.run([sys.executable, "-m", "game", *AUTOPLAY], cwd=ROOT, env=env, preexec_fn=small_disk,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "the scores could not be saved" in result.stderr
    assert "recorded as session" not in result.stdout
    assert all(session["status"] == "unfinished" for session in _sessions())


def test_autoplay_with_an_unknown_pack_exits_2(capsys):
    assert main([*AUTOPLAY, "--pack", "no-such-pack"]) == 2
    assert "no pack with id no-such-pack" in capsys.readouterr().err
