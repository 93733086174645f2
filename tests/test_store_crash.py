"""The store survives a game killed mid-write and two games writing at once."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from game.store import Store
from storecheck import assert_consistent, committed_lines

WRITER = Path(__file__).resolve().parent / "store_writer.py"
KILLS = 25


def _writer(db: Path, seed: int, sessions: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), str(db), str(seed), str(sessions)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killing_the_game_at_random_points_keeps_every_committed_answer(tmp_path):
    db = tmp_path / "scores.sqlite3"
    rng = random.Random(2024)
    everything: list[list[str]] = []
    for round_number in range(KILLS):
        writer = _writer(db, round_number, sessions=50)
        # Let it report a random number of commits, then kill it wherever it has got to.
        for _ in range(rng.randint(0, 25)):
            if not writer.stdout.readline():
                break
        writer.send_signal(signal.SIGKILL)
        rest, errors = writer.communicate()
        assert writer.returncode == -signal.SIGKILL, errors
        lines = committed_lines(rest)
        everything += lines
        with Store(db) as store:  # opens cleanly: nothing was moved aside
            assert store.notice is None
        assert_consistent(db, everything)
    connection = sqlite3.connect(str(db))
    statuses = {row[0] for row in connection.execute("SELECT status FROM sessions")}
    connection.close()
    assert "unfinished" in statuses  # the sessions cut short are marked so
    with Store(db) as store:
        assert {s.status for s in store.sessions()} <= {"finished", "unfinished"}


def test_two_games_recording_at_once_lose_nothing(tmp_path):
    db = tmp_path / "scores.sqlite3"
    writers = [_writer(db, seed, sessions=6) for seed in (1, 2)]  # both start on a missing file
    outputs = []
    for writer in writers:
        out, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
        outputs.append(committed_lines(out + "\n"))
    for lines in outputs:
        assert sum(1 for line in lines if line[0] == "F") == 6
    assert_consistent(db, outputs[0] + outputs[1])
    with Store(db) as store:
        assert len(store.sessions()) == 12
        assert all(s.status == "finished" and s.questions_played == 8 for s in store.sessions())
        assert len(store.hall_of_fame(limit=100)) == 36
    assert os.path.exists(db)
